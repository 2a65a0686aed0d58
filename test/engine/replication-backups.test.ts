import { describe, expect, it } from "vitest";
import { resource, UNKNOWN } from "../helpers/facts";
import { resourceMessages } from "../helpers/evaluate";
import { NL, replicationMessages } from "./replication-helpers";

describe("V15 Recovery Services vault", () => {
  const vault = (redundancySettings?: Record<string, unknown>) =>
    resource("recoveryservices:Vault", "backups", { location: "westeurope", resourceGroupName: "rg", sku: { name: "Standard" }, properties: { publicNetworkAccess: "Disabled", ...(redundancySettings ? { redundancySettings } : {}) } });

  it("treats an unset storage redundancy as geo-redundant, inside the EU Data Boundary and outside the Netherlands", () => {
    expect(replicationMessages(vault())).toEqual([]);
    expect(replicationMessages(vault(), NL)).toEqual([
      "Recovery Services vault 'backups' keeps geo-redundant backups in northeurope (Ireland) through properties.redundancySettings.standardTierStorageRedundancy (not set), outside the Netherlands. Set properties.redundancySettings.standardTierStorageRedundancy to ZoneRedundant or LocallyRedundant, or use a location whose pair is inside the boundary.",
    ]);
  });

  it("reports cross-region restore as well, and passes locally redundant storage without it", () => {
    expect(replicationMessages(vault({ standardTierStorageRedundancy: "GeoRedundant", crossRegionRestore: "Enabled" }), NL)).toEqual([
      "Recovery Services vault 'backups' keeps geo-redundant backups in northeurope (Ireland) through properties.redundancySettings.standardTierStorageRedundancy GeoRedundant, outside the Netherlands. Set properties.redundancySettings.standardTierStorageRedundancy to ZoneRedundant or LocallyRedundant, or use a location whose pair is inside the boundary.",
      "Recovery Services vault 'backups' makes its backups restorable in northeurope (Ireland) through properties.redundancySettings.crossRegionRestore Enabled, outside the Netherlands. Set properties.redundancySettings.crossRegionRestore to Disabled, or use a location whose pair is inside the boundary.",
    ]);
    expect(replicationMessages(vault({ standardTierStorageRedundancy: "LocallyRedundant", crossRegionRestore: "Disabled" }), NL)).toEqual([]);
  });

  it("reports a Site Recovery fabric outside the boundary", () => {
    const fabric = resource("recoveryservices:ReplicationFabric", "azure-us", { resourceName: "backups", resourceGroupName: "rg", properties: { customDetails: { instanceType: "Azure", location: "eastus" } } });
    expect(replicationMessages(fabric)).toEqual([
      "Replication fabric 'azure-us' holds replicated machine data in eastus (United States) through properties.customDetails.location eastus, outside the EU Data Boundary (EU + EFTA). Set properties.customDetails.location to a region inside the boundary, such as westeurope.",
    ]);
  });
});

describe("V16 Data Protection backup vault", () => {
  const vault = (properties: Record<string, unknown>) => resource("dataprotection:BackupVault", "bv", { location: "westeurope", resourceGroupName: "rg", properties });

  it("reports each geo-redundant storage setting whose pair leaves the boundary", () => {
    const storageSettings = [{ datastoreType: "VaultStore", type: "LocallyRedundant" }, { datastoreType: "ArchiveStore", type: "GeoRedundant" }];
    expect(replicationMessages(vault({ storageSettings }))).toEqual([]);
    expect(replicationMessages(vault({ storageSettings }), NL)).toEqual([
      "Backup vault 'bv' keeps geo-redundant backups in northeurope (Ireland) through properties.storageSettings[1].type GeoRedundant, outside the Netherlands. Use ZoneRedundant or LocallyRedundant storage settings, or a location whose pair is inside the boundary.",
    ]);
  });

  it("reports storage settings unknown at preview as unproven", () => {
    expect(replicationMessages(vault({ storageSettings: UNKNOWN }))).toEqual([
      "Backup vault 'bv' may keep a copy in its paired region, which is a place that cannot be proven at preview through properties.storageSettings (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set properties.storageSettings to a literal list.",
    ]);
  });

  it("reports cross-region restore and replicated regions", () => {
    const properties = {
      storageSettings: [{ datastoreType: "VaultStore", type: "ZoneRedundant" }],
      featureSettings: { crossRegionRestoreSettings: { state: "Enabled" } },
      replicatedRegions: ["northeurope", "centralus"],
    };
    expect(replicationMessages(vault(properties), NL)).toEqual([
      "Backup vault 'bv' makes its backups restorable in northeurope (Ireland) through properties.featureSettings.crossRegionRestoreSettings.state Enabled, outside the Netherlands. Set properties.featureSettings.crossRegionRestoreSettings.state to Disabled, or use a location whose pair is inside the boundary.",
      "Backup vault 'bv' replicates backups to northeurope (Ireland) through properties.replicatedRegions[0] northeurope, outside the Netherlands. Keep every entry of properties.replicatedRegions in a region inside the boundary, such as westeurope.",
      "Backup vault 'bv' replicates backups to centralus (United States) through properties.replicatedRegions[1] centralus, outside the Netherlands. Keep every entry of properties.replicatedRegions in a region inside the boundary, such as westeurope.",
    ]);
  });
});

describe("V17 Key Vault's implicit replication to the pair", () => {
  const vault = (location: string) => resource("keyvault:Vault", "kv", { location, resourceGroupName: "rg", properties: { tenantId: "t", sku: { family: "A", name: "standard" } } });

  it("passes a West Europe vault under the EU Data Boundary, whose pair is North Europe", () => {
    expect(replicationMessages(vault("westeurope"))).toEqual([]);
  });

  it("reports a West Europe vault under the Netherlands, because its contents replicate to Ireland", () => {
    expect(replicationMessages(vault("westeurope"), NL)).toEqual([
      "Key Vault 'kv' replicates its keys and secrets to northeurope (Ireland) through location westeurope, outside the Netherlands. Create the vault in a region whose pair is inside the boundary, or in a region without a pair; the copy to the pair cannot be turned off.",
    ]);
  });

  it("treats the classic provider's vault alike", () => {
    expect(replicationMessages(resource("azure:keyvault/keyVault:KeyVault", "kv", { location: "westeurope", resourceGroupName: "rg" }), NL)).toEqual([
      "Key vault 'kv' replicates its keys and secrets to northeurope (Ireland) through location westeurope, outside the Netherlands. Create the vault in a region whose pair is inside the boundary, or in a region without a pair; the copy to the pair cannot be turned off.",
    ]);
  });

  it("passes a vault in a region without a pair, which stays zone-redundant in the region", () => {
    expect(replicationMessages(vault("polandcentral"))).toEqual([]);
  });

  it("never gives a secret location away through its pair", () => {
    const secret = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "westeurope" };
    expect(replicationMessages(resource("keyvault:Vault", "kv", { location: secret, resourceGroupName: "rg" }), NL)).toEqual([
      "Key Vault 'kv' replicates its keys and secrets to the pair of a secret location through location [secret], outside the Netherlands. Create the vault in a region whose pair is inside the boundary, or in a region without a pair; the copy to the pair cannot be turned off.",
    ]);
  });

  it("leaves a vault located outside the boundary to the location policy alone", () => {
    expect(resourceMessages(vault("eastus"))).toEqual([
      "Key Vault 'kv' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
  });
});
