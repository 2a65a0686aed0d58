import type { AvailabilityTestLocations } from "./availability-tests";

/**
 * The classic `@pulumi/azure` availability tests (vectors.md V21), the same in 5.x and 6.x: `geoLocations` is a
 * list of the same probe ids (`emea-nl-ams-azr`) as azure-native's `locations[].location`.
 */
export const CLASSIC_AVAILABILITY_TESTS: readonly AvailabilityTestLocations[] = [
  { type: "azure:appinsights:WebTest", list: "geoLocations", path: "" },
  { type: "azure:appinsights:StandardWebTest", list: "geoLocations", path: "" },
];
