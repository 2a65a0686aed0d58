import { describe, expect, it } from "vitest";
import { evaluateResource, PropertyBag, StackResource, StackView } from "../../policy-pack/engine";
import { classicResource, resource, stackResource, UNKNOWN } from "../helpers/facts";
import { EUDB, resourceMessages } from "../helpers/evaluate";

const TELEMETRY = new Set(["telemetry"] as const);

/** Messages the boundary stack policy reports for one resource's telemetry places (not its own location). */
function stackMessages(target: StackResource, resources: StackResource[]): string[] {
  return evaluateResource(target, EUDB, TELEMETRY, new StackView(resources)).filter((p) => p.viaStack && p.verdict !== "inside").map((p) => p.message);
}

const OUTSIDE = "outside the EU Data Boundary (EU + EFTA)";
const NOT_PROVEN = "not proven inside the EU Data Boundary (EU + EFTA)";
const UNPROVEN_FIX = "Reference a resource created in this stack inside the boundary, so that its location can be read at preview, or add a reviewed exemption.";
const DECLARE_FIX =
  "Declare the target with its region in boundary.externalResources (docs/external-resources.md), reference a resource created in this stack inside the boundary, or add a reviewed exemption.";
const LOGS_FIX = "Send the logs to a target created in this stack inside the boundary.";
const TELEMETRY_FIX = "Send the telemetry to a target created in this stack inside the boundary.";

/** A classic resource of the stack with its property dependencies. */
const classic = (type: string, name: string, props: PropertyBag, dependsOn: Record<string, StackResource[]> = {}) =>
  stackResource(classicResource(type, name, props), dependsOn);

const workspace = (name: string, location: string) =>
  classic("azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace", name, { location, resourceGroupName: "rg", sku: "PerGB2018" });
const account = (name: string, location: string) =>
  classic("azure:storage/account:Account", name, { location, resourceGroupName: "rg", accountTier: "Standard", accountReplicationType: "LRS" });
const namespace = (location: string) => classic("azure:eventhub/eventHubNamespace:EventHubNamespace", "events", { location, resourceGroupName: "rg", sku: "Standard" });

