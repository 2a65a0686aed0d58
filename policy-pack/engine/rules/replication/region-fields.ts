import { RegionField } from "../region-fields";

/**
 * Properties that name further regions holding or processing the resource's data (vectors.md V07, V09, V11-V14,
 * ...). docs/coverage.md lists the same rows.
 */
export const REPLICATION_REGION_FIELDS: readonly RegionField[] = [
  {
    type: "cosmosdb:DatabaseAccount",
    list: "locations",
    path: "locationName",
    what: "replicates data to",
    fix: "Keep every entry of locations in a region inside the boundary, such as {example}.",
  },
];
