import { BOUNDARY_PRESETS, BoundaryPreset, COUNTRIES, CUSTOM_PRESET_ID, DEFAULT_PRESET_ID, REGIONS } from "../catalog";
import { classifyLocation, normalizeLocation } from "./locations";

/** The boundary every verdict is judged against. */
export interface Boundary {
  /** Preset id, or `custom`. */
  readonly id: string;
  /** Name used after "outside" in messages. */
  readonly label: string;
  /** ISO codes of the countries whose regions are inside (for `custom`: the countries of the listed regions). */
  readonly countries: ReadonlySet<string>;
  /** For `custom`, exactly the regions that are inside; for presets `undefined` (every region of `countries`). */
  readonly regions?: ReadonlySet<string>;
  /** Every region name the boundary admits, sorted; for messages and reports. */
  readonly regionNames: readonly string[];
}

/** The pack-wide boundary settings as a user writes them in the policy pack config. */
export interface BoundarySettings {
  /** A preset id (`eudb`, `eu`, `ch`, ...) or `custom`. Default `eudb`. */
  readonly preset?: unknown;
  /** With `custom`: the regions that are inside. */
  readonly regions?: unknown;
}

/** A configuration value the pack cannot use; the message names the key, the value seen and the expected form. */
export class BoundaryConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BoundaryConfigError";
  }
}

const PRESET_IDS: readonly string[] = [...BOUNDARY_PRESETS.map((p) => p.id), CUSTOM_PRESET_ID];

function fromPreset(preset: BoundaryPreset): Boundary {
  const countries = new Set(preset.countries);
  const regionNames = REGIONS.filter((r) => countries.has(r.country) && r.status === "available").map((r) => r.name);
  return { id: preset.id, label: preset.label, countries, regionNames: regionNames.sort() };
}

function fromRegionList(key: string, value: unknown): Boundary {
  if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== "string")) {
    throw new BoundaryConfigError(
      `${key} is ${JSON.stringify(value ?? null)}; with preset "custom" it must be a non-empty list of Azure region names, such as ["westeurope", "northeurope"].`,
    );
  }
  const regions = (value as string[]).map((raw) => {
    const found = classifyLocation(raw);
    if (found.kind !== "region" || found.region.status !== "available") {
      throw new BoundaryConfigError(
        `${key} contains "${raw}", which is not an available Azure region in the catalogue; use programmatic region names such as "westeurope" or "switzerlandnorth".`,
      );
    }
    return found.region;
  });
  const names = [...new Set(regions.map((r) => r.name))].sort();
  return {
    id: CUSTOM_PRESET_ID,
    label: `the custom boundary (${names.join(", ")})`,
    countries: new Set(regions.map((r) => r.country)),
    regions: new Set(names),
    regionNames: names,
  };
}

/**
 * Turns the user's settings into a boundary, or throws a {@link BoundaryConfigError} that names the key
 * (`keyOf`: `boundary.preset` in the pack config, `data-boundary:preset` in stack config), the value seen and the
 * allowed values. Never defaults silently:
 * only an absent preset means the default `eudb`.
 */
export function resolveBoundary(settings: BoundarySettings, keyOf: (setting: "preset" | "regions") => string = (s) => `boundary.${s}`): Boundary {
  const preset = settings.preset ?? DEFAULT_PRESET_ID;
  if (typeof preset !== "string" || !PRESET_IDS.includes(normalizeLocation(preset))) {
    throw new BoundaryConfigError(
      `${keyOf("preset")} is ${JSON.stringify(preset)}; expected one of ${PRESET_IDS.join(", ")}.`,
    );
  }
  const id = normalizeLocation(preset);
  if (id === CUSTOM_PRESET_ID) return fromRegionList(keyOf("regions"), settings.regions);
  if (settings.regions !== undefined) {
    throw new BoundaryConfigError(
      `${keyOf("regions")} is set, but ${keyOf("preset")} is "${id}"; regions are only read with preset "custom".`,
    );
  }
  return fromPreset(BOUNDARY_PRESETS.find((p) => p.id === id)!);
}

/** The verdict on one place. */
export type Verdict = "inside" | "outside" | "unproven";

/**
 * Judges a location string against the boundary: a region of a boundary country (or a listed region for a custom
 * boundary) is inside; an announced but unconfirmed region is unproven; every other string (another country,
 * a logical location, a legacy or canary name, an unknown token) is outside.
 */
export function judgeLocation(raw: string, boundary: Boundary): Verdict {
  const found = classifyLocation(raw);
  if (found.kind !== "region") return "outside";
  const { region } = found;
  const admitted = boundary.regions ? boundary.regions.has(region.name) : boundary.countries.has(region.country);
  if (!admitted) return "outside";
  return region.status === "available" ? "inside" : "unproven";
}

/** True when the boundary admits only one country (every single-country preset, or a one-country custom list). */
export function isSingleCountry(boundary: Boundary): boolean {
  return boundary.countries.size === 1;
}

/** True when every country the boundary admits is an EU member state. */
export function isEuOnly(boundary: Boundary): boolean {
  return [...boundary.countries].every((c) => COUNTRIES[c]?.eu === true);
}

/**
 * Judges a place known only by the countries it may cover (a vocabulary value such as Communication Services'
 * `dataLocation: "Europe"`, or a Microsoft data zone): inside when every one of those countries is inside the
 * boundary; outside when any is not (or the list is empty, which proves nothing); unproven under a custom region
 * list, because such a value never says which region of a country holds the data.
 */
export function judgeCountries(countries: readonly string[], boundary: Boundary): Verdict {
  if (countries.length === 0 || countries.some((c) => !boundary.countries.has(c))) return "outside";
  return boundary.regions ? "unproven" : "inside";
}
