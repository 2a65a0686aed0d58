import { describe, expect, it } from "vitest";
import { resource, stackResource, UNKNOWN } from "../helpers/facts";
import { located, NL, replicationMessages, replicationStackMessages } from "./replication-helpers";

const database = (props: Record<string, unknown>) =>
  resource("sql:Database", "orders", { location: "westeurope", serverName: "sql-eu", resourceGroupName: "rg", ...props });

describe("V08 SQL database backups", () => {
  it("treats an unset backup redundancy as geo-redundant backups in the pair", () => {
    expect(replicationMessages(database({}))).toEqual([]);
    expect(replicationMessages(database({}), NL)).toEqual([
      "SQL database 'orders' keeps geo-redundant backups in northeurope (Ireland) through requestedBackupStorageRedundancy (not set), outside the Netherlands. Set requestedBackupStorageRedundancy to Zone or Local, or use a location whose pair is inside the boundary.",
    ]);
  });

  it("reports Geo and GeoZone, and passes Zone and Local", () => {
    expect(replicationMessages(database({ requestedBackupStorageRedundancy: "GeoZone" }), NL)).toEqual([
      "SQL database 'orders' keeps geo-redundant backups in northeurope (Ireland) through requestedBackupStorageRedundancy GeoZone, outside the Netherlands. Set requestedBackupStorageRedundancy to Zone or Local, or use a location whose pair is inside the boundary.",
    ]);
    expect(replicationMessages(database({ requestedBackupStorageRedundancy: "geo" }), NL)).toHaveLength(1);
    for (const requestedBackupStorageRedundancy of ["Zone", "Local"]) {
      expect(replicationMessages(database({ requestedBackupStorageRedundancy }), NL)).toEqual([]);
    }
  });

  it("reports a redundancy unknown at preview, and unset redundancy in a region without a pair, as unproven", () => {
    expect(replicationMessages(database({ requestedBackupStorageRedundancy: UNKNOWN }))).toEqual([
      "SQL database 'orders' may keep a copy in its paired region, which is a place that cannot be proven at preview through requestedBackupStorageRedundancy (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set requestedBackupStorageRedundancy to a literal value such as Zone.",
    ]);
    expect(replicationMessages(database({ location: "polandcentral" }))).toEqual([
      "SQL database 'orders' keeps geo-redundant backups in a place that cannot be proven at preview through requestedBackupStorageRedundancy (not set), because polandcentral has no documented pair, so where the copy goes is unknown, not proven inside the EU Data Boundary (EU + EFTA). Set requestedBackupStorageRedundancy to Zone, or add a reviewed exemption.",
    ]);
  });

  it("judges the geo-backup policy of a dedicated SQL pool by its database's pair", () => {
    const pool = located("sql:Database", "warehouse", "westeurope", { serverName: "sql-eu", requestedBackupStorageRedundancy: "Local" });
    const policy = (state: string) => stackResource(resource("sql:GeoBackupPolicy", "geo", { databaseName: UNKNOWN, serverName: "sql-eu", resourceGroupName: "rg", state }), { databaseName: [pool] });
    expect(replicationStackMessages(policy("Enabled"), [pool, policy("Enabled")], NL)).toEqual([
      "Geo backup policy 'geo' keeps geo-redundant backups in northeurope (Ireland) through state Enabled, outside the Netherlands. Set state to Disabled, or keep the dedicated SQL pool in a location whose pair is inside the boundary.",
    ]);
    expect(replicationStackMessages(policy("Disabled"), [pool, policy("Disabled")], NL)).toEqual([]);
  });

  it("treats an unset Synapse SQL pool backup storage type as GRS", () => {
    const sqlPool = (props: Record<string, unknown>) => resource("synapse:SqlPool", "dw", { location: "westeurope", workspaceName: "ws", resourceGroupName: "rg", ...props });
    expect(replicationMessages(sqlPool({}), NL)).toEqual([
      "Synapse dedicated SQL pool 'dw' keeps geo-redundant backups in northeurope (Ireland) through storageAccountType (not set), outside the Netherlands. Set storageAccountType to LRS, or use a location whose pair is inside the boundary.",
    ]);
    expect(replicationMessages(sqlPool({ storageAccountType: "LRS" }), NL)).toEqual([]);
  });
});

