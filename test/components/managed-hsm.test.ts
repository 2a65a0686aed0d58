import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveBoundary } from "../../policy-pack/engine";
import { BoundaryViolationError } from "../../components/boundary";
import { ManagedHsm, ManagedHsmArgs } from "../../components/managed-hsm";
import { ComponentArgumentError } from "../../components/shared";
import { resourceMessages } from "../helpers/evaluate";
import { resource } from "../helpers/facts";
import { componentUrn, sortedChildren } from "../helpers/children";
import { children, expectNothingRegistered, findRecorded, recorded, resetRecorded, setRecordingMocks, settled, unwrap } from "../helpers/mocks";

const COMPONENT = "data-boundary:index:ManagedHsm";
const HSM = "azure-native:keyvault:ManagedHsm";
const LOCK = "azure-native:authorization:ManagementLockByScope";
const ROLE = "azure-native:authorization:RoleAssignment";
const DIAG = "azure-native:monitor:DiagnosticSetting";
const TENANT = "44444444-4444-4444-4444-444444444444";
const ADMINS = ["a0000000-0000-0000-0000-000000000001", "a0000000-0000-0000-0000-000000000002", "a0000000-0000-0000-0000-000000000003"];
const LAW = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";
const UAI = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-hsm";
const SUBNET = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/hsm";
const MANAGED_HSM_CONTRIBUTOR = "18500a29-7fe2-46b2-a342-b16a415e101d";
const CH = resolveBoundary({ preset: "ch" });

/** What every HSM gets: purge protection, soft delete, network rules that deny. */
const PROTECTED = { enablePurgeProtection: true, enableSoftDelete: true };

beforeAll(async () => {
  pulumi.runtime.setAllConfig({ "data-boundary:preset": "ch" });
  await setRecordingMocks({
    // The provider computes the HSM URI and the identity's principal id.
    outputs: (a) =>
      a.type === HSM
        ? {
            properties: { ...a.inputs.properties, hsmUri: `https://${a.inputs.name ?? a.name}.managedhsm.azure.net/` },
            identity: a.inputs.identity && { ...a.inputs.identity, principalId: "77777777-7777-7777-7777-777777777777" },
          }
        : undefined,
  });
});
beforeEach(() => resetRecorded());

const minimal = (extra: Partial<ManagedHsmArgs> = {}): ManagedHsmArgs => ({
  resourceGroupName: "rg",
  location: "switzerlandnorth",
  tenantId: TENANT,
  administratorObjectIds: ADMINS,
  ...extra,
});

