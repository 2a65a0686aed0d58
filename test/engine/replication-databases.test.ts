import { describe, expect, it } from "vitest";
import { resource, stackResource, UNKNOWN } from "../helpers/facts";
import { located, NL, replicationMessages, replicationStackMessages } from "./replication-helpers";

describe("V07 related Cosmos DB types", () => {
  it("reports a Cassandra data centre, a fleetspace data region and a pooled account outside the boundary", () => {
    expect(replicationMessages(resource("cosmosdb:CassandraDataCenter", "dc2", { clusterName: "cass", resourceGroupName: "rg", properties: { dataCenterLocation: "eastus" } }))).toEqual([
      "Cassandra data center 'dc2' replicates data to eastus (United States) through properties.dataCenterLocation eastus, outside the EU Data Boundary (EU + EFTA). Set properties.dataCenterLocation to a region inside the boundary, such as westeurope.",
    ]);
    expect(replicationMessages(resource("cosmosdb:Fleetspace", "fs", { fleetName: "fleet", resourceGroupName: "rg", dataRegions: ["westeurope", "westus"] }))).toEqual([
      "Fleetspace 'fs' keeps data in westus (United States) through dataRegions[1] westus, outside the EU Data Boundary (EU + EFTA). Keep every entry of dataRegions in a region inside the boundary, such as westeurope.",
    ]);
    expect(replicationMessages(resource("cosmosdb:ThroughputPoolAccount", "member", { throughputPoolName: "pool", resourceGroupName: "rg", accountLocation: "uksouth" }))).toEqual([
      "Throughput pool account 'member' adds an account whose data is in uksouth (United Kingdom) through accountLocation uksouth, outside the EU Data Boundary (EU + EFTA). Add only accounts located inside the boundary, such as in westeurope.",
    ]);
  });

  it("judges a Mongo cluster replica by its source's location and its source cluster", () => {
    const source = located("mongocluster:MongoCluster", "mongo-us", "eastus");
    const replica = stackResource(
      resource("mongocluster:MongoCluster", "mongo-eu", { location: "westeurope", resourceGroupName: "rg", properties: { createMode: "GeoReplica", replicaParameters: { sourceLocation: "eastus", sourceResourceId: UNKNOWN } } }),
      { properties: [source] },
    );
    expect(replicationMessages(replica)).toEqual([
      "Mongo cluster 'mongo-eu' replicates data from a cluster in eastus (United States) through properties.replicaParameters.sourceLocation eastus, outside the EU Data Boundary (EU + EFTA). Replicate only from a cluster in a region inside the boundary, such as westeurope.",
    ]);
    expect(replicationStackMessages(replica, [source, replica])).toEqual([
      "Mongo cluster 'mongo-eu' is a replica or restore of a cluster in eastus (United States) through properties.replicaParameters.sourceResourceId (unknown at preview), the location of mongo cluster 'mongo-us', outside the EU Data Boundary (EU + EFTA). Create it from a source created in this stack inside the boundary.",
    ]);
  });

  it("reports geo-backups of a Cosmos DB for PostgreSQL cluster when the pair leaves the boundary", () => {
    const cluster = (enableGeoBackup: unknown) => resource("dbforpostgresql:ServerGroupCluster", "citus", { location: "westeurope", resourceGroupName: "rg", enableGeoBackup });
    expect(replicationMessages(cluster(true))).toEqual([]);
    expect(replicationMessages(cluster(true), NL)).toEqual([
      "Cosmos DB for PostgreSQL cluster 'citus' keeps geo-redundant backups in northeurope (Ireland) through enableGeoBackup true, outside the Netherlands. Set enableGeoBackup to false, or use a location whose pair is inside the boundary.",
    ]);
    expect(replicationMessages(cluster(false), NL)).toEqual([]);
    expect(replicationMessages(cluster(UNKNOWN), NL)).toEqual([
      "Cosmos DB for PostgreSQL cluster 'citus' may keep a copy in its paired region, which is a place that cannot be proven at preview through enableGeoBackup (unknown at preview), not proven inside the Netherlands. Set enableGeoBackup to a literal value such as false.",
    ]);
  });

  it("reports the source location of a Cosmos DB for PostgreSQL read replica", () => {
    expect(replicationMessages(resource("dbforpostgresql:ServerGroupCluster", "citus-ro", { location: "westeurope", resourceGroupName: "rg", sourceLocation: "eastus2", sourceResourceId: "/x/citus" }))).toEqual([
      "Cosmos DB for PostgreSQL cluster 'citus-ro' replicates data from a cluster in eastus2 (United States) through sourceLocation eastus2, outside the EU Data Boundary (EU + EFTA). Replicate only from a cluster in a region inside the boundary, such as westeurope.",
    ]);
  });
});

