import { judgeLocation } from "../boundary";
import { resourceKind } from "../kinds";
import { primaryLocation } from "../primary-location";
import { parseTypeToken } from "../tokens";
import { Finding, PolicyFamily, Rule, RuleContext } from "../types";
import { parsePath, readArray, readString, showValue } from "../values";

/**
 * A property holding the id (or name) of another resource that receives or holds this resource's data: a
 * diagnostic-settings workspace, a failover partner, a replication destination. ARM ids carry no region, so the
 * target's place is the location of the resource of this stack the value was computed from (its property
 * dependency); a target outside the stack cannot be proven (vectors.md P6).
 */
export interface ReferenceField {
  /** `<module>:<Type>` (azure-native) or `azure:<module>:<Type>` (classic). */
  readonly type: string;
  /** Path of the list, when the reference sits in each entry of a list. */
  readonly list?: string;
  /** Path of the reference, relative to each list entry when `list` is set. */
  readonly path: string;
  /** Verb phrase before the place: "sends logs to". */
  readonly what: string;
  /** The fix when the target is outside, one imperative sentence. */
  readonly fix: string;
}

const UNPROVEN_FIX = "Reference a resource created in this stack inside the boundary, so that its location can be read at preview, or add a reviewed exemption.";

function targetFindings(context: RuleContext, row: ReferenceField, path: string, seen: string, rule: string): Finding[] {
  const topLevel = String(parsePath(row.list ?? row.path)[0]);
  const targets = (context.stack?.dependenciesOf(context.resource, topLevel) ?? []).filter((r) => parseTypeToken(r.type));
  const base = { rule, what: row.what, path, seen, viaStack: true };
  if (targets.length === 0) {
    return [{ ...base, via: "because the target is not a resource of this stack", verdict: "unproven", fix: UNPROVEN_FIX }];
  }
  return targets.map((target): Finding => {
    const located = primaryLocation(target, context.stack);
    const via = `the location of ${resourceKind(parseTypeToken(target.type)!).toLowerCase()} '${target.name}'`;
    if (located?.state !== "known") {
      return { ...base, via: `because ${via} cannot be proven`, verdict: "unproven", fix: UNPROVEN_FIX };
    }
    return { ...base, via, location: located.location, verdict: judgeLocation(located.location!, context.boundary), fix: row.fix };
  });
}

function findingsFor(context: RuleContext, row: ReferenceField, rule: string): Finding[] {
  const props = context.resource.props;
  if (!row.list) {
    const value = readString(props, row.path);
    return value.state === "absent" ? [] : targetFindings(context, row, row.path, showValue(value), rule);
  }
  const list = readArray(props, row.list);
  if (list.state === "absent") return [];
  if (list.state !== "known") return targetFindings(context, row, row.list, list.state === "unknown" ? "(unknown at preview)" : "(not a list)", rule);
  return list.items.flatMap((item, index) => {
    const value = readString(item, row.path);
    return value.state === "absent" ? [] : targetFindings(context, row, `${row.list}[${index}].${row.path}`, showValue(value), rule);
  });
}

/**
 * The rule over a table of reference fields, reporting under one policy family. Every finding depends on the
 * stack, so the `boundary` stack policy judges them.
 */
export function referenceFieldRule(id: string, family: PolicyFamily, table: readonly ReferenceField[]): Rule {
  const byType = new Map<string, ReferenceField[]>();
  for (const row of table) byType.set(row.type, [...(byType.get(row.type) ?? []), row]);
  return {
    id,
    family,
    appliesTo: (token) => byType.has(token.key),
    findings: (context) => (byType.get(context.token.key) ?? []).flatMap((row) => findingsFor(context, row, id)),
  };
}
