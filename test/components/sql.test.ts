import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveBoundary, SECRET_SIG } from "../../policy-pack/engine";
import { BoundaryViolationError } from "../../components/boundary";
import { SqlServer, SqlServerArgs } from "../../components/sql";
import { ComponentArgumentError } from "../../components/shared";
import { resourceMessages } from "../helpers/evaluate";
import { resource } from "../helpers/facts";
import { componentUrn, sortedChildren } from "../helpers/children";
import { children, expectNothingRegistered, findRecorded, recorded, resetRecorded, setRecordingMocks, settled, unwrap } from "../helpers/mocks";

const COMPONENT = "data-boundary:index:SqlServer";
const SERVER = "azure-native:sql:Server";
const DB = "azure-native:sql:Database";
const FOG = "azure-native:sql:FailoverGroup";
const LOCK = "azure-native:authorization:ManagementLockByScope";
const ROLE = "azure-native:authorization:RoleAssignment";
const DIAG = "azure-native:monitor:DiagnosticSetting";
const UAI = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-sql";
const LAW = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";
const ADMIN = { login: "sql-admins", objectId: "88888888-8888-8888-8888-888888888888" };
const GP2 = { name: "GP_Gen5", tier: "GeneralPurpose", family: "Gen5", capacity: 2 };
const CH = resolveBoundary({ preset: "ch" });
const EUDB = resolveBoundary({ preset: "eudb" });

beforeAll(async () => {
  pulumi.runtime.setAllConfig({ "data-boundary:preset": "ch" });
  await setRecordingMocks();
});
beforeEach(() => resetRecorded());

const base: SqlServerArgs = { resourceGroupName: "rg", location: "switzerlandnorth", entraAdmin: ADMIN };

