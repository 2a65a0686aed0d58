import {
  CANARY_LOCATION_PATTERN,
  COUNTRIES,
  LEGACY_LOCATIONS,
  LOGICAL_LOCATIONS,
  LogicalLocation,
  REGIONS,
  Region,
} from "../catalog";
import { memoizeByString } from "./memo";

/**
 * ARM compares locations case- and space-insensitively ("West Europe" = "westeurope" = "WestEurope",
 * S-LOCNORM): lower-case and drop all white space. ASCII only: a non-ASCII space (no-break, ideographic, BOM) or a
 * letter that merely lower-cases to ASCII (the Kelvin sign for `k`) is kept, so such a string matches no catalogue
 * name and fails closed instead of passing as the region it imitates.
 */
export function normalizeLocation(raw: string): string {
  return raw.replace(/[\t\n\v\f\r ]+/g, "").replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

const REGIONS_BY_NAME: ReadonlyMap<string, Region> = new Map(REGIONS.map((r) => [r.name, r]));
const REGIONS_BY_DISPLAY: ReadonlyMap<string, Region> = new Map(
  REGIONS.map((r) => [normalizeLocation(r.displayName), r]),
);
const LOGICAL_BY_NAME: ReadonlyMap<string, LogicalLocation> = new Map(LOGICAL_LOCATIONS.map((l) => [l.name, l]));
const LEGACY = new Set(LEGACY_LOCATIONS);

/** What a location string denotes once normalised. */
export type LocationClass =
  | { readonly kind: "region"; readonly region: Region }
  | { readonly kind: "logical"; readonly logical: LogicalLocation }
  | { readonly kind: "legacy"; readonly name: string }
  | { readonly kind: "canary"; readonly name: string }
  | { readonly kind: "unknown"; readonly name: string };

/** Classifies a raw location string against the catalogue; a stack names a handful of locations, judged for every resource. */
export const classifyLocation: (raw: string) => LocationClass = memoizeByString((raw) => classifyNormalized(normalizeLocation(raw)));

function classifyNormalized(name: string): LocationClass {
  const region = REGIONS_BY_NAME.get(name) ?? REGIONS_BY_DISPLAY.get(name);
  if (region) return { kind: "region", region };
  const logical = LOGICAL_BY_NAME.get(name);
  if (logical) return { kind: "logical", logical };
  if (LEGACY.has(name)) return { kind: "legacy", name };
  if (CANARY_LOCATION_PATTERN.test(name)) return { kind: "canary", name };
  return { kind: "unknown", name };
}

/** Looks a region up by any spelling of its name; `undefined` for anything that is not a catalogue region. */
export function findRegion(raw: string): Region | undefined {
  const found = classifyLocation(raw);
  return found.kind === "region" ? found.region : undefined;
}

/** The country name of a region, as messages show it. */
export function countryName(region: Region): string {
  return COUNTRIES[region.country]?.name ?? region.country;
}

/**
 * A location as a reviewer reads it: "eastus (United States)", "europe (logical location Europe, not a region)",
 * "northeu (not an Azure region)".
 */
export function describeLocation(raw: string): string {
  const found = classifyLocation(raw);
  switch (found.kind) {
    case "region":
      return `${found.region.name} (${countryName(found.region)}${found.region.status === "announced" ? ", announced, not confirmed" : ""})`;
    case "logical":
      return `${found.logical.name} (logical location ${found.logical.displayName}, not a region)`;
    case "legacy":
      return `${found.name} (closed Azure Germany cloud)`;
    case "canary":
      return `${found.name} (internal canary location in the United States)`;
    case "unknown":
      return `${found.name || "an empty string"} (not an Azure region)`;
  }
}
