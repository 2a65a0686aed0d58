import { describe, expect, it } from "vitest";
import { PropertyBag, StackResource } from "../../policy-pack/engine";
import { classicResource, stackResource, UNKNOWN } from "../helpers/facts";
import { resourceMessages } from "../helpers/evaluate";
import { NL, replicationMessages, replicationStackMessages } from "./replication-helpers";

/** A classic resource of group `rg` in westeurope unless the props say otherwise. */
const classic = (type: string, name: string, props: PropertyBag) => classicResource(type, name, { location: "westeurope", resourceGroupName: "rg", ...props });

/** A classic resource of the stack, with the resources its inputs were computed from. */
const inStack = (type: string, name: string, props: PropertyBag, dependsOn: Record<string, StackResource[]> = {}) => stackResource(classic(type, name, props), dependsOn);

/** Messages of the stack policy for the last resource of `resources`. */
const stackVerdict = (...resources: StackResource[]) => replicationStackMessages(resources[resources.length - 1], resources);

const OUTSIDE_EUDB = "outside the EU Data Boundary (EU + EFTA).";
const UNPROVEN_EUDB = "not proven inside the EU Data Boundary (EU + EFTA).";

describe("V07 classic Cosmos DB account", () => {
  const account = (props: PropertyBag) =>
    classic("azure:cosmosdb/account:Account", "cosmos", { geoLocations: [{ location: "westeurope", failoverPriority: 0 }], backup: { type: "Continuous" }, ...props });

  it("reports every geo location outside the boundary, the write region included", () => {
    const geoLocations = [{ location: "westeurope", failoverPriority: 0 }, { location: "eastus", failoverPriority: 1 }];
    expect(replicationMessages(account({ geoLocations }))).toEqual([
      `Cosmos DB account 'cosmos' replicates data to eastus (United States) through geoLocations[1].location eastus, ${OUTSIDE_EUDB} Keep every entry of geoLocations in a region inside the boundary, such as westeurope.`,
    ]);
    expect(replicationMessages(account({ geoLocations: [{ location: "northeurope", failoverPriority: 0 }] }))).toEqual([]);
    expect(replicationMessages(account({ geoLocations: UNKNOWN }))).toEqual([
      `Cosmos DB account 'cosmos' replicates data to a place that cannot be proven at preview through geoLocations (unknown at preview), ${UNPROVEN_EUDB} Set geoLocations to a literal list whose regions are inside the boundary.`,
    ]);
  });

  it("treats an absent backup block as periodic backup with geo-redundant storage", () => {
    expect(replicationMessages(account({ backup: undefined }), NL)).toEqual([
      "Cosmos DB account 'cosmos' keeps geo-redundant backups in northeurope (Ireland) through backup.storageRedundancy (not set), outside the Netherlands. Set backup.storageRedundancy to Zone or Local, or use continuous backup.",
    ]);
    expect(replicationMessages(account({ backup: { type: "Periodic", storageRedundancy: "Geo" } }), NL)).toHaveLength(1);
    expect(replicationMessages(account({ backup: { type: "Periodic", storageRedundancy: "Zone" } }), NL)).toEqual([]);
    expect(replicationMessages(account({ backup: { type: "Continuous" } }), NL)).toEqual([]);
  });

  it("reports a backup type unknown at preview as unproven", () => {
    expect(replicationMessages(account({ backup: { type: UNKNOWN } }))).toEqual([
      `Cosmos DB account 'cosmos' may keep a copy in its paired region, which is a place that cannot be proven at preview through backup.type (unknown at preview), ${UNPROVEN_EUDB} Set backup.type to a literal value such as Zone.`,
    ]);
  });
});

