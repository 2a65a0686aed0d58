/**
 * The fuzz oracle: what the catalogue says, written without the engine. It reads only catalogue data (regions,
 * presets, vocabularies) and the global-services table, and normalises a location string the way ARM compares
 * names: ASCII letters case-insensitively, ASCII white space ignored. Anything else (a Cyrillic 'е', a zero-width
 * space, a non-breaking space, the Kelvin sign) is not a catalogue name, so it is not inside: the pack fails closed
 * on anything it cannot parse.
 */
import { BOUNDARY_PRESETS, REGIONS, Region } from "../../../policy-pack/catalog";
import * as VOCABULARIES from "../../../policy-pack/catalog/vocabularies";
import { GLOBAL_SERVICES } from "../../../policy-pack/engine/rules/location/global-services";

/** The boundary a fuzz case judges against, as a user configures it. */
export type BoundarySpec = { readonly preset: string; readonly regions?: readonly string[] };

/** ARM's comparison: ASCII case folded, ASCII white space dropped; nothing else is changed. */
export function armFold(raw: string): string {
  return raw.replace(/[\t\n\v\f\r ]/g, "").replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

const BY_NAME = new Map<string, Region>(REGIONS.map((r) => [r.name, r]));
const BY_DISPLAY = new Map<string, Region>(REGIONS.map((r) => [armFold(r.displayName), r]));

/** The catalogue region a string names (by ARM name or display name), if any. */
export function oracleRegion(raw: string): Region | undefined {
  const folded = armFold(raw);
  return BY_NAME.get(folded) ?? BY_DISPLAY.get(folded);
}

/** The countries a boundary admits. */
export function oracleCountries(spec: BoundarySpec): ReadonlySet<string> {
  if (spec.preset === "custom") return new Set((spec.regions ?? []).map((r) => oracleRegion(r)!.country));
  const preset = BOUNDARY_PRESETS.find((p) => p.id === spec.preset);
  if (!preset) throw new Error(`oracle: no preset ${spec.preset}`);
  return new Set(preset.countries);
}

/** Region -> country -> preset countries (or the custom list); only available regions are ever inside. */
export function oracleInside(raw: string, spec: BoundarySpec): boolean {
  const region = oracleRegion(raw);
  if (!region || region.status !== "available") return false;
  if (spec.preset === "custom") return (spec.regions ?? []).some((r) => oracleRegion(r)?.name === region.name);
  return oracleCountries(spec).has(region.country);
}

/** A vocabulary value of the catalogue with the countries it may put data in. */
interface VocabularyWord {
  readonly value: string;
  readonly countries: readonly string[];
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** Every vocabulary of `catalog/vocabularies.ts` (any export with `values: [{ value, countries }]`), found at run time. */
const VOCABULARY_WORDS: readonly VocabularyWord[] = Object.values(VOCABULARIES).flatMap((exported) => {
  if (!isObject(exported) || !Array.isArray(exported.values)) return [];
  return exported.values.filter((v): v is VocabularyWord => isObject(v) && typeof v.value === "string" && Array.isArray(v.countries));
});

/** True when a vocabulary word (or an Azure OpenAI data-zone deployment type) is inside: every country it covers is. */
export function oracleWordInside(word: string, spec: BoundarySpec): boolean {
  if (spec.preset === "custom") return false; // a vocabulary word never names a region of a custom list
  const countries = oracleCountries(spec);
  const folded = armFold(word);
  const covered = (list: readonly string[]) => list.length > 0 && list.every((c) => countries.has(c));
  if (VOCABULARY_WORDS.some((v) => armFold(v.value) === folded && covered(v.countries))) return true;
  const dataZone = Object.entries(VOCABULARIES.AI_DEPLOYMENT_TYPES).some(([sku, kind]) => kind === "data-zone" && armFold(sku) === folded);
  return dataZone && covered(VOCABULARIES.AI_EU_DATA_ZONE);
}

/** Types whose `global` location keeps configuration only, per the global-services table. */
const METADATA_GLOBAL = GLOBAL_SERVICES.filter((row) => row.treatment === "metadata");

/** `global` is inside only for a type the global-services table says keeps no customer data. */
export function oracleGlobalInside(typeKey: string | undefined, fix: string): boolean {
  return METADATA_GLOBAL.some((row) => (typeKey === undefined || row.type === typeKey) && row.why === fix);
}

export const SECRET_SIG = "4dabf18193072939515e22adb298388d";
export const SECRET_MARKER = "1b47061264138c4ac30d75fd1eb44270";

/** Reads a raw value at `a.b[0].c`, through secret wrappers; `undefined` when the path does not lead to a value. */
export function rawAt(bag: unknown, path: string): unknown {
  let current: unknown = bag;
  const steps: (string | number)[] = path.split(/\.|(?=\[)/).flatMap((part): (string | number)[] => {
    const index = /^\[(\d+)\]$/.exec(part);
    return index ? [Number(index[1])] : part ? [part] : [];
  });
  const unwrap = () => {
    while (isObject(current) && current[SECRET_SIG] === SECRET_MARKER) current = current.value;
  };
  for (const step of steps) {
    unwrap();
    if (current === null || typeof current !== "object") return undefined;
    const bagNow = current as Record<string | number, unknown>;
    current = typeof step === "number" ? (Array.isArray(current) ? current[step] : undefined) : Object.prototype.hasOwnProperty.call(bagNow, step) ? bagNow[step] : undefined;
  }
  unwrap();
  return current;
}
