import { RegionField } from "../region-fields";

/**
 * Classic `@pulumi/azure` properties that name a region where a resource processes data besides its own location
 * (vectors.md V32), mirroring the azure-native rows. docs/coverage/processing.md lists the same rows.
 */
export const CLASSIC_PROCESSING_REGION_FIELDS: readonly RegionField[] = [
  // V32, 5.x only (the `lab` module is gone in 6.x): as labservices:LabPlan allowedRegions
  { type: "azure:lab:ServicePlan", list: "allowedRegions", path: "", what: "lets lab creators place labs in", fix: "Allow only regions inside the boundary, such as {example}." },
  // V32, 6.x only: one region in a string, as devcenter:Pool managedVirtualNetworkRegions
  { type: "azure:devcenter:ProjectPool", path: "managedVirtualNetworkRegions", what: "runs dev boxes in", fix: "Set managedVirtualNetworkRegions to a region inside the boundary, such as {example}." },
  // V32: the region of the SAP system's resources, as workloads:Monitor appLocation
  ...["azure:workloadssap:SingleNodeVirtualInstance", "azure:workloadssap:ThreeTierVirtualInstance"].map((type) => ({
    type,
    path: "appLocation",
    what: "deploys its SAP system in",
    fix: "Set appLocation to a region inside the boundary, such as {example}.",
  })),
];
