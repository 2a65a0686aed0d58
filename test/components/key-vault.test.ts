import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveBoundary } from "../../policy-pack/engine";
import { BoundaryViolationError } from "../../components/boundary";
import { KeyVault } from "../../components/key-vault";
import { ComponentArgumentError } from "../../components/shared";
import { resourceMessages } from "../helpers/evaluate";
import { resource } from "../helpers/facts";
import { componentUrn, sortedChildren } from "../helpers/children";
import { children, expectNothingRegistered, findRecorded, recorded, resetRecorded, setRecordingMocks, settled, unwrap } from "../helpers/mocks";

const COMPONENT = "data-boundary:index:KeyVault";
const VAULT = "azure-native:keyvault:Vault";
const KEY = "azure-native:keyvault:Key";
const LOCK = "azure-native:authorization:ManagementLockByScope";
const ROLE = "azure-native:authorization:RoleAssignment";
const DIAG = "azure-native:monitor:DiagnosticSetting";
const TENANT = "44444444-4444-4444-4444-444444444444";
const LAW = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";
const UAI = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-cmk";
const ROTATION = {
  attributes: { expiryTime: "P2Y" },
  lifetimeActions: [
    { trigger: { timeBeforeExpiry: "P60D" }, action: { type: "rotate" } },
    { trigger: { timeBeforeExpiry: "P30D" }, action: { type: "notify" } },
  ],
};
const PROTECTED = {
  enableRbacAuthorization: true,
  enablePurgeProtection: true,
  enableSoftDelete: true,
  enabledForDeployment: false,
  enabledForDiskEncryption: false,
  enabledForTemplateDeployment: false,
};

/** The versionless key URI Key Vault would compute, which the mocks answer for every key. */
const keyUriOf = (args: pulumi.runtime.MockResourceArgs) => (args.type === KEY ? { keyUri: `https://${args.inputs.vaultName}.vault.azure.net/keys/${args.inputs.keyName}` } : undefined);

beforeAll(async () => {
  pulumi.runtime.setAllConfig({ "data-boundary:preset": "ch" });
  await setRecordingMocks({ outputs: keyUriOf });
});
beforeEach(() => resetRecorded());

