import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveBoundary, SECRET_SIG } from "../../policy-pack/engine";
import { BoundaryViolationError } from "../../components/boundary";
import { PostgreSqlFlexibleServer, PostgreSqlFlexibleServerArgs } from "../../components/postgresql";
import { ComponentArgumentError } from "../../components/shared";
import { resourceMessages } from "../helpers/evaluate";
import { resource } from "../helpers/facts";
import { componentUrn, sortedChildren } from "../helpers/children";
import { children, expectNothingRegistered, findRecorded, recorded, resetRecorded, setRecordingMocks, settled, unwrap } from "../helpers/mocks";

const COMPONENT = "data-boundary:index:PostgreSqlFlexibleServer";
const PG = "azure-native:dbforpostgresql:Server";
const ADMIN = "azure-native:dbforpostgresql:Administrator";
const LOCK = "azure-native:authorization:ManagementLockByScope";
const ROLE = "azure-native:authorization:RoleAssignment";
const DIAG = "azure-native:monitor:DiagnosticSetting";
const UAI = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-pg";
const LAW = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";
const ENTRA = { objectId: "aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa", principalName: "pg-admins" };
const CH = resolveBoundary({ preset: "ch" });
/** Defaults the SDK itself adds to the server's inputs (empty zone names, empty Entra tenant). */
const SDK_DEFAULT_ZONE = { availabilityZone: "" };
const SDK_DEFAULT_STANDBY_ZONE = { standbyAvailabilityZone: "" };

beforeAll(async () => {
  pulumi.runtime.setAllConfig({ "data-boundary:preset": "ch" });
  await setRecordingMocks();
});
beforeEach(() => resetRecorded());

const base: PostgreSqlFlexibleServerArgs = { resourceGroupName: "rg", location: "switzerlandnorth", entraAdmin: ENTRA };

