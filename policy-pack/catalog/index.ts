/**
 * The boundary catalogue: regions, countries, pairs, logical locations and boundary presets, each fact with its
 * source. Data only; the engine and the components read it, nothing copies it.
 */
export * from "./sources";
export * from "./countries";
export * from "./region";
export * from "./logical";
export * from "./boundaries";
import { EUROPEAN_REGIONS } from "./regions-europe";
import { WORLD_REGIONS } from "./regions-world";
import { Region } from "./region";

export { EUROPEAN_REGIONS, WORLD_REGIONS };

/** Every Azure public-cloud region the catalogue knows. */
export const REGIONS: readonly Region[] = [...EUROPEAN_REGIONS, ...WORLD_REGIONS];
