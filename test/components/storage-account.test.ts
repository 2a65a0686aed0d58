import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveBoundary } from "../../policy-pack/engine";
import { BoundaryViolationError } from "../../components/boundary";
import { StorageAccount } from "../../components/storage-account";
import { ComponentArgumentError } from "../../components/shared";
import { resourceMessages } from "../helpers/evaluate";
import { resource } from "../helpers/facts";
import { componentUrn, sortedChildren } from "../helpers/children";
import { children, expectNothingRegistered, findRecorded, recorded, resetRecorded, setRecordingMocks, settled, unwrap } from "../helpers/mocks";

const COMPONENT = "data-boundary:index:StorageAccount";
const SA = "azure-native:storage:StorageAccount";
const LOCK = "azure-native:authorization:ManagementLockByScope";
const ROLE = "azure-native:authorization:RoleAssignment";
const DIAG = "azure-native:monitor:DiagnosticSetting";
const UAI = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-st";
const LAW = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";
const SERVICE = { enabled: true, keyType: "Account" };
const SERVICES = { blob: SERVICE, file: SERVICE, queue: SERVICE, table: SERVICE };

/** The inputs every account gets whatever the caller passes. */
const SAFE = {
  minimumTlsVersion: "TLS1_2",
  enableHttpsTrafficOnly: true,
  allowBlobPublicAccess: false,
  allowCrossTenantReplication: false,
  defaultToOAuthAuthentication: true,
};

beforeAll(async () => {
  pulumi.runtime.setAllConfig({ "data-boundary:preset": "ch" });
  await setRecordingMocks();
});
beforeEach(() => resetRecorded());

