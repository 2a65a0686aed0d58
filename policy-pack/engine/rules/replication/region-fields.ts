import { RegionField } from "../region-fields";

/** The shared-image-gallery versions publish to the same target lists (vectors.md V14). */
const galleryTargets = (type: string, profile: string): RegionField[] => [
  {
    type,
    list: `${profile}.targetRegions`,
    path: "name",
    what: "replicates the version to",
    fix: `Keep every entry of ${profile}.targetRegions in a region inside the boundary, such as {example}.`,
  },
  {
    type,
    list: `${profile}.targetExtendedLocations`,
    path: "name",
    what: "replicates the version to",
    fix: `Keep every entry of ${profile}.targetExtendedLocations in a region inside the boundary, such as {example}.`,
  },
];

const IMAGE_TEMPLATE = "virtualmachineimages:VirtualMachineImageTemplate";
const DISTRIBUTE_FIX = "Distribute the image only to regions inside the boundary, such as {example}.";

const REDIS_LINK_FIX = "Link only caches in a region inside the boundary, such as {example}.";

/**
 * Properties that name further regions holding a copy of the resource's data (vectors.md V07, V09, V11-V16,
 * V18). docs/coverage/replication.md lists the same rows.
 */
export const REPLICATION_REGION_FIELDS: readonly RegionField[] = [
  {
    type: "cosmosdb:DatabaseAccount",
    list: "locations",
    path: "locationName",
    what: "replicates data to",
    fix: "Keep every entry of locations in a region inside the boundary, such as {example}.",
  },
  {
    type: "cosmosdb:CassandraDataCenter",
    path: "properties.dataCenterLocation",
    what: "replicates data to",
    fix: "Set properties.dataCenterLocation to a region inside the boundary, such as {example}.",
  },
  {
    type: "cosmosdb:Fleetspace",
    list: "dataRegions",
    path: "",
    what: "keeps data in",
    fix: "Keep every entry of dataRegions in a region inside the boundary, such as {example}.",
  },
  {
    type: "cosmosdb:ThroughputPoolAccount",
    path: "accountLocation",
    what: "adds an account whose data is in",
    fix: "Add only accounts located inside the boundary, such as in {example}.",
  },
  {
    type: "mongocluster:MongoCluster",
    path: "properties.replicaParameters.sourceLocation",
    what: "replicates data from a cluster in",
    fix: "Replicate only from a cluster in a region inside the boundary, such as {example}.",
  },
  {
    type: "dbforpostgresql:ServerGroupCluster",
    path: "sourceLocation",
    what: "replicates data from a cluster in",
    fix: "Replicate only from a cluster in a region inside the boundary, such as {example}.",
  },
  {
    type: "sql:InstanceFailoverGroup",
    list: "partnerRegions",
    path: "location",
    what: "replicates its databases to",
    fix: "Keep every entry of partnerRegions in a region inside the boundary, such as {example}.",
  },
  { type: "redis:LinkedServer", path: "linkedRedisCacheLocation", what: "replicates data to", fix: REDIS_LINK_FIX },
  { type: "redis:RedisLinkedServer", path: "linkedRedisCacheLocation", what: "replicates data to", fix: REDIS_LINK_FIX },
  {
    type: "servicebus:Namespace",
    list: "geoDataReplication.locations",
    path: "locationName",
    what: "replicates messages to",
    fix: "Keep every entry of geoDataReplication.locations in a region inside the boundary, such as {example}.",
  },
  {
    // Not in the default API of v3.28; the shape of API 2025-05-01-preview, for locally generated packages (P4).
    type: "eventhub:Namespace",
    list: "geoDataReplication.locations",
    path: "locationName",
    what: "replicates events to",
    fix: "Keep every entry of geoDataReplication.locations in a region inside the boundary, such as {example}.",
  },
  {
    type: "apimanagement:ApiManagementService",
    list: "additionalLocations",
    path: "location",
    what: "runs gateways, which may cache responses, in",
    fix: "Keep every entry of additionalLocations in a region inside the boundary, such as {example}.",
  },
  {
    type: "aad:DomainService",
    list: "replicaSets",
    path: "location",
    what: "replicates the directory to",
    fix: "Keep every entry of replicaSets in a region inside the boundary, such as {example}.",
  },
  {
    type: "keyvault:ManagedHsm",
    list: "properties.regions",
    path: "name",
    what: "replicates its keys to",
    fix: "Keep every entry of properties.regions in a region inside the boundary, such as {example}.",
  },
  {
    type: "azurefleet:Fleet",
    list: "additionalLocationsProfile.locationProfiles",
    path: "location",
    what: "runs virtual machines in",
    fix: "Keep every entry of additionalLocationsProfile.locationProfiles in a region inside the boundary, such as {example}.",
  },
  ...galleryTargets("compute:GalleryImageVersion", "publishingProfile"),
  ...galleryTargets("compute:GalleryApplicationVersion", "publishingProfile"),
  ...galleryTargets("compute:GalleryScriptVersion", "properties.publishingProfile"),
  {
    type: "compute:GalleryInVMAccessControlProfileVersion",
    list: "targetLocations",
    path: "name",
    what: "replicates the version to",
    fix: "Keep every entry of targetLocations in a region inside the boundary, such as {example}.",
  },
  { type: IMAGE_TEMPLATE, list: "distribute[].targetRegions", path: "name", what: "distributes the image to", fix: DISTRIBUTE_FIX },
  { type: IMAGE_TEMPLATE, list: "distribute[].replicationRegions", path: "", what: "distributes the image to", fix: DISTRIBUTE_FIX },
  { type: IMAGE_TEMPLATE, list: "distribute", path: "location", what: "distributes the image to", fix: DISTRIBUTE_FIX },
  {
    // Only the Azure fabric type has a location; the other fabric types name on-premises sites.
    type: "recoveryservices:ReplicationFabric",
    path: "properties.customDetails.location",
    what: "holds replicated machine data in",
    fix: "Set properties.customDetails.location to a region inside the boundary, such as {example}.",
  },
  {
    type: "dataprotection:BackupVault",
    list: "properties.replicatedRegions",
    path: "",
    what: "replicates backups to",
    fix: "Keep every entry of properties.replicatedRegions in a region inside the boundary, such as {example}.",
  },
  {
    type: "netapp:CapacityPoolVolume",
    path: "dataProtection.replication.remoteVolumeRegion",
    what: "replicates the volume with a volume in",
    fix: "Replicate only with a volume in a region inside the boundary, such as {example}.",
  },
  {
    type: "databox:Job",
    list: "details.preferences.preferredDataCenterRegion",
    path: "",
    what: "ships data to a datacentre in",
    fix: "Keep every entry of details.preferences.preferredDataCenterRegion in a region inside the boundary, such as {example}.",
  },
  {
    type: "search:SharedPrivateLinkResource",
    path: "properties.resourceRegion",
    what: "reaches a resource in",
    fix: "Set properties.resourceRegion to a region inside the boundary, such as {example}.",
  },
];
