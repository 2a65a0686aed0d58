import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveBoundary } from "../../policy-pack/engine";
import { BoundaryViolationError } from "../../components/boundary";
import { CosmosDbAccount } from "../../components/cosmos-db";
import { ComponentArgumentError } from "../../components/shared";
import { resourceMessages } from "../helpers/evaluate";
import { resource } from "../helpers/facts";
import { componentUrn, sortedChildren } from "../helpers/children";
import { children, expectNothingRegistered, findRecorded, recorded, resetRecorded, setRecordingMocks, settled, unwrap } from "../helpers/mocks";

const COMPONENT = "data-boundary:index:CosmosDbAccount";
const COSMOS = "azure-native:cosmosdb:DatabaseAccount";
const LOCK = "azure-native:authorization:ManagementLockByScope";
const ROLE = "azure-native:authorization:RoleAssignment";
const DIAG = "azure-native:monitor:DiagnosticSetting";
const UAI = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-cosmos";
const LAW = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";
const CH = resolveBoundary({ preset: "ch" });

/** The inputs every account gets whatever the caller passes (`createMode: "Default"` is the SDK's own default). */
const SAFE = { createMode: "Default", databaseAccountOfferType: "Standard", minimalTlsVersion: "Tls12", disableKeyBasedMetadataWriteAccess: true };

beforeAll(async () => {
  pulumi.runtime.setAllConfig({ "data-boundary:preset": "ch" });
  await setRecordingMocks();
});
beforeEach(() => resetRecorded());