describe("V08 classic SQL databases", () => {
  // An mssql database has no location input: its place is its server's (serverId), which the fact carries as location.
  const database = (props: PropertyBag) => classic("azure:mssql/database:Database", "orders", { serverId: UNKNOWN, ...props });

  it("treats an unset storage account type as geo-redundant backups (azurerm default Geo)", () => {
    expect(replicationMessages(database({}))).toEqual([]);
    expect(replicationMessages(database({}), NL)).toEqual([
      "SQL database 'orders' keeps geo-redundant backups in northeurope (Ireland) through storageAccountType (not set), outside the Netherlands. Set storageAccountType to Zone or Local, or use a location whose pair is inside the boundary.",
    ]);
    expect(replicationMessages(database({ storageAccountType: "GeoZone" }), NL)).toHaveLength(1);
    for (const storageAccountType of ["Zone", "Local"]) expect(replicationMessages(database({ storageAccountType }), NL)).toEqual([]);
    expect(replicationMessages(database({ storageAccountType: UNKNOWN }))).toEqual([
      `SQL database 'orders' may keep a copy in its paired region, which is a place that cannot be proven at preview through storageAccountType (unknown at preview), ${UNPROVEN_EUDB} Set storageAccountType to a literal value such as Zone.`,
    ]);
  });

  it("takes the backups of a retired 5.x sql database as geo-redundant, which no input turns off", () => {
    const retired = classic("azure:sql/database:Database", "legacy", { serverName: "sql-eu" });
    expect(replicationMessages(retired)).toEqual([]);
    expect(replicationMessages(retired, NL)).toEqual([
      "SQL database 'legacy' keeps geo-redundant backups in northeurope (Ireland) through location westeurope, outside the Netherlands. Use azure.mssql.Database with storageAccountType Zone or Local, or a location whose pair is inside the boundary.",
    ]);
  });

  it("resolves the source of a secondary through the stack, whichever SQL module created it", () => {
    const source = inStack("azure:sql/database:Database", "orders-us", { location: "eastus", serverName: "sql-us" });
    const secondary = stackResource(database({ createMode: "Secondary", creationSourceDatabaseId: UNKNOWN, storageAccountType: "Zone" }), { creationSourceDatabaseId: [source] });
    expect(stackVerdict(source, secondary)).toEqual([
      `SQL database 'orders' is a copy, replica or restore of a database in eastus (United States) through creationSourceDatabaseId (unknown at preview), the location of SQL database 'orders-us', ${OUTSIDE_EUDB} Create it from a source created in this stack inside the boundary.`,
    ]);
    const inside = inStack("azure:sql/database:Database", "orders-ne", { location: "northeurope", serverName: "sql-ne" });
    expect(stackVerdict(inside, stackResource(database({ createMode: "Secondary", creationSourceDatabaseId: UNKNOWN, storageAccountType: "Zone" }), { creationSourceDatabaseId: [inside] }))).toEqual([]);
  });

  it("reports the source of a 5.x copy outside the stack as unproven", () => {
    const copy = inStack("azure:sql/database:Database", "copy", { serverName: "sql-eu", createMode: "Copy", sourceDatabaseId: "/subscriptions/s/resourceGroups/other/providers/Microsoft.Sql/servers/x/databases/y" });
    expect(stackVerdict(copy)).toEqual([
      `SQL database 'copy' is a copy, replica or restore of a database in a place that cannot be proven at preview through sourceDatabaseId /subscriptions/s/resourceGroups/other/providers/Microsoft.Sql/servers/x/databases/y, because the target is not a resource of this stack, ${UNPROVEN_EUDB} Declare the target with its region in boundary.externalResources (docs/external-resources.md), reference a resource created in this stack inside the boundary, or add a reviewed exemption.`,
    ]);
  });
});

