import { RegionVocabularyField } from "./region-vocabulary";
import { notificationHubsReplicationRegion } from "./vocabulary-fields";

/**
 * Properties of classic `@pulumi/azure` resources whose values are a service's own names for replica regions
 * (vectors.md V12). `replicationRegion` is new in 6.x; a 5.x namespace cannot set it, so it takes the undocumented
 * service default and is not proven, as an azure-native namespace that leaves it unset.
 * docs/coverage/replication.md lists the same rows.
 */
export const CLASSIC_REPLICATION_VOCABULARY_FIELDS: readonly RegionVocabularyField[] = [notificationHubsReplicationRegion("azure:notificationhub:Namespace")];