describe("classic diagnostic settings (V19)", () => {
  const setting = (props: PropertyBag, deps: Record<string, StackResource[]> = {}) =>
    classic("azure:monitoring/diagnosticSetting:DiagnosticSetting", "diag", { targetResourceId: UNKNOWN, enabledLogs: [{ categoryGroup: "allLogs" }], ...props }, deps);

  it("reports a classic workspace of the stack in eastus in the stack policy only", () => {
    const logs = workspace("logs", "eastus");
    const diag = setting({ logAnalyticsWorkspaceId: UNKNOWN }, { logAnalyticsWorkspaceId: [logs] });
    expect(resourceMessages(diag)).toEqual([]);
    expect(stackMessages(diag, [logs, diag])).toEqual([
      `Diagnostic setting 'diag' sends logs to eastus (United States) through logAnalyticsWorkspaceId (unknown at preview), the location of Log Analytics workspace 'logs', ${OUTSIDE}. ${LOGS_FIX}`,
    ]);
  });

  it("passes classic and azure-native targets of the stack inside the boundary", () => {
    const logs = stackResource(resource("operationalinsights:Workspace", "logs", { location: "westeurope", resourceGroupName: "rg" }));
    const archive = account("archive", "swedencentral");
    const events = namespace("germanywestcentral");
    const group = classic("azure:core/resourceGroup:ResourceGroup", "rg", { name: "rg", location: "westeurope" });
    const rule = classic("azure:eventhub/eventHubNamespaceAuthorizationRule:EventHubNamespaceAuthorizationRule", "send", { namespaceName: UNKNOWN, resourceGroupName: "rg", send: true }, { namespaceName: [events] });
    const diag = setting(
      { logAnalyticsWorkspaceId: UNKNOWN, storageAccountId: UNKNOWN, eventhubAuthorizationRuleId: UNKNOWN, eventhubName: "logs" },
      { logAnalyticsWorkspaceId: [logs], storageAccountId: [archive], eventhubAuthorizationRuleId: [rule] },
    );
    expect(stackMessages(diag, [group, logs, archive, events, rule, diag])).toEqual([]);
  });

  it("reports a classic storage account and Event Hubs namespace outside the boundary", () => {
    const archive = account("archive", "uksouth");
    const events = namespace("eastus");
    const diag = setting({ storageAccountId: UNKNOWN, eventhubAuthorizationRuleId: UNKNOWN }, { storageAccountId: [archive], eventhubAuthorizationRuleId: [events] });
    expect(stackMessages(diag, [archive, events, diag])).toEqual([
      `Diagnostic setting 'diag' archives logs in uksouth (United Kingdom) through storageAccountId (unknown at preview), the location of storage account 'archive', ${OUTSIDE}. ${LOGS_FIX}`,
      `Diagnostic setting 'diag' streams logs to eastus (United States) through eventhubAuthorizationRuleId (unknown at preview), the location of event hubs namespace 'events', ${OUTSIDE}. ${LOGS_FIX}`,
    ]);
  });

  it("fails closed on a literal workspace outside the stack and on an id built only from a resource group", () => {
    const group = classic("azure:core/resourceGroup:ResourceGroup", "rg", { location: "westeurope" });
    const id = "/subscriptions/s/resourceGroups/hub/providers/Microsoft.OperationalInsights/workspaces/central";
    const diag = setting({ logAnalyticsWorkspaceId: id, storageAccountId: UNKNOWN }, { storageAccountId: [group] });
    expect(stackMessages(diag, [group, diag])).toEqual([
      `Diagnostic setting 'diag' sends logs to a place that cannot be proven at preview through logAnalyticsWorkspaceId ${id}, because the target is not a resource of this stack, ${NOT_PROVEN}. ${DECLARE_FIX}`,
      `Diagnostic setting 'diag' archives logs in a place that cannot be proven at preview through storageAccountId (unknown at preview), because the target is not a resource of this stack, ${NOT_PROVEN}. ${UNPROVEN_FIX}`,
    ]);
  });

  it("judges Entra ID diagnostic settings the same way", () => {
    const logs = workspace("logs", "eastus");
    const archive = account("archive", "uksouth");
    const events = namespace("switzerlandnorth");
    const diag = classic(
      "azure:monitoring/aadDiagnosticSetting:AadDiagnosticSetting",
      "aad",
      { logAnalyticsWorkspaceId: UNKNOWN, storageAccountId: UNKNOWN, eventhubAuthorizationRuleId: UNKNOWN, enabledLogs: [{ category: "SignInLogs" }] },
      { logAnalyticsWorkspaceId: [logs], storageAccountId: [archive], eventhubAuthorizationRuleId: [events] },
    );
    expect(stackMessages(diag, [logs, archive, events, diag])).toEqual([
      `Entra ID diagnostic setting 'aad' sends logs to eastus (United States) through logAnalyticsWorkspaceId (unknown at preview), the location of Log Analytics workspace 'logs', ${OUTSIDE}. ${LOGS_FIX}`,
      `Entra ID diagnostic setting 'aad' archives logs in uksouth (United Kingdom) through storageAccountId (unknown at preview), the location of storage account 'archive', ${OUTSIDE}. ${LOGS_FIX}`,
    ]);
  });

  it("judges a 5.x activity log profile's storage account and rule", () => {
    const archive = account("archive", "westeurope");
    const events = namespace("eastus");
    const profile = classic(
      "azure:monitoring/logProfile:LogProfile",
      "activity",
      { categories: ["Write"], locations: ["westeurope"], retentionPolicy: { enabled: false }, storageAccountId: UNKNOWN, servicebusRuleId: UNKNOWN },
      { storageAccountId: [archive], servicebusRuleId: [events] },
    );
    expect(stackMessages(profile, [archive, events, profile])).toEqual([
      `Activity log profile 'activity' streams activity logs to eastus (United States) through servicebusRuleId (unknown at preview), the location of event hubs namespace 'events', ${OUTSIDE}. ${LOGS_FIX}`,
    ]);
  });
});