describe("V09 classic SQL failover groups and managed instances", () => {
  it("resolves the partner servers of an mssql and a 5.x sql failover group through the stack", () => {
    const partner = inStack("azure:mssql/server:Server", "sql-us", { location: "eastus" });
    const group = inStack("azure:mssql/failoverGroup:FailoverGroup", "fog", { serverId: UNKNOWN, partnerServers: [{ id: UNKNOWN }], location: undefined }, { partnerServers: [partner] });
    expect(stackVerdict(partner, group)).toEqual([
      `SQL failover group 'fog' replicates its databases to eastus (United States) through partnerServers[0].id (unknown at preview), the location of SQL server 'sql-us', ${OUTSIDE_EUDB} Pair it only with a partner created in this stack inside the boundary.`,
    ]);
    const retired = inStack("azure:sql/sqlServer:SqlServer", "sql-ne", { location: "northeurope" });
    const legacy = inStack("azure:sql/failoverGroup:FailoverGroup", "legacy", { serverName: "sql-eu", partnerServers: [{ id: UNKNOWN }] }, { partnerServers: [retired] });
    expect(stackVerdict(retired, legacy)).toEqual([]);
  });

  it("resolves the partner managed instance of a managed instance failover group", () => {
    const partner = inStack("azure:mssql/managedInstance:ManagedInstance", "mi-us", { location: "eastus", storageAccountType: "ZRS" });
    const group = inStack("azure:mssql/managedInstanceFailoverGroup:ManagedInstanceFailoverGroup", "mifog", { managedInstanceId: UNKNOWN, partnerManagedInstanceId: UNKNOWN }, { partnerManagedInstanceId: [partner] });
    expect(stackVerdict(partner, group)).toEqual([
      `SQL managed instance failover group 'mifog' replicates its databases to eastus (United States) through partnerManagedInstanceId (unknown at preview), the location of SQL managed instance 'mi-us', ${OUTSIDE_EUDB} Pair it only with a partner created in this stack inside the boundary.`,
    ]);
    const legacy = inStack("azure:sql/managedInstanceFailoverGroup:ManagedInstanceFailoverGroup", "legacy", { managedInstanceName: "mi", partnerManagedInstanceId: "/subscriptions/s/x" });
    expect(stackVerdict(legacy)).toHaveLength(1);
  });

  it("treats managed instance backups as GRS unless ZRS or LRS is set, in 6.x and in the 5.x sql module", () => {
    for (const type of ["azure:mssql/managedInstance:ManagedInstance", "azure:sql/managedInstance:ManagedInstance"]) {
      expect(replicationMessages(classic(type, "mi", {}), NL)).toEqual([
        "SQL managed instance 'mi' keeps geo-redundant backups in northeurope (Ireland) through storageAccountType (not set), outside the Netherlands. Set storageAccountType to ZRS or LRS, or use a location whose pair is inside the boundary.",
      ]);
      expect(replicationMessages(classic(type, "mi", { storageAccountType: "GZRS" }), NL)).toHaveLength(1);
      expect(replicationMessages(classic(type, "mi", { storageAccountType: "LRS" }), NL)).toEqual([]);
    }
  });
});

