import { judgeLocation } from "../boundary";
import { exampleRegion } from "../examples";
import { Finding, PolicyFamily, Rule, RuleContext } from "../types";
import { readArray, readString, showValue, StringRead } from "../values";

/**
 * A property that names a region where the resource also stores or processes data: a single field
 * (`linkedRedisCacheLocation`) or a field of every entry of a list (`locations[].locationName`). One row per
 * type and property; adding a vector of this shape is one row.
 */
export interface RegionField {
  /** `<module>:<Type>` (azure-native) or `azure:<module>:<Type>` (classic). */
  readonly type: string;
  /** Path of the list, when the region sits in each entry of a list. */
  readonly list?: string;
  /** Path of the region, relative to each list entry when `list` is set; empty for a list of plain strings. */
  readonly path: string;
  /** Verb phrase before the place: "replicates data to". */
  readonly what: string;
  /** The fix when the region is outside, one imperative sentence; `{example}` becomes a region inside. */
  readonly fix: string;
}

function judgeValue(context: RuleContext, row: RegionField, path: string, value: StringRead, rule: string): Finding | undefined {
  const fix = row.fix.replace("{example}", exampleRegion(context.boundary));
  const base = { rule, what: row.what, path, seen: showValue(value), viaStack: false };
  switch (value.state) {
    case "absent":
      return undefined;
    case "known":
      return { ...base, location: value.value, verdict: judgeLocation(value.value, context.boundary), fix };
    default:
      return { ...base, verdict: "unproven", fix: `Set ${path} to a literal region inside the boundary, such as ${exampleRegion(context.boundary)}.` };
  }
}

function findingsFor(context: RuleContext, row: RegionField, rule: string): Finding[] {
  const props = context.resource.props;
  if (!row.list) {
    const found = judgeValue(context, row, row.path, readString(props, row.path), rule);
    return found ? [found] : [];
  }
  const list = readArray(props, row.list);
  if (list.state === "absent") return [];
  if (list.state !== "known") {
    const fix = `Set ${row.list} to a literal list whose regions are inside the boundary.`;
    return [{ rule, what: row.what, path: row.list, seen: list.state === "unknown" ? "(unknown at preview)" : "(not a list)", verdict: "unproven", fix, viaStack: false }];
  }
  return list.items.flatMap((item, index) => {
    const path = row.path ? `${row.list}[${index}].${row.path}` : `${row.list}[${index}]`;
    const value = row.path ? readString(item, row.path) : readString({ item }, "item");
    return judgeValue(context, row, path, value, rule) ?? [];
  });
}

/** The rule over a table of region fields, reporting under one policy family. */
export function regionFieldRule(id: string, family: PolicyFamily, table: readonly RegionField[]): Rule {
  const byType = new Map<string, RegionField[]>();
  for (const row of table) byType.set(row.type, [...(byType.get(row.type) ?? []), row]);
  return {
    id,
    family,
    appliesTo: (token) => byType.has(token.key),
    findings: (context) => (byType.get(context.token.key) ?? []).flatMap((row) => findingsFor(context, row, id)),
  };
}
