import { tableRule } from "../table-rule";
import { judgeLocation } from "../../boundary";
import { Finding, PolicyFamily, Rule, RuleContext } from "../../types";
import { readString, showValue } from "../../values";

/** What one value of a service's own region vocabulary means for the data. */
export type VocabularyMeaning =
  /** The data is copied to this region (an ARM region name). */
  | { readonly region: string }
  /** No copy leaves the primary region. */
  | { readonly noCopy: true }
  /** Where the copy goes is not documented; `why` is the clause messages give. */
  | { readonly unverified: string };

/**
 * A property whose values are a service's own names for replica regions rather than ARM region names
 * (Notification Hubs `replicationRegion`: `WestUs2`, `NorthEurope`, `Default`, `None`, ...). A value the table
 * does not list is not proven inside: the vocabulary may have grown.
 */
export interface RegionVocabularyField {
  /** `<module>:<Type>` (azure-native) or `azure:<module>:<Type>` (classic). */
  readonly type: string;
  readonly path: string;
  /** Every value the SDK enum offers (compared case-insensitively) and its meaning. */
  readonly values: Readonly<Record<string, VocabularyMeaning>>;
  /** The meaning of an absent value: the service default. */
  readonly unset: VocabularyMeaning;
  /** Verb phrase before the place: "replicates its metadata to". */
  readonly what: string;
}

/** The values that keep the data inside: no copy, or a copy in a region inside the boundary. */
function safeValues(context: RuleContext, row: RegionVocabularyField): string[] {
  return Object.entries(row.values)
    .filter(([, meaning]) => "noCopy" in meaning || ("region" in meaning && judgeLocation(meaning.region, context.boundary) === "inside"))
    .map(([value]) => value);
}

function meaningOf(row: RegionVocabularyField, value: string, secret: boolean): VocabularyMeaning {
  const entry = Object.entries(row.values).find(([known]) => known.toLowerCase() === value.toLowerCase());
  return entry ? entry[1] : { unverified: `${secret ? "the secret value" : value} is not a ${row.path} value the pack knows` };
}

function findingsFor(context: RuleContext, row: RegionVocabularyField, rule: string): Finding[] {
  const value = readString(context.resource.props, row.path);
  const base = { rule, what: row.what, path: row.path, seen: showValue(value), viaStack: false };
  const fix = `Set ${row.path} to ${safeValues(context, row).join(" or ")}.`;
  if (value.state === "unknown" || value.state === "invalid") return [{ ...base, verdict: "unproven", fix: `${fix.slice(0, -1)}, as a literal value.` }];
  const meaning = value.state === "absent" ? row.unset : meaningOf(row, value.value, value.secret);
  if ("noCopy" in meaning) return [];
  if ("region" in meaning) return [{ ...base, location: meaning.region, verdict: judgeLocation(meaning.region, context.boundary), fix }];
  return [{ ...base, place: "an undocumented region", via: `because ${meaning.unverified}`, verdict: "unproven", fix }];
}

/** The rule over a table of region-vocabulary fields, reporting under one policy family. */
export function regionVocabularyRule(id: string, family: PolicyFamily, table: readonly RegionVocabularyField[]): Rule {
  return tableRule(id, family, table, (context, rows) => rows.flatMap((row) => findingsFor(context, row, id)));
}
