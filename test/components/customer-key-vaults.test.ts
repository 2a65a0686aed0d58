import * as azure from "@pulumi/azure-native";
import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveBoundary } from "../../policy-pack/engine";
import { BoundaryViolationError } from "../../components/boundary";
import { CustomerKeyVaults, CustomerKeyVaultsArgs, CustomerKeyVaultsOptions } from "../../components/m365-customer-key/customer-key-vaults";
import { ComponentArgumentError } from "../../components/shared/errors";
import { resourceMessages } from "../helpers/evaluate";
import { resource } from "../helpers/facts";
import { children, findRecorded, recorded, resetRecorded, setRecordingMocks, settled, thrownBy, unwrap } from "../helpers/mocks";

const KV_COMPONENT = "data-boundary:index:KeyVault";
const VAULT = "azure-native:keyvault:Vault";
const KEY = "azure-native:keyvault:Key";
const ROLE = "azure-native:authorization:RoleAssignment";
const LOCK = "azure-native:authorization:ManagementLockByScope";
const DIAG = "azure-native:monitor:DiagnosticSetting";
const TENANT = "00000000-0000-0000-0000-0000000000aa";
const EXO = "00000000-0000-0000-0000-0000000000e1";
const SPO = "00000000-0000-0000-0000-0000000000e2";
const M365 = "00000000-0000-0000-0000-0000000000e3";
const LAW = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";
const CRYPTO_SERVICE_ENCRYPTION_USER = "/providers/Microsoft.Authorization/roleDefinitions/e147488a-f6f5-4113-8e2d-b22465e65bf6";
const EUDB = resolveBoundary({});
const CH = resolveBoundary({ preset: "ch" });
const CK_URN = "urn:pulumi:stack::project::data-boundary:index:CustomerKeyVaults::ck";

/** The versionless key URI Key Vault would compute, which the mocks answer for every key. */
const keyUriOf = (args: pulumi.runtime.MockResourceArgs) => (args.type === KEY ? { keyUri: `https://${args.inputs.vaultName}.vault.azure.net/keys/${args.inputs.keyName}` } : undefined);

beforeAll(async () => {
  pulumi.runtime.setAllConfig({ "data-boundary:preset": "ch" });
  await setRecordingMocks({ outputs: keyUriOf });
});
beforeEach(() => resetRecorded());

async function build(name: string, args: CustomerKeyVaultsArgs, opts?: CustomerKeyVaultsOptions): Promise<CustomerKeyVaults> {
  const component = new CustomerKeyVaults(name, args, opts);
  await settled();
  return component;
}

function sortedNames(): [string, string][] {
  return recorded.map((c): [string, string] => [c.type, c.name]).sort((a, b) => (a[1] === b[1] ? a[0].localeCompare(b[0]) : a[1].localeCompare(b[1])));
}

function expectPackPasses(boundary = CH): void {
  for (const child of children()) expect(resourceMessages(resource(child.type, child.name, child.inputs), boundary)).toEqual([]);
}

/** The vault inputs the Key Vault component builds for a Customer Key vault. */
function vaultInputs(location: string, resourceGroupName = "rg", extra: Record<string, unknown> = {}) {
  return {
    resourceGroupName,
    location,
    properties: {
      tenantId: TENANT,
      sku: { family: "A", name: "premium" },
      enableRbacAuthorization: true,
      enablePurgeProtection: true,
      enableSoftDelete: true,
      softDeleteRetentionInDays: 90,
      enabledForDeployment: false,
      enabledForDiskEncryption: false,
      enabledForTemplateDeployment: false,
      publicNetworkAccess: "Enabled",
      networkAcls: { bypass: "AzureServices", defaultAction: "Deny", ipRules: [] },
    },
    ...extra,
  };
}