describe("V10 classic PostgreSQL, MySQL and MariaDB servers", () => {
  it("reports enabled geo-redundant backups of a flexible server, and passes the default", () => {
    expect(replicationMessages(classic("azure:postgresql/flexibleServer:FlexibleServer", "pg", { geoRedundantBackupEnabled: true }), NL)).toEqual([
      "PostgreSQL flexible server 'pg' keeps geo-redundant backups in northeurope (Ireland) through geoRedundantBackupEnabled true, outside the Netherlands. Set geoRedundantBackupEnabled to false, or use a location whose pair is inside the boundary.",
    ]);
    expect(replicationMessages(classic("azure:mysql/flexibleServer:FlexibleServer", "my", { geoRedundantBackupEnabled: true }), NL)).toHaveLength(1);
    expect(replicationMessages(classic("azure:mysql/flexibleServer:FlexibleServer", "my", {}), NL)).toEqual([]);
    expect(replicationMessages(classic("azure:mysql/flexibleServer:FlexibleServer", "my", { geoRedundantBackupEnabled: UNKNOWN }))).toEqual([
      `MySQL flexible server 'my' may keep a copy in its paired region, which is a place that cannot be proven at preview through geoRedundantBackupEnabled (unknown at preview), ${UNPROVEN_EUDB} Set geoRedundantBackupEnabled to a literal value such as false.`,
    ]);
  });

  it("takes an unset switch of a retired single server as geo-redundant (no documented default: safe side)", () => {
    for (const [type, kind] of [["azure:postgresql/server:Server", "PostgreSQL single server"], ["azure:mysql/server:Server", "MySQL single server"], ["azure:mariadb/server:Server", "MariaDB server"]]) {
      expect(replicationMessages(classic(type, "single", {}), NL)).toEqual([
        `${kind} 'single' keeps geo-redundant backups in northeurope (Ireland) through geoRedundantBackupEnabled (not set), outside the Netherlands. Set geoRedundantBackupEnabled to false, or use a location whose pair is inside the boundary.`,
      ]);
      expect(replicationMessages(classic(type, "single", { geoRedundantBackupEnabled: false }), NL)).toEqual([]);
    }
  });

  it("resolves the source server of a replica through the stack", () => {
    const source = inStack("azure:postgresql/flexibleServer:FlexibleServer", "pg-us", { location: "eastus" });
    const replica = inStack("azure:postgresql/flexibleServer:FlexibleServer", "pg-replica", { createMode: "Replica", sourceServerId: UNKNOWN }, { sourceServerId: [source] });
    expect(stackVerdict(source, replica)).toEqual([
      `PostgreSQL flexible server 'pg-replica' is a replica or restore of a server in eastus (United States) through sourceServerId (unknown at preview), the location of PostgreSQL flexible server 'pg-us', ${OUTSIDE_EUDB} Create it from a source created in this stack inside the boundary.`,
    ]);
    const single = inStack("azure:mariadb/server:Server", "maria-us", { location: "eastus", geoRedundantBackupEnabled: false });
    const singleReplica = inStack("azure:mariadb/server:Server", "maria-replica", { createMode: "Replica", creationSourceServerId: UNKNOWN, geoRedundantBackupEnabled: false }, { creationSourceServerId: [single] });
    expect(stackVerdict(single, singleReplica)).toHaveLength(1);
  });
});

describe("V11 classic Redis geo-replication", () => {
  it("judges the linked cache's location and resolves its id", () => {
    const cache = inStack("azure:redis/cache:Cache", "cache-us", { location: "eastus" });
    const link = inStack("azure:redis/linkedServer:LinkedServer", "link", { targetRedisCacheName: "cache-eu", linkedRedisCacheId: UNKNOWN, linkedRedisCacheLocation: "eastus", serverRole: "Secondary", location: undefined }, { linkedRedisCacheId: [cache] });
    expect(replicationMessages(link)).toEqual([
      `Redis linked server 'link' replicates data to eastus (United States) through linkedRedisCacheLocation eastus, ${OUTSIDE_EUDB} Link only caches in a region inside the boundary, such as westeurope.`,
    ]);
    expect(stackVerdict(cache, link)).toEqual([
      `Redis linked server 'link' replicates data to eastus (United States) through linkedRedisCacheId (unknown at preview), the location of Redis cache 'cache-us', ${OUTSIDE_EUDB} Pair it only with a partner created in this stack inside the boundary.`,
    ]);
  });

  it("resolves the linked databases of a Redis Enterprise database through their clusters", () => {
    const own = inStack("azure:redis/enterpriseCluster:EnterpriseCluster", "redis-eu", { location: "westeurope" });
    const other = inStack("azure:redis/enterpriseCluster:EnterpriseCluster", "redis-us", { location: "eastus" });
    const database = stackResource(classicResource("azure:redis/enterpriseDatabase:EnterpriseDatabase", "default", { clusterId: UNKNOWN, linkedDatabaseIds: [UNKNOWN, UNKNOWN] }), { clusterId: [own], linkedDatabaseIds: [own, other] });
    expect(stackVerdict(own, other, database)).toEqual([
      `Redis Enterprise database 'default' replicates data to eastus (United States) through linkedDatabaseIds[*] (unknown at preview), the location of Redis Enterprise cluster 'redis-us', ${OUTSIDE_EUDB} Pair it only with a partner created in this stack inside the boundary.`,
    ]);
  });

  it("resolves the caches a 6.x Managed Redis geo-replication group links", () => {
    const primary = inStack("azure:managedredis/managedRedis:ManagedRedis", "amr-eu", { location: "westeurope" });
    const linked = inStack("azure:managedredis/managedRedis:ManagedRedis", "amr-us", { location: "eastus" });
    const group = stackResource(classicResource("azure:managedredis/geoReplication:GeoReplication", "geo", { managedRedisId: UNKNOWN, linkedManagedRedisIds: [UNKNOWN] }), { managedRedisId: [primary], linkedManagedRedisIds: [linked] });
    expect(stackVerdict(primary, linked, group)).toEqual([
      `Managed Redis geo-replication group 'geo' replicates data to eastus (United States) through linkedManagedRedisIds[0] (unknown at preview), the location of managed Redis cache 'amr-us', ${OUTSIDE_EUDB} Pair it only with a partner created in this stack inside the boundary.`,
    ]);
  });
});