describe("V10 PostgreSQL and MySQL servers", () => {
  const flexible = (type: string, props: Record<string, unknown>) => resource(type, "pg", { location: "westeurope", resourceGroupName: "rg", ...props });

  it("reports geo-redundant backups whose pair leaves the boundary, for PostgreSQL and MySQL", () => {
    expect(replicationMessages(flexible("dbforpostgresql:Server", { backup: { geoRedundantBackup: "Enabled" } }), NL)).toEqual([
      "PostgreSQL flexible server 'pg' keeps geo-redundant backups in northeurope (Ireland) through backup.geoRedundantBackup Enabled, outside the Netherlands. Set backup.geoRedundantBackup to Disabled, or use a location whose pair is inside the boundary.",
    ]);
    expect(replicationMessages(flexible("dbformysql:Server", { backup: { geoRedundantBackup: "Enabled" } }), NL)).toEqual([
      "MySQL flexible server 'pg' keeps geo-redundant backups in northeurope (Ireland) through backup.geoRedundantBackup Enabled, outside the Netherlands. Set backup.geoRedundantBackup to Disabled, or use a location whose pair is inside the boundary.",
    ]);
  });

  it("passes disabled or unset geo-redundant backups, and enabled ones whose pair is inside", () => {
    for (const backup of [{ geoRedundantBackup: "Disabled" }, {}]) {
      expect(replicationMessages(flexible("dbforpostgresql:Server", { backup }), NL)).toEqual([]);
    }
    expect(replicationMessages(flexible("dbformysql:Server", { backup: { geoRedundantBackup: "Enabled" } }))).toEqual([]);
  });

  it("reports a replica whose source server of this stack is outside the boundary", () => {
    const primary = located("dbforpostgresql:Server", "pg-us", "eastus");
    const replica = stackResource(flexible("dbforpostgresql:Server", { createMode: "Replica", sourceServerResourceId: UNKNOWN }), { sourceServerResourceId: [primary] });
    expect(replicationStackMessages(replica, [primary, replica])).toEqual([
      "PostgreSQL flexible server 'pg' is a replica or restore of a server in eastus (United States) through sourceServerResourceId (unknown at preview), the location of PostgreSQL flexible server 'pg-us', outside the EU Data Boundary (EU + EFTA). Create it from a source created in this stack inside the boundary.",
    ]);
  });

  it("covers the retired single-server types", () => {
    const single = resource("dbforpostgresql:SingleServer", "pg1", { location: "westeurope", resourceGroupName: "rg", properties: { createMode: "Default", storageProfile: { geoRedundantBackup: "Enabled" } } });
    expect(replicationMessages(single, NL)).toEqual([
      "PostgreSQL single server 'pg1' keeps geo-redundant backups in northeurope (Ireland) through properties.storageProfile.geoRedundantBackup Enabled, outside the Netherlands. Set properties.storageProfile.geoRedundantBackup to Disabled, or use a location whose pair is inside the boundary.",
    ]);
    const replica = stackResource(resource("dbformariadb:Server", "maria", { location: "westeurope", resourceGroupName: "rg", properties: { createMode: "Replica", sourceServerId: "/x/maria-us" } }));
    expect(replicationStackMessages(replica, [replica])).toEqual([
      "MariaDB server 'maria' is a replica or restore of a server in a place that cannot be proven at preview through properties.sourceServerId /x/maria-us, because the target is not a resource of this stack, not proven inside the EU Data Boundary (EU + EFTA). Reference a resource created in this stack inside the boundary, so that its location can be read at preview, or add a reviewed exemption.",
    ]);
  });
});

describe("V11 Redis geo-replication", () => {
  it("reports the linked cache's explicit region and the linked cache of this stack", () => {
    const remote = located("redis:Redis", "cache-us", "eastus");
    for (const type of ["redis:LinkedServer", "redis:RedisLinkedServer"]) {
      const link = stackResource(
        resource(type, "link", { name: "cache-eu", resourceGroupName: "rg", linkedRedisCacheLocation: "East US", linkedRedisCacheId: UNKNOWN, serverRole: "Secondary" }),
        { linkedRedisCacheId: [remote] },
      );
      expect(replicationMessages(link)).toEqual([
        `Redis linked server 'link' replicates data to eastus (United States) through linkedRedisCacheLocation East US, outside the EU Data Boundary (EU + EFTA). Link only caches in a region inside the boundary, such as westeurope.`,
      ]);
      expect(replicationStackMessages(link, [remote, link])).toEqual([
        `Redis linked server 'link' replicates data to eastus (United States) through linkedRedisCacheId (unknown at preview), the location of Redis cache 'cache-us', outside the EU Data Boundary (EU + EFTA). Pair it only with a partner created in this stack inside the boundary.`,
      ]);
    }
  });

  it("judges each linked Redis Enterprise cluster once, and an extra linked id outside the stack as unproven", () => {
    const home = located("redisenterprise:RedisEnterprise", "redis-eu", "westeurope");
    const remote = located("redisenterprise:RedisEnterprise", "redis-us", "eastus");
    const database = (ids: string[]) => stackResource(
      resource("redisenterprise:Database", "default", { clusterName: "redis-eu", resourceGroupName: "rg", geoReplication: { groupNickname: "g", linkedDatabases: ids.map((id) => ({ id })) } }),
      { geoReplication: [home, remote], clusterName: [home] },
    );
    const linked = database([UNKNOWN, UNKNOWN]);
    expect(replicationStackMessages(linked, [home, remote, linked])).toEqual([
      "Redis Enterprise database 'default' replicates data to eastus (United States) through geoReplication.linkedDatabases[*].id (unknown at preview), the location of Redis Enterprise cluster 'redis-us', outside the EU Data Boundary (EU + EFTA). Pair it only with a partner created in this stack inside the boundary.",
    ]);
    const extra = database([UNKNOWN, UNKNOWN, "/x/redis-asia/databases/default"]);
    expect(replicationStackMessages(extra, [home, remote, extra])).toEqual([
      "Redis Enterprise database 'default' replicates data to eastus (United States) through geoReplication.linkedDatabases[*].id (unknown at preview) and /x/redis-asia/databases/default, the location of Redis Enterprise cluster 'redis-us', outside the EU Data Boundary (EU + EFTA). Pair it only with a partner created in this stack inside the boundary.",
      "Redis Enterprise database 'default' replicates data to a place that cannot be proven at preview through geoReplication.linkedDatabases[*].id (unknown at preview) and /x/redis-asia/databases/default, because only 2 of its 3 targets are resources of this stack, not proven inside the EU Data Boundary (EU + EFTA). Reference a resource created in this stack inside the boundary, so that its location can be read at preview, or add a reviewed exemption.",
    ]);
  });
});
