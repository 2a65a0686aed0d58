import { describe, expect, it } from "vitest";
import { PropertyBag, resolveBoundary, SECRET_SIG } from "../../policy-pack/engine";
import { classicResource, UNKNOWN } from "../helpers/facts";
import { resourceMessages } from "../helpers/evaluate";

const NL = resolveBoundary({ preset: "nl" });
const OUTSIDE = "outside the EU Data Boundary (EU + EFTA)";
const NOT_PROVEN = "not proven inside the EU Data Boundary (EU + EFTA)";

const storage = (name: string, location: unknown, sku = "Standard_LRS") =>
  ({ type: "Microsoft.Storage/storageAccounts", apiVersion: "2023-05-01", name, location, sku: { name: sku }, kind: "StorageV2" });
const template = (resources: unknown[], parameters: Record<string, unknown> = {}) => JSON.stringify({ $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", contentVersion: "1.0.0.0", parameters, resources });
const WHERE = { where: { type: "string", defaultValue: "westeurope" } };

const groupDeployment = (props: PropertyBag) =>
  classicResource("azure:core/resourceGroupTemplateDeployment:ResourceGroupTemplateDeployment", "arm", { resourceGroupName: "rg", deploymentMode: "Incremental", ...props });

describe("classic template deployments (V35)", () => {
  it("judges each resource of the JSON template with the engine's rules", () => {
    expect(resourceMessages(groupDeployment({ templateContent: template([storage("logs", "westeurope")]) }))).toEqual([]);
    expect(resourceMessages(groupDeployment({ templateContent: template([storage("logs", "eastus")]) }))).toEqual([
      `Resource group template deployment 'arm' template resource Microsoft.Storage/storageAccounts 'logs' is located in eastus (United States) through templateContent.resources[0].location eastus, ${OUTSIDE}. Set location to a region inside the boundary, such as westeurope.`,
    ]);
  });

  it("resolves parameters from the JSON parametersContent, over the template's defaults", () => {
    const content = template([storage("logs", "[parameters('where')]")], WHERE);
    expect(resourceMessages(groupDeployment({ templateContent: content }))).toEqual([]);
    expect(resourceMessages(groupDeployment({ templateContent: content, parametersContent: JSON.stringify({ where: { value: "eastus" } }) }))).toEqual([
      `Resource group template deployment 'arm' template resource Microsoft.Storage/storageAccounts 'logs' is located in eastus (United States) through templateContent.resources[0].location [parameters('where')], ${OUTSIDE}. Set location to a region inside the boundary, such as westeurope.`,
    ]);
  });

  const UNPROVEN_WHERE = `Resource group template deployment 'arm' template resource Microsoft.Storage/storageAccounts 'logs' is located in a place that cannot be proven at preview through templateContent.resources[0].location [parameters('where')], ${NOT_PROVEN}. Set templateContent.resources[0].location to a literal region inside the boundary, such as westeurope, or to a parameter the deployment sets to one.`;

  it("does not prove parameters whose content is unknown at preview or not a JSON object, even with a default inside", () => {
    const content = template([storage("logs", "[parameters('where')]")], WHERE);
    expect(resourceMessages(groupDeployment({ templateContent: content, parametersContent: UNKNOWN }))).toEqual([UNPROVEN_WHERE]);
    expect(resourceMessages(groupDeployment({ templateContent: content, parametersContent: "not json" }))).toEqual([UNPROVEN_WHERE]);
    expect(resourceMessages(groupDeployment({ templateContent: content, parametersContent: "[]" }))).toEqual([UNPROVEN_WHERE]);
  });

  it("keeps the values of a secret parametersContent secret in messages", () => {
    const content = template([storage("logs", "[parameters('where')]")], WHERE);
    const secret = { [SECRET_SIG]: "1b47061264138c4ac30d75fd1eb44270", value: JSON.stringify({ where: { value: "eastus" } }) };
    expect(resourceMessages(groupDeployment({ templateContent: content, parametersContent: secret }))).toEqual([
      `Resource group template deployment 'arm' template resource Microsoft.Storage/storageAccounts 'logs' is located in a secret location through templateContent.resources[0].location [parameters('where')], ${OUTSIDE}. Set location to a region inside the boundary, such as westeurope.`,
    ]);
  });

  it("applies the replication rules to template resources", () => {
    const d = groupDeployment({ templateContent: template([storage("logs", "westeurope", "Standard_GRS")]) });
    expect(resourceMessages(d, NL)).toEqual([
      "Resource group template deployment 'arm' template resource Microsoft.Storage/storageAccounts 'logs' keeps a geo-redundant copy in northeurope (Ireland) through templateContent.resources[0].sku.name Standard_GRS, outside the Netherlands. Use Standard_ZRS or Standard_LRS, or a location whose pair is inside the boundary.",
    ]);
  });

  it("fails closed on a template spec, an unknown template or no template", () => {
    const spec = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Resources/templateSpecs/net/versions/1";
    expect(resourceMessages(groupDeployment({ templateSpecVersionId: spec }))).toEqual([
      `Resource group template deployment 'arm' deploys a linked template, so its resources may be in a place that cannot be proven at preview through templateSpecVersionId ${spec}, because a linked template is fetched only during deployment, ${NOT_PROVEN}. Inline the template so that its resources can be checked at preview, or add a reviewed exemption.`,
    ]);
    expect(resourceMessages(groupDeployment({ templateContent: UNKNOWN }))).toEqual([
      `Resource group template deployment 'arm' deploys a template the pack cannot read, so its resources may be in a place that cannot be proven at preview through templateContent (unknown at preview), because only an inline template object can be checked, ${NOT_PROVEN}. Pass the template as a literal object, or add a reviewed exemption.`,
    ]);
    expect(resourceMessages(groupDeployment({}))).toEqual([
      `Resource group template deployment 'arm' deploys a template the pack cannot see, so its resources may be in a place that cannot be proven at preview through templateContent (not set), ${NOT_PROVEN}. Set templateContent to the inline template, or add a reviewed exemption.`,
    ]);
  });

  it("judges subscription, tenant and management group deployments alike", () => {
    const content = template([storage("logs", "eastus")]);
    const scoped = [
      classicResource("azure:core/subscriptionTemplateDeployment:SubscriptionTemplateDeployment", "sub", { location: "westeurope", templateContent: content }),
      classicResource("azure:core/tenantTemplateDeployment:TenantTemplateDeployment", "tenant", { location: "westeurope", templateContent: content }),
      classicResource("azure:management/groupTemplateDeployment:GroupTemplateDeployment", "mg", { location: "westeurope", managementGroupId: "/providers/Microsoft.Management/managementGroups/mg", templateContent: content }),
    ];
    for (const d of scoped) {
      expect(resourceMessages(d)).toEqual([expect.stringContaining(`template resource Microsoft.Storage/storageAccounts 'logs' is located in eastus (United States) through templateContent.resources[0].location eastus, ${OUTSIDE}.`)]);
    }
  });

  const legacy = (props: PropertyBag) =>
    classicResource("azure:core/templateDeployment:TemplateDeployment", "legacy", { resourceGroupName: "rg", deploymentMode: "Incremental", ...props });

  it("reads the 5.x TemplateDeployment's templateBody with plain parameters or a JSON parametersBody", () => {
    const body = template([storage("logs", "[parameters('where')]")], WHERE);
    expect(resourceMessages(legacy({ templateBody: body }))).toEqual([]);
    expect(resourceMessages(legacy({ templateBody: body, parameters: { where: "eastus" } }))).toEqual([
      `Template deployment 'legacy' template resource Microsoft.Storage/storageAccounts 'logs' is located in eastus (United States) through templateBody.resources[0].location [parameters('where')], ${OUTSIDE}. Set location to a region inside the boundary, such as westeurope.`,
    ]);
    expect(resourceMessages(legacy({ templateBody: body, parametersBody: JSON.stringify({ where: { value: "eastus" } }) }))).toHaveLength(1);
    expect(resourceMessages(legacy({ templateBody: body, parameters: { where: UNKNOWN } }))).toEqual([expect.stringContaining("is located in a place that cannot be proven at preview")]);
  });

  it("does not prove the 5.x parameters when both inputs give them", () => {
    const body = template([storage("logs", "[parameters('where')]")], WHERE);
    const both = legacy({ templateBody: body, parameters: { where: "westeurope" }, parametersBody: JSON.stringify({ where: { value: "westeurope" } }) });
    expect(resourceMessages(both)).toEqual([expect.stringContaining("is located in a place that cannot be proven at preview through templateBody.resources[0].location")]);
  });
});

describe("classic deployment scripts (V35)", () => {
  it("never proves a script, in 5.x and 6.x, and never shows its inline content", () => {
    const cli = classicResource("azure:core/resourceDeploymentScriptAzureCli:ResourceDeploymentScriptAzureCli", "script", {
      resourceGroupName: "rg", location: "westeurope", version: "2.40.0", retentionInterval: "P1D", scriptContent: "az storage account create -l eastus",
    });
    expect(resourceMessages(cli)).toEqual([
      `Azure CLI deployment script 'script' runs a script that can create resources or send data anywhere, so its data may be in a place that cannot be proven at preview through scriptContent (inline script, not shown), ${NOT_PROVEN}. Replace it with azure-native resources that the pack can check, or add a reviewed exemption.`,
    ]);
    const ps = classicResource("azure:core/resourceDeploymentScriptPowerShell:ResourceDeploymentScriptPowerShell", "ps", {
      resourceGroupName: "rg", location: "westeurope", version: "8.3", retentionInterval: "P1D", primaryScriptUri: "https://example.com/s.ps1?sig=secret",
    });
    expect(resourceMessages(ps)).toEqual([
      `Azure PowerShell deployment script 'ps' runs a script that can create resources or send data anywhere, so its data may be in a place that cannot be proven at preview through primaryScriptUri https://example.com/s.ps1?(query not shown), ${NOT_PROVEN}. Replace it with azure-native resources that the pack can check, or add a reviewed exemption.`,
    ]);
  });
});