describe("azure-native diagnostic settings pointing to classic targets (V19)", () => {
  it("resolves a classic workspace and Service Bus namespace", () => {
    const logs = workspace("logs", "eastus");
    const bus = classic("azure:servicebus/namespace:Namespace", "bus", { location: "westeurope", resourceGroupName: "rg", sku: "Standard" });
    const diag = stackResource(resource("monitor:DiagnosticSetting", "diag", { resourceUri: UNKNOWN, workspaceId: UNKNOWN, serviceBusRuleId: UNKNOWN }), { workspaceId: [logs], serviceBusRuleId: [bus] });
    expect(stackMessages(diag, [logs, bus, diag])).toEqual([
      `Diagnostic setting 'diag' sends logs to eastus (United States) through workspaceId (unknown at preview), the location of Log Analytics workspace 'logs', ${OUTSIDE}. ${LOGS_FIX}`,
    ]);
  });
});

describe("classic Log Analytics export and workspace-based telemetry (V20)", () => {
  it("reports a data export rule to an event hub whose namespace is outside the boundary", () => {
    const events = namespace("eastus");
    const logs = workspace("logs", "westeurope");
    const exporter = classic(
      "azure:loganalytics/dataExportRule:DataExportRule",
      "export",
      { resourceGroupName: "rg", workspaceResourceId: UNKNOWN, destinationResourceId: UNKNOWN, tableNames: ["Heartbeat"] },
      { workspaceResourceId: [logs], destinationResourceId: [events] },
    );
    expect(stackMessages(exporter, [events, logs, exporter])).toEqual([
      `Data export rule 'export' exports workspace data to eastus (United States) through destinationResourceId (unknown at preview), the location of event hubs namespace 'events', ${OUTSIDE}. ${TELEMETRY_FIX}`,
    ]);
  });

  it("reports classic Application Insights ingesting into a workspace outside the boundary, and passes one inside", () => {
    const insights = (logs: StackResource) =>
      classic("azure:appinsights/insights:Insights", "app", { location: "westeurope", resourceGroupName: "rg", applicationType: "web", workspaceId: UNKNOWN }, { workspaceId: [logs] });
    const outside = workspace("logs", "eastus");
    expect(stackMessages(insights(outside), [outside, insights(outside)])).toEqual([
      `Application Insights component 'app' ingests telemetry into eastus (United States) through workspaceId (unknown at preview), the location of Log Analytics workspace 'logs', ${OUTSIDE}. ${TELEMETRY_FIX}`,
    ]);
    const inside = workspace("logs", "northeurope");
    expect(stackMessages(insights(inside), [inside, insights(inside)])).toEqual([]);
  });

  it("judges each linked storage account of a workspace once, and an unknown list as not proven", () => {
    const inside = account("inside", "westeurope");
    const outside = account("outside", "eastus");
    const linked = (storageAccountIds: unknown, targets: StackResource[]) =>
      classic("azure:loganalytics/linkedStorageAccount:LinkedStorageAccount", "query", { dataSourceType: "Query", resourceGroupName: "rg", workspaceResourceId: "/w", storageAccountIds }, { storageAccountIds: targets });
    expect(stackMessages(linked([UNKNOWN, UNKNOWN], [inside, outside]), [inside, outside, linked([UNKNOWN, UNKNOWN], [inside, outside])])).toEqual([
      `Linked storage account 'query' keeps workspace data in eastus (United States) through storageAccountIds[*] (unknown at preview), the location of storage account 'outside', ${OUTSIDE}. ${TELEMETRY_FIX}`,
    ]);
    expect(stackMessages(linked(UNKNOWN, []), [linked(UNKNOWN, [])])).toEqual([
      `Linked storage account 'query' keeps workspace data in a place that cannot be proven at preview through storageAccountIds (unknown at preview), because the target is not a resource of this stack, ${NOT_PROVEN}. ${UNPROVEN_FIX}`,
    ]);
  });
});

