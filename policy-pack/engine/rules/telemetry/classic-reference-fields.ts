import { ReferenceField } from "../reference-fields";
import { LOGS_FIX, TELEMETRY_FIX } from "./reference-fields";
import { EVENT_HUB_RULE_TARGETS, EVENT_HUB_TARGETS, MONITOR_WORKSPACE_TARGETS, SERVICE_BUS_RULE_TARGETS, STORAGE_TARGETS, WORKSPACE_TARGETS } from "./targets";

/**
 * The classic diagnostic-setting types share their destination inputs (vectors.md V19). A subscription's activity
 * log uses `azure:monitoring:DiagnosticSetting` with the subscription id as `targetResourceId`; Service Bus and
 * `partnerSolutionId` (the Marketplace partner, judged by the third-party family) have no row here.
 */
const CLASSIC_DIAGNOSTIC_SETTINGS = ["azure:monitoring:DiagnosticSetting", "azure:monitoring:AadDiagnosticSetting"];

const classicDiagnosticDestinations = (type: string): ReferenceField[] => [
  { type, path: "logAnalyticsWorkspaceId", what: "sends logs to", fix: LOGS_FIX, targets: WORKSPACE_TARGETS },
  { type, path: "storageAccountId", what: "archives logs in", fix: LOGS_FIX, targets: STORAGE_TARGETS },
  { type, path: "eventhubAuthorizationRuleId", what: "streams logs to", fix: LOGS_FIX, targets: EVENT_HUB_RULE_TARGETS },
];

/** A destination of a classic data collection rule: `list` names a list of destinations, `single` one destination block. */
const classicDataCollectionDestination = (where: { list: string } | { single: string }, path: string, targets: readonly string[]): ReferenceField => ({
  type: "azure:monitoring:DataCollectionRule",
  ...("list" in where ? { list: `destinations.${where.list}`, path } : { path: `destinations.${where.single}.${path}` }),
  what: "sends collected data to",
  fix: TELEMETRY_FIX,
  targets,
});

/**
 * The classic `@pulumi/azure` (5.x and 6.x, same inputs) counterparts of `TELEMETRY_REFERENCES` (vectors.md V19,
 * V20), judged the same way through the stack. docs/coverage/telemetry.md lists the same rows.
 */
export const CLASSIC_TELEMETRY_REFERENCES: readonly ReferenceField[] = [
  ...CLASSIC_DIAGNOSTIC_SETTINGS.flatMap(classicDiagnosticDestinations),
  // V19: the legacy activity-log profile of a subscription (5.x only; 6.x dropped it).
  { type: "azure:monitoring:LogProfile", path: "storageAccountId", what: "archives activity logs in", fix: LOGS_FIX, targets: STORAGE_TARGETS },
  { type: "azure:monitoring:LogProfile", path: "servicebusRuleId", what: "streams activity logs to", fix: LOGS_FIX, targets: [...EVENT_HUB_RULE_TARGETS, ...SERVICE_BUS_RULE_TARGETS] },
  // V20: a data export rule's destination is a storage account, an Event Hubs namespace or one event hub.
  { type: "azure:loganalytics:DataExportRule", path: "destinationResourceId", what: "exports workspace data to", fix: TELEMETRY_FIX, targets: [...STORAGE_TARGETS, ...EVENT_HUB_TARGETS] },
  // V20: workspace-based Application Insights.
  { type: "azure:appinsights:Insights", path: "workspaceId", what: "ingests telemetry into", fix: TELEMETRY_FIX, targets: WORKSPACE_TARGETS },
  // V20: storage accounts a workspace keeps custom logs, queries and alerts in.
  { type: "azure:loganalytics:LinkedStorageAccount", list: "storageAccountIds", path: "", what: "keeps workspace data in", fix: TELEMETRY_FIX, targets: STORAGE_TARGETS },
  // V20: data collection rule destinations (`eventHub` and `eventHubDirect` are single blocks, the others lists).
  classicDataCollectionDestination({ list: "logAnalytics" }, "workspaceResourceId", WORKSPACE_TARGETS),
  classicDataCollectionDestination({ list: "storageBlobs" }, "storageAccountId", STORAGE_TARGETS),
  classicDataCollectionDestination({ list: "storageBlobDirects" }, "storageAccountId", STORAGE_TARGETS),
  classicDataCollectionDestination({ list: "storageTableDirects" }, "storageAccountId", STORAGE_TARGETS),
  classicDataCollectionDestination({ single: "eventHub" }, "eventHubId", EVENT_HUB_TARGETS),
  classicDataCollectionDestination({ single: "eventHubDirect" }, "eventHubId", EVENT_HUB_TARGETS),
  classicDataCollectionDestination({ list: "monitorAccounts" }, "monitorAccountId", MONITOR_WORKSPACE_TARGETS),
];
