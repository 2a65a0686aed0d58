import { ReferenceField } from "../reference-fields";
import {
  EVENT_HUB_NAMESPACE_TARGETS,
  EVENT_HUB_RULE_TARGETS,
  EVENT_HUB_TARGETS,
  MONITOR_WORKSPACE_TARGETS,
  SERVICE_BUS_RULE_TARGETS,
  STORAGE_TARGETS,
  WORKSPACE_TARGETS,
} from "./targets";

/** The fix when logs go to a target outside the boundary. */
export const LOGS_FIX = "Send the logs to a target created in this stack inside the boundary.";
/** The fix when telemetry goes to a target outside the boundary. */
export const TELEMETRY_FIX = "Send the telemetry to a target created in this stack inside the boundary.";

/** The four diagnostic-setting types share their destination inputs (vectors.md V19). */
const DIAGNOSTIC_SETTINGS = [
  "monitor:DiagnosticSetting",
  "monitor:SubscriptionDiagnosticSetting",
  "monitor:ManagementGroupDiagnosticSetting",
  "aadiam:DiagnosticSetting",
];

const diagnosticDestinations = (type: string): ReferenceField[] => [
  { type, path: "workspaceId", what: "sends logs to", fix: LOGS_FIX, targets: WORKSPACE_TARGETS },
  { type, path: "storageAccountId", what: "archives logs in", fix: LOGS_FIX, targets: STORAGE_TARGETS },
  { type, path: "eventHubAuthorizationRuleId", what: "streams logs to", fix: LOGS_FIX, targets: EVENT_HUB_RULE_TARGETS },
  { type, path: "serviceBusRuleId", what: "streams logs to", fix: LOGS_FIX, targets: SERVICE_BUS_RULE_TARGETS },
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
  { type: "operationalinsights:DataExport", path: "resourceId", what: "exports workspace data to", fix: TELEMETRY_FIX, targets: [...STORAGE_TARGETS, ...EVENT_HUB_NAMESPACE_TARGETS] },
  { type: "applicationinsights:Component", path: "workspaceResourceId", what: "ingests telemetry into", fix: TELEMETRY_FIX, targets: WORKSPACE_TARGETS },
  { type: "applicationinsights:ExportConfiguration", path: "destinationAccountId", what: "exports telemetry to", fix: TELEMETRY_FIX, targets: STORAGE_TARGETS },
  { type: "operationalinsights:LinkedStorageAccount", list: "storageAccountIds", path: "", what: "keeps workspace data in", fix: TELEMETRY_FIX, targets: STORAGE_TARGETS },
  dataCollectionDestination("logAnalytics", "workspaceResourceId", "sends collected data to", WORKSPACE_TARGETS),
  dataCollectionDestination("storageAccounts", "storageAccountResourceId", "sends collected data to", STORAGE_TARGETS),
  dataCollectionDestination("storageBlobsDirect", "storageAccountResourceId", "sends collected data to", STORAGE_TARGETS),
  dataCollectionDestination("storageTablesDirect", "storageAccountResourceId", "sends collected data to", STORAGE_TARGETS),
  dataCollectionDestination("eventHubs", "eventHubResourceId", "sends collected data to", EVENT_HUB_TARGETS),
  dataCollectionDestination("eventHubsDirect", "eventHubResourceId", "sends collected data to", EVENT_HUB_TARGETS),
  dataCollectionDestination("monitoringAccounts", "accountResourceId", "sends collected data to", MONITOR_WORKSPACE_TARGETS),
];
