import { tableRule } from "../table-rule";
import { Finding, Rule, RuleContext } from "../../types";
import { read, readString, showValue } from "../../values";

/**
 * A setting (or a whole resource type) that makes a service process data at places no region names: global
 * points of presence, the region nearest to each client. Such a place is outside every boundary. One row per
 * type and property; adding a vector of this shape is one row.
 */
export interface AnywhereSetting {
  /** `<module>:<Type>` */
  readonly type: string;
  /** Property path of the setting (shown in messages even with `when: "always"`). */
  readonly path: string;
  /** Values (case-insensitive) that process data anywhere; `always` for every resource of the type. */
  readonly when: readonly string[] | "always";
  /** Values (case-insensitive) that keep processing in place; any value in neither list is not proven inside. */
  readonly safe: readonly string[];
  /** The service default, when the setting is absent, processes data anywhere. */
  readonly unsetMatches: boolean;
  /** Verb phrase before the place: "serves static assets from". */
  readonly what: string;
  /** The place as messages show it: "points of presence around the world". */
  readonly place: string;
  /** What to change, one imperative sentence. */
  readonly fix: string;
}

const matches = (values: readonly string[], value: string) => values.some((v) => v.toLowerCase() === value.toLowerCase());

function findingFor(context: RuleContext, row: AnywhereSetting, rule: string): Finding | undefined {
  const base = { rule, what: row.what, place: row.place, path: row.path, viaStack: false };
  if (row.when === "always") return { ...base, seen: showValue(read(context.resource.props, row.path)), verdict: "outside", fix: row.fix };
  const value = readString(context.resource.props, row.path);
  const seen = showValue(value);
  switch (value.state) {
    case "absent":
      return row.unsetMatches ? { ...base, seen, via: "the service default", verdict: "outside", fix: row.fix } : undefined;
    case "known":
      if (matches(row.when, value.value)) return { ...base, seen, verdict: "outside", fix: row.fix };
      if (matches(row.safe, value.value)) return undefined;
      return { ...base, seen, via: "a value whose meaning is not documented", verdict: "unproven", fix: `Set ${row.path} to ${row.safe.join(" or ")}.` };
    default:
      return { ...base, seen, verdict: "unproven", fix: `Set ${row.path} to a literal value, ${row.safe.join(" or ")}.` };
  }
}

/** The rule over a table of anywhere settings, reporting under the processing family. */
export function anywhereRule(id: string, table: readonly AnywhereSetting[]): Rule {
  return tableRule(id, "processing", table, (context, rows) => rows.flatMap((row) => findingFor(context, row, id) ?? []));
}
