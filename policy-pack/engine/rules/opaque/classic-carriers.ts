import { TemplateCarrier } from "./deployments";

/**
 * A classic template deployment of azurerm 3.x and later (5.x and 6.x): the template as a JSON string in
 * `templateContent`, or a template spec linked by `templateSpecVersionId`, and parameter values as a JSON string
 * `{ name: { value } }` in `parametersContent`.
 */
const templateDeployment = (type: string): TemplateCarrier => ({
  type,
  template: "templateContent",
  templateLink: "templateSpecVersionId",
  parameters: [{ path: "parametersContent", shape: "json" }],
});

/**
 * Classic `@pulumi/azure` types that deploy a whole ARM template (vectors.md V35): each template entry is judged
 * with the engine's rules, exactly as for `resources:Deployment`. docs/coverage/opaque.md lists the same rows.
 */
export const CLASSIC_TEMPLATE_CARRIERS: readonly TemplateCarrier[] = [
  // V35, 5.x and 6.x
  templateDeployment("azure:core:ResourceGroupTemplateDeployment"),
  templateDeployment("azure:core:SubscriptionTemplateDeployment"),
  templateDeployment("azure:core:TenantTemplateDeployment"),
  templateDeployment("azure:management:GroupTemplateDeployment"),
  // V35, 5.x only (azurerm_template_deployment): `templateBody`, and values in `parameters` (plain strings) or
  // `parametersBody` (a JSON string); both at once leave every parameter unknown.
  {
    type: "azure:core:TemplateDeployment",
    template: "templateBody",
    parameters: [{ path: "parameters", shape: "plain" }, { path: "parametersBody", shape: "json" }],
  },
];

/**
 * Classic deployment scripts (V35, 5.x and 6.x): the same `scriptContent` and `primaryScriptUri` inputs as
 * azure-native's, so the same rule judges them.
 */
export const CLASSIC_DEPLOYMENT_SCRIPT_TYPES: readonly string[] = [
  "azure:core:ResourceDeploymentScriptAzureCli",
  "azure:core:ResourceDeploymentScriptPowerShell",
];
