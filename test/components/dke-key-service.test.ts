import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveBoundary } from "../../policy-pack/engine";
import { BoundaryViolationError } from "../../components/boundary";
import { DkeKeyService, DkeKeyServiceArgs, isComponentSetting, keyVaultKeyScope, managedHsmKeyAccessCommand, skuTier } from "../../components/dke-key-service";
import { ComponentArgumentError } from "../../components/shared";
import { resourceMessages } from "../helpers/evaluate";
import { resource } from "../helpers/facts";
import { componentUrn, sortedChildren } from "../helpers/children";
import { children, expectNothingRegistered, findRecorded, recorded, resetRecorded, setRecordingMocks, settled, unwrap } from "../helpers/mocks";

const COMPONENT = "data-boundary:index:DkeKeyService";
const PLAN = "azure-native:web:AppServicePlan";
const SITE = "azure-native:web:WebApp";
const LOCK = "azure-native:authorization:ManagementLockByScope";
const ROLE = "azure-native:authorization:RoleAssignment";
const DIAG = "azure-native:monitor:DiagnosticSetting";
const TENANT = "44444444-4444-4444-4444-444444444444";
const PARTNER_TENANT = "45454545-4545-4545-4545-454545454545";
const PRINCIPAL = "99999999-9999-9999-9999-999999999999";
const SUB = "/subscriptions/00000000-0000-0000-0000-000000000001";
const LAW = `${SUB}/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law`;
const VAULT_ID = `${SUB}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-dke`;
const UAI = `${SUB}/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-dke`;
const HSM_KEY = "https://contoso-hsm.managedhsm.azure.net/keys/dke";
const VAULT_KEY = "https://kv-dke.vault.azure.net/keys/dke-kv";
const IMAGE = "contosoacr.azurecr.io/dke-service:1.4.2";
const PACKAGE = "https://stdkeartefacts.blob.core.windows.net/releases/dke-1.4.2.zip";
const KEY_VAULT_CRYPTO_USER = "12338af0-0e69-4776-bea7-57ae8d297424";
const CH = resolveBoundary({ preset: "ch" });

/** The web app defaults azure-native adds to the inputs. */
const SDK_WEB_APP_DEFAULTS = { hyperV: false, isXenon: false, scmSiteAlsoStopped: false };
/** The siteConfig defaults azure-native adds (`siteConfigArgsProvideDefaults`). */
const SDK_SITE_DEFAULTS = { localMySqlEnabled: false, netFrameworkVersion: "v4.6" };
/** What every web app's siteConfig sets. */
const HARDENED = { alwaysOn: true, http20Enabled: true, minTlsVersion: "1.2", scmMinTlsVersion: "1.2", ftpsState: "Disabled", remoteDebuggingEnabled: false };
/** The sample's JWT settings and the tenant's issuer. */
const JWT = [
  { name: "JwtAudience", value: "https://aadrm.com" },
  { name: "JwtAuthorization", value: "https://login.windows.net/common/oauth2/authorize" },
  { name: "AzureAd__TokenValidationParameters__ValidIssuers__0", value: `https://sts.windows.net/${TENANT}/` },
];

beforeAll(async () => {
  pulumi.runtime.setAllConfig({ "data-boundary:preset": "ch" });
  await setRecordingMocks({
    // The provider computes the default host name and the identity's principal id.
    outputs: (a) =>
      a.type === SITE ? { defaultHostName: `${a.inputs.name ?? a.name}.azurewebsites.net`, identity: { ...a.inputs.identity, principalId: PRINCIPAL } } : undefined,
  });
});
beforeEach(() => resetRecorded());

const minimal = (extra: Partial<DkeKeyServiceArgs> = {}): DkeKeyServiceArgs => ({
  resourceGroupName: "rg",
  location: "switzerlandnorth",
  containerImage: IMAGE,
  key: { name: "dke", store: "managedHsm", keyId: HSM_KEY, location: "switzerlandnorth" },
  allowedTenantIds: [TENANT],
  authorizedEmailAddresses: ["alice@contoso.com"],
  ...extra,
});

function expectPackPasses(): void {
  for (const child of children()) expect(resourceMessages(resource(child.type, child.name, child.inputs), CH)).toEqual([]);
}