describe("PostgreSqlFlexibleServer", () => {
  it("defaults: no geo-redundant backup, Entra-only, private, zone-redundant HA, and its Entra administrator", async () => {
    const pg = new PostgreSqlFlexibleServer("pg", base);
    await settled();
    expect(recorded.map((r) => r.type).sort()).toEqual([ADMIN, PG, COMPONENT]);
    expect(children().every((c) => c.parent === componentUrn(COMPONENT, "pg"))).toBe(true);
    const server = findRecorded(PG, "pg").inputs;
    expect(server).toEqual({
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      version: "16",
      sku: { name: "Standard_D2ds_v5", tier: "GeneralPurpose" },
      storage: { storageSizeGB: 128, autoGrow: "Enabled" },
      backup: { backupRetentionDays: 7, geoRedundantBackup: "Disabled" },
      highAvailability: { mode: "ZoneRedundant", ...SDK_DEFAULT_STANDBY_ZONE },
      authConfig: { activeDirectoryAuth: "Enabled", passwordAuth: "Disabled", tenantId: "" },
      network: { publicNetworkAccess: "Disabled" },
      ...SDK_DEFAULT_ZONE,
    });
    expect(findRecorded(ADMIN, "pg-entra-admin").inputs).toEqual({ resourceGroupName: "rg", serverName: "pg", ...ENTRA, principalType: "Group" });
    expect(resourceMessages(resource(PG, "pg", server), CH)).toEqual([]);
    expect(await unwrap(pg.name)).toBe("pg");
    expect(await unwrap(pg.resourceId)).toBe("/mock/Server/pg");
  });

  it("defaults: no HA in a region without availability zones, and none on the Burstable tier", async () => {
    new PostgreSqlFlexibleServer("pg-west", { ...base, location: "switzerlandwest" });
    new PostgreSqlFlexibleServer("pg-burst", { ...base, sku: { name: "Standard_B1ms", tier: "Burstable" } });
    await settled();
    expect(findRecorded(PG, "pg-west").inputs.highAvailability).toEqual({ mode: "Disabled", ...SDK_DEFAULT_STANDBY_ZONE });
    expect(findRecorded(PG, "pg-burst").inputs.highAvailability).toEqual({ mode: "Disabled", ...SDK_DEFAULT_STANDBY_ZONE });
  });

  it("waf-aligned (de): geo-redundant backup to the in-country pair, 35 days, diagnostics, lock", async () => {
    const de = resolveBoundary({ preset: "de" });
    new PostgreSqlFlexibleServer("pg-waf", {
      ...base,
      location: "germanywestcentral",
      boundary: "de",
      geoRedundantBackup: true,
      backupRetentionDays: 35,
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "germanywestcentral" }],
      lock: { kind: "CanNotDelete" },
    });
    await settled();
    expect(sortedChildren()).toEqual([[LOCK, "pg-waf-lock"], [ADMIN, "pg-waf-entra-admin"], [PG, "pg-waf"], [DIAG, "pg-waf-diag-0"]]);
    const server = findRecorded(PG, "pg-waf").inputs;
    expect(server.backup).toEqual({ backupRetentionDays: 35, geoRedundantBackup: "Enabled" });
    expect(resourceMessages(resource(PG, "pg-waf", server), de)).toEqual([]);
    expect(findRecorded(DIAG, "pg-waf-diag-0").inputs).toMatchObject({ resourceUri: "/mock/Server/pg-waf", logs: [{ categoryGroup: "allLogs", enabled: true }] });
  });

  it("max: password auth too, VNet integration, user-assigned identity with CMK, roles, diagnostics, lock", async () => {
    new PostgreSqlFlexibleServer("pg-max", {
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      serverName: "pg-max-prod",
      tags: { env: "prod" },
      version: "17",
      sku: { name: "Standard_E4ds_v5", tier: "MemoryOptimized" },
      storageSizeGB: 512,
      backupRetentionDays: 14,
      highAvailability: "SameZone",
      entraAdmin: { ...ENTRA, principalType: "User", tenantId: "44444444-4444-4444-4444-444444444444" },
      entraOnlyAuthentication: false,
      administratorLogin: "breakglass",
      administratorLoginPassword: pulumi.secret("S3cret!S3cret!"),
      tenantId: "44444444-4444-4444-4444-444444444444",
      delegatedSubnetResourceId: "/subnets/pg",
      privateDnsZoneResourceId: "/privateDnsZones/pg",
      managedIdentities: { userAssignedResourceIds: [UAI] },
      customerManagedKey: { keyVaultResourceId: "/kv", keyVaultUri: "https://kv.vault.azure.net/", keyName: "pg", userAssignedIdentityResourceId: UAI },
      roleAssignments: [{ roleDefinitionIdOrName: "Reader", principalId: "bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb" }],
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "switzerlandnorth" }],
      lock: { kind: "ReadOnly" },
    });
    await settled();
    expect(sortedChildren()).toEqual([[LOCK, "pg-max-lock"], [ROLE, "pg-max-role-0"], [ADMIN, "pg-max-entra-admin"], [PG, "pg-max"], [DIAG, "pg-max-diag-0"]]);
    expect(children().every((c) => c.parent === componentUrn(COMPONENT, "pg-max"))).toBe(true);
    expect(findRecorded(PG, "pg-max").inputs).toEqual({
      resourceGroupName: "rg",
      serverName: "pg-max-prod",
      location: "switzerlandnorth",
      tags: { env: "prod" },
      version: "17",
      sku: { name: "Standard_E4ds_v5", tier: "MemoryOptimized" },
      storage: { storageSizeGB: 512, autoGrow: "Enabled" },
      backup: { backupRetentionDays: 14, geoRedundantBackup: "Disabled" },
      highAvailability: { mode: "SameZone", ...SDK_DEFAULT_STANDBY_ZONE },
      ...SDK_DEFAULT_ZONE,
      authConfig: { activeDirectoryAuth: "Enabled", passwordAuth: "Enabled", tenantId: "44444444-4444-4444-4444-444444444444" },
      administratorLogin: "breakglass",
      administratorLoginPassword: { [SECRET_SIG]: "1b47061264138c4ac30d75fd1eb44270", value: "S3cret!S3cret!" },
      network: { publicNetworkAccess: "Disabled", delegatedSubnetResourceId: "/subnets/pg", privateDnsZoneArmResourceId: "/privateDnsZones/pg" },
      identity: { type: "UserAssigned", userAssignedIdentities: { [UAI]: {} } },
      dataEncryption: { type: "AzureKeyVault", primaryKeyURI: "https://kv.vault.azure.net/keys/pg", primaryUserAssignedIdentityId: UAI },
    });
    expect(recorded[recorded.length - 1]).toMatchObject({ type: LOCK, name: "pg-max-lock" });
    expect(findRecorded(ADMIN, "pg-max-entra-admin").inputs).toEqual({
      resourceGroupName: "rg", serverName: "pg-max", ...ENTRA, principalType: "User", tenantId: "44444444-4444-4444-4444-444444444444",
    });
  });

  it("throws for geo-redundant backup whose pair is outside the boundary (nl)", async () => {
    await expectNothingRegistered(
      () => new PostgreSqlFlexibleServer("pg-nl", { ...base, location: "westeurope", geoRedundantBackup: true, boundary: "nl" }),
      new BoundaryViolationError([
        "PostgreSQL flexible server 'pg-nl' keeps geo-redundant backups in northeurope (Ireland) through backup.geoRedundantBackup Enabled, outside the Netherlands. Set backup.geoRedundantBackup to Disabled, or use a location whose pair is inside the boundary.",
      ]),
    );
  });

  it("throws for geo-redundant backup in a region without a pair", async () => {
    await expectNothingRegistered(
      () => new PostgreSqlFlexibleServer("pg-es", { ...base, location: "spaincentral", geoRedundantBackup: true, boundary: "eudb" }),
      new BoundaryViolationError([
        "PostgreSQL flexible server 'pg-es' keeps geo-redundant backups in a place that cannot be proven at preview through backup.geoRedundantBackup Enabled, because spaincentral has no documented pair, so where the copy goes is unknown, not proven inside the EU Data Boundary (EU + EFTA). Set backup.geoRedundantBackup to Disabled, or add a reviewed exemption.",
      ]),
    );
  });

  it("throws with the pack's wording for a location outside the boundary", async () => {
    await expectNothingRegistered(
      () => new PostgreSqlFlexibleServer("pg-se", { ...base, location: "swedencentral" }),
      new BoundaryViolationError([
        "PostgreSQL flexible server 'pg-se' is located in swedencentral (Sweden) through location swedencentral, outside Switzerland. Set location to a region inside the boundary, such as switzerlandnorth.",
      ]),
    );
  });

  it.each<[Partial<PostgreSqlFlexibleServerArgs>, string]>([
    [{ entraAdmin: undefined }, "PostgreSQL flexible server 'pg-bad' uses Microsoft Entra authentication only but has no entraAdmin. Set entraAdmin, or administratorLogin and administratorLoginPassword."],
    [
      { administratorLogin: "a", administratorLoginPassword: "p", entraOnlyAuthentication: true },
      "PostgreSQL flexible server 'pg-bad' sets administratorLogin with entraOnlyAuthentication, which disables password logins. Drop administratorLogin or set entraOnlyAuthentication to false.",
    ],
    [
      { administratorLogin: "a" },
      "PostgreSQL flexible server 'pg-bad' allows password authentication without administratorLogin and administratorLoginPassword. Set both (the password as a secret).",
    ],
    [
      { sku: { name: "Standard_B1ms", tier: "Burstable" }, highAvailability: "ZoneRedundant" },
      "PostgreSQL flexible server 'pg-bad' asks for highAvailability ZoneRedundant on the Burstable tier, which has none. Use GeneralPurpose or MemoryOptimized, or set highAvailability to Disabled.",
    ],
    [
      { location: "switzerlandwest", highAvailability: "ZoneRedundant" },
      "PostgreSQL flexible server 'pg-bad' asks for ZoneRedundant high availability in switzerlandwest, which has no availability zones. Use SameZone or Disabled.",
    ],
    [{ backupRetentionDays: 60 }, "PostgreSQL flexible server 'pg-bad' has backupRetentionDays 60; it must be a whole number of days from 7 to 35."],
    [
      { managedIdentities: { systemAssigned: true, userAssignedResourceIds: [UAI] } },
      "A PostgreSQL flexible server takes either a system-assigned identity or user-assigned identities, not both. Set managedIdentities.systemAssigned to false or drop managedIdentities.userAssignedResourceIds.",
    ],
    [
      { customerManagedKey: { keyVaultResourceId: "/kv", keyVaultUri: "https://kv.vault.azure.net/", keyName: "pg" } },
      "PostgreSQL flexible server 'pg-bad' can use a customer-managed key only through a user-assigned identity. Set customerManagedKey.userAssignedIdentityResourceId, and grant that identity Key Vault Crypto Service Encryption User on the vault.",
    ],
    [
      { geoRedundantBackup: true, customerManagedKey: { keyVaultResourceId: "/kv", keyVaultUri: "https://kv.vault.azure.net/", keyName: "pg", userAssignedIdentityResourceId: UAI } },
      "PostgreSQL flexible server 'pg-bad' combines a customer-managed key with geoRedundantBackup, which needs a second key in the paired region; the component does not build that. Drop geoRedundantBackup.",
    ],
  ])("throws for inconsistent options %#", async (extra, message) => {
    await expectNothingRegistered(() => new PostgreSqlFlexibleServer("pg-bad", { ...base, ...extra }), new ComponentArgumentError(message));
  });
});
