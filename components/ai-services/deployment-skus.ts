import { COUNTRIES } from "../../policy-pack/catalog";
import { AI_DEPLOYMENT_TYPES, AI_EU_DATA_ZONE } from "../../policy-pack/catalog/vocabularies";
import { Boundary, findRegion, judgeCountries } from "../../policy-pack/engine";

/**
 * The deployment types (`sku.name`) and where each processes prompts and responses come from the pack's catalogue
 * (`AI_DEPLOYMENT_TYPES`, vectors.md V22); the verdicts come from the pack's processing rule. This file only picks
 * the default and spells SKU names canonically.
 */

/** The canonical spelling of a deployment type (ARM compares them case-insensitively), or the input unchanged. */
export function canonicalSku(raw: string): string {
  return Object.keys(AI_DEPLOYMENT_TYPES).find((sku) => sku.toLowerCase() === raw.trim().toLowerCase()) ?? raw;
}

/**
 * Whether DataZone deployments keep processing inside: the account is in an EU member state (the one documented
 * European data zone) and the boundary holds every EU member state (`eu`, `eudb`). A single-country or custom
 * boundary holds less than the data zone; for CH and NO accounts no data zone is documented.
 */
export function dataZoneAllowed(accountLocation: string, boundary: Boundary): boolean {
  const region = findRegion(accountLocation);
  return region !== undefined && COUNTRIES[region.country]?.eu === true && judgeCountries(AI_EU_DATA_ZONE, boundary) === "inside";
}

/** The default deployment type: DataZoneStandard where it keeps processing inside, else Standard. */
export function defaultDeploymentSku(accountLocation: string, boundary: Boundary): string {
  return dataZoneAllowed(accountLocation, boundary) ? "DataZoneStandard" : "Standard";
}