describe("V12 classic messaging geo-DR and replication region", () => {
  it("resolves the partner namespace of an Event Hubs and a Service Bus alias", () => {
    const eventHubs = inStack("azure:eventhub/eventHubNamespace:EventHubNamespace", "eh-us", { location: "eastus" });
    const alias = inStack("azure:eventhub/eventhubNamespaceDisasterRecoveryConfig:EventhubNamespaceDisasterRecoveryConfig", "dr", { namespaceName: "eh-eu", partnerNamespaceId: UNKNOWN, location: undefined }, { partnerNamespaceId: [eventHubs] });
    expect(stackVerdict(eventHubs, alias)).toEqual([
      `Event Hubs geo-DR alias 'dr' pairs its metadata with a namespace in eastus (United States) through partnerNamespaceId (unknown at preview), the location of event hubs namespace 'eh-us', ${OUTSIDE_EUDB} Pair it only with a partner created in this stack inside the boundary.`,
    ]);
    const serviceBus = inStack("azure:servicebus/namespace:Namespace", "sb-ne", { location: "northeurope" });
    const sbAlias = stackResource(classicResource("azure:servicebus/namespaceDisasterRecoveryConfig:NamespaceDisasterRecoveryConfig", "sb-dr", { primaryNamespaceId: UNKNOWN, partnerNamespaceId: UNKNOWN }), { partnerNamespaceId: [serviceBus] });
    expect(stackVerdict(serviceBus, sbAlias)).toEqual([]);
  });

  it("maps a 6.x Notification Hubs replication region, and takes an unset one (5.x cannot set it) as unproven", () => {
    const namespace = (props: PropertyBag) => classic("azure:notificationhub/namespace:Namespace", "push", { namespaceType: "NotificationHub", skuName: "Standard", ...props });
    expect(replicationMessages(namespace({ replicationRegion: "WestUs2" }))).toEqual([
      `Notification Hubs namespace 'push' replicates its metadata to westus2 (United States) through replicationRegion WestUs2, ${OUTSIDE_EUDB} Set replicationRegion to NorthEurope or None.`,
    ]);
    expect(replicationMessages(namespace({ replicationRegion: "None" }))).toEqual([]);
    expect(replicationMessages(namespace({}))).toHaveLength(1);
  });
});

