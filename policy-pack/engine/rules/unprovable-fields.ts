import { tableRule } from "./table-rule";
import { Finding, PolicyFamily, Rule, RuleContext } from "../types";
import { read, showValue } from "../values";

/**
 * A property whose value sends data to a place no preview can prove: a SAS URL of any storage account, an
 * on-premises gateway address, an ExpressRoute peering city. Whenever it is set (known or not) the place is
 * unproven. One row per type and property.
 */
export interface UnprovableField {
  /** `<module>:<Type>` (azure-native) or `azure:<module>:<Type>` (classic). */
  readonly type: string;
  readonly path: string;
  /** Verb phrase before the place: "exports telemetry to". */
  readonly what: string;
  /** Why the place cannot be proven, one clause starting with "because". */
  readonly why: string;
  /** What to do instead, one imperative sentence. */
  readonly fix: string;
  /** Show the value in messages; false for values that may carry credentials, such as SAS URLs. */
  readonly revealValue: boolean;
}

function findingFor(context: RuleContext, row: UnprovableField, rule: string): Finding[] {
  const value = read(context.resource.props, row.path);
  if (value.state === "absent") return [];
  const seen = row.revealValue || value.state === "unknown" ? showValue(value) : "(value not shown)";
  return [{ rule, what: row.what, path: row.path, seen, via: row.why, verdict: "unproven", fix: row.fix, viaStack: false }];
}

/** The rule over a table of unprovable fields, reporting under one policy family. */
export function unprovableFieldRule(id: string, family: PolicyFamily, table: readonly UnprovableField[]): Rule {
  return tableRule(id, family, table, (context, rows) => rows.flatMap((row) => findingFor(context, row, id)));
}
