import { PairCopySetting } from "../pair-copies";

// Defaults are azurerm's, read from the JSDoc of @pulumi/azure 5.89.2 and 6.40.0 ("Defaults to ..."), which agree
// for every row below; docs/coverage/replication.md says which rows are unverified.

const GEO_BACKUPS = "keeps geo-redundant backups in";

/** A boolean switch that is off unless the program turns it on. */
const enabledSwitch = (type: string, path: string, what: string): PairCopySetting => ({
  type,
  path,
  copiesWhen: ["true"],
  unsetCopies: false,
  what,
  safeValue: "false",
  fix: `Set ${path} to false, or use a location whose pair is inside the boundary.`,
});

/**
 * The geo-redundant backup switch of the PostgreSQL, MySQL and MariaDB servers; the retired single servers document
 * no default, so absence counts as a copy there (unverified, safe side).
 */
const serverGeoBackup = (type: string, unsetCopies: boolean): PairCopySetting => ({
  ...enabledSwitch(type, "geoRedundantBackupEnabled", GEO_BACKUPS),
  unsetCopies,
});

/** SQL managed instance backups: `GRS` (the default) or `GZRS` keep a copy in the pair. */
const managedInstanceBackups = (type: string): PairCopySetting => ({
  type,
  path: "storageAccountType",
  copiesWhen: ["GRS", "GZRS"],
  unsetCopies: true,
  what: GEO_BACKUPS,
  safeValue: "ZRS",
  fix: "Set storageAccountType to ZRS or LRS, or use a location whose pair is inside the boundary.",
});

/**
 * Settings of classic `@pulumi/azure` resources that copy data to the primary region's pair, mirroring the
 * azure-native rows of `pair-copies.ts` (vectors.md V07-V10, V15, V16); the classic V05 and V17 rows are there.
 * docs/coverage/replication.md lists the same rows.
 */
export const CLASSIC_REPLICATION_PAIR_COPIES: readonly PairCopySetting[] = [
  // V07: an absent backup block is periodic backup with Geo storage.
  {
    type: "azure:cosmosdb:Account",
    path: "backup.storageRedundancy",
    copiesWhen: ["Geo"],
    unsetCopies: true,
    onlyWhen: { path: "backup.type", values: ["Periodic"], unsetMatches: true },
    what: GEO_BACKUPS,
    safeValue: "Zone",
    fix: "Set backup.storageRedundancy to Zone or Local, or use continuous backup.",
  },
  // V08
  {
    type: "azure:mssql:Database",
    path: "storageAccountType",
    copiesWhen: ["Geo", "GeoZone"],
    unsetCopies: true,
    what: GEO_BACKUPS,
    safeValue: "Zone",
    fix: "Set storageAccountType to Zone or Local, or use a location whose pair is inside the boundary.",
  },
  {
    // V08: the retired azurerm_sql_database has no backup redundancy input; its backups take the API default, RA-GRS.
    type: "azure:sql:Database",
    path: "location",
    copiesWhen: "always",
    unsetCopies: true,
    what: GEO_BACKUPS,
    fix: "Use azure.mssql.Database with storageAccountType Zone or Local, or a location whose pair is inside the boundary.",
  },
  // V09
  managedInstanceBackups("azure:mssql:ManagedInstance"),
  managedInstanceBackups("azure:sql:ManagedInstance"),
  // V10
  serverGeoBackup("azure:postgresql:FlexibleServer", false),
  serverGeoBackup("azure:mysql:FlexibleServer", false),
  serverGeoBackup("azure:postgresql:Server", true),
  serverGeoBackup("azure:mysql:Server", true),
  serverGeoBackup("azure:mariadb:Server", true),
  // V15
  {
    type: "azure:recoveryservices:Vault",
    path: "storageModeType",
    copiesWhen: ["GeoRedundant"],
    unsetCopies: true,
    what: GEO_BACKUPS,
    safeValue: "ZoneRedundant",
    fix: "Set storageModeType to ZoneRedundant or LocallyRedundant, or use a location whose pair is inside the boundary.",
  },
  enabledSwitch("azure:recoveryservices:Vault", "crossRegionRestoreEnabled", "makes its backups restorable in"),
  // V16: redundancy is required; crossRegionRestoreEnabled is 6.x only.
  {
    type: "azure:dataprotection:BackupVault",
    path: "redundancy",
    copiesWhen: ["GeoRedundant"],
    unsetCopies: false,
    what: GEO_BACKUPS,
    safeValue: "ZoneRedundant",
    fix: "Set redundancy to ZoneRedundant or LocallyRedundant, or use a location whose pair is inside the boundary.",
  },
  enabledSwitch("azure:dataprotection:BackupVault", "crossRegionRestoreEnabled", "makes its backups restorable in"),
];
