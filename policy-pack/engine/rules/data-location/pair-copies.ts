import { PairCopySetting } from "../pair-copies";

const RESIDENCY_FIX = "Set properties.enableDataResidency to true, or use a location whose pair is inside the boundary.";
const GEOPAIR_FIX = "Set dataResidencyBoundary to WithinRegion, or use a location whose pair is inside the boundary.";

/**
 * Data-residency switches whose off (or unset) state lets the service copy data to the paired region (vectors.md
 * V29). docs/coverage/data-location.md lists the same rows.
 */
export const DATA_LOCATION_PAIR_COPIES: readonly PairCopySetting[] = [
  ...["iothub:IotHubResource", "deviceprovisioningservices:IotDpsResource"].map((type) => ({
    type,
    path: "properties.enableDataResidency",
    copiesWhen: ["false"],
    unsetCopies: true,
    what: "keeps a disaster-recovery copy in",
    safeValue: "true",
    fix: RESIDENCY_FIX,
  })),
  ...["eventgrid:Topic", "eventgrid:Domain"].map((type) => ({
    type,
    path: "dataResidencyBoundary",
    copiesWhen: ["WithinGeopair"],
    unsetCopies: true,
    what: "replicates its configuration and fails events over to",
    safeValue: "WithinRegion",
    fix: GEOPAIR_FIX,
  })),
];