describe("StorageAccount", () => {
  it("defaults: one ZRS StorageV2 account, private, Entra-only, TLS 1.2, HTTPS only, no public blobs", async () => {
    const st = new StorageAccount("st", { resourceGroupName: "rg", location: "switzerlandnorth" });
    await settled();
    expect(recorded.map((r) => [r.type, r.name])).toEqual([[COMPONENT, "st"], [SA, "st"]]);
    expect(children()[0].parent).toBe(componentUrn(COMPONENT, "st"));
    expect(children()[0].inputs).toEqual({
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      kind: "StorageV2",
      sku: { name: "Standard_ZRS" },
      accessTier: "Hot",
      isHnsEnabled: false,
      ...SAFE,
      allowSharedKeyAccess: false,
      publicNetworkAccess: "Disabled",
      networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices", ipRules: [] },
      encryption: { requireInfrastructureEncryption: true, services: SERVICES, keySource: "Microsoft.Storage" },
    });
    expect(await unwrap(st.name)).toBe("st");
    expect(await unwrap(st.resourceId)).toBe("/mock/StorageAccount/st");
    expect(await unwrap(st.systemAssignedMIPrincipalId)).toBeUndefined();
    expect(await unwrap(st.skuName)).toBe("Standard_ZRS");
    expect(resourceMessages(resource(SA, "st", children()[0].inputs), resolveBoundary({ preset: "ch" }))).toEqual([]);
  });

  it("defaults: Standard_LRS in a region without availability zones", async () => {
    new StorageAccount("st-lrs", { resourceGroupName: "rg", location: "switzerlandwest" });
    await settled();
    expect(findRecorded(SA, "st-lrs").inputs.sku).toEqual({ name: "Standard_LRS" });
  });

  it("defaults: Premium_ZRS and no access tier for a premium kind", async () => {
    new StorageAccount("st-files", { resourceGroupName: "rg", location: "switzerlandnorth", kind: "FileStorage" });
    await settled();
    const inputs = findRecorded(SA, "st-files").inputs;
    expect(inputs.sku).toEqual({ name: "Premium_ZRS" });
    expect(inputs.accessTier).toBeUndefined();
  });

  it("waf-aligned: in-boundary geo pair (GZRS), system identity, diagnostics (metrics only) to an in-boundary workspace, lock", async () => {
    new StorageAccount("st-waf", {
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      sku: "Standard_GZRS",
      tags: { env: "prod" },
      managedIdentities: { systemAssigned: true },
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "switzerlandnorth" }],
      lock: { kind: "CanNotDelete" },
    });
    await settled();
    expect(sortedChildren()).toEqual([[LOCK, "st-waf-lock"], [DIAG, "st-waf-diag-0"], [SA, "st-waf"]]);
    expect(findRecorded(SA, "st-waf").inputs).toMatchObject({ sku: { name: "Standard_GZRS" }, tags: { env: "prod" }, identity: { type: "SystemAssigned" } });
    expect(findRecorded(DIAG, "st-waf-diag-0").inputs).toEqual({
      resourceUri: "/mock/StorageAccount/st-waf",
      name: "st-waf-diagnosticSettings",
      workspaceId: LAW,
      metrics: [{ category: "AllMetrics", enabled: true }],
    });
    expect(findRecorded(LOCK, "st-waf-lock").inputs).toEqual({
      scope: "/mock/StorageAccount/st-waf", level: "CanNotDelete", lockName: "lock-st-waf", notes: "Cannot delete resource or child resources.",
    });
  });

  it("max: customer-managed key through a user-assigned identity, both identities, roles, two diagnostic settings, public access with IP rules", async () => {
    new StorageAccount("st-max", {
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      accountName: "stmaxprod",
      kind: "StorageV2",
      accessTier: "Cool",
      isHnsEnabled: true,
      publicNetworkAccess: "Enabled",
      ipRules: ["203.0.113.0/24"],
      allowSharedKeyAccess: true,
      managedIdentities: { systemAssigned: true },
      customerManagedKey: { keyVaultResourceId: "/kv", keyVaultUri: "https://kv.vault.azure.net/", keyName: "cmk", userAssignedIdentityResourceId: UAI },
      roleAssignments: [{ roleDefinitionIdOrName: "Storage Blob Data Reader", principalId: "33333333-3333-3333-3333-333333333333", principalType: "ServicePrincipal" }],
      diagnosticSettings: [
        { workspaceResourceId: LAW, targetLocation: "switzerlandnorth" },
        { name: "to-archive", storageAccountResourceId: "/archive", targetLocation: "switzerlandwest", metricCategories: [{ category: "Transaction" }] },
      ],
      lock: { kind: "ReadOnly" },
    });
    await settled();
    expect(sortedChildren()).toEqual([[LOCK, "st-max-lock"], [ROLE, "st-max-role-0"], [DIAG, "st-max-diag-0"], [DIAG, "st-max-diag-1"], [SA, "st-max"]]);
    expect(children().every((c) => c.parent === componentUrn(COMPONENT, "st-max"))).toBe(true);
    expect(findRecorded(SA, "st-max").inputs).toEqual({
      resourceGroupName: "rg",
      accountName: "stmaxprod",
      location: "switzerlandnorth",
      kind: "StorageV2",
      sku: { name: "Standard_ZRS" },
      accessTier: "Cool",
      isHnsEnabled: true,
      ...SAFE,
      allowSharedKeyAccess: true,
      publicNetworkAccess: "Enabled",
      networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices", ipRules: [{ iPAddressOrRange: "203.0.113.0/24", action: "Allow" }] },
      identity: { type: "SystemAssigned,UserAssigned", userAssignedIdentities: [UAI] },
      encryption: {
        requireInfrastructureEncryption: true,
        services: SERVICES,
        keySource: "Microsoft.Keyvault",
        keyVaultProperties: { keyName: "cmk", keyVaultUri: "https://kv.vault.azure.net/" },
        encryptionIdentity: { encryptionUserAssignedIdentity: UAI },
      },
    });
    expect(findRecorded(ROLE, "st-max-role-0").inputs).toMatchObject({
      scope: "/mock/StorageAccount/st-max",
      principalId: "33333333-3333-3333-3333-333333333333",
      principalType: "ServicePrincipal",
      roleDefinitionId: "/providers/Microsoft.Authorization/roleDefinitions/2a2b9908-6ea1-4ae2-8e65-a410df84e7d1",
    });
    expect(findRecorded(DIAG, "st-max-diag-1").inputs).toEqual({
      resourceUri: "/mock/StorageAccount/st-max",
      name: "to-archive",
      storageAccountId: "/archive",
      metrics: [{ category: "Transaction", enabled: true }],
    });
    expect(findRecorded(LOCK, "st-max-lock").inputs.notes).toBe("Cannot delete or modify the resource or child resources.");
  });

  it("throws for a geo SKU whose pair is outside the boundary (nl: westeurope pairs with northeurope in Ireland)", async () => {
    await expectNothingRegistered(
      () => new StorageAccount("st-grs", { resourceGroupName: "rg", location: "westeurope", sku: "Standard_RAGRS", boundary: "nl" }),
      new BoundaryViolationError([
        "Storage account 'st-grs' keeps a geo-redundant copy in northeurope (Ireland) through sku.name Standard_RAGRS, outside the Netherlands. Use Standard_ZRS or Standard_LRS, or a location whose pair is inside the boundary.",
      ]),
    );
  });

  it("throws for a geo SKU in a region without a pair, where the copy cannot be placed", async () => {
    await expectNothingRegistered(
      () => new StorageAccount("st-pl", { resourceGroupName: "rg", location: "polandcentral", sku: "Standard_GRS", boundary: "eudb" }),
      new BoundaryViolationError([
        "Storage account 'st-pl' keeps a geo-redundant copy in a place that cannot be proven at preview through sku.name Standard_GRS, because polandcentral has no documented pair, so where the copy goes is unknown, not proven inside the EU Data Boundary (EU + EFTA). Set sku.name to Standard_ZRS, or add a reviewed exemption.",
      ]),
    );
  });

  it("throws with the pack's wording for a location outside the boundary", async () => {
    await expectNothingRegistered(
      () => new StorageAccount("st-uk", { resourceGroupName: "rg", location: "uksouth" }),
      new BoundaryViolationError([
        "Storage account 'st-uk' is located in uksouth (United Kingdom) through location uksouth, outside Switzerland. Set location to a region inside the boundary, such as switzerlandnorth.",
      ]),
    );
  });

  it("throws for a diagnostic target outside the boundary", async () => {
    await expectNothingRegistered(
      () => new StorageAccount("st-diag", { resourceGroupName: "rg", location: "switzerlandnorth", diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "westeurope" }] }),
      new BoundaryViolationError([
        "Diagnostic setting 'st-diag-diagnosticSettings' sends logs to westeurope (Netherlands) through targetLocation westeurope, outside Switzerland. Send diagnostics to a Log Analytics workspace, storage account or event hub in a region inside the boundary, such as switzerlandnorth.",
      ]),
    );
  });

  it("throws for a customer-managed key without a user-assigned identity", async () => {
    await expectNothingRegistered(
      () => new StorageAccount("st-cmk", { resourceGroupName: "rg", location: "switzerlandnorth", customerManagedKey: { keyVaultResourceId: "/kv", keyVaultUri: "https://kv.vault.azure.net/", keyName: "cmk" } }),
      new ComponentArgumentError(
        "Storage account 'st-cmk' can use a customer-managed key at creation only through a user-assigned identity. Set customerManagedKey.userAssignedIdentityResourceId, and grant that identity Key Vault Crypto Service Encryption User on the vault.",
      ),
    );
  });
});