describe("DkeKeyService", () => {
  it("defaults: a zone-redundant Linux P1v3 plan and an HTTPS-only web app running the container, keyed to a Managed HSM key", async () => {
    const dke = new DkeKeyService("dke", minimal());
    await settled();
    expect(recorded.map((r) => [r.type, r.name])).toEqual([[COMPONENT, "dke"], [PLAN, "dke-plan"], [SITE, "dke"]]);
    expect(children().every((c) => c.parent === componentUrn(COMPONENT, "dke"))).toBe(true);
    expect(findRecorded(PLAN, "dke-plan").inputs).toEqual({
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      kind: "linux",
      reserved: true,
      sku: { name: "P1v3", tier: "PremiumV3", capacity: 3 },
      zoneRedundant: true,
    });
    expect(findRecorded(SITE, "dke").inputs).toEqual({
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      kind: "app,linux,container",
      reserved: true,
      httpsOnly: true,
      clientAffinityEnabled: false,
      ...SDK_WEB_APP_DEFAULTS,
      publicNetworkAccess: "Enabled",
      identity: { type: "SystemAssigned" },
      serverFarmId: "/mock/AppServicePlan/dke-plan",
      siteConfig: {
        ...SDK_SITE_DEFAULTS,
        ...HARDENED,
        linuxFxVersion: `DOCKER|${IMAGE}`,
        acrUseManagedIdentityCreds: false,
        appSettings: [
          ...JWT,
          { name: "DkeKey__Name", value: "dke" },
          { name: "DkeKey__KeyUri", value: HSM_KEY },
          { name: "DkeKey__KeyStore", value: "managedHsm" },
          { name: "DkeKey__AuthorizedEmailAddress__0", value: "alice@contoso.com" },
        ],
      },
    });
    expectPackPasses();
    expect(await unwrap(dke.name)).toBe("dke");
    expect(await unwrap(dke.resourceId)).toBe("/mock/WebApp/dke");
    expect(await unwrap(dke.planResourceId)).toBe("/mock/AppServicePlan/dke-plan");
    expect(await unwrap(dke.endpoint)).toBe("https://dke.azurewebsites.net/dke");
    expect(await unwrap(dke.systemAssignedMIPrincipalId)).toBe(PRINCIPAL);
    expect(await unwrap(dke.keyAccessCommand)).toBe(
      `az keyvault role assignment create --hsm-name contoso-hsm --role "Managed HSM Crypto User" --assignee-object-id ${PRINCIPAL} --assignee-principal-type ServicePrincipal --scope /keys/dke`,
    );
  });

  it("defaults in a region without availability zones: no zone redundancy, two instances", async () => {
    new DkeKeyService("dke-west", minimal({ location: "switzerlandwest", key: { name: "dke", store: "managedHsm", keyId: HSM_KEY, location: "switzerlandwest" } }));
    await settled();
    expect(findRecorded(PLAN, "dke-west-plan").inputs).toMatchObject({ location: "switzerlandwest", sku: { name: "P1v3", tier: "PremiumV3", capacity: 2 }, zoneRedundant: false });
    expectPackPasses();
  });

  it("waf-aligned: a package, a Key Vault Premium key with Key Vault Crypto User on the key, diagnostics and a lock", async () => {
    const dke = new DkeKeyService("dke-waf", {
      ...minimal({ containerImage: undefined }),
      packageUrl: PACKAGE,
      key: { name: "dke", store: "keyVault", keyId: VAULT_KEY, keyVaultResourceId: VAULT_ID, location: "switzerlandnorth" },
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "switzerlandnorth" }],
      lock: { kind: "CanNotDelete" },
    });
    await settled();
    expect(sortedChildren()).toEqual([
      [LOCK, "dke-waf-lock"], [ROLE, "dke-waf-key-access"], [DIAG, "dke-waf-diag-0"], [PLAN, "dke-waf-plan"], [SITE, "dke-waf"],
    ]);
    expect(recorded[recorded.length - 1]).toMatchObject({ type: LOCK, name: "dke-waf-lock" });
    const site = findRecorded(SITE, "dke-waf").inputs;
    expect(site.kind).toBe("app,linux");
    expect(site.siteConfig).toEqual({
      ...SDK_SITE_DEFAULTS,
      ...HARDENED,
      linuxFxVersion: "DOTNETCORE|8.0",
      appSettings: [
        ...JWT,
        { name: "DkeKey__Name", value: "dke" },
        { name: "DkeKey__KeyUri", value: VAULT_KEY },
        { name: "DkeKey__KeyStore", value: "keyVault" },
        { name: "DkeKey__AuthorizedEmailAddress__0", value: "alice@contoso.com" },
        { name: "WEBSITE_RUN_FROM_PACKAGE", value: PACKAGE },
      ],
    });
    expect(findRecorded(ROLE, "dke-waf-key-access").inputs).toEqual({
      scope: `${VAULT_ID}/keys/dke-kv`,
      principalId: PRINCIPAL,
      principalType: "ServicePrincipal",
      description: "DKE key service 'dke-waf': use key dke",
      roleDefinitionId: `${SUB}/providers/Microsoft.Authorization/roleDefinitions/${KEY_VAULT_CRYPTO_USER}`,
      roleAssignmentName: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    });
    expect(findRecorded(DIAG, "dke-waf-diag-0").inputs).toEqual({
      resourceUri: "/mock/WebApp/dke-waf",
      name: "dke-waf-diagnosticSettings",
      workspaceId: LAW,
      logs: [{ categoryGroup: "allLogs", enabled: true }],
      metrics: [{ category: "AllMetrics", enabled: true }],
    });
    expect(findRecorded(LOCK, "dke-waf-lock").inputs).toMatchObject({ scope: "/mock/WebApp/dke-waf", level: "CanNotDelete" });
    expect(await unwrap(dke.keyAccessCommand)).toBeUndefined();
    expectPackPasses();
  });

  it("max: every option: names, SKU, six instances, private access, user-assigned identity, groups, two tenants, extra settings, roles", async () => {
    const dke = new DkeKeyService("dke-max", {
      ...minimal({ authorizedEmailAddresses: undefined }),
      containerRegistryManagedIdentity: true,
      siteName: "contoso-dke",
      planName: "contoso-dke-plan",
      tags: { env: "prod" },
      skuName: "P2v3",
      zoneRedundant: true,
      instanceCount: 6,
      publicNetworkAccess: "Disabled",
      managedIdentities: { userAssignedResourceIds: [UAI] },
      allowedTenantIds: [TENANT, PARTNER_TENANT],
      authorizedRoles: ["DKE-Readers", "Legal"],
      ldapPath: "DC=contoso,DC=com",
      appSettings: { ASPNETCORE_ENVIRONMENT: "Production" },
      roleAssignments: [{ roleDefinitionIdOrName: "Reader", principalId: "55555555-5555-5555-5555-555555555555", principalType: "Group" }],
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "switzerlandnorth", logCategoriesAndGroups: [{ category: "AppServiceHTTPLogs" }] }],
      lock: { kind: "ReadOnly" },
    });
    await settled();
    expect(sortedChildren()).toEqual([
      [LOCK, "dke-max-lock"], [ROLE, "dke-max-role-0"], [DIAG, "dke-max-diag-0"], [PLAN, "dke-max-plan"], [SITE, "dke-max"],
    ]);
    expect(findRecorded(PLAN, "dke-max-plan").inputs).toEqual({
      resourceGroupName: "rg",
      name: "contoso-dke-plan",
      location: "switzerlandnorth",
      tags: { env: "prod" },
      kind: "linux",
      reserved: true,
      sku: { name: "P2v3", tier: "PremiumV3", capacity: 6 },
      zoneRedundant: true,
    });
    expect(findRecorded(SITE, "dke-max").inputs).toEqual({
      resourceGroupName: "rg",
      name: "contoso-dke",
      location: "switzerlandnorth",
      tags: { env: "prod" },
      kind: "app,linux,container",
      reserved: true,
      httpsOnly: true,
      clientAffinityEnabled: false,
      ...SDK_WEB_APP_DEFAULTS,
      publicNetworkAccess: "Disabled",
      identity: { type: "SystemAssigned, UserAssigned", userAssignedIdentities: [UAI] },
      serverFarmId: "/mock/AppServicePlan/dke-max-plan",
      siteConfig: {
        ...SDK_SITE_DEFAULTS,
        ...HARDENED,
        linuxFxVersion: `DOCKER|${IMAGE}`,
        acrUseManagedIdentityCreds: true,
        appSettings: [
          ...JWT,
          { name: "AzureAd__TokenValidationParameters__ValidIssuers__1", value: `https://sts.windows.net/${PARTNER_TENANT}/` },
          { name: "RoleAuthorizer__LDAPPath", value: "DC=contoso,DC=com" },
          { name: "DkeKey__Name", value: "dke" },
          { name: "DkeKey__KeyUri", value: HSM_KEY },
          { name: "DkeKey__KeyStore", value: "managedHsm" },
          { name: "DkeKey__AuthorizedRoles__0", value: "DKE-Readers" },
          { name: "DkeKey__AuthorizedRoles__1", value: "Legal" },
          { name: "ASPNETCORE_ENVIRONMENT", value: "Production" },
        ],
      },
    });
    expect(findRecorded(ROLE, "dke-max-role-0").inputs).toMatchObject({ scope: "/mock/WebApp/dke-max", principalType: "Group" });
    expect(findRecorded(DIAG, "dke-max-diag-0").inputs.logs).toEqual([{ category: "AppServiceHTTPLogs", enabled: true }]);
    expect(findRecorded(LOCK, "dke-max-lock").inputs).toMatchObject({ level: "ReadOnly", lockName: "lock-dke-max" });
    expect(recorded[recorded.length - 1]).toMatchObject({ type: LOCK, name: "dke-max-lock" });
    expect(await unwrap(dke.endpoint)).toBe("https://contoso-dke.azurewebsites.net/dke");
    expectPackPasses();
  });

  it("throws with the pack's wording for a plan outside the boundary, before any zone or SKU check", async () => {
    await expectNothingRegistered(
      () => new DkeKeyService("dke-us", minimal({ location: "eastus", zoneRedundant: true })),
      new BoundaryViolationError([
        "App service plan 'dke-us-plan' is located in eastus (United States) through location eastus, outside Switzerland. Set location to a region inside the boundary, such as switzerlandnorth.",
      ]),
    );
  });

  it("refuses a key held outside the boundary, in the pack's message template", async () => {
    await expectNothingRegistered(
      () => new DkeKeyService("dke-key", minimal({ key: { name: "dke", store: "managedHsm", keyId: HSM_KEY, location: "eastus" } })),
      new BoundaryViolationError([
        "Web app 'dke-key' uses a key held in eastus (United States) through key.location eastus, outside Switzerland. Keep the key in a Managed HSM or Key Vault in a region inside the boundary, such as switzerlandnorth.",
      ]),
    );
  });

  it("refuses a diagnostic target outside the boundary", async () => {
    await expectNothingRegistered(
      () => new DkeKeyService("dke-diag", minimal({ diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "westeurope" }] })),
      new BoundaryViolationError([
        "Diagnostic setting 'dke-diag-diagnosticSettings' sends logs to westeurope (Netherlands) through targetLocation westeurope, outside Switzerland. Send diagnostics to a Log Analytics workspace, storage account or event hub in a region inside the boundary, such as switzerlandnorth.",
      ]),
    );
  });

  const hsmKey = { name: "dke", store: "managedHsm" as const, keyId: HSM_KEY, location: "switzerlandnorth" };
  it.each([
    [{ containerImage: undefined }, "has neither containerImage nor packageUrl; set exactly one: the key service is your own deployment artefact."],
    [{ packageUrl: PACKAGE }, "has both containerImage and packageUrl; set exactly one: the key service is your own deployment artefact."],
    [{ containerImage: `DOCKER|${IMAGE}` }, `has containerImage "DOCKER|${IMAGE}"; give the image reference alone (<registry>/<repository>:<tag>), without DOCKER| or spaces.`],
    [{ runtimeStack: "DOTNETCORE|8.0" }, "sets runtimeStack with containerImage; runtimeStack applies only to packageUrl."],
    [{ containerImage: undefined, packageUrl: PACKAGE, containerRegistryManagedIdentity: true }, "sets containerRegistryManagedIdentity with packageUrl; it applies only to containerImage."],
    [{ key: { ...hsmKey, name: "dke/v1" } }, `has key name "dke/v1"; use 1-127 letters, digits and hyphens (it is the last segment of the key URL).`],
    [{ key: { ...hsmKey, keyId: VAULT_KEY } }, `has keyId ${VAULT_KEY}, which is not a managedHsm key identifier; expected https://<name>.managedhsm.azure.net/keys/<key>.`],
    [{ key: { ...hsmKey, store: "keyVault" as const, keyId: VAULT_KEY } }, "has a keyVault key without keyVaultResourceId; set it to the vault's resource id so that the web app's identity gets Key Vault Crypto User on the key."],
    [{ key: { ...hsmKey, keyVaultResourceId: VAULT_ID } }, "sets keyVaultResourceId for a managedHsm key; Managed HSM key access is a local role assignment (see keyAccessCommand), so drop it."],
    [{ key: { ...hsmKey, location: "" } }, "has no key.location; set it to the region of the Managed HSM or Key Vault, so that a key outside the boundary is refused."],
    [{ allowedTenantIds: [] }, "has no allowedTenantIds; list the Entra tenant ids whose users may use the key."],
    [{ allowedTenantIds: ["contoso.onmicrosoft.com"] }, `lists allowed tenant "contoso.onmicrosoft.com", which is not a tenant id (a GUID).`],
    [{ authorizedRoles: ["Legal"], ldapPath: "DC=contoso,DC=com" }, "has both authorizedEmailAddresses and authorizedRoles; set exactly one (the key service authorizes a key by users or by groups, not both)."],
    [{ authorizedEmailAddresses: [] }, "has neither authorizedEmailAddresses nor authorizedRoles; set exactly one (the key service authorizes a key by users or by groups, not both)."],
    [{ authorizedEmailAddresses: ["alice"] }, `lists authorized email address "alice", which is not an email address.`],
    [{ authorizedEmailAddresses: undefined, authorizedRoles: ["Legal"] }, "has authorizedRoles without ldapPath; set ldapPath to the LDAP path where the role authorizer looks up group membership."],
    [{ ldapPath: "DC=contoso,DC=com" }, "sets ldapPath without authorizedRoles; it is used only for group authorization."],
    [{ appSettings: { TestKeys__0__PrivatePem: "MIIE..." } }, "sets app setting TestKeys__0__PrivatePem: a private key never goes into app settings; keep the key in the Managed HSM or Key Vault."],
    [{ appSettings: { jwtaudience: "api://other" } }, "sets app setting jwtaudience, which the component sets itself; use the matching input instead."],
    [{ appSettings: { DkeKey__AuthorizedEmailAddress__5: "mallory@contoso.com" } }, "sets app setting DkeKey__AuthorizedEmailAddress__5, which the component sets itself; use the matching input instead."],
    [{ skuName: "F1" }, "has skuName F1; expected a Basic, Standard or Premium v2/v3 SKU such as P1v3."],
    [
      { location: "switzerlandwest", zoneRedundant: true, key: { ...hsmKey, location: "switzerlandwest" } },
      "asks for zoneRedundant in switzerlandwest, a region without availability zones; set zoneRedundant to false there.",
    ],
    [{ skuName: "S1", zoneRedundant: true }, "asks for zoneRedundant with skuName S1; zone redundancy needs a Premium v2 or v3 SKU such as P1v3."],
    [{ instanceCount: 2 }, "has instanceCount 2 with zone redundancy, which needs at least 3 instances (one per zone)."],
    [{ instanceCount: 0, zoneRedundant: false }, "has instanceCount 0; it must be a whole number of at least 1."],
    [{ managedIdentities: { systemAssigned: false } }, "sets managedIdentities.systemAssigned to false; the key service reads its key with its system-assigned identity, which is always on."],
  ])("throws for inconsistent options %#", async (extra, problem) => {
    await expectNothingRegistered(
      () => new DkeKeyService("dke-bad", minimal(extra as Partial<DkeKeyServiceArgs>)),
      new ComponentArgumentError(`DkeKeyService 'dke-bad' ${problem}`),
    );
  });
});

