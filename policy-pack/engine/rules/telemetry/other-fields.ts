import { RegionField } from "../region-fields";
import { UnprovableField } from "../unprovable-fields";

/**
 * Application Insights continuous export (vectors.md V20): `destinationStorageLocationId` is documented only as
 * "the location ID of the destination storage container"; it is judged as a region name, so any value outside
 * the region catalogue is outside (unverified vocabulary, see docs/coverage/telemetry.md).
 */
export const TELEMETRY_REGION_FIELDS: readonly RegionField[] = [
  {
    type: "applicationinsights:ExportConfiguration",
    path: "destinationStorageLocationId",
    what: "exports telemetry to storage in",
    fix: "Export only to a storage account in a region inside the boundary, such as {example}, or use a workspace-based component instead of continuous export.",
  },
];

/** Destinations no preview can place: a SAS URL may name any storage account in any region. */
export const TELEMETRY_UNPROVABLE_FIELDS: readonly UnprovableField[] = [
  {
    type: "applicationinsights:ExportConfiguration",
    path: "destinationAddress",
    what: "exports telemetry to",
    why: "because a SAS URL names a storage container, not its region",
    fix: "Replace continuous export with a workspace-based component whose workspace is created in this stack inside the boundary, or add a reviewed exemption.",
    revealValue: false,
  },
];
