import { IntegrationRuntimeField } from "./integration-runtimes";

/**
 * Classic `@pulumi/azure` managed integration runtimes (vectors.md V30): each type is one kind of runtime (the
 * self-hosted ones, `IntegrationRuntimeSelfHosted`, have no region and no row), and its compute region is its
 * top-level `location`, which azurerm marks required (it has no default): an absent one is not proven. `AutoResolve` is not
 * proven, as for azure-native. docs/coverage/processing.md lists the same rows.
 */
export const CLASSIC_INTEGRATION_RUNTIME_FIELDS: readonly IntegrationRuntimeField[] = [
  // V30: the Azure integration runtime of Data Factory (azurerm_data_factory_integration_runtime_azure), 5.x and 6.x
  "azure:datafactory:IntegrationRuntimeRule",
  // V30: the SSIS runtimes of Data Factory (IntegrationRuntimeManaged is 5.x only)
  "azure:datafactory:IntegrationRuntimeManaged",
  "azure:datafactory:IntegrationRuntimeSsis",
  // V30: the Azure integration runtime of Synapse, 5.x and 6.x
  "azure:synapse:IntegrationRuntimeAzure",
].map((type) => ({ type, locationPath: "location", unsetMeansAutoResolve: false }));
