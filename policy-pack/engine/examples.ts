import { Boundary } from "./boundary";

/** Regions suggested in fixes, best-known first; the first one inside the boundary is shown. */
const SUGGESTED_REGIONS = [
  "westeurope", "germanywestcentral", "switzerlandnorth", "francecentral", "swedencentral", "norwayeast",
  "northeurope", "polandcentral", "italynorth", "spaincentral", "austriaeast", "belgiumcentral", "denmarkeast",
];

/** A region inside the boundary to name in a fix ("such as westeurope"). */
export function exampleRegion(boundary: Boundary): string {
  return SUGGESTED_REGIONS.find((r) => boundary.regionNames.includes(r)) ?? boundary.regionNames[0] ?? "westeurope";
}
