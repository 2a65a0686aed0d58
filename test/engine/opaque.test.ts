import { describe, expect, it } from "vitest";
import { resolveBoundary } from "../../policy-pack/engine";
import { resource, UNKNOWN } from "../helpers/facts";
import { resourceMessages } from "../helpers/evaluate";

const NL = resolveBoundary({ preset: "nl" });
const OUTSIDE = "outside the EU Data Boundary (EU + EFTA)";
const NOT_PROVEN = "not proven inside the EU Data Boundary (EU + EFTA)";
const EXEMPTION_FIX = "Replace it with azure-native resources that the pack can check, or add a reviewed exemption.";

const storage = (name: string, location: unknown, extra: Record<string, unknown> = {}) =>
  ({ type: "Microsoft.Storage/storageAccounts", apiVersion: "2023-05-01", name, location, sku: { name: "Standard_LRS" }, kind: "StorageV2", ...extra });

const deployment = (properties: Record<string, unknown>) =>
  resource("resources:Deployment", "d", { resourceGroupName: "rg", properties: { mode: "Incremental", ...properties } });

describe("inline ARM templates (V35)", () => {
  it("passes template resources with literal locations inside the boundary", () => {
    expect(resourceMessages(deployment({ template: { resources: [storage("logs", "westeurope")] } }))).toEqual([]);
  });

  it("resolves a parameter to the literal value the deployment gives, and shows the expression", () => {
    const d = deployment({ parameters: { where: { value: "eastus" } }, template: { parameters: { where: { type: "string" } }, resources: [storage("logs", "[parameters('where')]")] } });
    expect(resourceMessages(d)).toEqual([
      `Deployment 'd' template resource Microsoft.Storage/storageAccounts 'logs' is located in eastus (United States) through properties.template.resources[0].location [parameters('where')], ${OUTSIDE}. Set location to a region inside the boundary, such as westeurope.`,
    ]);
  });

  it("treats any other expression as unknown and says how to make it provable", () => {
    const d = deployment({ template: { resources: [storage("logs", "[resourceGroup().location]")] } });
    expect(resourceMessages(d)).toEqual([
      `Deployment 'd' template resource Microsoft.Storage/storageAccounts 'logs' is located in a place that cannot be proven at preview through properties.template.resources[0].location [resourceGroup().location], ${NOT_PROVEN}. Set properties.template.resources[0].location to a literal region inside the boundary, such as westeurope, or to a parameter the deployment sets to one.`,
    ]);
  });

  it("uses a literal default value, unless a parameters file may override it", () => {
    const template = { parameters: { where: { type: "string", defaultValue: "westeurope" } }, resources: [storage("logs", "[parameters('where')]")] };
    expect(resourceMessages(deployment({ template }))).toEqual([]);
    expect(resourceMessages(deployment({ template, parametersLink: { uri: "https://example.com/p.json" } }))).toEqual([
      `Deployment 'd' template resource Microsoft.Storage/storageAccounts 'logs' is located in a place that cannot be proven at preview through properties.template.resources[0].location [parameters('where')], ${NOT_PROVEN}. Set properties.template.resources[0].location to a literal region inside the boundary, such as westeurope, or to a parameter the deployment sets to one.`,
    ]);
  });

  it("never proves a Key Vault parameter reference", () => {
    const d = deployment({ parameters: { where: { reference: { keyVault: { id: "/kv" }, secretName: "region" } } }, template: { resources: [storage("logs", "[parameters('where')]")] } });
    expect(resourceMessages(d)).toHaveLength(1);
    expect(resourceMessages(d)[0]).toContain("is located in a place that cannot be proven at preview");
  });

  it("applies the replication rules to template resources, properties flattened as the SDK does", () => {
    const account = { type: "Microsoft.DocumentDB/databaseAccounts", name: "orders", location: "westeurope", properties: { backupPolicy: { type: "Continuous" }, locations: [{ locationName: "westeurope" }, { locationName: "East US" }] } };
    const geo = storage("logs", "westeurope", { sku: { name: "[parameters('sku')]" } });
    const d = deployment({ parameters: { sku: { value: "Standard_GRS" } }, template: { resources: [account, geo] } });
    expect(resourceMessages(d, NL)).toEqual([
      "Deployment 'd' template resource Microsoft.DocumentDB/databaseAccounts 'orders' replicates data to eastus (United States) through properties.template.resources[0].properties.locations[1].locationName East US, outside the Netherlands. Keep every entry of locations in a region inside the boundary, such as westeurope.",
      "Deployment 'd' template resource Microsoft.Storage/storageAccounts 'logs' keeps a geo-redundant copy in northeurope (Ireland) through properties.template.resources[1].sku.name [parameters('sku')], outside the Netherlands. Use Standard_ZRS or Standard_LRS, or a location whose pair is inside the boundary.",
    ]);
  });

  it("reports a third-party resource declared in a template under its ARM type", () => {
    const d = deployment({ template: { resources: [{ type: "Microsoft.Datadog/monitors", name: "dd", location: "westeurope" }] } });
    expect(resourceMessages(d)).toEqual([
      `Deployment 'd' template resource Microsoft.Datadog/monitors 'dd' sends data to the third-party publisher Datadog (outside Azure) through properties.template.resources[0].type Microsoft.Datadog/monitors, because the monitored resources' logs and metrics are shipped to the publisher's SaaS and stored in the site it chooses, ${OUTSIDE}. Use Azure Monitor with a Log Analytics workspace inside the boundary instead, or add a reviewed exemption.`,
    ]);
  });

  it("lets children live in a parent the template creates, and fails closed on one it does not", () => {
    const parent = storage("logs", "westeurope", { resources: [{ type: "blobServices", name: "default" }] });
    const orphan = { type: "Microsoft.Storage/storageAccounts/blobServices/containers", name: "other/default/data" };
    expect(resourceMessages(deployment({ template: { resources: [parent, orphan] } }))).toEqual([
      `Deployment 'd' template resource Microsoft.Storage/storageAccounts/blobServices/containers 'other/default/data' lives in its parent, so its data is in a place that cannot be proven at preview through properties.template.resources[1].type Microsoft.Storage/storageAccounts/blobServices/containers, because its parent Microsoft.Storage/storageAccounts/blobServices is not created by this template, ${NOT_PROVEN}. Create the parent in this template or in the stack inside the boundary, or add a reviewed exemption.`,
    ]);
  });

  it("applies the rules of a type written in lower case, as ARM accepts it", () => {
    const d = deployment({ template: { resources: [{ type: "microsoft.storage/storageaccounts", name: "logs", location: "westeurope", sku: { name: "Standard_GRS" }, kind: "StorageV2" }] } });
    expect(resourceMessages(d, NL)).toEqual([
      "Deployment 'd' template resource microsoft.storage/storageaccounts 'logs' keeps a geo-redundant copy in northeurope (Ireland) through properties.template.resources[0].sku.name Standard_GRS, outside the Netherlands. Use Standard_ZRS or Standard_LRS, or a location whose pair is inside the boundary.",
    ]);
  });

  it("judges child types by their SDK type: a VM extension by its own location, a blob service in its account", () => {
    const vm = { type: "Microsoft.Compute/virtualMachines", name: "vm1", location: "westeurope", properties: {} };
    const extension = { type: "Microsoft.Compute/virtualMachines/extensions", name: "vm1/ama", location: "eastus", properties: { publisher: "Microsoft.Azure.Monitor" } };
    const blobService = { type: "Microsoft.Storage/storageAccounts/blobServices", name: "logs/default", properties: { deleteRetentionPolicy: { enabled: true, days: 7 } } };
    expect(resourceMessages(deployment({ template: { resources: [vm, extension, storage("logs", "westeurope"), blobService] } }))).toEqual([
      `Deployment 'd' template resource Microsoft.Compute/virtualMachines/extensions 'vm1/ama' is located in eastus (United States) through properties.template.resources[1].location eastus, ${OUTSIDE}. Set location to a region inside the boundary, such as westeurope.`,
    ]);
    const unplaced = { ...extension, name: "other/ama", location: undefined };
    expect(resourceMessages(deployment({ template: { resources: [unplaced] } }))).toEqual([
      `Deployment 'd' template resource Microsoft.Compute/virtualMachines/extensions 'other/ama' is located in a place that cannot be proven at preview through properties.template.resources[0].location (not set), ${NOT_PROVEN}. Set properties.template.resources[0].location to a literal region inside the boundary, such as westeurope, or to a parameter the deployment sets to one.`,
    ]);
  });

  it("passes a private DNS zone and its network link at global: both are configuration", () => {
    const zone = { type: "microsoft.network/privatednszones", name: "privatelink.vaultcore.azure.net", location: "global" };
    const link = { type: "microsoft.network/privatednszones/virtualnetworklinks", name: "privatelink.vaultcore.azure.net/hub", location: "global", properties: { registrationEnabled: false } };
    expect(resourceMessages(deployment({ template: { resources: [zone, link] } }))).toEqual([]);
  });

  it("judges a type the pack does not know on its location alone, and fails closed without one", () => {
    const d = deployment({ template: { resources: [{ type: "Contoso.Widgets/widgets", name: "w1", location: "eastus" }, { type: "Contoso.Widgets/widgets", name: "w2" }] } });
    expect(resourceMessages(d)).toEqual([
      `Deployment 'd' template resource Contoso.Widgets/widgets 'w1' is located in eastus (United States) through properties.template.resources[0].location eastus, ${OUTSIDE}. Set location to a region inside the boundary, such as westeurope.`,
      `Deployment 'd' template resource Contoso.Widgets/widgets 'w2' is located in a place that cannot be proven at preview through properties.template.resources[1].location (not set), because the pack does not know where this type keeps data without a location, ${NOT_PROVEN}. Set properties.template.resources[1].location to a literal region inside the boundary, or add a reviewed exemption.`,
    ]);
  });

  it("does not follow nested deployments and scripts, and never judges a type it cannot read", () => {
    const d = deployment({ template: { resources: [{ type: "Microsoft.Resources/deployments", name: "inner", properties: { mode: "Incremental" } }, { type: "[variables('t')]", name: "x" }, { type: "Microsoft.Storage", name: "y" }] } });
    expect(resourceMessages(d)).toEqual([
      `Deployment 'd' template resource Microsoft.Resources/deployments 'inner' deploys or runs content the pack does not follow, so its data may be in a place that cannot be proven at preview through properties.template.resources[0].type Microsoft.Resources/deployments, because nested deployments and scripts are not read, ${NOT_PROVEN}. Deploy the nested content as resources of this template or of the stack, or add a reviewed exemption.`,
      `Deployment 'd' deploys a template resource whose type cannot be read, so its data may be in a place that cannot be proven at preview through properties.template.resources[1].type [variables('t')], because the pack can only judge a literal Namespace/type, ${NOT_PROVEN}. Give the resource a literal type, or add a reviewed exemption.`,
      `Deployment 'd' deploys a template resource whose type cannot be read, so its data may be in a place that cannot be proven at preview through properties.template.resources[2].type Microsoft.Storage, because the pack can only judge a literal Namespace/type, ${NOT_PROVEN}. Give the resource a literal type, or add a reviewed exemption.`,
    ]);
  });

  it("reads languageVersion 2.0 symbolic resources and skips existing ones", () => {
    const stack = resource("resources:DeploymentStackAtSubscription", "s", {
      location: "westeurope",
      actionOnUnmanage: { resources: "delete" },
      denySettings: { mode: "none" },
      template: { languageVersion: "2.0", resources: { logs: storage("logs", "eastus"), old: { ...storage("old", "eastus"), existing: true } } },
    });
    expect(resourceMessages(stack)).toEqual([
      `Deployment stack at subscription 's' template resource Microsoft.Storage/storageAccounts 'logs' is located in eastus (United States) through template.resources.logs.location eastus, ${OUTSIDE}. Set location to a region inside the boundary, such as westeurope.`,
    ]);
  });

  it("reads a template passed as a JSON string", () => {
    const d = deployment({ template: JSON.stringify({ resources: [storage("logs", "eastus")] }) });
    expect(resourceMessages(d)).toEqual([
      `Deployment 'd' template resource Microsoft.Storage/storageAccounts 'logs' is located in eastus (United States) through properties.template.resources[0].location eastus, ${OUTSIDE}. Set location to a region inside the boundary, such as westeurope.`,
    ]);
  });

  it("fails closed on a linked, unknown or missing template", () => {
    expect(resourceMessages(deployment({ templateLink: { uri: "https://example.com/t.json?sv=2024&sig=secret" } }))).toEqual([
      `Deployment 'd' deploys a linked template, so its resources may be in a place that cannot be proven at preview through properties.templateLink.uri https://example.com/t.json?(query not shown), because a linked template is fetched only during deployment, ${NOT_PROVEN}. Inline the template so that its resources can be checked at preview, or add a reviewed exemption.`,
    ]);
    expect(resourceMessages(deployment({ template: UNKNOWN }))).toEqual([
      `Deployment 'd' deploys a template the pack cannot read, so its resources may be in a place that cannot be proven at preview through properties.template (unknown at preview), because only an inline template object can be checked, ${NOT_PROVEN}. Pass the template as a literal object, or add a reviewed exemption.`,
    ]);
    expect(resourceMessages(deployment({ template: { resources: UNKNOWN } }))).toEqual([
      `Deployment 'd' deploys template resources the pack cannot read, so they may be in a place that cannot be proven at preview through properties.template.resources (unknown at preview), because only literal template resources can be checked, ${NOT_PROVEN}. Pass the template's resources as literal values, or add a reviewed exemption.`,
    ]);
    expect(resourceMessages(deployment({}))).toEqual([
      `Deployment 'd' deploys a template the pack cannot see, so its resources may be in a place that cannot be proven at preview through properties.template (not set), ${NOT_PROVEN}. Set properties.template to the inline template, or add a reviewed exemption.`,
    ]);
  });

  it("never proves a template spec's parameters, and reads its linked artifacts", () => {
    const spec = resource("resources:TemplateSpecVersion", "v1", {
      resourceGroupName: "rg",
      templateSpecName: "spec",
      location: "westeurope",
      mainTemplate: { parameters: { where: { type: "string", defaultValue: "westeurope" } }, resources: [{ type: "Microsoft.KeyVault/vaults", name: "kv", location: "[parameters('where')]" }] },
      linkedTemplates: [{ path: "net.json", template: { resources: [storage("logs", "eastus")] } }],
    });
    expect(resourceMessages(spec)).toEqual([
      `Template spec version 'v1' template resource Microsoft.KeyVault/vaults 'kv' is located in a place that cannot be proven at preview through mainTemplate.resources[0].location [parameters('where')], ${NOT_PROVEN}. Set mainTemplate.resources[0].location to a literal region inside the boundary, such as westeurope, or to a parameter the deployment sets to one.`,
      `Template spec version 'v1' template resource Microsoft.Storage/storageAccounts 'logs' is located in eastus (United States) through linkedTemplates[0].template.resources[0].location eastus, ${OUTSIDE}. Set location to a region inside the boundary, such as westeurope.`,
    ]);
  });
});