describe("V13 classic replica blocks", () => {
  it("reports registry geo-replications, configuration store replicas and API Management locations outside the boundary", () => {
    expect(replicationMessages(classic("azure:containerservice/registry:Registry", "acr", { sku: "Premium", georeplications: [{ location: "northeurope" }, { location: "eastus" }] }))).toEqual([
      `Container registry 'acr' replicates images to eastus (United States) through georeplications[1].location eastus, ${OUTSIDE_EUDB} Keep every entry of georeplications in a region inside the boundary, such as westeurope.`,
    ]);
    expect(replicationMessages(classic("azure:appconfiguration/configurationStore:ConfigurationStore", "cfg", { replicas: [{ name: "us", location: "eastus" }] }))).toEqual([
      `App Configuration store 'cfg' replicates its configuration to eastus (United States) through replicas[0].location eastus, ${OUTSIDE_EUDB} Keep every entry of replicas in a region inside the boundary, such as westeurope.`,
    ]);
    expect(replicationMessages(classic("azure:apimanagement/service:Service", "apim", { additionalLocations: [{ location: "germanywestcentral" }] }))).toEqual([]);
    expect(replicationMessages(classic("azure:apimanagement/service:Service", "apim", { additionalLocations: [{ location: UNKNOWN }] }))).toEqual([
      `API Management service 'apim' runs gateways, which may cache responses, in a place that cannot be proven at preview through additionalLocations[0].location (unknown at preview), ${UNPROVEN_EUDB} Set additionalLocations[0].location to a literal region inside the boundary, such as westeurope.`,
    ]);
  });
});

describe("V14 classic gallery versions", () => {
  it("reports target regions outside the boundary", () => {
    const targetRegions = [{ name: "westeurope", regionalReplicaCount: 1 }, { name: "japaneast", regionalReplicaCount: 1 }];
    expect(replicationMessages(classic("azure:compute/sharedImageVersion:SharedImageVersion", "1.0.0", { galleryName: "g", imageName: "i", targetRegions }))).toEqual([
      `Shared image version '1.0.0' replicates the version to japaneast (Japan) through targetRegions[1].name japaneast, ${OUTSIDE_EUDB} Keep every entry of targetRegions in a region inside the boundary, such as westeurope.`,
    ]);
    expect(replicationMessages(classic("azure:compute/galleryApplicationVersion:GalleryApplicationVersion", "1.0.0", { galleryApplicationId: UNKNOWN, targetRegions: [{ name: "swedencentral", regionalReplicaCount: 1 }] }))).toEqual([]);
  });
});

describe("V15 classic Recovery Services vault", () => {
  const vault = (props: PropertyBag) => classic("azure:recoveryservices/vault:Vault", "backups", { sku: "Standard", ...props });

  it("treats an unset storage mode as GeoRedundant (azurerm default), inside the EU Data Boundary and outside the Netherlands", () => {
    expect(replicationMessages(vault({}))).toEqual([]);
    expect(replicationMessages(vault({}), NL)).toEqual([
      "Recovery Services vault 'backups' keeps geo-redundant backups in northeurope (Ireland) through storageModeType (not set), outside the Netherlands. Set storageModeType to ZoneRedundant or LocallyRedundant, or use a location whose pair is inside the boundary.",
    ]);
  });

  it("reports cross-region restore, and passes locally redundant storage", () => {
    expect(replicationMessages(vault({ storageModeType: "GeoRedundant", crossRegionRestoreEnabled: true }), NL)).toEqual([
      "Recovery Services vault 'backups' keeps geo-redundant backups in northeurope (Ireland) through storageModeType GeoRedundant, outside the Netherlands. Set storageModeType to ZoneRedundant or LocallyRedundant, or use a location whose pair is inside the boundary.",
      "Recovery Services vault 'backups' makes its backups restorable in northeurope (Ireland) through crossRegionRestoreEnabled true, outside the Netherlands. Set crossRegionRestoreEnabled to false, or use a location whose pair is inside the boundary.",
    ]);
    expect(replicationMessages(vault({ storageModeType: "LocallyRedundant" }), NL)).toEqual([]);
    expect(replicationMessages(vault({ storageModeType: UNKNOWN }))).toEqual([
      `Recovery Services vault 'backups' may keep a copy in its paired region, which is a place that cannot be proven at preview through storageModeType (unknown at preview), ${UNPROVEN_EUDB} Set storageModeType to a literal value such as ZoneRedundant.`,
    ]);
  });
});

