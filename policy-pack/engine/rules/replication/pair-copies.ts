import { PairCopySetting } from "../pair-copies";

const GEO_STORAGE_SKUS = ["Standard_GRS", "Standard_RAGRS", "Standard_GZRS", "Standard_RAGZRS", "StandardV2_GRS", "StandardV2_GZRS"];

/**
 * Settings that copy data to the primary region's pair (vectors.md V05, V07 ...); docs/coverage.md lists the same
 * rows.
 */
export const REPLICATION_PAIR_COPIES: readonly PairCopySetting[] = [
  {
    type: "storage:StorageAccount",
    path: "sku.name",
    copiesWhen: GEO_STORAGE_SKUS,
    unsetCopies: false,
    what: "keeps a geo-redundant copy in",
    safeValue: "Standard_ZRS",
    fix: "Use Standard_ZRS or Standard_LRS, or a location whose pair is inside the boundary.",
  },
  {
    type: "azure:storage:Account",
    path: "accountReplicationType",
    copiesWhen: ["GRS", "RAGRS", "GZRS", "RAGZRS"],
    unsetCopies: false,
    what: "keeps a geo-redundant copy in",
    safeValue: "ZRS",
    fix: "Use ZRS or LRS, or a location whose pair is inside the boundary.",
  },
  {
    type: "cosmosdb:DatabaseAccount",
    path: "backupPolicy.periodicModeProperties.backupStorageRedundancy",
    copiesWhen: ["Geo"],
    unsetCopies: true,
    onlyWhen: { path: "backupPolicy.type", values: ["Periodic"], unsetMatches: true },
    what: "keeps geo-redundant backups in",
    safeValue: "Zone",
    fix: "Set backupPolicy.periodicModeProperties.backupStorageRedundancy to Zone or Local, or use continuous backup.",
  },
];