describe("CustomerKeyVaults", () => {
  it("defaults: two RBAC Key Vaults (Key Vault component) in two EU Data Boundary regions, an RSA-HSM 2048 wrap/unwrap key each, Exchange Online access", async () => {
    const ck = await build("ck", {
      resourceGroupName: "rg",
      primaryLocation: "westeurope",
      secondaryLocation: "swedencentral",
      tenantId: TENANT,
      microsoft365ServicePrincipals: { exchangeOnline: EXO },
      boundary: "eudb",
    });
    expect(sortedNames()).toEqual([
      ["data-boundary:index:CustomerKeyVaults", "ck"],
      [VAULT, "ck-primary"],
      [KV_COMPONENT, "ck-primary"],
      [KEY, "ck-primary-key-m365-customer-key"],
      [ROLE, "ck-primary-role-0"],
      [VAULT, "ck-secondary"],
      [KV_COMPONENT, "ck-secondary"],
      [KEY, "ck-secondary-key-m365-customer-key"],
      [ROLE, "ck-secondary-role-0"],
    ]);
    expect(recorded.filter((r) => r.type === KV_COMPONENT).every((r) => r.parent === CK_URN)).toBe(true);
    expect(findRecorded(VAULT, "ck-primary").inputs).toEqual(vaultInputs("westeurope"));
    expect(findRecorded(VAULT, "ck-secondary").inputs).toEqual(vaultInputs("swedencentral"));
    expect(findRecorded(KEY, "ck-primary-key-m365-customer-key").inputs).toEqual({
      resourceGroupName: "rg",
      vaultName: "ck-primary",
      keyName: "m365-customer-key",
      properties: { kty: "RSA-HSM", keySize: 2048, keyOps: ["wrapKey", "unwrapKey"], attributes: { enabled: true, exportable: false } },
    });
    expect(findRecorded(ROLE, "ck-secondary-role-0").inputs).toMatchObject({
      scope: "/mock/Vault/ck-secondary",
      principalId: EXO,
      principalType: "ServicePrincipal",
      description: "Microsoft 365 Customer Key: Office 365 Exchange Online",
      roleDefinitionId: CRYPTO_SERVICE_ENCRYPTION_USER,
    });
    expect(await unwrap(ck.resourceId)).toBe("/mock/Vault/ck-primary");
    expect(await unwrap(ck.vaultResourceIds)).toEqual(["/mock/Vault/ck-primary", "/mock/Vault/ck-secondary"]);
    expect(await unwrap(ck.keyUris)).toEqual(["https://ck-primary.vault.azure.net/keys/m365-customer-key", "https://ck-secondary.vault.azure.net/keys/m365-customer-key"]);
    expectPackPasses(EUDB);
  });

  it("waf-aligned: Switzerland (stack config) with the restricted second region acknowledged, every workload, separate resource group, diagnostics and a delete lock", async () => {
    await build("ck", {
      resourceGroupName: "rg-ck-a",
      secondaryResourceGroupName: "rg-ck-b",
      primaryLocation: "switzerlandnorth",
      secondaryLocation: "switzerlandwest",
      acknowledgeRestrictedRegion: true,
      tenantId: TENANT,
      microsoft365ServicePrincipals: { exchangeOnline: EXO, sharePointOnline: SPO, multiWorkload: M365 },
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "switzerlandnorth" }],
      lock: { kind: "CanNotDelete" },
    });
    const vaultChildren = (prefix: string) => [
      [VAULT, prefix],
      [KV_COMPONENT, prefix],
      [DIAG, `${prefix}-diag-0`],
      [KEY, `${prefix}-key-m365-customer-key`],
      [LOCK, `${prefix}-lock`],
      [ROLE, `${prefix}-role-0`],
      [ROLE, `${prefix}-role-1`],
      [ROLE, `${prefix}-role-2`],
    ];
    expect(sortedNames()).toEqual([["data-boundary:index:CustomerKeyVaults", "ck"], ...vaultChildren("ck-primary"), ...vaultChildren("ck-secondary")]);
    expect(findRecorded(VAULT, "ck-primary").inputs).toEqual(vaultInputs("switzerlandnorth", "rg-ck-a"));
    expect(findRecorded(VAULT, "ck-secondary").inputs).toEqual(vaultInputs("switzerlandwest", "rg-ck-b"));
    expect(["ck-primary-role-0", "ck-primary-role-1", "ck-primary-role-2"].map((n) => findRecorded(ROLE, n).inputs.description)).toEqual([
      "Microsoft 365 Customer Key: Office 365 Exchange Online",
      "Microsoft 365 Customer Key: Office 365 SharePoint Online",
      "Microsoft 365 Customer Key: M365DataAtRestEncryption",
    ]);
    expect(findRecorded(LOCK, "ck-secondary-lock").inputs).toEqual({ scope: "/mock/Vault/ck-secondary", level: "CanNotDelete", lockName: "lock-ck-secondary", notes: "Cannot delete resource or child resources." });
    expect(findRecorded(DIAG, "ck-secondary-diag-0").inputs.resourceUri).toBe("/mock/Vault/ck-secondary");
    expectPackPasses();
  });

  it("max: access policies, every option", async () => {
    const ck = await build("ck", {
      resourceGroupName: "rg",
      primaryLocation: "switzerlandnorth",
      secondaryLocation: "switzerlandwest",
      acknowledgeRestrictedRegion: true,
      tenantId: TENANT,
      microsoft365ServicePrincipals: { exchangeOnline: EXO, sharePointOnline: SPO },
      permissionModel: "accessPolicies",
      keyName: "contoso-o365-key",
      keySize: 3072,
      vaultNames: { primary: "contoso-ck-zrh", secondary: "contoso-ck-gva" },
      publicNetworkAccess: "Disabled",
      ipRules: ["203.0.113.7"],
      tags: { owner: "m365" },
      roleAssignments: [{ roleDefinitionIdOrName: "Reader", principalId: "44444444-4444-4444-4444-444444444444" }],
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "switzerlandnorth" }],
      lock: { kind: "ReadOnly" },
    });
    const vaultChildren = (prefix: string) => [
      [VAULT, prefix],
      [DIAG, `${prefix}-diag-0`],
      [KEY, `${prefix}-key-contoso-o365-key`],
      [LOCK, `${prefix}-lock`],
      [ROLE, `${prefix}-role-0`],
    ];
    expect(sortedNames()).toEqual([["data-boundary:index:CustomerKeyVaults", "ck"], ...vaultChildren("ck-primary"), ...vaultChildren("ck-secondary")]);
    expect(children().every((c) => c.parent === CK_URN)).toBe(true);
    expect(findRecorded(VAULT, "ck-secondary").inputs).toEqual({
      resourceGroupName: "rg",
      vaultName: "contoso-ck-gva",
      location: "switzerlandwest",
      tags: { owner: "m365" },
      properties: {
        tenantId: TENANT,
        sku: { family: "A", name: "premium" },
        enableRbacAuthorization: false,
        enablePurgeProtection: true,
        enableSoftDelete: true,
        softDeleteRetentionInDays: 90,
        enabledForDeployment: false,
        enabledForDiskEncryption: false,
        enabledForTemplateDeployment: false,
        publicNetworkAccess: "Disabled",
        networkAcls: { bypass: "AzureServices", defaultAction: "Deny", ipRules: [{ value: "203.0.113.7" }] },
        accessPolicies: [
          { tenantId: TENANT, objectId: EXO, permissions: { keys: ["get", "wrapKey", "unwrapKey"] } },
          { tenantId: TENANT, objectId: SPO, permissions: { keys: ["get", "wrapKey", "unwrapKey"] } },
        ],
      },
    });
    expect(findRecorded(KEY, "ck-primary-key-contoso-o365-key").inputs).toEqual({
      resourceGroupName: "rg",
      vaultName: "ck-primary",
      keyName: "contoso-o365-key",
      properties: { kty: "RSA-HSM", keySize: 3072, keyOps: ["wrapKey", "unwrapKey"], attributes: { enabled: true, exportable: false } },
      tags: { owner: "m365" },
    });
    expect(findRecorded(ROLE, "ck-primary-role-0").inputs).toMatchObject({ principalId: "44444444-4444-4444-4444-444444444444", scope: "/mock/Vault/ck-primary" });
    expect(findRecorded(LOCK, "ck-primary-lock").inputs.level).toBe("ReadOnly");
    expect(await unwrap(ck.name)).toBe("ck-primary");
    expectPackPasses();
  });

  it("secondaryProvider (an option): the secondary vault and its children go through another subscription's provider", async () => {
    const subscriptionB = new azure.Provider("subscription-b", { subscriptionId: "00000000-0000-0000-0000-00000000000b" });
    await build("ck", {
      resourceGroupName: "rg",
      primaryLocation: "westeurope",
      secondaryLocation: "swedencentral",
      tenantId: TENANT,
      microsoft365ServicePrincipals: { exchangeOnline: EXO },
      boundary: "eudb",
    }, { secondaryProvider: subscriptionB });
    const viaB = (type: string, name: string) => findRecorded(type, name).provider?.includes("::subscription-b::") ?? false;
    expect([viaB(VAULT, "ck-secondary"), viaB(KEY, "ck-secondary-key-m365-customer-key"), viaB(ROLE, "ck-secondary-role-0")]).toEqual([true, true, true]);
    expect([viaB(VAULT, "ck-primary"), viaB(KEY, "ck-primary-key-m365-customer-key"), viaB(ROLE, "ck-primary-role-0")]).toEqual([false, false, false]);
  });

  describe("construction errors register nothing", () => {
    const base = { resourceGroupName: "rg", tenantId: TENANT, microsoft365ServicePrincipals: { exchangeOnline: EXO } };
    const cases: [string, CustomerKeyVaultsArgs, Function, string][] = [
      [
        "nl: one region, its pair in Ireland",
        { ...base, primaryLocation: "westeurope", secondaryLocation: "northeurope", boundary: "nl" },
        ComponentArgumentError,
        "CustomerKeyVaults 'bad' cannot be built inside the Netherlands: Customer Key needs its two Key Vaults in two different regions, and the Netherlands admits only one region, westeurope; its paired region northeurope is in Ireland, outside the Netherlands. Use a boundary with two regions (for example eudb, or ch, de, fr, no or se with their restricted second region), or host this workload elsewhere.",
      ],
      [
        "ie: one region, its pair in the Netherlands",
        { ...base, primaryLocation: "northeurope", secondaryLocation: "westeurope", boundary: "ie" },
        ComponentArgumentError,
        "CustomerKeyVaults 'bad' cannot be built inside Ireland: Customer Key needs its two Key Vaults in two different regions, and Ireland admits only one region, northeurope; its paired region westeurope is in Netherlands, outside Ireland. Use a boundary with two regions (for example eudb, or ch, de, fr, no or se with their restricted second region), or host this workload elsewhere.",
      ],
      [
        "pl: one unpaired region",
        { ...base, primaryLocation: "polandcentral", secondaryLocation: "polandcentral", boundary: "pl" },
        ComponentArgumentError,
        "CustomerKeyVaults 'bad' cannot be built inside Poland: Customer Key needs its two Key Vaults in two different regions, and Poland admits only one region, polandcentral. Use a boundary with two regions (for example eudb, or ch, de, fr, no or se with their restricted second region), or host this workload elsewhere.",
      ],
      [
        "restricted second region not acknowledged",
        { ...base, primaryLocation: "switzerlandnorth", secondaryLocation: "switzerlandwest" },
        ComponentArgumentError,
        "CustomerKeyVaults 'bad' puts secondaryLocation in switzerlandwest, a restricted region: Azure opens it only to subscriptions approved for in-country disaster recovery, and it is the only second region in Switzerland besides switzerlandnorth. Request access for your subscription, then set acknowledgeRestrictedRegion to true to confirm it.",
      ],
      [
        "the same region twice",
        { ...base, primaryLocation: "switzerlandnorth", secondaryLocation: "Switzerland North" },
        ComponentArgumentError,
        "CustomerKeyVaults 'bad' has primaryLocation and secondaryLocation both switzerlandnorth; Customer Key needs its two Key Vaults in two different regions. Set secondaryLocation to another region inside Switzerland, such as switzerlandwest.",
      ],
      [
        "a vault outside the boundary",
        { ...base, primaryLocation: "switzerlandnorth", secondaryLocation: "germanywestcentral" },
        BoundaryViolationError,
        "Key Vault 'bad-secondary' is located in germanywestcentral (Germany) through location germanywestcentral, outside Switzerland. Set location to a region inside the boundary, such as switzerlandnorth.",
      ],
      [
        "no Microsoft 365 principal",
        { ...base, microsoft365ServicePrincipals: {}, primaryLocation: "switzerlandnorth", secondaryLocation: "switzerlandwest", acknowledgeRestrictedRegion: true },
        ComponentArgumentError,
        "CustomerKeyVaults 'bad' has no Microsoft 365 service principal. Set microsoft365ServicePrincipals.exchangeOnline, sharePointOnline or multiWorkload to the object id of that application's service principal in your tenant (az ad sp show --id <appId> --query id -o tsv).",
      ],
      [
        "de: restricted germanynorth not acknowledged",
        { ...base, primaryLocation: "germanynorth", secondaryLocation: "germanywestcentral", boundary: "de" },
        ComponentArgumentError,
        "CustomerKeyVaults 'bad' puts primaryLocation in germanynorth, a restricted region: Azure opens it only to subscriptions approved for in-country disaster recovery, and it is the only second region in Germany besides germanywestcentral. Request access for your subscription, then set acknowledgeRestrictedRegion to true to confirm it.",
      ],
    ];
    it.each(cases)("%s", async (_, args, errorType, message) => {
      const error = thrownBy(() => new CustomerKeyVaults("bad", args));
      expect(error).toBeInstanceOf(errorType);
      expect(error.message).toBe(message);
      await settled();
      expect(recorded).toEqual([]);
    });
  });
});
