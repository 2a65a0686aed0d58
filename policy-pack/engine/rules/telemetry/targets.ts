/**
 * The type keys a telemetry destination id can point to, azure-native and classic `@pulumi/azure` alike: a
 * program may mix both providers, so an azure-native diagnostic setting can send logs to a classic workspace and
 * the other way round (vectors.md V19, V20).
 */

/** A Log Analytics workspace (classic 5.x and 6.x have it under `operationalinsights` only). */
export const WORKSPACE_TARGETS = ["operationalinsights:Workspace", "azure:operationalinsights:AnalyticsWorkspace"];

/** A storage account. */
export const STORAGE_TARGETS = ["storage:StorageAccount", "azure:storage:Account"];

/**
 * An Event Hubs namespace authorization rule, or its namespace (a default rule id is built from the namespace id).
 * Classic `azure:eventhub:Namespace` and `azure:eventhub:NamespaceAuthorizationRule` are deprecated Service Bus
 * aliases, and `azure:eventhub:AuthorizationRule` is an event-hub-level rule a diagnostic setting does not take.
 */
export const EVENT_HUB_RULE_TARGETS = [
  "eventhub:NamespaceAuthorizationRule",
  "eventhub:Namespace",
  "azure:eventhub:EventHubNamespaceAuthorizationRule",
  "azure:eventhub:EventHubNamespace",
];

/** A Service Bus namespace authorization rule, or its namespace. */
export const SERVICE_BUS_RULE_TARGETS = [
  "servicebus:NamespaceAuthorizationRule",
  "servicebus:Namespace",
  "azure:servicebus:NamespaceAuthorizationRule",
  "azure:servicebus:Namespace",
];

/** An Event Hubs namespace. */
export const EVENT_HUB_NAMESPACE_TARGETS = ["eventhub:Namespace", "azure:eventhub:EventHubNamespace"];

/** An event hub, or its namespace (an event hub id is built from the namespace id). */
export const EVENT_HUB_TARGETS = ["eventhub:EventHub", "azure:eventhub:EventHub", ...EVENT_HUB_NAMESPACE_TARGETS];

/** An Azure Monitor workspace (managed Prometheus). */
export const MONITOR_WORKSPACE_TARGETS = ["monitor:AzureMonitorWorkspace", "azure:monitoring:Workspace"];