describe("V16 classic Data Protection backup vault", () => {
  const vault = (props: PropertyBag) => classic("azure:dataprotection/backupVault:BackupVault", "bv", { datastoreType: "VaultStore", ...props });

  it("reports geo-redundant storage and the 6.x cross-region restore switch", () => {
    expect(replicationMessages(vault({ redundancy: "GeoRedundant" }), NL)).toEqual([
      "Data Protection backup vault 'bv' keeps geo-redundant backups in northeurope (Ireland) through redundancy GeoRedundant, outside the Netherlands. Set redundancy to ZoneRedundant or LocallyRedundant, or use a location whose pair is inside the boundary.",
    ]);
    expect(replicationMessages(vault({ redundancy: "LocallyRedundant", crossRegionRestoreEnabled: true }), NL)).toEqual([
      "Data Protection backup vault 'bv' makes its backups restorable in northeurope (Ireland) through crossRegionRestoreEnabled true, outside the Netherlands. Set crossRegionRestoreEnabled to false, or use a location whose pair is inside the boundary.",
    ]);
    expect(replicationMessages(vault({ redundancy: "ZoneRedundant" }), NL)).toEqual([]);
  });
});

describe("V06 and V18 classic data movers", () => {
  it("resolves the destination account of an object replication", () => {
    const source = inStack("azure:storage/account:Account", "src", { accountReplicationType: "ZRS" });
    const destination = inStack("azure:storage/account:Account", "dst", { location: "eastus", accountReplicationType: "ZRS" });
    const policy = stackResource(classicResource("azure:storage/objectReplication:ObjectReplication", "orp", { sourceStorageAccountId: UNKNOWN, destinationStorageAccountId: UNKNOWN, rules: [] }), { sourceStorageAccountId: [source], destinationStorageAccountId: [destination] });
    expect(stackVerdict(source, destination, policy)).toEqual([
      `Object replication policy 'orp' replicates blobs to eastus (United States) through destinationStorageAccountId (unknown at preview), the location of storage account 'dst', ${OUTSIDE_EUDB} Pair it only with a partner created in this stack inside the boundary.`,
    ]);
  });

  it("judges the remote volume of a NetApp replication by region and by reference", () => {
    const remote = inStack("azure:netapp/volume:Volume", "vol-us", { location: "eastus" });
    const replication = { endpointType: "dst", remoteVolumeLocation: "eastus", remoteVolumeResourceId: UNKNOWN, replicationFrequency: "10minutes" };
    const volume = inStack("azure:netapp/volume:Volume", "vol-dr", { dataProtectionReplication: replication }, { dataProtectionReplication: [remote] });
    expect(replicationMessages(volume)).toEqual([
      `NetApp volume 'vol-dr' replicates the volume with a volume in eastus (United States) through dataProtectionReplication.remoteVolumeLocation eastus, ${OUTSIDE_EUDB} Replicate only with a volume in a region inside the boundary, such as westeurope.`,
    ]);
    expect(stackVerdict(remote, volume)).toEqual([
      `NetApp volume 'vol-dr' replicates the volume with a volume in eastus (United States) through dataProtectionReplication.remoteVolumeResourceId (unknown at preview), the location of NetApp volume 'vol-us', ${OUTSIDE_EUDB} Pair it only with a partner created in this stack inside the boundary.`,
    ]);
  });
});

describe("classic replication rows and the other families", () => {
  it("adds no finding of another family to a compliant classic resource", () => {
    expect(resourceMessages(classic("azure:recoveryservices/vault:Vault", "backups", { sku: "Standard", storageModeType: "ZoneRedundant" }))).toEqual([]);
  });
});