describe("SqlServer", () => {
  it("defaults: Entra-only server, private, TLS 1.2; a database with Zone backups (never unset) and zone redundancy", async () => {
    const server = new SqlServer("sql", { ...base, databases: [{ name: "app" }] });
    await settled();
    expect(recorded.map((r) => r.type).sort()).toEqual([COMPONENT, DB, SERVER].sort());
    expect(children().every((c) => c.parent === componentUrn(COMPONENT, "sql"))).toBe(true);
    expect(findRecorded(SERVER, "sql").inputs).toEqual({
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      version: "12.0",
      minimalTlsVersion: "1.2",
      publicNetworkAccess: "Disabled",
      administrators: { administratorType: "ActiveDirectory", login: "sql-admins", sid: ADMIN.objectId, principalType: "Group", azureADOnlyAuthentication: true },
    });
    const db = findRecorded(DB, "sql-db-app").inputs;
    expect(db).toEqual({
      resourceGroupName: "rg",
      serverName: "sql",
      databaseName: "app",
      location: "switzerlandnorth",
      sku: GP2,
      requestedBackupStorageRedundancy: "Zone",
      zoneRedundant: true,
    });
    expect(resourceMessages(resource(DB, "sql-db-app", db), CH)).toEqual([]);
    expect(await unwrap(server.name)).toBe("sql");
    expect(await unwrap(server.resourceId)).toBe("/mock/Server/sql");
    expect(await unwrap(server.databaseIds.app)).toBe("/mock/Database/sql-db-app");
    expect(server.failoverGroupId).toBeUndefined();
  });

  it("defaults: Local backups and no zone redundancy in a region without availability zones", async () => {
    new SqlServer("sql-west", { ...base, location: "switzerlandwest", databases: [{ name: "app" }] });
    await settled();
    expect(findRecorded(DB, "sql-west-db-app").inputs).toMatchObject({ requestedBackupStorageRedundancy: "Local", zoneRedundant: false });
  });

  it("waf-aligned (eudb): failover group to an in-boundary partner, database diagnostics, lock", async () => {
    const server = new SqlServer("sql-waf", {
      ...base,
      location: "westeurope",
      boundary: "eudb",
      databases: [{ name: "app" }],
      failoverGroup: { partnerLocation: "northeurope" },
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "westeurope" }],
      lock: { kind: "CanNotDelete" },
    });
    await settled();
    expect(sortedChildren()).toEqual([
      [LOCK, "sql-waf-lock"], [DIAG, "sql-waf-db-app-diag-0"], [DB, "sql-waf-db-app"], [FOG, "sql-waf-fog"], [SERVER, "sql-waf"], [SERVER, "sql-waf-secondary"],
    ]);
    expect(findRecorded(SERVER, "sql-waf-secondary").inputs).toEqual({ ...findRecorded(SERVER, "sql-waf").inputs, location: "northeurope" });
    expect(findRecorded(FOG, "sql-waf-fog").inputs).toEqual({
      resourceGroupName: "rg",
      serverName: "sql-waf",
      partnerServers: [{ id: "/mock/Server/sql-waf-secondary" }],
      databases: ["/mock/Database/sql-waf-db-app"],
      readWriteEndpoint: { failoverPolicy: "Automatic", failoverWithDataLossGracePeriodMinutes: 60 },
      readOnlyEndpoint: { failoverPolicy: "Disabled" },
    });
    expect(findRecorded(DIAG, "sql-waf-db-app-diag-0").inputs).toEqual({
      resourceUri: "/mock/Database/sql-waf-db-app",
      name: "sql-waf-db-app-diagnosticSettings",
      workspaceId: LAW,
      logs: [{ categoryGroup: "allLogs", enabled: true }],
      metrics: [{ category: "AllMetrics", enabled: true }],
    });
    expect(findRecorded(LOCK, "sql-waf-lock").inputs.scope).toBe("/mock/Server/sql-waf");
    expect(await unwrap(server.failoverGroupId!)).toBe("/mock/FailoverGroup/sql-waf-fog");
    for (const child of children().filter((c) => c.type === SERVER || c.type === DB)) {
      expect(resourceMessages(resource(child.type, child.name, child.inputs), EUDB)).toEqual([]);
    }
  });

  it("max (ch): acknowledged restricted partner, CMK, identities, SQL login too, two databases, roles, diagnostics, lock", async () => {
    new SqlServer("sql-max", {
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      serverName: "sql-max-prod",
      tags: { env: "prod" },
      entraAdmin: { ...ADMIN, principalType: "User", tenantId: "44444444-4444-4444-4444-444444444444" },
      entraOnlyAuthentication: false,
      administratorLogin: "breakglass",
      administratorLoginPassword: pulumi.secret("S3cret!S3cret!"),
      publicNetworkAccess: "Enabled",
      managedIdentities: { systemAssigned: true },
      customerManagedKey: { keyVaultResourceId: "/kv", keyVaultUri: "https://kv.vault.azure.net/", keyName: "tde", keyVersion: "v1", userAssignedIdentityResourceId: UAI },
      databases: [
        { name: "app", sku: { name: "BC_Gen5", tier: "BusinessCritical", family: "Gen5", capacity: 4 }, backupStorageRedundancy: "GeoZone", maxSizeBytes: 1073741824, collation: "Latin1_General_100_CI_AS" },
        { name: "reports", backupStorageRedundancy: "Local", zoneRedundant: false },
      ],
      failoverGroup: { partnerLocation: "switzerlandwest", restrictedRegionAcknowledged: true, failoverGroupName: "fog-prod", gracePeriodMinutes: 120 },
      roleAssignments: [{ roleDefinitionIdOrName: "SQL Security Manager", principalId: "99999999-9999-9999-9999-999999999999", principalType: "Group" }],
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "switzerlandnorth" }],
      lock: { kind: "CanNotDelete" },
    });
    await settled();
    expect(sortedChildren()).toEqual([
      [LOCK, "sql-max-lock"], [ROLE, "sql-max-role-0"], [DIAG, "sql-max-db-app-diag-0"], [DIAG, "sql-max-db-reports-diag-0"],
      [DB, "sql-max-db-app"], [DB, "sql-max-db-reports"], [FOG, "sql-max-fog"], [SERVER, "sql-max"], [SERVER, "sql-max-secondary"],
    ]);
    expect(children().every((c) => c.parent === componentUrn(COMPONENT, "sql-max"))).toBe(true);
    const server = findRecorded(SERVER, "sql-max").inputs;
    expect(server).toEqual({
      resourceGroupName: "rg",
      serverName: "sql-max-prod",
      location: "switzerlandnorth",
      tags: { env: "prod" },
      version: "12.0",
      minimalTlsVersion: "1.2",
      publicNetworkAccess: "Enabled",
      identity: { type: "SystemAssigned,UserAssigned", userAssignedIdentities: [UAI] },
      administratorLogin: "breakglass",
      administratorLoginPassword: { [SECRET_SIG]: "1b47061264138c4ac30d75fd1eb44270", value: "S3cret!S3cret!" },
      administrators: {
        administratorType: "ActiveDirectory", login: "sql-admins", sid: ADMIN.objectId, principalType: "User",
        tenantId: "44444444-4444-4444-4444-444444444444", azureADOnlyAuthentication: false,
      },
      keyId: "https://kv.vault.azure.net/keys/tde/v1",
      primaryUserAssignedIdentityId: UAI,
    });
    expect(findRecorded(SERVER, "sql-max-secondary").inputs).toEqual({ ...server, serverName: "sql-max-prod-secondary", location: "switzerlandwest" });
    expect(findRecorded(DB, "sql-max-db-app").inputs).toEqual({
      resourceGroupName: "rg",
      serverName: "sql-max",
      databaseName: "app",
      location: "switzerlandnorth",
      tags: { env: "prod" },
      sku: { name: "BC_Gen5", tier: "BusinessCritical", family: "Gen5", capacity: 4 },
      requestedBackupStorageRedundancy: "GeoZone",
      zoneRedundant: true,
      maxSizeBytes: 1073741824,
      collation: "Latin1_General_100_CI_AS",
    });
    expect(findRecorded(DB, "sql-max-db-reports").inputs).toMatchObject({ requestedBackupStorageRedundancy: "Local", zoneRedundant: false });
    expect(findRecorded(FOG, "sql-max-fog").inputs).toMatchObject({
      failoverGroupName: "fog-prod",
      readWriteEndpoint: { failoverPolicy: "Automatic", failoverWithDataLossGracePeriodMinutes: 120 },
      tags: { env: "prod" },
    });
    expect(findRecorded(ROLE, "sql-max-role-0").inputs.scope).toBe("/mock/Server/sql-max");
    // The lock waits for every other child (a ReadOnly lock would block creating them), so it registers last.
    expect(recorded[recorded.length - 1]).toMatchObject({ type: LOCK, name: "sql-max-lock" });
  });

  it("throws for Geo backups whose pair is outside the boundary (nl)", async () => {
    await expectNothingRegistered(
      () => new SqlServer("sql-nl", { ...base, location: "westeurope", boundary: "nl", databases: [{ name: "app", backupStorageRedundancy: "Geo" }] }),
      new BoundaryViolationError([
        "SQL database 'sql-nl-db-app' keeps geo-redundant backups in northeurope (Ireland) through requestedBackupStorageRedundancy Geo, outside the Netherlands. Set requestedBackupStorageRedundancy to Zone or Local, or use a location whose pair is inside the boundary.",
      ]),
    );
  });

  it("throws for Geo backups in a region without a pair", async () => {
    await expectNothingRegistered(
      () => new SqlServer("sql-it", { ...base, location: "italynorth", boundary: "eudb", databases: [{ name: "app", backupStorageRedundancy: "GeoZone" }] }),
      new BoundaryViolationError([
        "SQL database 'sql-it-db-app' keeps geo-redundant backups in a place that cannot be proven at preview through requestedBackupStorageRedundancy GeoZone, because italynorth has no documented pair, so where the copy goes is unknown, not proven inside the EU Data Boundary (EU + EFTA). Set requestedBackupStorageRedundancy to Zone, or add a reviewed exemption.",
      ]),
    );
  });

  it("throws with the pack's wording for a failover partner outside the boundary", async () => {
    await expectNothingRegistered(
      () => new SqlServer("sql-fog", { ...base, failoverGroup: { partnerLocation: "germanywestcentral" } }),
      new BoundaryViolationError([
        "SQL server 'sql-fog-secondary' is located in germanywestcentral (Germany) through location germanywestcentral, outside Switzerland. Set location to a region inside the boundary, such as switzerlandnorth.",
      ]),
    );
  });

  it("throws for a failover group under a single-region boundary (nl)", async () => {
    await expectNothingRegistered(
      () => new SqlServer("sql-nlfog", { ...base, location: "westeurope", boundary: "nl", failoverGroup: { partnerLocation: "northeurope" } }),
      new ComponentArgumentError(
        "SQL server 'sql-nlfog' cannot be built inside the Netherlands: a failover group needs its secondary server in another region, and the Netherlands admits only one region, westeurope; its paired region northeurope is in Ireland, outside the Netherlands. Use a boundary with two regions (for example eudb, or ch, de, fr, no or se with their restricted second region), or host this workload elsewhere.",
      ),
    );
  });

  it("throws with the pack's wording for a server location outside the boundary", async () => {
    await expectNothingRegistered(
      () => new SqlServer("sql-fr", { ...base, location: "francecentral" }),
      new BoundaryViolationError([
        "SQL server 'sql-fr' is located in francecentral (France) through location francecentral, outside Switzerland. Set location to a region inside the boundary, such as switzerlandnorth.",
      ]),
    );
  });

  it.each<[Partial<SqlServerArgs>, string]>([
    [
      { failoverGroup: { partnerLocation: "switzerlandwest" } },
      "SQL server 'sql-bad' puts failoverGroup.partnerLocation in switzerlandwest, a restricted region: Azure opens it only to subscriptions approved for in-country disaster recovery, and it is the only second region in Switzerland besides switzerlandnorth. Request access for your subscription, then set failoverGroup.restrictedRegionAcknowledged to true to confirm it.",
    ],
    [
      { failoverGroup: { partnerLocation: "Switzerland North" } },
      "SQL server 'sql-bad' has location and failoverGroup.partnerLocation both switzerlandnorth; a failover group needs its secondary server in another region. Set failoverGroup.partnerLocation to another region inside Switzerland, such as switzerlandwest.",
    ],
    [{ entraAdmin: undefined }, "SQL server 'sql-bad' has no administrator. Set entraAdmin (Entra-only by default), or administratorLogin and administratorLoginPassword."],
    [{ entraAdmin: undefined, administratorLogin: "a", administratorLoginPassword: "p", entraOnlyAuthentication: true }, "SQL server 'sql-bad' has entraOnlyAuthentication without entraAdmin. Set entraAdmin."],
    [
      { administratorLogin: "a", administratorLoginPassword: "p", entraOnlyAuthentication: true },
      "SQL server 'sql-bad' sets administratorLogin with entraOnlyAuthentication, which disables SQL logins. Drop administratorLogin or set entraOnlyAuthentication to false.",
    ],
    [{ entraAdmin: undefined, administratorLogin: "a" }, "SQL server 'sql-bad' sets administratorLogin without administratorLoginPassword. Set administratorLoginPassword (a secret)."],
    [{ databases: [{ name: "app" }, { name: "app" }] }, "SQL server 'sql-bad' lists database 'app' twice; database names must be unique."],
    [
      { diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "switzerlandnorth" }] },
      "SQL server 'sql-bad' has diagnosticSettings but no databases; a logical server has no diagnostic settings of its own. Add databases or drop diagnosticSettings.",
    ],
    [
      { customerManagedKey: { keyVaultResourceId: "/kv", keyVaultUri: "https://kv.vault.azure.net/", keyName: "tde" } },
      "SQL server 'sql-bad' can use a customer-managed key at creation only through a user-assigned identity. Set customerManagedKey.userAssignedIdentityResourceId, and grant that identity Key Vault Crypto Service Encryption User on the vault.",
    ],
  ])("throws for inconsistent options %#", async (extra, message) => {
    await expectNothingRegistered(() => new SqlServer("sql-bad", { ...base, ...extra }), new ComponentArgumentError(message));
  });

  it("throws for a database diagnostic target outside the boundary, naming the database's setting", async () => {
    await expectNothingRegistered(
      () => new SqlServer("sql-diag", { ...base, databases: [{ name: "app" }], diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "eastus" }] }),
      new BoundaryViolationError([
        "Diagnostic setting 'sql-diag-db-app-diagnosticSettings' sends logs to eastus (United States) through targetLocation eastus, outside Switzerland. Send diagnostics to a Log Analytics workspace, storage account or event hub in a region inside the boundary, such as switzerlandnorth.",
      ]),
    );
  });
});
