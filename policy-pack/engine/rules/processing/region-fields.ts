import { RegionField } from "../region-fields";

const BOT_CHANNEL_FIX = "Set properties.location to the bot's regional location (westeurope is the regional bot location in Europe).";

/**
 * Properties that name a region where a resource processes data besides its own location (vectors.md V22, V24,
 * V25, V31, V32). docs/coverage/processing.md lists the same rows.
 */
export const PROCESSING_REGION_FIELDS: readonly RegionField[] = [
  {
    type: "cognitiveservices:Account",
    list: "properties.locations.regions",
    path: "name",
    what: "routes requests to",
    fix: "Keep every entry of properties.locations.regions in a region inside the boundary, such as {example}.",
  },
  {
    type: "maps:Account",
    list: "properties.locations",
    path: "locationName",
    what: "processes requests in",
    fix: "Remove the additional processing locations outside the boundary, keeping only regions such as {example}.",
  },
  { type: "botservice:Channel", path: "properties.location", unsetMeans: "global", what: "processes channel messages in", fix: BOT_CHANNEL_FIX },
  {
    type: "botservice:Channel",
    path: "properties.properties.cognitiveServiceRegion",
    what: "sends speech to the Speech service in",
    fix: "Use a Speech resource in a region inside the boundary, such as {example}.",
  },
  ...["web:StaticSiteLinkedBackend", "web:StaticSiteLinkedBackendForBuild"].map((type) => ({
    type,
    path: "region",
    what: "forwards API requests to a backend in",
    fix: "Link a backend in a region inside the boundary, such as {example}.",
  })),
  ...["web:StaticSiteUserProvidedFunctionAppForStaticSite", "web:StaticSiteUserProvidedFunctionAppForStaticSiteBuild"].map((type) => ({
    type,
    path: "functionAppRegion",
    what: "forwards API requests to a function app in",
    fix: "Link a function app in a region inside the boundary, such as {example}.",
  })),
  ...["web:StaticSiteDatabaseConnection", "web:StaticSiteBuildDatabaseConnection"].map((type) => ({
    type,
    path: "region",
    what: "connects to a database in",
    fix: "Connect a database in a region inside the boundary, such as {example}.",
  })),
  {
    type: "machinelearningservices:Registry",
    list: "regionDetails",
    path: "location",
    what: "replicates models and data to",
    fix: "Keep every entry of regionDetails in a region inside the boundary, such as {example}.",
  },
  {
    type: "devcenter:Pool",
    list: "managedVirtualNetworkRegions",
    path: "",
    what: "runs dev boxes in",
    fix: "Keep every managed virtual network region inside the boundary, such as {example}.",
  },
  {
    type: "labservices:LabPlan",
    list: "allowedRegions",
    path: "",
    what: "lets lab creators place labs in",
    fix: "Allow only regions inside the boundary, such as {example}.",
  },
  {
    type: "monitor:AutoscaleSetting",
    path: "targetResourceLocation",
    what: "scales a resource in",
    fix: "Scale only resources located inside the boundary, such as in {example}.",
  },
  {
    type: "workloads:Monitor",
    path: "appLocation",
    what: "deploys its SAP monitoring resources in",
    fix: "Set appLocation to a region inside the boundary, such as {example}.",
  },
  {
    type: "networkcloud:Cluster",
    path: "clusterLocation",
    what: "runs workloads at",
    fix: "Name an Azure region inside the boundary in clusterLocation, such as {example}, or add a reviewed exemption for the on-premises site.",
  },
];