describe("generic resources (V35)", () => {
  const generic = (props: Record<string, unknown>) =>
    resource("resources:Resource", "gen", { resourceGroupName: "rg", location: "westeurope", parentResourcePath: "", apiVersion: "2023-05-01", ...props });

  it("applies the rules of the type it stands for to its body", () => {
    const account = generic({ resourceProviderNamespace: "Microsoft.Storage", resourceType: "storageAccounts", sku: { name: "Standard_GRS" }, properties: {} });
    expect(resourceMessages(account, NL)).toEqual([
      "Resource 'gen' of type Microsoft.Storage/storageAccounts keeps a geo-redundant copy in northeurope (Ireland) through sku.name Standard_GRS, outside the Netherlands. Use Standard_ZRS or Standard_LRS, or a location whose pair is inside the boundary.",
    ]);
    const cosmos = generic({ resourceProviderNamespace: "Microsoft.DocumentDB", resourceType: "databaseAccounts", properties: { backupPolicy: { type: "Continuous" }, locations: [{ locationName: "eastus" }] } });
    expect(resourceMessages(cosmos)).toEqual([
      `Resource 'gen' of type Microsoft.DocumentDB/databaseAccounts replicates data to eastus (United States) through properties.locations[0].locationName eastus, ${OUTSIDE}. Keep every entry of locations in a region inside the boundary, such as westeurope.`,
    ]);
  });

  it("fails closed on a body whose properties cannot be read", () => {
    const cosmos = generic({ resourceProviderNamespace: "Microsoft.DocumentDB", resourceType: "databaseAccounts", properties: UNKNOWN });
    expect(resourceMessages(cosmos).filter((m) => m.includes("settings"))).toEqual([
      `Resource 'gen' of type Microsoft.DocumentDB/databaseAccounts has settings that cannot be read at preview, so its data may be in a place that cannot be proven at preview through properties (unknown at preview), because the rules for its type cannot run, ${NOT_PROVEN}. Set properties to literal values, or add a reviewed exemption.`,
    ]);
  });

  it("leaves a type the pack does not know to the location policy", () => {
    expect(resourceMessages(generic({ resourceProviderNamespace: "Contoso.Widgets", resourceType: "widgets", location: "eastus" }))).toEqual([
      `Resource 'gen' is located in eastus (United States) through location eastus, ${OUTSIDE}. Set location to a region inside the boundary, such as westeurope.`,
    ]);
  });

  it("fails closed when its type cannot be read", () => {
    expect(resourceMessages(generic({ resourceProviderNamespace: UNKNOWN, resourceType: "storageAccounts" }))).toEqual([
      `Resource 'gen' is a generic resource whose type cannot be read, so the rules for its data cannot run and its data may be in a place that cannot be proven at preview through resourceType (unknown at preview), ${NOT_PROVEN}. Set resourceProviderNamespace and resourceType to literal values, or use the typed azure-native resource.`,
    ]);
  });
});

