import { tableRule } from "../table-rule";
import { Vocabulary, VocabularyValue } from "../../../catalog/vocabularies";
import { Boundary, judgeCountries } from "../../boundary";
import { normalizeLocation } from "../../locations";
import { Finding, Rule, RuleContext } from "../../types";
import { readString, SECRET_PLACE, showValue } from "../../values";

/**
 * A property whose value is a word of a service's location vocabulary (`dataLocation: "Europe"`), not a region:
 * the value is inside when every country it covers is inside the boundary. One row per type and property.
 */
export interface VocabularyField {
  /** `<module>:<Type>` */
  readonly type: string;
  /** Property path of the vocabulary word. */
  readonly path: string;
  /** The words the property takes and the countries each covers (`catalog/vocabularies.ts`). */
  readonly vocabulary: Vocabulary;
  /** Verb phrase before the place: "stores data in". */
  readonly what: string;
  /** The value the service uses when the property is absent; without it an absent value is not proven inside. */
  readonly unsetMeans?: string;
}

const orList = (words: readonly string[]) => (words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`);

/** The fix: the values inside the boundary, several-country ones first, or that there is none. */
function vocabularyFix(row: VocabularyField, boundary: Boundary): string {
  const inside = row.vocabulary.values.filter((v) => judgeCountries(v.countries, boundary) === "inside");
  if (inside.length === 0) return `No ${row.vocabulary.name} is inside ${boundary.label}; add a reviewed exemption.`;
  const several = inside.filter((v) => v.countries.length > 1).map((v) => v.value);
  const single = inside.filter((v) => v.countries.length <= 1).map((v) => v.value);
  if (several.length > 0 && single.length > 0) return `Set ${row.path} to ${orList(several)}, or to ${orList(single)}.`;
  return `Set ${row.path} to ${orList([...several, ...single])}.`;
}

function lookUp(vocabulary: Vocabulary, raw: string): VocabularyValue | undefined {
  const wanted = normalizeLocation(raw);
  return vocabulary.values.find((v) => normalizeLocation(v.value) === wanted);
}

function judgeWord(row: VocabularyField, word: string, boundary: Boundary): Pick<Finding, "place" | "verdict"> {
  const value = lookUp(row.vocabulary, word);
  if (!value) return { place: `${word} (not a documented ${row.vocabulary.name})`, verdict: "outside" };
  return { place: `${value.value} (vocabulary value, ${value.covers})`, verdict: judgeCountries(value.countries, boundary) };
}

function findingFor(context: RuleContext, row: VocabularyField, rule: string): Finding {
  const value = readString(context.resource.props, row.path);
  const base = { rule, what: row.what, path: row.path, seen: showValue(value), fix: vocabularyFix(row, context.boundary), viaStack: false };
  if (value.state === "known") {
    const judged = judgeWord(row, value.value, context.boundary);
    return { ...base, ...judged, place: value.secret ? SECRET_PLACE : judged.place };
  }
  if (value.state === "absent" && row.unsetMeans !== undefined) {
    return { ...base, via: `the service default ${row.unsetMeans}`, ...judgeWord(row, row.unsetMeans, context.boundary) };
  }
  return { ...base, verdict: "unproven" };
}

/** The rule over a table of vocabulary fields, reporting under the data-location family. */
export function vocabularyFieldRule(id: string, table: readonly VocabularyField[]): Rule {
  return tableRule(id, "data-location", table, (context, rows) => rows.map((row) => findingFor(context, row, id)));
}