describe("V08 SQL database copies and geo-secondaries", () => {
  const secondary = (source: ReturnType<typeof located>) =>
    stackResource(database({ createMode: "Secondary", secondaryType: "Geo", sourceDatabaseId: UNKNOWN, requestedBackupStorageRedundancy: "Zone" }), { sourceDatabaseId: [source] });

  it("reports a secondary whose source database of this stack is outside the boundary", () => {
    const primary = located("sql:Database", "orders-us", "eastus", { serverName: "sql-us", requestedBackupStorageRedundancy: "Zone" });
    const copy = secondary(primary);
    expect(replicationStackMessages(copy, [primary, copy])).toEqual([
      "SQL database 'orders' is a copy, replica or restore of a database in eastus (United States) through sourceDatabaseId (unknown at preview), the location of SQL database 'orders-us', outside the EU Data Boundary (EU + EFTA). Create it from a source created in this stack inside the boundary.",
    ]);
  });

  it("passes a secondary of a database of this stack when both are inside", () => {
    const primary = located("sql:Database", "orders-ne", "northeurope", { serverName: "sql-ne", requestedBackupStorageRedundancy: "Zone" });
    const copy = secondary(primary);
    expect(replicationStackMessages(copy, [primary, copy])).toEqual([]);
  });

  it("reports a copy of a database outside the stack as unproven", () => {
    const copy = stackResource(database({ createMode: "Copy", sourceDatabaseId: "/subscriptions/s/resourceGroups/other/providers/Microsoft.Sql/servers/x/databases/y", requestedBackupStorageRedundancy: "Zone" }));
    expect(replicationStackMessages(copy, [copy])).toEqual([
      "SQL database 'orders' is a copy, replica or restore of a database in a place that cannot be proven at preview through sourceDatabaseId /subscriptions/s/resourceGroups/other/providers/Microsoft.Sql/servers/x/databases/y, because the target is not a resource of this stack, not proven inside the EU Data Boundary (EU + EFTA). Declare the target with its region in boundary.externalResources (docs/external-resources.md), reference a resource created in this stack inside the boundary, or add a reviewed exemption.",
    ]);
  });
});

