/**
 * Classic `@pulumi/azure` types whose Azure resource sits at `global` when the program sets no `location`: the
 * azurerm schema defaults their `location` to `global` ("Defaults to `global`" in the input's documentation of
 * @pulumi/azure 5.89.2), or the type has no `location` input and azurerm always sends `global`
 * (`azurerm_monitor_metric_alert`). Whether the classic provider's own `Check` fills in the resource group's
 * location first, as it does for other types (pulumi-azure `defaultAzureLocation`), is unverified; the pack takes
 * the safe side and judges such a resource at `global`, as the azure-native side judges `location: "global"`.
 */
export const CLASSIC_GLOBAL_LOCATION_TYPES: ReadonlySet<string> = new Set([
  "azure:monitoring:ActionGroup",
  "azure:monitoring:ActivityLogAlert",
  "azure:monitoring:MetricAlert",
  "azure:maps:Account",
  "azure:appservice:CertificateOrder",
]);
