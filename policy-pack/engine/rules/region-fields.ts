import { tableRule } from "./table-rule";
import { judgeLocation } from "../boundary";
import { exampleRegion } from "../examples";
import { Finding, PolicyFamily, Rule, RuleContext } from "../types";
import { expandListPaths, readArray, readString, SECRET_PLACE, showValue, StringRead } from "../values";

/**
 * A property that names a region where the resource also stores or processes data: a single field
 * (`linkedRedisCacheLocation`) or a field of every entry of a list (`locations[].locationName`). One row per
 * type and property; adding a vector of this shape is one row.
 */
export interface RegionField {
  /** `<module>:<Type>` (azure-native) or `azure:<module>:<Type>` (classic). */
  readonly type: string;
  /** Path of the list, when the region sits in each entry of a list; `[]` marks an enclosing list (`distribute[].targetRegions`). */
  readonly list?: string;
  /** Path of the region, relative to each list entry when `list` is set; empty for a list of plain strings. */
  readonly path: string;
  /** Verb phrase before the place: "replicates data to". */
  readonly what: string;
  /** The fix when the region is outside, one imperative sentence; `{example}` becomes a region inside. */
  readonly fix: string;
  /**
   * For a single field whose absence means a service default that processes data somewhere: the location that
   * default stands for (`global` for a bot channel's `properties.location`), judged like a set value.
   */
  readonly unsetMeans?: string;
}

function judgeValue(context: RuleContext, row: RegionField, path: string, value: StringRead, rule: string): Finding | undefined {
  const fix = row.fix.replace("{example}", exampleRegion(context.boundary));
  const base = { rule, what: row.what, path, seen: showValue(value), viaStack: false };
  switch (value.state) {
    case "absent":
      if (row.unsetMeans === undefined) return undefined;
      return { ...base, location: row.unsetMeans, via: `the service default ${row.unsetMeans}`, verdict: judgeLocation(row.unsetMeans, context.boundary), fix };
    case "known":
      return { ...base, location: value.value, place: value.secret ? SECRET_PLACE : undefined, verdict: judgeLocation(value.value, context.boundary), fix };
    default:
      return { ...base, verdict: "unproven", fix: `Set ${path} to a literal region inside the boundary, such as ${exampleRegion(context.boundary)}.` };
  }
}

function listFindings(context: RuleContext, row: RegionField, listPath: string, rule: string): Finding[] {
  const list = readArray(context.resource.props, listPath);
  if (list.state === "absent") return [];
  if (list.state !== "known") {
    const fix = `Set ${listPath} to a literal list whose regions are inside the boundary.`;
    return [{ rule, what: row.what, path: listPath, seen: list.state === "unknown" ? "(unknown at preview)" : "(not a list)", verdict: "unproven", fix, viaStack: false }];
  }
  return list.items.flatMap((item, index) => {
    const path = row.path ? `${listPath}[${index}].${row.path}` : `${listPath}[${index}]`;
    const value = row.path ? readString(item, row.path) : readString({ item }, "item");
    return judgeValue(context, row, path, value, rule) ?? [];
  });
}

function findingsFor(context: RuleContext, row: RegionField, rule: string): Finding[] {
  if (!row.list) {
    const found = judgeValue(context, row, row.path, readString(context.resource.props, row.path), rule);
    return found ? [found] : [];
  }
  const lists = expandListPaths(context.resource.props, row.list);
  return [...lists.unreadable, ...lists.paths].flatMap((listPath) => listFindings(context, row, listPath, rule));
}

/** Drops repeats: rows sharing an enclosing list report the same unreadable list once. */
function distinct(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.path}|${f.what}|${f.location ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The rule over a table of region fields, reporting under one policy family. */
export function regionFieldRule(id: string, family: PolicyFamily, table: readonly RegionField[]): Rule {
  return tableRule(id, family, table, (context, rows) => distinct(rows.flatMap((row) => findingsFor(context, row, id))));
}
