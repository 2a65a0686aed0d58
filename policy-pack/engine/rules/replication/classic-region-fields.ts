import { RegionField } from "../region-fields";

/** A list of blocks, each naming a region that holds a copy; the fix names the list. */
const regionList = (type: string, list: string, path: string, what: string): RegionField => ({
  type,
  list,
  path,
  what,
  fix: `Keep every entry of ${list} in a region inside the boundary, such as {example}.`,
});

/**
 * Properties of classic `@pulumi/azure` resources that name further regions holding a copy of the data, mirroring
 * the azure-native rows of `region-fields.ts` (vectors.md V07, V11, V13, V14, V18). The classic provider writes
 * replicas as blocks of the parent (a registry's `georeplications`) where azure-native has replica resources judged
 * by their own location. docs/coverage/replication.md lists the same rows.
 */
export const CLASSIC_REPLICATION_REGION_FIELDS: readonly RegionField[] = [
  // V07: every entry, the write region included, holds the data.
  regionList("azure:cosmosdb:Account", "geoLocations", "location", "replicates data to"),
  // V11
  {
    type: "azure:redis:LinkedServer",
    path: "linkedRedisCacheLocation",
    what: "replicates data to",
    fix: "Link only caches in a region inside the boundary, such as {example}.",
  },
  // V13
  regionList("azure:containerservice:Registry", "georeplications", "location", "replicates images to"),
  regionList("azure:appconfiguration:ConfigurationStore", "replicas", "location", "replicates its configuration to"),
  regionList("azure:apimanagement:Service", "additionalLocations", "location", "runs gateways, which may cache responses, in"),
  // V14
  regionList("azure:compute:SharedImageVersion", "targetRegions", "name", "replicates the version to"),
  regionList("azure:compute:GalleryApplicationVersion", "targetRegions", "name", "replicates the version to"),
  // V18: the destination volume names the region of its source volume.
  {
    type: "azure:netapp:Volume",
    path: "dataProtectionReplication.remoteVolumeLocation",
    what: "replicates the volume with a volume in",
    fix: "Replicate only with a volume in a region inside the boundary, such as {example}.",
  },
];
