import { findRegion } from "../../policy-pack/engine";

/**
 * Regions with availability zones, from S-REG (MicrosoftDocs/reliability-docs `articles/reliability/regions-list.md`,
 * ms.date 09/23/2025, column "Availability zone support"). Only the regions the European boundaries admit, plus
 * nothing else: a region not listed is treated as having no zones, which makes the locally redundant choice.
 * The catalogue (`policy-pack/catalog`) has no zone column yet; move this there when it gets one.
 * Without zones: francesouth, germanynorth, norwaywest, switzerlandwest (all restricted) and swedensouth (no row).
 */
export const ZONE_REDUNDANT_REGIONS: ReadonlySet<string> = new Set([
  "austriaeast",
  "belgiumcentral",
  "denmarkeast",
  "francecentral",
  "germanywestcentral",
  "italynorth",
  "northeurope",
  "norwayeast",
  "polandcentral",
  "spaincentral",
  "swedencentral",
  "switzerlandnorth",
  "westeurope",
]);

/** True when `location` (any spelling) is a catalogue region with availability zones. */
export function hasAvailabilityZones(location: string): boolean {
  const region = findRegion(location);
  return region !== undefined && ZONE_REDUNDANT_REGIONS.has(region.name);
}
