import { RegionVocabularyField, VocabularyMeaning } from "./region-vocabulary";

/** The cross-region recovery guide suggests the paired region, but no source says what `Default` selects. */
const NOTIFICATION_HUBS_DEFAULT: VocabularyMeaning = { unverified: "Microsoft does not document which region Default selects" };

/**
 * A Notification Hubs namespace's `replicationRegion` (vectors.md V12, regions.md §4.7): azure-native and the classic
 * 6.x provider share the input name, the values and the default (`Default`).
 */
export const notificationHubsReplicationRegion = (type: string): RegionVocabularyField => ({
  type,
  path: "replicationRegion",
  values: {
    Default: NOTIFICATION_HUBS_DEFAULT,
    WestUs2: { region: "westus2" },
    NorthEurope: { region: "northeurope" },
    AustraliaEast: { region: "australiaeast" },
    BrazilSouth: { region: "brazilsouth" },
    SouthEastAsia: { region: "southeastasia" },
    SouthAfricaNorth: { region: "southafricanorth" },
    None: { noCopy: true },
  },
  unset: { unverified: "replicationRegion is not set and the service default, Default, selects a region Microsoft does not document" },
  what: "replicates its metadata to",
});

/**
 * Properties whose values are a service's own names for replica regions (vectors.md V12, regions.md §4.7);
 * docs/coverage/replication.md lists the same rows.
 */
export const REPLICATION_VOCABULARY_FIELDS: readonly RegionVocabularyField[] = [notificationHubsReplicationRegion("notificationhubs:Namespace")];
