import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveBoundary } from "../../policy-pack/engine";
import { AiServicesAccount, AiServicesAccountArgs } from "../../components/ai-services/ai-services-account";
import { BoundaryViolationError } from "../../components/boundary";
import { ComponentArgumentError } from "../../components/shared/errors";
import { resourceMessages } from "../helpers/evaluate";
import { resource } from "../helpers/facts";
import { children, findRecorded, recorded, resetRecorded, setRecordingMocks, settled, thrownBy, unwrap } from "../helpers/mocks";

const ACCOUNT = "azure-native:cognitiveservices:Account";
const DEPLOYMENT = "azure-native:cognitiveservices:Deployment";
const COMPONENT_URN = (name: string) => `urn:pulumi:stack::project::data-boundary:index:AiServicesAccount::${name}`;
const EUDB = resolveBoundary({});
const CH = resolveBoundary({ preset: "ch" });
const DE = resolveBoundary({ preset: "de" });
const LAW = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";
const UAI = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/cmk";

// No stack config in this file: the boundary is the default, eudb, unless a test passes one.
beforeAll(async () => setRecordingMocks());
beforeEach(() => resetRecorded());

async function build(name: string, args: AiServicesAccountArgs): Promise<AiServicesAccount> {
  const account = new AiServicesAccount(name, args);
  await settled();
  return account;
}

/** Child types and names, sorted: registrations reach the mocks in no fixed order. */
function childList(): [string, string][] {
  return children().map((c): [string, string] => [c.type, c.name]).sort((a, b) => a[1].localeCompare(b[1]));
}

function expectPackPasses(boundary = EUDB): void {
  for (const child of children()) expect(resourceMessages(resource(child.type, child.name, child.inputs), boundary)).toEqual([]);
}