describe("CosmosDbAccount", () => {
  it("defaults: one zone-redundant region, periodic Zone backups, Entra ID only, private", async () => {
    const cosmos = new CosmosDbAccount("cosmos", { resourceGroupName: "rg", location: "switzerlandnorth" });
    await settled();
    expect(recorded.map((r) => [r.type, r.name])).toEqual([[COMPONENT, "cosmos"], [COSMOS, "cosmos"]]);
    expect(children()[0].parent).toBe(componentUrn(COMPONENT, "cosmos"));
    expect(children()[0].inputs).toEqual({
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      kind: "GlobalDocumentDB",
      ...SAFE,
      locations: [{ locationName: "switzerlandnorth", failoverPriority: 0, isZoneRedundant: true }],
      backupPolicy: {
        type: "Periodic",
        periodicModeProperties: { backupStorageRedundancy: "Zone", backupIntervalInMinutes: 240, backupRetentionIntervalInHours: 8 },
      },
      consistencyPolicy: { defaultConsistencyLevel: "Session" },
      enableAutomaticFailover: false,
      enableMultipleWriteLocations: false,
      publicNetworkAccess: "Disabled",
      disableLocalAuth: true,
    });
    expect(await unwrap(cosmos.name)).toBe("cosmos");
    expect(await unwrap(cosmos.resourceId)).toBe("/mock/DatabaseAccount/cosmos");
    expect(resourceMessages(resource(COSMOS, "cosmos", children()[0].inputs), CH)).toEqual([]);
  });

  it("defaults: Local backups and no zone redundancy in a region without availability zones", async () => {
    new CosmosDbAccount("cosmos-no", { resourceGroupName: "rg", location: "norwayeast", boundary: "no" });
    await settled();
    const inputs = findRecorded(COSMOS, "cosmos-no").inputs;
    expect(inputs.locations).toEqual([{ locationName: "norwayeast", failoverPriority: 0, isZoneRedundant: true }]);
    new CosmosDbAccount("cosmos-nw", {
      resourceGroupName: "rg", location: "norwaywest", restrictedRegionsAcknowledged: true, boundary: "no",
    });
    await settled();
    const west = findRecorded(COSMOS, "cosmos-nw").inputs;
    expect(west.locations).toEqual([{ locationName: "norwaywest", failoverPriority: 0, isZoneRedundant: false }]);
    expect(west.backupPolicy.periodicModeProperties.backupStorageRedundancy).toBe("Local");
  });

  it("waf-aligned (eudb): two in-boundary regions with automatic failover, continuous backup, diagnostics, lock", async () => {
    new CosmosDbAccount("cosmos-waf", {
      resourceGroupName: "rg",
      location: "westeurope",
      boundary: "eudb",
      locations: [{ locationName: "westeurope" }, { locationName: "northeurope" }],
      backup: { type: "Continuous" },
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "westeurope" }],
      lock: { kind: "CanNotDelete" },
    });
    await settled();
    expect(sortedChildren()).toEqual([[LOCK, "cosmos-waf-lock"], [COSMOS, "cosmos-waf"], [DIAG, "cosmos-waf-diag-0"]]);
    expect(findRecorded(COSMOS, "cosmos-waf").inputs).toMatchObject({
      locations: [
        { locationName: "westeurope", failoverPriority: 0, isZoneRedundant: true },
        { locationName: "northeurope", failoverPriority: 1, isZoneRedundant: true },
      ],
      backupPolicy: { type: "Continuous", continuousModeProperties: { tier: "Continuous7Days" } },
      enableAutomaticFailover: true,
    });
    expect(resourceMessages(resource(COSMOS, "cosmos-waf", findRecorded(COSMOS, "cosmos-waf").inputs), resolveBoundary({ preset: "eudb" }))).toEqual([]);
  });

  it("max (ch): acknowledged restricted second region, in-boundary Geo backups, CMK, identities, roles, diagnostics, lock", async () => {
    new CosmosDbAccount("cosmos-max", {
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      accountName: "cosmos-prod",
      tags: { env: "prod" },
      kind: "MongoDB",
      locations: [{ locationName: "switzerlandnorth" }, { locationName: "switzerlandwest", failoverPriority: 1 }],
      restrictedRegionsAcknowledged: true,
      backup: { type: "Periodic", storageRedundancy: "Geo", intervalInMinutes: 60, retentionInHours: 48 },
      consistencyLevel: "Strong",
      enableMultipleWriteLocations: false,
      publicNetworkAccess: "Enabled",
      ipRules: ["203.0.113.9"],
      allowLocalAuth: false,
      managedIdentities: { systemAssigned: true },
      customerManagedKey: { keyVaultResourceId: "/kv", keyVaultUri: "https://kv.vault.azure.net", keyName: "cmk", userAssignedIdentityResourceId: UAI },
      roleAssignments: [{ roleDefinitionIdOrName: "Cosmos DB Account Reader Role", principalId: "77777777-7777-7777-7777-777777777777" }],
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "switzerlandnorth" }],
      lock: { kind: "CanNotDelete" },
    });
    await settled();
    expect(sortedChildren()).toEqual([[LOCK, "cosmos-max-lock"], [ROLE, "cosmos-max-role-0"], [COSMOS, "cosmos-max"], [DIAG, "cosmos-max-diag-0"]]);
    expect(children().every((c) => c.parent === componentUrn(COMPONENT, "cosmos-max"))).toBe(true);
    const inputs = findRecorded(COSMOS, "cosmos-max").inputs;
    expect(inputs).toEqual({
      resourceGroupName: "rg",
      accountName: "cosmos-prod",
      location: "switzerlandnorth",
      tags: { env: "prod" },
      kind: "MongoDB",
      ...SAFE,
      locations: [
        { locationName: "switzerlandnorth", failoverPriority: 0, isZoneRedundant: true },
        { locationName: "switzerlandwest", failoverPriority: 1, isZoneRedundant: false },
      ],
      backupPolicy: {
        type: "Periodic",
        periodicModeProperties: { backupStorageRedundancy: "Geo", backupIntervalInMinutes: 60, backupRetentionIntervalInHours: 48 },
      },
      consistencyPolicy: { defaultConsistencyLevel: "Strong" },
      enableAutomaticFailover: true,
      enableMultipleWriteLocations: false,
      publicNetworkAccess: "Enabled",
      ipRules: [{ ipAddressOrRange: "203.0.113.9" }],
      disableLocalAuth: true,
      identity: { type: "SystemAssigned,UserAssigned", userAssignedIdentities: [UAI] },
      keyVaultKeyUri: "https://kv.vault.azure.net/keys/cmk",
      defaultIdentity: `UserAssignedIdentity=${UAI}`,
    });
    expect(resourceMessages(resource(COSMOS, "cosmos-max", inputs), CH)).toEqual([]);
  });

  it("throws for a region outside the boundary in locations", async () => {
    await expectNothingRegistered(
      () => new CosmosDbAccount("cosmos-de", { resourceGroupName: "rg", location: "switzerlandnorth", locations: [{ locationName: "switzerlandnorth" }, { locationName: "germanywestcentral" }] }),
      new BoundaryViolationError([
        "Cosmos DB account 'cosmos-de' replicates data to germanywestcentral (Germany) through locations[1].locationName germanywestcentral, outside Switzerland. Keep every entry of locations in a region inside the boundary, such as switzerlandnorth.",
      ]),
    );
  });

  it("throws for Geo backups whose pair is outside the boundary (nl)", async () => {
    await expectNothingRegistered(
      () => new CosmosDbAccount("cosmos-nl", { resourceGroupName: "rg", location: "westeurope", backup: { type: "Periodic", storageRedundancy: "Geo" }, boundary: "nl" }),
      new BoundaryViolationError([
        "Cosmos DB account 'cosmos-nl' keeps geo-redundant backups in northeurope (Ireland) through backupPolicy.periodicModeProperties.backupStorageRedundancy Geo, outside the Netherlands. Set backupPolicy.periodicModeProperties.backupStorageRedundancy to Zone or Local, or use continuous backup.",
      ]),
    );
  });

  it("throws for Geo backups in a region without a pair", async () => {
    await expectNothingRegistered(
      () => new CosmosDbAccount("cosmos-it", { resourceGroupName: "rg", location: "italynorth", backup: { type: "Periodic", storageRedundancy: "Geo" }, boundary: "eudb" }),
      new BoundaryViolationError([
        "Cosmos DB account 'cosmos-it' keeps geo-redundant backups in a place that cannot be proven at preview through backupPolicy.periodicModeProperties.backupStorageRedundancy Geo, because italynorth has no documented pair, so where the copy goes is unknown, not proven inside the EU Data Boundary (EU + EFTA). Set backupPolicy.periodicModeProperties.backupStorageRedundancy to Zone, or add a reviewed exemption.",
      ]),
    );
  });

  it.each([
    [
      { locations: [{ locationName: "switzerlandnorth" }, { locationName: "switzerlandwest" }] },
      "Cosmos DB account 'cosmos-bad' puts locations[1].locationName in switzerlandwest, a restricted region: Azure opens it only to subscriptions approved for in-country disaster recovery, and under a single-country boundary it is often the only second region. Request access for your subscription, then set restrictedRegionsAcknowledged to true to confirm it.",
    ],
    [
      { locations: [{ locationName: "switzerlandnorth" }, { locationName: "Switzerland North" }] },
      "Cosmos DB account 'cosmos-bad' lists switzerlandnorth twice in locations; list each region once.",
    ],
    [
      { serverless: true, locations: [{ locationName: "switzerlandnorth" }, { locationName: "switzerlandwest" }], restrictedRegionsAcknowledged: true },
      "Cosmos DB account 'cosmos-bad' is serverless with 2 locations; a serverless account has one region. Drop serverless or keep one location.",
    ],
    [
      { customerManagedKey: { keyVaultResourceId: "/kv", keyVaultUri: "https://kv.vault.azure.net/", keyName: "cmk" } },
      "Cosmos DB account 'cosmos-bad' can use a customer-managed key at creation only through a user-assigned identity. Set customerManagedKey.userAssignedIdentityResourceId, and grant that identity Key Vault Crypto Service Encryption User on the vault.",
    ],
    [
      { backup: { type: "Continuous" as const, intervalInMinutes: 60, retentionInHours: 8 } },
      "Cosmos DB account 'cosmos-bad' has backup.type Continuous with backup.intervalInMinutes, backup.retentionInHours, which only the other backup type takes. Drop them, or change backup.type.",
    ],
    [
      { backup: { type: "Periodic" as const, tier: "Continuous30Days" as const } },
      "Cosmos DB account 'cosmos-bad' has backup.type Periodic with backup.tier, which only the other backup type takes. Drop it, or change backup.type.",
    ],
  ])("throws for inconsistent options %#", async (extra, message) => {
    await expectNothingRegistered(() => new CosmosDbAccount("cosmos-bad", { resourceGroupName: "rg", location: "switzerlandnorth", ...extra }), new ComponentArgumentError(message));
  });
});