describe("deployment scripts and commands (V35)", () => {
  const script = { resourceGroupName: "rg", location: "westeurope", retentionInterval: "P1D" };

  it("never proves a deployment script, and never shows its inline content", () => {
    const cli = resource("resources:AzureCliScript", "seed", { ...script, kind: "AzureCLI", azCliVersion: "2.52.0", scriptContent: "az storage account create -l eastus" });
    const pwsh = resource("resources:AzurePowerShellScript", "seed", { ...script, kind: "AzurePowerShell", azPowerShellVersion: "10.0", primaryScriptUri: "https://example.com/seed.ps1" });
    expect([...resourceMessages(cli), ...resourceMessages(pwsh)]).toEqual([
      `Azure CLI deployment script 'seed' runs a script that can create resources or send data anywhere, so its data may be in a place that cannot be proven at preview through scriptContent (inline script, not shown), ${NOT_PROVEN}. ${EXEMPTION_FIX}`,
      `Azure PowerShell deployment script 'seed' runs a script that can create resources or send data anywhere, so its data may be in a place that cannot be proven at preview through primaryScriptUri https://example.com/seed.ps1, ${NOT_PROVEN}. ${EXEMPTION_FIX}`,
    ]);
  });

  it("reports a local or remote command that calls az, or that cannot be read", () => {
    const local = resource("command:local:Command", "seed", { create: "set -e; az storage account create -n logs -g rg -l eastus --sku Standard_GRS" });
    const remote = resource("command:remote:Command", "later", { connection: { host: "vm" }, create: UNKNOWN });
    expect([...resourceMessages(local), ...resourceMessages(remote)]).toEqual([
      `Command 'seed' runs the Azure CLI, which can create resources or send data anywhere, so its data may be in a place that cannot be proven at preview through create az storage account create (arguments not shown), ${NOT_PROVEN}. ${EXEMPTION_FIX}`,
      `Command 'later' runs a command that cannot be read at preview and may call the Azure CLI, so its data may be in a place that cannot be proven at preview through create (unknown at preview), ${NOT_PROVEN}. ${EXEMPTION_FIX}`,
    ]);
  });

  it("leaves commands that do not call az, and other packages, alone", () => {
    expect(resourceMessages(resource("command:local:Command", "build", { create: "npm run build", update: "echo azure is fine" }))).toEqual([]);
    expect(resourceMessages(resource("random:index/randomString:RandomString", "suffix", { length: 8 }))).toEqual([]);
  });
});
