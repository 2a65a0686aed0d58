import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunningPack, startPolicyPack } from "../../cli/pack/start-pack";
import { analyzeStackLikePreview } from "../../cli/pack/analyze-all";
import { UNKNOWN } from "../../cli/pack/analyzer-client";
import { PACK_DIR, violationText, wireResource } from "../helpers/pack";

let pack: RunningPack;

beforeAll(async () => {
  pack = await startPolicyPack(PACK_DIR);
});

afterAll(async () => {
  await pack?.stop();
});

const database = wireResource("azure-native:sql:Database", "orders", { location: "westeurope", serverName: "sql-eu", resourceGroupName: "rg" });
const vault = wireResource("azure-native:keyvault:Vault", "kv", { location: "westeurope", resourceGroupName: "rg", properties: { tenantId: "t", sku: { family: "A", name: "standard" } } });

describe("replication-in-boundary over the Analyzer protocol", () => {
  it("passes default SQL backups and a Key Vault in West Europe under the EU Data Boundary", async () => {
    await pack.client.configure({});
    for (const resource of [database, vault]) {
      expect((await pack.client.analyze(resource)).diagnostics).toEqual([]);
    }
  });

  it("blocks the pair copies of default SQL backups and of a Key Vault under the Netherlands", async () => {
    await pack.client.configure({ boundary: { properties: { preset: "nl" } } });
    const diagnostics = [...(await pack.client.analyze(database)).diagnostics, ...(await pack.client.analyze(vault)).diagnostics];
    expect(diagnostics.map((d) => [d.policyName, d.enforcementLevel, violationText(d.message)])).toEqual([
      ["replication-in-boundary", "mandatory", "SQL database 'orders' keeps geo-redundant backups in northeurope (Ireland) through requestedBackupStorageRedundancy (not set), outside the Netherlands. Set requestedBackupStorageRedundancy to Zone or Local, or use a location whose pair is inside the boundary."],
      ["replication-in-boundary", "mandatory", "Key Vault 'kv' replicates its keys and secrets to northeurope (Ireland) through location westeurope, outside the Netherlands. Create the vault in a region whose pair is inside the boundary, or in a region without a pair; the copy to the pair cannot be turned off."],
    ]);
    await pack.client.configure({});
  });

  it("blocks a Notification Hubs replication region in the United States", async () => {
    const hub = wireResource("azure-native:notificationhubs:Namespace", "push", { location: "westeurope", resourceGroupName: "rg", sku: { name: "Standard" }, replicationRegion: "WestUs2" });
    const result = await pack.client.analyze(hub);
    expect(result.diagnostics.map((d) => [d.policyName, violationText(d.message)])).toEqual([
      ["replication-in-boundary", "Notification Hubs namespace 'push' replicates its metadata to westus2 (United States) through replicationRegion WestUs2, outside the EU Data Boundary (EU + EFTA). Set replicationRegion to NorthEurope or None."],
    ]);
  });

  it("resolves a failover group's partner server through the stack and blocks it in the stack policy", async () => {
    const group = wireResource("azure-native:resources:ResourceGroup", "rg", { location: "westeurope" });
    const home = wireResource("azure-native:sql:Server", "sql-eu", { location: "westeurope", resourceGroupName: "rg" });
    const partner = wireResource("azure-native:sql:Server", "sql-us", { location: "eastus", resourceGroupName: "rg" });
    const failoverGroup = wireResource(
      "azure-native:sql:FailoverGroup",
      "orders-fog",
      { serverName: UNKNOWN, resourceGroupName: "rg", partnerServers: [{ id: UNKNOWN }], readWriteEndpoint: { failoverPolicy: "Manual" } },
      { propertyDependencies: { serverName: [home.urn], partnerServers: [partner.urn] }, dependencies: [home.urn, partner.urn] },
    );
    const diagnostics = await analyzeStackLikePreview(pack.client, [group, home, partner, failoverGroup]);
    expect(diagnostics.map((d) => [d.call, d.policyName, violationText(d.message)])).toEqual([
      ["analyze", "location-in-boundary", "SQL server 'sql-us' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope."],
      ["analyzeStack", "boundary", "[replication-in-boundary] Failover group 'orders-fog' replicates its databases to eastus (United States) through partnerServers[0].id (unknown at preview), the location of SQL server 'sql-us', outside the EU Data Boundary (EU + EFTA). Pair it only with a partner created in this stack inside the boundary."],
    ]);
  });
});