describe("classic data collection rules (V20)", () => {
  const rule = (destinations: PropertyBag, targets: StackResource[]) =>
    classic("azure:monitoring/dataCollectionRule:DataCollectionRule", "dcr", { location: "westeurope", resourceGroupName: "rg", dataFlows: [], destinations }, { destinations: targets });

  it("judges workspace and storage destinations per kind of target", () => {
    const logs = workspace("logs", "eastus");
    const archive = account("archive", "westeurope");
    const blobs = account("blobs", "eastus");
    const dcr = rule({
      logAnalytics: [{ name: "a", workspaceResourceId: UNKNOWN }],
      storageBlobs: [{ name: "b", storageAccountId: UNKNOWN, containerName: "c" }],
      storageTableDirects: [{ name: "t", storageAccountId: UNKNOWN, tableName: "t" }],
    }, [logs, archive, blobs]);
    expect(stackMessages(dcr, [logs, archive, blobs, dcr])).toEqual([
      `Data collection rule 'dcr' sends collected data to eastus (United States) through destinations.logAnalytics[0].workspaceResourceId (unknown at preview), the location of Log Analytics workspace 'logs', ${OUTSIDE}. ${TELEMETRY_FIX}`,
      `Data collection rule 'dcr' sends collected data to eastus (United States) through destinations.storageBlobs[0].storageAccountId, destinations.storageTableDirects[0].storageAccountId (unknown at preview), the location of storage account 'blobs', ${OUTSIDE}. ${TELEMETRY_FIX}`,
    ]);
  });

  it("judges direct blob destinations like the other storage destinations", () => {
    const blobs = account("blobs", "eastus");
    const dcr = rule({ storageBlobDirects: [{ name: "d", storageAccountId: UNKNOWN, containerName: "c" }] }, [blobs]);
    expect(stackMessages(dcr, [blobs, dcr])).toEqual([
      `Data collection rule 'dcr' sends collected data to eastus (United States) through destinations.storageBlobDirects[0].storageAccountId (unknown at preview), the location of storage account 'blobs', ${OUTSIDE}. ${TELEMETRY_FIX}`,
    ]);
  });

  it("judges the single eventHub block against an event hub id built from a classic namespace", () => {
    const events = namespace("eastus");
    const dcr = rule({ eventHub: { name: "e", eventHubId: UNKNOWN } }, [events]);
    expect(stackMessages(dcr, [events, dcr])).toEqual([
      `Data collection rule 'dcr' sends collected data to eastus (United States) through destinations.eventHub.eventHubId (unknown at preview), the location of event hubs namespace 'events', ${OUTSIDE}. ${TELEMETRY_FIX}`,
    ]);
  });

  it("fails closed on an Azure Monitor workspace list unknown at preview, and passes one inside", () => {
    expect(stackMessages(rule({ monitorAccounts: UNKNOWN }, []), [rule({ monitorAccounts: UNKNOWN }, [])])).toEqual([
      `Data collection rule 'dcr' sends collected data to a place that cannot be proven at preview through destinations.monitorAccounts (unknown at preview), because the target is not a resource of this stack, ${NOT_PROVEN}. ${UNPROVEN_FIX}`,
    ]);
    const prometheus = classic("azure:monitoring/workspace:Workspace", "prom", { location: "westeurope", resourceGroupName: "rg" });
    const dcr = rule({ monitorAccounts: [{ name: "m", monitorAccountId: UNKNOWN }], eventHubDirect: { name: "d", eventHubId: UNKNOWN } }, [prometheus]);
    expect(stackMessages(dcr, [prometheus, dcr])).toEqual([
      `Data collection rule 'dcr' sends collected data to a place that cannot be proven at preview through destinations.eventHubDirect.eventHubId (unknown at preview), because the target is not a resource of this stack, ${NOT_PROVEN}. ${UNPROVEN_FIX}`,
    ]);
  });
});