describe("AiServicesAccount", () => {
  it("defaults: private, key-less OpenAI account; a DataZoneStandard deployment in an EU region under eudb", async () => {
    const account = await build("ai", {
      resourceGroupName: "rg",
      location: "swedencentral",
      deployments: [{ name: "chat", model: { name: "gpt-4o", version: "2024-11-20" } }],
    });
    expect(recorded.map((r) => [r.type, r.name])).toEqual([
      ["data-boundary:index:AiServicesAccount", "ai"],
      [ACCOUNT, "ai"],
      [DEPLOYMENT, "ai-chat"],
    ]);
    expect(children().every((c) => c.parent === COMPONENT_URN("ai"))).toBe(true);
    expect(findRecorded(ACCOUNT, "ai").inputs).toEqual({
      resourceGroupName: "rg",
      location: "swedencentral",
      kind: "OpenAI",
      sku: { name: "S0" },
      properties: {
        customSubDomainName: "ai",
        publicNetworkAccess: "Disabled",
        networkAcls: { defaultAction: "Deny" },
        disableLocalAuth: true,
        restrictOutboundNetworkAccess: true,
      },
    });
    expect(findRecorded(DEPLOYMENT, "ai-chat").inputs).toEqual({
      resourceGroupName: "rg",
      accountName: "ai",
      deploymentName: "chat",
      sku: { name: "DataZoneStandard" },
      properties: { model: { format: "OpenAI", name: "gpt-4o", version: "2024-11-20" } },
    });
    expect(await unwrap(account.name)).toBe("ai");
    expect(await unwrap(account.resourceId)).toBe("/mock/Account/ai");
    expect(await unwrap(account.systemAssignedMIPrincipalId)).toBeUndefined();
    expect(account.deployments).toHaveLength(1);
    expect(account.deploymentNames).toEqual(["chat"]);
    expect(await unwrap(account.deploymentResourceIds)).toEqual(["/mock/Deployment/ai-chat"]);
    expectPackPasses();
  });

  it("defaults under a single-country boundary: Standard", async () => {
    await build("ai", { resourceGroupName: "rg", location: "germanywestcentral", boundary: "de", deployments: [{ name: "chat", model: { name: "gpt-4o" } }] });
    expect(findRecorded(DEPLOYMENT, "ai-chat").inputs.sku).toEqual({ name: "Standard" });
    expectPackPasses(DE);
  });

  it("waf-aligned: system identity, diagnostics, delete lock, provisioned deployment spilling over to DataZoneStandard", async () => {
    const account = await build("ai", {
      resourceGroupName: "rg",
      location: "germanywestcentral",
      tags: { env: "prod" },
      managedIdentities: { systemAssigned: true },
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "germanywestcentral" }],
      lock: { kind: "CanNotDelete" },
      deployments: [
        { name: "chat", model: { name: "gpt-4o", version: "2024-11-20" }, skuName: "ProvisionedManaged", capacity: 50, spilloverDeploymentName: "chat-paygo", versionUpgradeOption: "NoAutoUpgrade" },
        { name: "chat-paygo", model: { name: "gpt-4o", version: "2024-11-20" }, capacity: 30 },
      ],
    });
    expect(childList()).toEqual([
      [ACCOUNT, "ai"],
      [DEPLOYMENT, "ai-chat"],
      [DEPLOYMENT, "ai-chat-paygo"],
      ["azure-native:monitor:DiagnosticSetting", "ai-diag-0"],
      ["azure-native:authorization:ManagementLockByScope", "ai-lock"],
    ]);
    expect(findRecorded(ACCOUNT, "ai").inputs.identity).toEqual({ type: "SystemAssigned" });
    expect(findRecorded(ACCOUNT, "ai").inputs.tags).toEqual({ env: "prod" });
    expect(findRecorded(DEPLOYMENT, "ai-chat").inputs).toEqual({
      resourceGroupName: "rg",
      accountName: "ai",
      deploymentName: "chat",
      sku: { name: "ProvisionedManaged", capacity: 50 },
      properties: {
        model: { format: "OpenAI", name: "gpt-4o", version: "2024-11-20" },
        versionUpgradeOption: "NoAutoUpgrade",
        spilloverDeploymentName: "chat-paygo",
      },
      tags: { env: "prod" },
    });
    expect(findRecorded(DEPLOYMENT, "ai-chat-paygo").inputs.sku).toEqual({ name: "DataZoneStandard", capacity: 30 });
    expect(findRecorded("azure-native:monitor:DiagnosticSetting", "ai-diag-0").inputs).toEqual({
      resourceUri: "/mock/Account/ai",
      name: "ai-diagnosticSettings",
      workspaceId: LAW,
      logs: [{ categoryGroup: "allLogs", enabled: true }],
      metrics: [{ category: "AllMetrics", enabled: true }],
    });
    expect(findRecorded("azure-native:authorization:ManagementLockByScope", "ai-lock").inputs).toEqual({
      scope: "/mock/Account/ai",
      level: "CanNotDelete",
      lockName: "lock-ai",
      notes: "Cannot delete resource or child resources.",
    });
    expect(account.deployments).toHaveLength(2);
    expect(account.deploymentNames).toHaveLength(2);
    expectPackPasses();
  });

  it("max: AIServices kind, every interface, customer-managed key with a user-assigned identity, under ch", async () => {
    await build("ai", {
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      boundary: "ch",
      kind: "AIServices",
      skuName: "S0",
      customSubDomainName: "contoso-ai",
      publicNetworkAccess: "Enabled",
      networkAcls: { defaultAction: "Deny", ipRules: [{ value: "203.0.113.0/24" }] },
      disableLocalAuth: true,
      restrictOutboundNetworkAccess: true,
      allowedFqdnList: ["contoso.blob.core.windows.net"],
      tags: { env: "prod" },
      managedIdentities: { systemAssigned: true },
      customerManagedKey: {
        keyVaultResourceId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv",
        keyVaultUri: "https://kv.vault.azure.net/",
        keyName: "cmk",
        keyVersion: "0123",
        userAssignedIdentityResourceId: UAI,
        userAssignedIdentityClientId: "11111111-1111-1111-1111-111111111111",
      },
      roleAssignments: [{ roleDefinitionIdOrName: "Cognitive Services OpenAI User", principalId: "22222222-2222-2222-2222-222222222222", principalType: "Group" }],
      diagnosticSettings: [{ name: "to-law", workspaceResourceId: LAW, targetLocation: "switzerlandnorth", logCategoriesAndGroups: [{ categoryGroup: "audit" }], metricCategories: [] }],
      lock: { kind: "ReadOnly", name: "freeze", notes: "Frozen for audit." },
      deployments: [
        { name: "chat", model: { name: "gpt-4o", version: "2024-11-20" }, capacity: 10, raiPolicyName: "strict" },
        { name: "embed", model: { name: "text-embedding-3-large", format: "OpenAI" }, skuName: "standard" },
      ],
    });
    expect(childList()).toEqual([
      [ACCOUNT, "ai"],
      [DEPLOYMENT, "ai-chat"],
      ["azure-native:monitor:DiagnosticSetting", "ai-diag-0"],
      [DEPLOYMENT, "ai-embed"],
      ["azure-native:authorization:ManagementLockByScope", "ai-lock"],
      ["azure-native:authorization:RoleAssignment", "ai-role-0"],
    ]);
    expect(findRecorded(ACCOUNT, "ai").inputs).toEqual({
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      kind: "AIServices",
      sku: { name: "S0" },
      identity: { type: "SystemAssigned, UserAssigned", userAssignedIdentities: [UAI] },
      properties: {
        customSubDomainName: "contoso-ai",
        publicNetworkAccess: "Enabled",
        networkAcls: { defaultAction: "Deny", ipRules: [{ value: "203.0.113.0/24" }] },
        disableLocalAuth: true,
        restrictOutboundNetworkAccess: true,
        allowedFqdnList: ["contoso.blob.core.windows.net"],
        encryption: {
          keySource: "Microsoft.KeyVault",
          keyVaultProperties: { keyVaultUri: "https://kv.vault.azure.net/", keyName: "cmk", keyVersion: "0123", identityClientId: "11111111-1111-1111-1111-111111111111" },
        },
      },
      tags: { env: "prod" },
    });
    expect(findRecorded(DEPLOYMENT, "ai-chat").inputs.sku).toEqual({ name: "Standard", capacity: 10 });
    expect(findRecorded(DEPLOYMENT, "ai-chat").inputs.properties.raiPolicyName).toBe("strict");
    expect(findRecorded(DEPLOYMENT, "ai-embed").inputs.sku).toEqual({ name: "Standard" });
    expect(findRecorded("azure-native:authorization:RoleAssignment", "ai-role-0").inputs).toEqual({
      scope: "/mock/Account/ai",
      principalId: "22222222-2222-2222-2222-222222222222",
      principalType: "Group",
      roleDefinitionId: "/providers/Microsoft.Authorization/roleDefinitions/5e0bd9bd-7b93-4f28-af87-19fc36ad61bd",
      roleAssignmentName: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    });
    expect(findRecorded("azure-native:monitor:DiagnosticSetting", "ai-diag-0").inputs).toEqual({
      resourceUri: "/mock/Account/ai",
      name: "to-law",
      workspaceId: LAW,
      logs: [{ categoryGroup: "audit", enabled: true }],
      metrics: [],
    });
    expect(findRecorded("azure-native:authorization:ManagementLockByScope", "ai-lock").inputs).toEqual({
      scope: "/mock/Account/ai",
      level: "ReadOnly",
      lockName: "freeze",
      notes: "Frozen for audit.",
    });
    expectPackPasses(CH);
  });

  it("customer-managed key without a user-assigned identity turns on the system-assigned identity", async () => {
    await build("ai", {
      resourceGroupName: "rg",
      location: "westeurope",
      customerManagedKey: { keyVaultResourceId: "kv-id", keyVaultUri: "https://kv.vault.azure.net/", keyName: "cmk" },
    });
    const inputs = findRecorded(ACCOUNT, "ai").inputs;
    expect(inputs.identity).toEqual({ type: "SystemAssigned" });
    expect(inputs.properties.encryption).toEqual({ keySource: "Microsoft.KeyVault", keyVaultProperties: { keyVaultUri: "https://kv.vault.azure.net/", keyName: "cmk" } });
  });

  describe("construction errors register nothing", () => {
    const base = { resourceGroupName: "rg", location: "swedencentral" };
    const chat = (skuName?: string) => ({ name: "chat", model: { name: "gpt-4o" }, skuName });
    const cases: [string, AiServicesAccountArgs, Function, string][] = [
      [
        "GlobalStandard",
        { ...base, deployments: [chat("GlobalStandard")] },
        BoundaryViolationError,
        "AI model deployment 'bad-chat' processes prompts and responses in any geography where the model is deployed through sku.name GlobalStandard, outside the EU Data Boundary (EU + EFTA). Use sku.name DataZoneStandard (on an account in an EU member state) or Standard.",
      ],
      [
        "GlobalBatch (any casing) under a single country",
        { ...base, location: "germanywestcentral", boundary: "de", deployments: [chat("globalbatch")] },
        BoundaryViolationError,
        "AI model deployment 'bad-chat' processes prompts and responses in any geography where the model is deployed through sku.name GlobalBatch, outside Germany. Use sku.name Standard or ProvisionedManaged.",
      ],
      [
        "DeveloperTier",
        { ...base, deployments: [chat("DeveloperTier")] },
        BoundaryViolationError,
        "AI model deployment 'bad-chat' processes prompts and responses in any geography through sku.name DeveloperTier, which gives no data residency guarantee, outside the EU Data Boundary (EU + EFTA). Use sku.name DataZoneStandard (on an account in an EU member state) or Standard.",
      ],
      [
        "DataZone under a single EU country",
        { ...base, location: "germanywestcentral", boundary: "de", deployments: [chat("DataZoneStandard")] },
        BoundaryViolationError,
        "AI model deployment 'bad-chat' processes prompts and responses in the data zone of its account (every EU member state for an account in the EU) through sku.name DataZoneStandard, outside Germany. Use sku.name Standard or ProvisionedManaged.",
      ],
      [
        "DataZone for a Swiss account under eudb",
        { ...base, location: "switzerlandnorth", deployments: [chat("DataZoneProvisionedManaged")] },
        BoundaryViolationError,
        "AI model deployment 'bad-chat' processes prompts and responses in the data zone of an account in switzerlandnorth (Switzerland) through sku.name DataZoneProvisionedManaged, inherited from parent AI Services account 'bad', for which Microsoft documents no data zone, not proven inside the EU Data Boundary (EU + EFTA). Use sku.name Standard, or an account in an EU member state.",
      ],
      [
        "Standard under nl: the Europe geography spans the border",
        { ...base, location: "westeurope", boundary: "nl", deployments: [chat()] },
        BoundaryViolationError,
        "AI model deployment 'bad-chat' may process prompts and responses in northeurope (Ireland) through sku.name Standard, the other region of the Azure geography of its account in westeurope (Netherlands), outside the Netherlands. Use an account in a region whose Azure geography lies in one country inside the boundary, or add a reviewed exemption.",
      ],
      [
        "unknown SKU",
        { ...base, deployments: [chat("Premium")] },
        BoundaryViolationError,
        "AI model deployment 'bad-chat' processes prompts and responses in a place that cannot be proven at preview through sku.name Premium, which is not a documented deployment type, not proven inside the EU Data Boundary (EU + EFTA). Use sku.name DataZoneStandard (on an account in an EU member state) or Standard.",
      ],
      [
        "spillover to a Global deployment",
        { ...base, deployments: [{ ...chat(), spilloverDeploymentName: "glob" }, { name: "glob", model: { name: "gpt-4o" }, skuName: "GlobalStandard" }] },
        BoundaryViolationError,
        "AI model deployment 'bad-chat' spills requests over to deployment 'bad-glob', which processes prompts and responses in any geography where the model is deployed through properties.spilloverDeploymentName glob, whose sku.name is GlobalStandard, outside the EU Data Boundary (EU + EFTA). Point properties.spilloverDeploymentName at a deployment whose sku.name keeps processing inside the boundary, or remove it.\n" +
          "AI model deployment 'bad-glob' processes prompts and responses in any geography where the model is deployed through sku.name GlobalStandard, outside the EU Data Boundary (EU + EFTA). Use sku.name DataZoneStandard (on an account in an EU member state) or Standard.",
      ],
      [
        "account outside the boundary",
        { ...base, location: "eastus", deployments: [chat()] },
        BoundaryViolationError,
        "AI Services account 'bad' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
      ],
      [
        "spillover to an unknown deployment",
        { ...base, deployments: [{ ...chat(), spilloverDeploymentName: "elsewhere" }] },
        ComponentArgumentError,
        "AiServicesAccount 'bad' deployment 'chat' spills over to 'elsewhere', which is not another deployment of this account, so its type cannot be checked. Set spilloverDeploymentName to one of: (no other deployment).",
      ],
      [
        "duplicate deployment names",
        { ...base, deployments: [chat(), chat()] },
        ComponentArgumentError,
        "AiServicesAccount 'bad' has two deployments named 'chat'. Give each deployment its own name.",
      ],
      [
        "user-assigned key identity without its client id",
        { ...base, customerManagedKey: { keyVaultResourceId: "kv", keyVaultUri: "https://kv.vault.azure.net/", keyName: "k", userAssignedIdentityResourceId: UAI } },
        ComponentArgumentError,
        "AiServicesAccount 'bad' has customerManagedKey.userAssignedIdentityResourceId without userAssignedIdentityClientId. Set userAssignedIdentityClientId to that identity's client id; Cognitive Services reads the key with it.",
      ],
      [
        "diagnostics outside the boundary",
        { ...base, diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "uksouth" }] },
        BoundaryViolationError,
        "Diagnostic setting 'bad-diagnosticSettings' sends logs to uksouth (United Kingdom) through targetLocation uksouth, outside the EU Data Boundary (EU + EFTA). Send diagnostics to a Log Analytics workspace, storage account or event hub in a region inside the boundary, such as westeurope.",
      ],
    ];
    it.each(cases)("%s", async (_, args, errorType, message) => {
      const error = thrownBy(() => new AiServicesAccount("bad", args));
      expect(error).toBeInstanceOf(errorType);
      expect(error.message).toBe(message);
      await settled();
      expect(recorded).toEqual([]);
    });
  });
});
