import { tableRule } from "../table-rule";
import { judgeLocation } from "../../boundary";
import { exampleRegion } from "../../examples";
import { normalizeLocation } from "../../locations";
import { Finding, Rule, RuleContext } from "../../types";
import { readString, SECRET_PLACE, showValue } from "../../values";

const RULE = "integration-runtime-region";
const WHAT = "runs copy activities and data flows in";
const AUTO_RESOLVE = "autoresolve";

/** Where a type of integration runtime keeps its compute region (vectors.md V30). One row per type. */
export interface IntegrationRuntimeField {
  /** `<module>:<Type>` (azure-native) or `azure:<module>:<Type>` (classic). */
  readonly type: string;
  /**
   * Path of the runtime kind (`Managed` or `SelfHosted`) for a type that covers both; absent for a type that is
   * always a managed (Azure) runtime.
   */
  readonly kindPath?: string;
  /** Path of the compute region. */
  readonly locationPath: string;
  /** The service default, when the region is absent, is AutoResolve; otherwise an absent region is not proven. */
  readonly unsetMeansAutoResolve: boolean;
}

/** The table for azure-native; docs/coverage/processing.md lists the same rows. */
export const INTEGRATION_RUNTIME_FIELDS: readonly IntegrationRuntimeField[] = [
  ...["datafactory:IntegrationRuntime", "synapse:IntegrationRuntime"].map((type) => ({
    type,
    kindPath: "properties.type",
    locationPath: "properties.computeProperties.location",
    unsetMeansAutoResolve: true,
  })),
];

function managedFindings(context: RuleContext, row: IntegrationRuntimeField): Finding[] {
  const path = row.locationPath;
  const value = readString(context.resource.props, path);
  const seen = showValue(value);
  const example = exampleRegion(context.boundary);
  const literalFix = `Set ${path} to a region inside the boundary, such as ${example}.`;
  const base = { rule: RULE, what: WHAT, path, seen, viaStack: false };
  if (value.state === "known" && normalizeLocation(value.value) !== AUTO_RESOLVE) {
    const place = value.secret ? SECRET_PLACE : undefined;
    return [{ ...base, location: value.value, place, verdict: judgeLocation(value.value, context.boundary), fix: literalFix }];
  }
  if (value.state === "known" || (value.state === "absent" && row.unsetMeansAutoResolve)) {
    const via = `${value.state === "absent" ? "the default AutoResolve, " : ""}which picks a region near each source or sink at run time`;
    return [{ ...base, place: "a region Azure chooses at run time", via, verdict: "unproven", fix: `Set ${path} to a region inside the boundary, such as ${example}, instead of AutoResolve.` }];
  }
  return [{ ...base, verdict: "unproven", fix: literalFix }];
}

function findingsFor(context: RuleContext, row: IntegrationRuntimeField): Finding[] {
  if (!row.kindPath) return managedFindings(context, row);
  const kind = readString(context.resource.props, row.kindPath);
  if (kind.state === "known" && kind.value.toLowerCase() === "selfhosted") return [];
  if (kind.state === "known" && kind.value.toLowerCase() === "managed") return managedFindings(context, row);
  const via = kind.state === "known" ? "which is not a documented integration runtime type" : undefined;
  return [{ rule: RULE, what: WHAT, path: row.kindPath, seen: showValue(kind), via, verdict: "unproven", fix: `Set ${row.kindPath} to Managed or SelfHosted.`, viaStack: false }];
}

/**
 * V30: the compute region of a managed (Azure) integration runtime of Data Factory or Synapse. A region is judged;
 * AutoResolve (the default where the row says so) picks the region of a source or sink (or the closest one in its
 * geography) at run time, so it is never proven inside. A self-hosted runtime runs on the customer's machines and
 * has no Azure region.
 */
export function integrationRuntimeRule(table: readonly IntegrationRuntimeField[]): Rule {
  return tableRule(RULE, "processing", table, (context, rows) => rows.flatMap((row) => findingsFor(context, row)));
}
