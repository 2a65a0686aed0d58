import { ReferenceField } from "../reference-fields";

const WORKSPACE = ["operationalinsights:Workspace"];
const STORAGE = ["storage:StorageAccount"];
/** An Event Hubs authorization rule id is built from the rule or, for a default rule, from its namespace. */
const EVENT_HUB_RULE = ["eventhub:NamespaceAuthorizationRule", "eventhub:Namespace"];
const SERVICE_BUS_RULE = ["servicebus:NamespaceAuthorizationRule", "servicebus:Namespace"];
/** An event hub id is built from the event hub or from its namespace. */
const EVENT_HUB = ["eventhub:EventHub", "eventhub:Namespace"];

const LOGS_FIX = "Send the logs to a target created in this stack inside the boundary.";
const TELEMETRY_FIX = "Send the telemetry to a target created in this stack inside the boundary.";

/** The four diagnostic-setting types share their destination inputs (vectors.md V19). */
const DIAGNOSTIC_SETTINGS = [
  "monitor:DiagnosticSetting",
  "monitor:SubscriptionDiagnosticSetting",
  "monitor:ManagementGroupDiagnosticSetting",
  "aadiam:DiagnosticSetting",
];

const diagnosticDestinations = (type: string): ReferenceField[] => [
  { type, path: "workspaceId", what: "sends logs to", fix: LOGS_FIX, targets: WORKSPACE },
  { type, path: "storageAccountId", what: "archives logs in", fix: LOGS_FIX, targets: STORAGE },
  { type, path: "eventHubAuthorizationRuleId", what: "streams logs to", fix: LOGS_FIX, targets: EVENT_HUB_RULE },
  { type, path: "serviceBusRuleId", what: "streams logs to", fix: LOGS_FIX, targets: SERVICE_BUS_RULE },
];

const dataCollectionDestination = (list: string, path: string, what: string, targets: readonly string[]): ReferenceField => ({
  type: "monitor:DataCollectionRule",
  list: `destinations.${list}`,
  path,
  what,
  fix: TELEMETRY_FIX,
  targets,
});

/**
 * Inputs naming the resource that receives logs or telemetry (vectors.md V19, V20). The target's place is the
 * location of the resource of this stack the id was computed from: an authorization rule or event hub has no
 * location of its own and takes its namespace's. docs/coverage/telemetry.md lists the same rows.
 */
export const TELEMETRY_REFERENCES: readonly ReferenceField[] = [
  ...DIAGNOSTIC_SETTINGS.flatMap(diagnosticDestinations),
  { type: "operationalinsights:DataExport", path: "resourceId", what: "exports workspace data to", fix: TELEMETRY_FIX, targets: [...STORAGE, "eventhub:Namespace"] },
  { type: "applicationinsights:Component", path: "workspaceResourceId", what: "ingests telemetry into", fix: TELEMETRY_FIX, targets: WORKSPACE },
  { type: "applicationinsights:ExportConfiguration", path: "destinationAccountId", what: "exports telemetry to", fix: TELEMETRY_FIX, targets: STORAGE },
  { type: "operationalinsights:LinkedStorageAccount", list: "storageAccountIds", path: "", what: "keeps workspace data in", fix: TELEMETRY_FIX, targets: STORAGE },
  dataCollectionDestination("logAnalytics", "workspaceResourceId", "sends collected data to", WORKSPACE),
  dataCollectionDestination("storageAccounts", "storageAccountResourceId", "sends collected data to", STORAGE),
  dataCollectionDestination("storageBlobsDirect", "storageAccountResourceId", "sends collected data to", STORAGE),
  dataCollectionDestination("storageTablesDirect", "storageAccountResourceId", "sends collected data to", STORAGE),
  dataCollectionDestination("eventHubs", "eventHubResourceId", "sends collected data to", EVENT_HUB),
  dataCollectionDestination("eventHubsDirect", "eventHubResourceId", "sends collected data to", EVENT_HUB),
  dataCollectionDestination("monitoringAccounts", "accountResourceId", "sends collected data to", ["monitor:AzureMonitorWorkspace"]),
];
