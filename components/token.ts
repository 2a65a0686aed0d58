import * as pulumi from "@pulumi/pulumi";

/**
 * The package the components form: the name of the multi-language schema (`data-boundary schema`) and the first part
 * of every component's type token. Pulumi package names may contain hyphens (`^[a-zA-Z][-a-zA-Z0-9_]*$`, as in
 * `azure-native`); the SDKs Pulumi generates turn it into `pulumi_data_boundary` (Python) or `Pulumi.DataBoundary` (.NET).
 */
export const PACKAGE_NAME = "data-boundary";

/**
 * The type token of the component class named `className`: `data-boundary:index:<className>`. The component provider
 * serves every component under the `index` module (the only one it supports) and finds the class by the token's last
 * part, so the token a TypeScript program registers is the one every other language registers.
 */
export function componentType(className: string): string {
  return `${PACKAGE_NAME}:index:${className}`;
}

/**
 * The type tokens the components registered before they were served to other languages, by class name. A stack
 * deployed with one of them keeps its component (and, through the component, every child) when it upgrades: the new
 * token declares the old one as an alias, so Pulumi updates the resources in place instead of replacing them.
 */
const EARLIER_TYPES = {
  AiServicesAccount: "data-boundary:ai:AiServicesAccount",
  BoundaryGuardrail: "data-boundary:governance:BoundaryGuardrail",
  CommunicationServices: "data-boundary:communication:CommunicationServices",
  CosmosDbAccount: "data-boundary:cosmosdb:CosmosDbAccount",
  CustomerKeyVaults: "data-boundary:m365:CustomerKeyVaults",
  DkeKeyService: "data-boundary:web:DkeKeyService",
  KeyVault: "data-boundary:keyvault:KeyVault",
  LogAnalyticsWorkspace: "data-boundary:monitoring:LogAnalyticsWorkspace",
  ManagedHsm: "data-boundary:keyvault:ManagedHsm",
  PostgreSqlFlexibleServer: "data-boundary:postgresql:PostgreSqlFlexibleServer",
  PowerPlatformEnterprisePolicy: "data-boundary:powerplatform:EnterprisePolicy",
  ResourceGroup: "data-boundary:resources:ResourceGroup",
  SqlServer: "data-boundary:sql:SqlServer",
  StorageAccount: "data-boundary:storage:StorageAccount",
} as const;

/** The component's options with its earlier type token (see {@link EARLIER_TYPES}) added to the caller's aliases. */
export function withEarlierType(className: keyof typeof EARLIER_TYPES, opts: pulumi.ComponentResourceOptions | undefined): pulumi.ComponentResourceOptions {
  return pulumi.mergeOptions(opts, { aliases: [{ type: EARLIER_TYPES[className] }] });
}
