import { PairCopySetting } from "../pair-copies";

const GEO_STORAGE_SKUS = ["Standard_GRS", "Standard_RAGRS", "Standard_GZRS", "Standard_RAGZRS", "StandardV2_GRS", "StandardV2_GZRS"];

const GEO_BACKUPS = "keeps geo-redundant backups in";

/** Azure SQL Database and Managed Instance: backups are RA-GRS to the pair unless Zone or Local is requested. */
const sqlBackupRedundancy = (type: string): PairCopySetting => ({
  type,
  path: "requestedBackupStorageRedundancy",
  copiesWhen: ["Geo", "GeoZone"],
  unsetCopies: true,
  what: GEO_BACKUPS,
  safeValue: "Zone",
  fix: "Set requestedBackupStorageRedundancy to Zone or Local, or use a location whose pair is inside the boundary.",
});

/** PostgreSQL and MySQL flexible servers: geo-redundant backups are off unless enabled. */
const flexibleServerGeoBackup = (type: string): PairCopySetting => ({
  type,
  path: "backup.geoRedundantBackup",
  copiesWhen: ["Enabled"],
  unsetCopies: false,
  what: GEO_BACKUPS,
  safeValue: "Disabled",
  fix: "Set backup.geoRedundantBackup to Disabled, or use a location whose pair is inside the boundary.",
});

/** The retired single-server types keep the same switch in their storage profile. */
const singleServerGeoBackup = (type: string): PairCopySetting => ({
  type,
  path: "properties.storageProfile.geoRedundantBackup",
  copiesWhen: ["Enabled"],
  unsetCopies: false,
  what: GEO_BACKUPS,
  safeValue: "Disabled",
  fix: "Set properties.storageProfile.geoRedundantBackup to Disabled, or use a location whose pair is inside the boundary.",
});

/**
 * Vault contents replicate to the pair "within the same geography", and no property turns it off; unpaired regions
 * keep them zone-redundant in the region (S-KV).
 */
const keyVaultPairCopy = (type: string): PairCopySetting => ({
  type,
  path: "location",
  copiesWhen: "always",
  unsetCopies: true,
  unpairedKeepsNoCopy: true,
  what: "replicates its keys and secrets to",
  fix: "Create the vault in a region whose pair is inside the boundary, or in a region without a pair; the copy to the pair cannot be turned off.",
});

/**
 * Settings that copy data to the primary region's pair (vectors.md V05, V07, V08-V10, V15-V17);
 * docs/coverage/replication.md lists the same rows.
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
    what: GEO_BACKUPS,
    safeValue: "Zone",
    fix: "Set backupPolicy.periodicModeProperties.backupStorageRedundancy to Zone or Local, or use continuous backup.",
  },
  {
    type: "dbforpostgresql:ServerGroupCluster",
    path: "enableGeoBackup",
    copiesWhen: ["true"],
    unsetCopies: false,
    what: GEO_BACKUPS,
    safeValue: "false",
    fix: "Set enableGeoBackup to false, or use a location whose pair is inside the boundary.",
  },
  sqlBackupRedundancy("sql:Database"),
  sqlBackupRedundancy("sql:ManagedInstance"),
  {
    type: "sql:GeoBackupPolicy",
    path: "state",
    copiesWhen: ["Enabled"],
    unsetCopies: false,
    what: GEO_BACKUPS,
    safeValue: "Disabled",
    fix: "Set state to Disabled, or keep the dedicated SQL pool in a location whose pair is inside the boundary.",
  },
  {
    // Dedicated SQL pools take geo-backups to the pair by default (unverified for the API default: fail closed).
    type: "synapse:SqlPool",
    path: "storageAccountType",
    copiesWhen: ["GRS"],
    unsetCopies: true,
    what: GEO_BACKUPS,
    safeValue: "LRS",
    fix: "Set storageAccountType to LRS, or use a location whose pair is inside the boundary.",
  },
  flexibleServerGeoBackup("dbforpostgresql:Server"),
  flexibleServerGeoBackup("dbformysql:Server"),
  singleServerGeoBackup("dbforpostgresql:SingleServer"),
  singleServerGeoBackup("dbformysql:SingleServer"),
  singleServerGeoBackup("dbformariadb:Server"),
  {
    // Microsoft documents GRS as the vault default; the API default is unverified, so unset counts as a copy.
    type: "recoveryservices:Vault",
    path: "properties.redundancySettings.standardTierStorageRedundancy",
    copiesWhen: ["GeoRedundant"],
    unsetCopies: true,
    what: GEO_BACKUPS,
    safeValue: "ZoneRedundant",
    fix: "Set properties.redundancySettings.standardTierStorageRedundancy to ZoneRedundant or LocallyRedundant, or use a location whose pair is inside the boundary.",
  },
  {
    type: "recoveryservices:Vault",
    path: "properties.redundancySettings.crossRegionRestore",
    copiesWhen: ["Enabled"],
    unsetCopies: false,
    what: "makes its backups restorable in",
    safeValue: "Disabled",
    fix: "Set properties.redundancySettings.crossRegionRestore to Disabled, or use a location whose pair is inside the boundary.",
  },
  {
    type: "dataprotection:BackupVault",
    path: "properties.storageSettings[].type",
    copiesWhen: ["GeoRedundant"],
    unsetCopies: false,
    what: GEO_BACKUPS,
    safeValue: "ZoneRedundant",
    fix: "Use ZoneRedundant or LocallyRedundant storage settings, or a location whose pair is inside the boundary.",
  },
  {
    type: "dataprotection:BackupVault",
    path: "properties.featureSettings.crossRegionRestoreSettings.state",
    copiesWhen: ["Enabled"],
    unsetCopies: false,
    what: "makes its backups restorable in",
    safeValue: "Disabled",
    fix: "Set properties.featureSettings.crossRegionRestoreSettings.state to Disabled, or use a location whose pair is inside the boundary.",
  },
  keyVaultPairCopy("keyvault:Vault"),
  keyVaultPairCopy("azure:keyvault:KeyVault"),
];
