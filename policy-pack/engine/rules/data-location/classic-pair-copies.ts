import { PairCopySetting } from "../pair-copies";

/** A classic type whose data-residency switch azurerm does not expose: the service default (a pair copy) always applies. */
const unswitchable = (type: string, what: string, azureNativeSwitch: string): PairCopySetting => ({
  type,
  path: "location",
  copiesWhen: "always",
  unsetCopies: true,
  what,
  fix: `Create it in a location whose pair is inside the boundary, or declare it with azure-native, whose ${azureNativeSwitch} keeps the data in its region.`,
});

/**
 * The classic `@pulumi/azure` counterparts of `DATA_LOCATION_PAIR_COPIES` (vectors.md V29), the same in 5.x and
 * 6.x. docs/coverage/data-location.md lists the same rows.
 */
export const CLASSIC_DATA_LOCATION_PAIR_COPIES: readonly PairCopySetting[] = [
  // V29: "Defaults to `false`" (5.89 and 6.x JSDoc): off or unset keeps a disaster-recovery copy in the pair.
  {
    type: "azure:iot:IotHubDps",
    path: "dataResidencyEnabled",
    copiesWhen: ["false"],
    unsetCopies: true,
    what: "keeps a disaster-recovery copy in",
    safeValue: "true",
    fix: "Set dataResidencyEnabled to true, or use a location whose pair is inside the boundary.",
  },
  // V29: azurerm has no data-residency input for IoT hubs, so the hub always keeps a disaster-recovery copy in the pair.
  unswitchable("azure:iot:IoTHub", "keeps a disaster-recovery copy in", "properties.enableDataResidency"),
  // V29: nor a dataResidencyBoundary for Event Grid (unverified default WithinGeopair, as for azure-native), also
  // under the deprecated 5.x `eventhub` aliases.
  ...["azure:eventgrid:Topic", "azure:eventgrid:Domain", "azure:eventhub:EventGridTopic", "azure:eventhub:Domain"].map((type) =>
    unswitchable(type, "replicates its configuration and fails events over to", "dataResidencyBoundary WithinRegion"),
  ),
];
