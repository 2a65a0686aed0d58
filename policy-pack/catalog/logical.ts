import { SourceId } from "./sources";

/** A location string ARM accepts that is not a physical region. */
export interface LogicalLocation {
  readonly name: string;
  readonly displayName: string;
  readonly source: SourceId;
}

/**
 * ARM logical locations (`regionType: "Logical"` in `az account list-locations`, regions.md §4.1). None of them
 * is one place: `europe` spans several countries, `global` means anywhere. They are outside every boundary
 * wherever a region is expected; `global` is judged per resource type by the engine.
 */
export const LOGICAL_LOCATIONS: readonly LogicalLocation[] = [
  ["global", "Global"], ["europe", "Europe"], ["france", "France"], ["germany", "Germany"], ["norway", "Norway"],
  ["switzerland", "Switzerland"], ["uk", "United Kingdom"], ["unitedstates", "United States"],
  ["unitedstateseuap", "United States EUAP"], ["asia", "Asia"], ["asiapacific", "Asia Pacific"],
  ["australia", "Australia"], ["brazil", "Brazil"], ["canada", "Canada"], ["india", "India"], ["japan", "Japan"],
  ["korea", "Korea"], ["singapore", "Singapore"], ["southafrica", "South Africa"], ["uae", "United Arab Emirates"],
].map(([name, displayName]) => ({ name, displayName, source: "S-LL" as const }));

/**
 * Names of the closed Azure Germany sovereign cloud. They still appear in some SDK enums (migrate
 * `AzureLocation`) but no public-cloud resource lives there: outside every boundary.
 */
export const LEGACY_LOCATIONS: readonly string[] = ["germanycentral", "germanynortheast"];

/** Internal and canary locations (`centraluseuap`, `eastus2euap`, `*stage`, `*stg`); all are in the US (S-LL). */
export const CANARY_LOCATION_PATTERN = /(euap|stage|stg)$/;