describe("V09 SQL failover groups and managed instances", () => {
  const failoverGroup = (partnerServer: ReturnType<typeof located>) =>
    stackResource(
      resource("sql:FailoverGroup", "orders-fog", { serverName: "sql-eu", resourceGroupName: "rg", partnerServers: [{ id: UNKNOWN }], readWriteEndpoint: { failoverPolicy: "Automatic", failoverWithDataLossGracePeriodMinutes: 60 } }),
      { partnerServers: [partnerServer] },
    );

  it("reports a failover group whose partner server is outside the boundary", () => {
    const partner = located("sql:Server", "sql-us", "eastus");
    const group = failoverGroup(partner);
    expect(replicationStackMessages(group, [partner, group])).toEqual([
      "Failover group 'orders-fog' replicates its databases to eastus (United States) through partnerServers[0].id (unknown at preview), the location of SQL server 'sql-us', outside the EU Data Boundary (EU + EFTA). Pair it only with a partner created in this stack inside the boundary.",
    ]);
  });

  it("passes a partner server inside the boundary", () => {
    const partner = located("sql:Server", "sql-ne", "northeurope");
    const group = failoverGroup(partner);
    expect(replicationStackMessages(group, [partner, group])).toEqual([]);
  });

  it("reports every partner region of an instance failover group outside the boundary", () => {
    const group = resource("sql:InstanceFailoverGroup", "mi-fog", {
      locationName: "westeurope",
      resourceGroupName: "rg",
      partnerRegions: [{ location: "East US" }],
      managedInstancePairs: [{ primaryManagedInstanceId: "/x/mi-eu", partnerManagedInstanceId: "/x/mi-us" }],
      readWriteEndpoint: { failoverPolicy: "Manual" },
    });
    expect(replicationMessages(group)).toEqual([
      "Instance failover group 'mi-fog' replicates its databases to eastus (United States) through partnerRegions[0].location East US, outside the EU Data Boundary (EU + EFTA). Keep every entry of partnerRegions in a region inside the boundary, such as westeurope.",
    ]);
  });

  it("resolves the partner managed instance of an instance failover group through the stack", () => {
    const partner = located("sql:ManagedInstance", "mi-us", "eastus", { requestedBackupStorageRedundancy: "Zone" });
    const group = stackResource(
      resource("sql:InstanceFailoverGroup", "mi-fog", { locationName: "westeurope", resourceGroupName: "rg", partnerRegions: [{ location: "northeurope" }], managedInstancePairs: [{ partnerManagedInstanceId: UNKNOWN }], readWriteEndpoint: { failoverPolicy: "Manual" } }),
      { managedInstancePairs: [partner] },
    );
    expect(replicationStackMessages(group, [partner, group])).toEqual([
      "Instance failover group 'mi-fog' replicates its databases to eastus (United States) through managedInstancePairs[0].partnerManagedInstanceId (unknown at preview), the location of SQL managed instance 'mi-us', outside the EU Data Boundary (EU + EFTA). Pair it only with a partner created in this stack inside the boundary.",
    ]);
  });

  it("treats a managed instance's unset backup redundancy like a database's", () => {
    const instance = (props: Record<string, unknown>) => resource("sql:ManagedInstance", "mi-eu", { location: "westeurope", resourceGroupName: "rg", ...props });
    expect(replicationMessages(instance({}), NL)).toEqual([
      "SQL managed instance 'mi-eu' keeps geo-redundant backups in northeurope (Ireland) through requestedBackupStorageRedundancy (not set), outside the Netherlands. Set requestedBackupStorageRedundancy to Zone or Local, or use a location whose pair is inside the boundary.",
    ]);
    expect(replicationMessages(instance({ requestedBackupStorageRedundancy: "Local" }), NL)).toEqual([]);
  });

  it("resolves the source of a restored managed instance, and a distributed availability group's partner", () => {
    const restored = stackResource(resource("sql:ManagedInstance", "mi-restored", { location: "westeurope", resourceGroupName: "rg", requestedBackupStorageRedundancy: "Zone", managedInstanceCreateMode: "PointInTimeRestore", sourceManagedInstanceId: "/x/mi-old" }));
    expect(replicationStackMessages(restored, [restored])).toEqual([
      "SQL managed instance 'mi-restored' is a restore of a managed instance in a place that cannot be proven at preview through sourceManagedInstanceId /x/mi-old, because the target is not a resource of this stack, not proven inside the EU Data Boundary (EU + EFTA). Reference a resource created in this stack inside the boundary, so that its location can be read at preview, or add a reviewed exemption.",
    ]);
    const machine = located("compute:VirtualMachine", "sqlvm", "eastus");
    const link = stackResource(resource("sql:DistributedAvailabilityGroup", "link", { managedInstanceName: "mi-eu", resourceGroupName: "rg", partnerEndpoint: UNKNOWN }), { partnerEndpoint: [machine] });
    expect(replicationStackMessages(link, [machine, link])).toEqual([
      "Distributed availability group 'link' replicates its databases to a SQL Server in eastus (United States) through partnerEndpoint (unknown at preview), the location of virtual machine 'sqlvm', outside the EU Data Boundary (EU + EFTA). Pair it only with a partner created in this stack inside the boundary.",
    ]);
  });
});