describe("KeyVault", () => {
  it("defaults: one standard vault with RBAC, purge protection, soft delete 90 days and no public network access", async () => {
    const kv = new KeyVault("kv", { resourceGroupName: "rg", location: "switzerlandnorth", tenantId: TENANT });
    await settled();
    expect(recorded.map((r) => [r.type, r.name])).toEqual([[COMPONENT, "kv"], [VAULT, "kv"]]);
    expect(children()[0].parent).toBe(componentUrn(COMPONENT, "kv"));
    expect(children()[0].inputs).toEqual({
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      properties: {
        tenantId: TENANT,
        sku: { family: "A", name: "standard" },
        ...PROTECTED,
        softDeleteRetentionInDays: 90,
        publicNetworkAccess: "Disabled",
        networkAcls: { bypass: "AzureServices", defaultAction: "Deny", ipRules: [] },
      },
    });
    expect(await unwrap(kv.name)).toBe("kv");
    expect(await unwrap(kv.resourceId)).toBe("/mock/Vault/kv");
    expect(kv.keys).toEqual({});
    expect(kv.keyNames).toEqual([]);
    expect(await unwrap(kv.keyUris)).toEqual({});
    expect(resourceMessages(resource(VAULT, "kv", children()[0].inputs), resolveBoundary({ preset: "ch" }))).toEqual([]);
  });

  it("waf-aligned: HSM-backed keys (premium), a CMK key with rotation, diagnostics and a lock", async () => {
    new KeyVault("kv-waf", {
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      tenantId: TENANT,
      hsmBackedKeys: true,
      keys: [{ name: "cmk" }],
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "switzerlandnorth" }],
      lock: { kind: "CanNotDelete" },
    });
    await settled();
    expect(sortedChildren()).toEqual([[LOCK, "kv-waf-lock"], [KEY, "kv-waf-key-cmk"], [VAULT, "kv-waf"], [DIAG, "kv-waf-diag-0"]]);
    expect(findRecorded(VAULT, "kv-waf").inputs.properties.sku).toEqual({ family: "A", name: "premium" });
    // The lock waits for the keys and the diagnostic setting, so it registers last.
    expect(recorded[recorded.length - 1]).toMatchObject({ type: LOCK, name: "kv-waf-lock" });
    expect(findRecorded(KEY, "kv-waf-key-cmk").inputs).toEqual({
      resourceGroupName: "rg",
      vaultName: "kv-waf",
      keyName: "cmk",
      properties: { kty: "RSA-HSM", keySize: 3072, attributes: { enabled: true, exportable: false }, rotationPolicy: ROTATION },
    });
    expect(findRecorded(DIAG, "kv-waf-diag-0").inputs).toEqual({
      resourceUri: "/mock/Vault/kv-waf",
      name: "kv-waf-diagnosticSettings",
      workspaceId: LAW,
      logs: [{ categoryGroup: "allLogs", enabled: true }],
      metrics: [{ category: "AllMetrics", enabled: true }],
    });
  });

  it("max: every option, two keys, a role for the CMK identity, and customerManagedKeyFor wiring", async () => {
    const kv = new KeyVault("kv-max", {
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      tenantId: TENANT,
      vaultName: "kv-max-prod",
      tags: { env: "prod" },
      sku: "premium",
      hsmBackedKeys: true,
      softDeleteRetentionInDays: 30,
      publicNetworkAccess: "Enabled",
      ipRules: ["203.0.113.7"],
      keys: [
        { name: "cmk", kty: "RSA-HSM", keySize: 4096, keyOps: ["wrapKey", "unwrapKey"], rotationPolicy: { expiryTime: "P1Y", rotateBeforeExpiry: "P90D" } },
        { name: "sign", kty: "EC-HSM", curveName: "P-384", rotationPolicy: { enabled: false } },
      ],
      roleAssignments: [{ roleDefinitionIdOrName: "Key Vault Crypto Service Encryption User", principalId: "55555555-5555-5555-5555-555555555555", principalType: "ServicePrincipal" }],
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "switzerlandnorth", logCategoriesAndGroups: [{ category: "AuditEvent" }] }],
      lock: { kind: "CanNotDelete", notes: "Customer keys." },
    });
    await settled();
    expect(sortedChildren()).toEqual([
      [LOCK, "kv-max-lock"], [ROLE, "kv-max-role-0"], [KEY, "kv-max-key-cmk"], [KEY, "kv-max-key-sign"], [VAULT, "kv-max"], [DIAG, "kv-max-diag-0"],
    ]);
    expect(children().every((c) => c.parent === componentUrn(COMPONENT, "kv-max"))).toBe(true);
    expect(findRecorded(VAULT, "kv-max").inputs).toEqual({
      resourceGroupName: "rg",
      vaultName: "kv-max-prod",
      location: "switzerlandnorth",
      tags: { env: "prod" },
      properties: {
        tenantId: TENANT,
        sku: { family: "A", name: "premium" },
        ...PROTECTED,
        softDeleteRetentionInDays: 30,
        publicNetworkAccess: "Enabled",
        networkAcls: { bypass: "AzureServices", defaultAction: "Deny", ipRules: [{ value: "203.0.113.7" }] },
      },
    });
    expect(findRecorded(KEY, "kv-max-key-cmk").inputs.properties).toEqual({
      kty: "RSA-HSM",
      keySize: 4096,
      keyOps: ["wrapKey", "unwrapKey"],
      attributes: { enabled: true, exportable: false },
      rotationPolicy: {
        attributes: { expiryTime: "P1Y" },
        lifetimeActions: [
          { trigger: { timeBeforeExpiry: "P90D" }, action: { type: "rotate" } },
          { trigger: { timeBeforeExpiry: "P30D" }, action: { type: "notify" } },
        ],
      },
    });
    expect(findRecorded(KEY, "kv-max-key-sign").inputs).toEqual({
      resourceGroupName: "rg",
      vaultName: "kv-max",
      keyName: "sign",
      tags: { env: "prod" },
      properties: { kty: "EC-HSM", curveName: "P-384", attributes: { enabled: true, exportable: false } },
    });
    expect(findRecorded(ROLE, "kv-max-role-0").inputs.roleDefinitionId).toBe(
      "/providers/Microsoft.Authorization/roleDefinitions/e147488a-f6f5-4113-8e2d-b22465e65bf6",
    );
    expect(findRecorded(DIAG, "kv-max-diag-0").inputs.logs).toEqual([{ category: "AuditEvent", enabled: true }]);

    expect(kv.keyNames).toEqual(["cmk", "sign"]);
    expect(await unwrap(kv.keyUris)).toEqual({ cmk: "https://kv-max.vault.azure.net/keys/cmk", sign: "https://kv-max.vault.azure.net/keys/sign" });
    const cmk = kv.customerManagedKeyFor("cmk", { userAssignedIdentityResourceId: UAI });
    expect(await unwrap(cmk.keyVaultResourceId)).toBe("/mock/Vault/kv-max");
    expect(await unwrap(cmk.keyName)).toBe("kv-max-key-cmk"); // the key resource's name output (the mocks echo the logical name)
    expect(cmk.userAssignedIdentityResourceId).toBe(UAI);
    expect(cmk.keyVersion).toBeUndefined();
    expect(kv.customerManagedKeyFor("elsewhere", { existing: true }).keyName).toBe("elsewhere");
    expect(() => kv.customerManagedKeyFor("missing")).toThrow(
      new ComponentArgumentError("Key Vault creates no key 'missing' (it creates cmk, sign). Add it to keys, or pass existing: true for a key created elsewhere."),
    );
  });

  it("throws under nl: the vault's replica goes to northeurope, and no region of the Netherlands avoids that", async () => {
    await expectNothingRegistered(
      () => new KeyVault("kv-nl", { resourceGroupName: "rg", location: "westeurope", tenantId: TENANT, boundary: "nl" }),
      new BoundaryViolationError([
        "Key Vault 'kv-nl' replicates its keys and secrets to northeurope (Ireland) through location westeurope, outside the Netherlands. Create the vault in a region whose pair is inside the boundary, or in a region without a pair; the copy to the pair cannot be turned off.",
        "No region inside the Netherlands keeps a Key Vault's replica inside it (westeurope pairs with northeurope in Ireland), so Key Vault cannot be used under this boundary; widen the boundary for this vault, for example to eu or eudb.",
      ]),
    );
  });

  it("throws with the pack's wording for a location outside the boundary", async () => {
    await expectNothingRegistered(
      () => new KeyVault("kv-de", { resourceGroupName: "rg", location: "germanywestcentral", tenantId: TENANT }),
      new BoundaryViolationError([
        "Key Vault 'kv-de' is located in germanywestcentral (Germany) through location germanywestcentral, outside Switzerland. Set location to a region inside the boundary, such as switzerlandnorth.",
      ]),
    );
  });

  it.each([
    [{ hsmBackedKeys: true, sku: "standard" as const }, "Key Vault 'kv-bad' has hsmBackedKeys but sku standard; HSM-backed keys need sku premium. Drop sku or set it to premium."],
    [{ keys: [{ name: "k", kty: "RSA-HSM" as const }] }, "Key Vault 'kv-bad' key 'k' is RSA-HSM, which needs HSM-backed keys. Set hsmBackedKeys to true (premium SKU)."],
    [{ softDeleteRetentionInDays: 120 }, "Key Vault 'kv-bad' has softDeleteRetentionInDays 120; it must be a whole number of days from 7 to 90."],
    [{ keys: [{ name: "k" }, { name: "k" }] }, "Key Vault 'kv-bad' lists key 'k' twice; key names must be unique."],
    [
      { keys: [{ name: "k", rotationPolicy: { enabled: false, expiryTime: "P1Y" } }] },
      "Key Vault 'kv-bad' key 'k' has rotationPolicy.enabled false with an expiryTime or rotateBeforeExpiry. Drop them, or enable rotation.",
    ],
  ])("throws for inconsistent options %#", async (extra, message) => {
    await expectNothingRegistered(
      () => new KeyVault("kv-bad", { resourceGroupName: "rg", location: "switzerlandnorth", tenantId: TENANT, ...extra }),
      new ComponentArgumentError(message),
    );
  });
});
