import { describe, expect, it } from "vitest";
import { resolveBoundary } from "../../policy-pack/engine";
import { resource, stackResource, UNKNOWN } from "../helpers/facts";
import { resourceMessages, stackMessages } from "../helpers/evaluate";

const NL = resolveBoundary({ preset: "nl" });

describe("storage geo-replication", () => {
  it("passes a GRS account whose pair is inside the boundary", () => {
    expect(resourceMessages(resource("storage:StorageAccount", "logs", { location: "westeurope", sku: { name: "Standard_GRS" } }))).toEqual([]);
  });

  it("reports the pair of a GRS account that leaves the boundary", () => {
    expect(resourceMessages(resource("storage:StorageAccount", "logs", { location: "westeurope", sku: { name: "Standard_RAGZRS" } }), NL)).toEqual([
      "Storage account 'logs' keeps a geo-redundant copy in northeurope (Ireland) through sku.name Standard_RAGZRS, outside the Netherlands. Use Standard_ZRS or Standard_LRS, or a location whose pair is inside the boundary.",
    ]);
  });

  it("reports the UK pair exactly as the issue's example message", () => {
    const custom = resolveBoundary({ preset: "custom", regions: ["uksouth"] });
    const messages = resourceMessages(resource("storage:StorageAccount", "logs", { location: "uksouth", sku: { name: "Standard_GRS" } }), custom);
    expect(messages).toEqual([
      "Storage account 'logs' keeps a geo-redundant copy in ukwest (United Kingdom) through sku.name Standard_GRS, outside the custom boundary (uksouth). Use Standard_ZRS or Standard_LRS, or a location whose pair is inside the boundary.",
    ]);
  });

  it("reports GRS in a region without a pair as unproven", () => {
    expect(resourceMessages(resource("storage:StorageAccount", "logs", { location: "polandcentral", sku: { name: "Standard_GRS" } }))).toEqual([
      "Storage account 'logs' keeps a geo-redundant copy in a place that cannot be proven at preview through sku.name Standard_GRS, because polandcentral has no documented pair, so where the copy goes is unknown, not proven inside the EU Data Boundary (EU + EFTA). Set sku.name to Standard_ZRS, or add a reviewed exemption.",
    ]);
  });

  it("reports an unknown SKU as unproven", () => {
    expect(resourceMessages(resource("storage:StorageAccount", "logs", { location: "westeurope", sku: { name: UNKNOWN } }))).toEqual([
      "Storage account 'logs' may keep a copy in its paired region, which is a place that cannot be proven at preview through sku.name (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set sku.name to a literal value such as Standard_ZRS.",
    ]);
  });

  it("judges the pair of a location inherited from the stack's resource group in the stack policy", () => {
    const group = stackResource(resource("resources:ResourceGroup", "rg", { location: "westeurope" }));
    const account = stackResource(resource("storage:StorageAccount", "logs", { resourceGroupName: UNKNOWN, sku: { name: "Standard_GRS" } }), { resourceGroupName: [group] });
    expect(resourceMessages(account, NL)).toEqual([]);
    expect(stackMessages(account, [group, account], NL)).toEqual([
      "Storage account 'logs' keeps a geo-redundant copy in northeurope (Ireland) through sku.name Standard_GRS, outside the Netherlands. Use Standard_ZRS or Standard_LRS, or a location whose pair is inside the boundary.",
    ]);
  });
});

describe("Cosmos DB", () => {
  const continuous = { type: "Continuous" };

  it("reports every replica region outside the boundary", () => {
    const account = resource("cosmosdb:DatabaseAccount", "orders", {
      location: "westeurope",
      backupPolicy: continuous,
      locations: [{ locationName: "West Europe", failoverPriority: 0 }, { locationName: "East US", failoverPriority: 1 }],
    });
    expect(resourceMessages(account)).toEqual([
      "Cosmos DB account 'orders' replicates data to eastus (United States) through locations[1].locationName East US, outside the EU Data Boundary (EU + EFTA). Keep every entry of locations in a region inside the boundary, such as westeurope.",
    ]);
  });

  it("treats an unset periodic backup redundancy as geo to the pair", () => {
    const account = resource("cosmosdb:DatabaseAccount", "orders", { location: "westeurope", locations: [{ locationName: "westeurope" }] });
    expect(resourceMessages(account, NL)).toEqual([
      "Cosmos DB account 'orders' keeps geo-redundant backups in northeurope (Ireland) through backupPolicy.periodicModeProperties.backupStorageRedundancy (not set), outside the Netherlands. Set backupPolicy.periodicModeProperties.backupStorageRedundancy to Zone or Local, or use continuous backup.",
    ]);
  });

  it("passes zone-redundant periodic backups and continuous backups", () => {
    const zone = { type: "Periodic", periodicModeProperties: { backupStorageRedundancy: "Zone" } };
    for (const backupPolicy of [zone, continuous]) {
      expect(resourceMessages(resource("cosmosdb:DatabaseAccount", "orders", { location: "westeurope", backupPolicy, locations: [{ locationName: "westeurope" }] }), NL)).toEqual([]);
    }
  });

  it("reports a replica list that is unknown at preview", () => {
    expect(resourceMessages(resource("cosmosdb:DatabaseAccount", "orders", { location: "westeurope", backupPolicy: continuous, locations: UNKNOWN }))).toEqual([
      "Cosmos DB account 'orders' replicates data to a place that cannot be proven at preview through locations (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set locations to a literal list whose regions are inside the boundary.",
    ]);
  });
});