describe("ManagedHsm", () => {
  it("defaults: one Standard_B1 HSM, purge protection, soft delete 90 days, no public network access, no replicated region", async () => {
    const hsm = new ManagedHsm("hsm", minimal());
    await settled();
    expect(recorded.map((r) => [r.type, r.name])).toEqual([[COMPONENT, "hsm"], [HSM, "hsm"]]);
    expect(children()[0].parent).toBe(componentUrn(COMPONENT, "hsm"));
    expect(children()[0].inputs).toEqual({
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      sku: { family: "B", name: "Standard_B1" },
      properties: {
        tenantId: TENANT,
        initialAdminObjectIds: ADMINS,
        ...PROTECTED,
        softDeleteRetentionInDays: 90,
        publicNetworkAccess: "Disabled",
        networkAcls: { bypass: "AzureServices", defaultAction: "Deny", ipRules: [], virtualNetworkRules: [] },
      },
    });
    expect(await unwrap(hsm.name)).toBe("hsm");
    expect(await unwrap(hsm.resourceId)).toBe("/mock/ManagedHsm/hsm");
    expect(await unwrap(hsm.hsmUri)).toBe("https://hsm.managedhsm.azure.net/");
    expect(await unwrap(hsm.systemAssignedMIPrincipalId)).toBeUndefined();
    expect(resourceMessages(resource(HSM, "hsm", children()[0].inputs), CH)).toEqual([]);
  });

  it("waf-aligned: diagnostics to an in-boundary workspace and a delete lock, created after the diagnostics", async () => {
    new ManagedHsm("hsm-waf", minimal({ diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "switzerlandnorth" }], lock: { kind: "CanNotDelete" } }));
    await settled();
    expect(sortedChildren()).toEqual([[LOCK, "hsm-waf-lock"], [HSM, "hsm-waf"], [DIAG, "hsm-waf-diag-0"]]);
    expect(recorded[recorded.length - 1]).toMatchObject({ type: LOCK, name: "hsm-waf-lock" });
    expect(findRecorded(DIAG, "hsm-waf-diag-0").inputs).toEqual({
      resourceUri: "/mock/ManagedHsm/hsm-waf",
      name: "hsm-waf-diagnosticSettings",
      workspaceId: LAW,
      logs: [{ categoryGroup: "allLogs", enabled: true }],
      metrics: [{ category: "AllMetrics", enabled: true }],
    });
    expect(findRecorded(LOCK, "hsm-waf-lock").inputs).toEqual({
      scope: "/mock/ManagedHsm/hsm-waf",
      level: "CanNotDelete",
      lockName: "lock-hsm-waf",
      notes: "Cannot delete resource or child resources.",
    });
  });

  it("max: every option, an extended region inside the boundary, identities, roles, and CMK wiring", async () => {
    const hsm = new ManagedHsm("hsm-max", {
      ...minimal(),
      hsmName: "contoso-hsm",
      tags: { env: "prod" },
      sku: "Custom_B32",
      softDeleteRetentionInDays: 30,
      publicNetworkAccess: "Enabled",
      ipRules: ["203.0.113.0/24"],
      virtualNetworkSubnetIds: [SUBNET],
      networkBypass: "None",
      extendedRegion: "switzerlandwest",
      acknowledgeRestrictedRegion: true,
      managedIdentities: { systemAssigned: true, userAssignedResourceIds: [UAI] },
      roleAssignments: [{ roleDefinitionIdOrName: MANAGED_HSM_CONTRIBUTOR, principalId: "55555555-5555-5555-5555-555555555555", principalType: "Group" }],
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "switzerlandnorth", logCategoriesAndGroups: [{ category: "AuditEvent" }], metricCategories: [] }],
      lock: { kind: "ReadOnly", notes: "Customer-held keys." },
    });
    await settled();
    expect(sortedChildren()).toEqual([[LOCK, "hsm-max-lock"], [ROLE, "hsm-max-role-0"], [HSM, "hsm-max"], [DIAG, "hsm-max-diag-0"]]);
    expect(children().every((c) => c.parent === componentUrn(COMPONENT, "hsm-max"))).toBe(true);
    const inputs = findRecorded(HSM, "hsm-max").inputs;
    expect(inputs).toEqual({
      resourceGroupName: "rg",
      name: "contoso-hsm",
      location: "switzerlandnorth",
      tags: { env: "prod" },
      sku: { family: "B", name: "Custom_B32" },
      identity: { type: "SystemAssigned,UserAssigned", userAssignedIdentities: [UAI] },
      properties: {
        tenantId: TENANT,
        initialAdminObjectIds: ADMINS,
        ...PROTECTED,
        softDeleteRetentionInDays: 30,
        publicNetworkAccess: "Enabled",
        networkAcls: { bypass: "None", defaultAction: "Deny", ipRules: [{ value: "203.0.113.0/24" }], virtualNetworkRules: [{ id: SUBNET }] },
        regions: [{ name: "switzerlandnorth", isPrimary: true }, { name: "switzerlandwest", isPrimary: false }],
      },
    });
    expect(resourceMessages(resource(HSM, "hsm-max", inputs), CH)).toEqual([]);
    expect(findRecorded(ROLE, "hsm-max-role-0").inputs).toEqual({
      scope: "/mock/ManagedHsm/hsm-max",
      principalId: "55555555-5555-5555-5555-555555555555",
      principalType: "Group",
      roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${MANAGED_HSM_CONTRIBUTOR}`,
      roleAssignmentName: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    });
    expect(findRecorded(DIAG, "hsm-max-diag-0").inputs.logs).toEqual([{ category: "AuditEvent", enabled: true }]);
    expect(findRecorded(LOCK, "hsm-max-lock").inputs).toMatchObject({ level: "ReadOnly", notes: "Customer-held keys." });
    expect(recorded[recorded.length - 1]).toMatchObject({ type: LOCK, name: "hsm-max-lock" });
    expect(await unwrap(hsm.systemAssignedMIPrincipalId)).toBe("77777777-7777-7777-7777-777777777777");
    expect(await unwrap(hsm.hsmUri)).toBe("https://contoso-hsm.managedhsm.azure.net/");
    expect(await unwrap(hsm.keyId("cmk"))).toBe("https://contoso-hsm.managedhsm.azure.net/keys/cmk");

    const cmk = hsm.customerManagedKeyFor("cmk", { userAssignedIdentityResourceId: UAI });
    expect(await unwrap(cmk.keyVaultResourceId)).toBe("/mock/ManagedHsm/hsm-max");
    expect(await unwrap(cmk.keyVaultUri)).toBe("https://contoso-hsm.managedhsm.azure.net/");
    expect(cmk).toMatchObject({ keyName: "cmk", userAssignedIdentityResourceId: UAI, keyVersion: undefined });
  });

  it("accepts fewer than three administrators only when allowed", async () => {
    new ManagedHsm("hsm-test", minimal({ administratorObjectIds: [ADMINS[0]], allowFewerThanThreeAdministrators: true }));
    await settled();
    expect(findRecorded(HSM, "hsm-test").inputs.properties.initialAdminObjectIds).toEqual([ADMINS[0]]);
  });

  it("throws with the pack's wording for a location outside the boundary", async () => {
    await expectNothingRegistered(
      () => new ManagedHsm("hsm-de", minimal({ location: "germanywestcentral" })),
      new BoundaryViolationError([
        "Managed HSM 'hsm-de' is located in germanywestcentral (Germany) through location germanywestcentral, outside Switzerland. Set location to a region inside the boundary, such as switzerlandnorth.",
      ]),
    );
  });

  it("refuses an extended region outside the boundary with the pack's wording", async () => {
    await expectNothingRegistered(
      () => new ManagedHsm("hsm-us", minimal({ location: "westeurope", extendedRegion: "eastus", boundary: "eudb" })),
      new BoundaryViolationError([
        "Managed HSM 'hsm-us' replicates its keys to eastus (United States) through properties.regions[1].name eastus, outside the EU Data Boundary (EU + EFTA). Keep every entry of properties.regions in a region inside the boundary, such as westeurope.",
      ]),
    );
  });

  it.each([
    [{ administratorObjectIds: [] }, "ManagedHsm 'hsm-bad' has no administratorObjectIds. List the object ids of at least 3 people who will download the security domain and activate the HSM."],
    [
      { administratorObjectIds: ADMINS.slice(0, 2) },
      "ManagedHsm 'hsm-bad' has 2 administrators; at least 3 are recommended: the security domain is encrypted to at least three RSA key pairs held by different people, and a quorum of them is needed to recover the HSM. Add administrators, or set allowFewerThanThreeAdministrators to true for a test HSM.",
    ],
    [{ administratorObjectIds: [...ADMINS.slice(0, 2), "alice@contoso.com"] }, `ManagedHsm 'hsm-bad' lists administrator "alice@contoso.com", which is not an object id (a GUID).`],
    [{ administratorObjectIds: [...ADMINS.slice(0, 2), ADMINS[0].toUpperCase()] }, `ManagedHsm 'hsm-bad' lists administrator ${ADMINS[0].toUpperCase()} twice; each administrator counts once towards the quorum.`],
    [{ sku: "Premium" as never }, "ManagedHsm 'hsm-bad' has sku Premium; expected one of Standard_B1, Custom_B32, Custom_B6, Custom_C42, Custom_C10."],
    [{ softDeleteRetentionInDays: 120 }, "ManagedHsm 'hsm-bad' has softDeleteRetentionInDays 120; it must be a whole number of days from 7 to 90."],
    [
      { extendedRegion: "switzerlandnorth" },
      "ManagedHsm 'hsm-bad' has location and extendedRegion both switzerlandnorth; multi-region replication extends the HSM to a second region. Set extendedRegion to another region inside Switzerland, such as switzerlandwest.",
    ],
    [
      { extendedRegion: "switzerlandwest" },
      "ManagedHsm 'hsm-bad' puts extendedRegion in switzerlandwest, a restricted region: Azure opens it only to subscriptions approved for in-country disaster recovery, and it is the only second region in Switzerland besides switzerlandnorth. Request access for your subscription, then set acknowledgeRestrictedRegion to true to confirm it.",
    ],
  ])("throws for inconsistent options %#", async (extra, message) => {
    await expectNothingRegistered(() => new ManagedHsm("hsm-bad", minimal(extra as Partial<ManagedHsmArgs>)), new ComponentArgumentError(message));
  });

  it("refuses an unknown role name (the shared role table) before anything registers", async () => {
    const build = () => new ManagedHsm("hsm-role", minimal({ roleAssignments: [{ roleDefinitionIdOrName: "HSM Wizard", principalId: "p" }] }));
    expect(build).toThrow(ComponentArgumentError);
    expect(build).toThrow(/^Role "HSM Wizard" is not a built-in role name the components know/);
    await settled();
    expect(recorded).toEqual([]);
  });

  it("refuses a diagnostic target outside the boundary before anything registers", async () => {
    await expectNothingRegistered(
      () => new ManagedHsm("hsm-diag", minimal({ diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "eastus" }] })),
      new BoundaryViolationError([
        "Diagnostic setting 'hsm-diag-diagnosticSettings' sends logs to eastus (United States) through targetLocation eastus, outside Switzerland. Send diagnostics to a Log Analytics workspace, storage account or event hub in a region inside the boundary, such as switzerlandnorth.",
      ]),
    );
  });
});