describe("DkeKeyService helpers", () => {
  it("scopes the Key Vault role to the key, or to the vault when the key id names no key", () => {
    expect(keyVaultKeyScope(VAULT_ID, VAULT_KEY)).toBe(`${VAULT_ID}/keys/dke-kv`);
    expect(keyVaultKeyScope(VAULT_ID, `${VAULT_KEY}/0123456789abcdef0123456789abcdef`)).toBe(`${VAULT_ID}/keys/dke-kv`);
    expect(keyVaultKeyScope(VAULT_ID, "https://kv-dke.vault.azure.net/")).toBe(VAULT_ID);
  });

  it("writes the Managed HSM command with placeholders when the key id is not a Managed HSM key", () => {
    expect(managedHsmKeyAccessCommand("not-a-key", PRINCIPAL)).toBe(
      `az keyvault role assignment create --hsm-name <hsm-name> --role "Managed HSM Crypto User" --assignee-object-id ${PRINCIPAL} --assignee-principal-type ServicePrincipal --scope /keys/<key-name>`,
    );
  });

  it("knows the plan tiers it offers and the settings it owns", () => {
    expect(["P0v3", "P1mv3", "P2v2", "S1", "B2", "F1", "Y1"].map(skuTier)).toEqual(["PremiumV3", "PremiumMV3", "PremiumV2", "Standard", "Basic", undefined, undefined]);
    expect(["JwtAudience", "azuread__tokenvalidationparameters__validissuers__3", "DkeKey__Anything", "WEBSITE_RUN_FROM_PACKAGE"].every(isComponentSetting)).toBe(true);
    expect(["ASPNETCORE_ENVIRONMENT", "AzureAd__ClientId", "Logging__LogLevel__Default"].some(isComponentSetting)).toBe(false);
  });
});
