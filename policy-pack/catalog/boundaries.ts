/**
 * Every value of `boundary.preset` in the pack config: the preset ids and `custom`. An `as const` object so that the
 * components' multi-language schema serves it as an enum (issue 15); `BOUNDARY_PRESETS` describes each preset.
 */
export const BoundaryPresetName = {
  eudb: "eudb",
  eu: "eu",
  ch: "ch",
  de: "de",
  fr: "fr",
  se: "se",
  no: "no",
  nl: "nl",
  ie: "ie",
  pl: "pl",
  it: "it",
  es: "es",
  at: "at",
  be: "be",
  dk: "dk",
  custom: "custom",
} as const;

/** One of `BoundaryPresetName`. */
export type BoundaryPresetName = (typeof BoundaryPresetName)[keyof typeof BoundaryPresetName];

/** The countries a boundary preset admits, and how violation messages name it. */
export interface BoundaryPreset {
  /** Preset id used in the pack config (`eudb`, `eu`, `ch`, ...). */
  readonly id: Exclude<BoundaryPresetName, "custom">;
  /** Name used after "outside" in messages: "the EU Data Boundary (EU + EFTA)". */
  readonly label: string;
  /** ISO codes of the countries whose regions are inside. */
  readonly countries: readonly string[];
}

const EU_MEMBERS = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
  "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];
const EFTA_MEMBERS = ["IS", "LI", "NO", "CH"];

const country = (id: BoundaryPreset["id"], code: string, name: string): BoundaryPreset => ({ id, label: name, countries: [code] });

/**
 * The boundary presets. `eudb` (EU + EFTA, Microsoft's EU Data Boundary) is the default. One preset per European
 * country with an Azure region; the UK is in none of them.
 */
export const BOUNDARY_PRESETS: readonly BoundaryPreset[] = [
  { id: "eudb", label: "the EU Data Boundary (EU + EFTA)", countries: [...EU_MEMBERS, ...EFTA_MEMBERS] },
  { id: "eu", label: "the European Union", countries: EU_MEMBERS },
  country("ch", "CH", "Switzerland"),
  country("de", "DE", "Germany"),
  country("fr", "FR", "France"),
  country("se", "SE", "Sweden"),
  country("no", "NO", "Norway"),
  country("nl", "NL", "the Netherlands"),
  country("ie", "IE", "Ireland"),
  country("pl", "PL", "Poland"),
  country("it", "IT", "Italy"),
  country("es", "ES", "Spain"),
  country("at", "AT", "Austria"),
  country("be", "BE", "Belgium"),
  country("dk", "DK", "Denmark"),
];

/** The preset used when the pack config names none. */
export const DEFAULT_PRESET_ID = "eudb";

/** The id that selects an explicit list of regions instead of a country preset. */
export const CUSTOM_PRESET_ID = BoundaryPresetName.custom;
