import { describe, expect, it } from "vitest";
import { resource, stackResource, UNKNOWN } from "../helpers/facts";
import { resourceMessages, stackMessages } from "../helpers/evaluate";

const OUTSIDE = "outside the EU Data Boundary (EU + EFTA)";
const DECLARE_FIX =
  "Declare the target with its region in boundary.externalResources (docs/external-resources.md), reference a resource created in this stack inside the boundary, or add a reviewed exemption.";
const UNPROVEN_FIX = "Reference a resource created in this stack inside the boundary, so that its location can be read at preview, or add a reviewed exemption.";
const LOGS_FIX = "Send the logs to a target created in this stack inside the boundary.";
const TELEMETRY_FIX = "Send the telemetry to a target created in this stack inside the boundary.";

const group = (location: string) => stackResource(resource("resources:ResourceGroup", "rg", { location }));
const workspace = (name: string, location: string) => stackResource(resource("operationalinsights:Workspace", name, { location, resourceGroupName: "rg" }));
const account = (name: string, location: string) => stackResource(resource("storage:StorageAccount", name, { location, resourceGroupName: "rg", sku: { name: "Standard_LRS" } }));
const namespace = (location: string) => stackResource(resource("eventhub:Namespace", "events", { location, resourceGroupName: "rg" }));

describe("diagnostic settings (V19)", () => {
  const setting = (props: Record<string, unknown>, deps: Parameters<typeof stackResource>[1] = {}) =>
    stackResource(resource("monitor:DiagnosticSetting", "diag", { resourceUri: UNKNOWN, ...props }), deps);

  it("reports a workspace of the stack outside the boundary in the stack policy only", () => {
    const logs = workspace("logs", "eastus");
    const diag = setting({ workspaceId: UNKNOWN }, { workspaceId: [logs] });
    expect(resourceMessages(diag)).toEqual([]);
    expect(stackMessages(diag, [logs, diag])).toEqual([
      `Diagnostic setting 'diag' sends logs to eastus (United States) through workspaceId (unknown at preview), the location of workspace 'logs', ${OUTSIDE}. ${LOGS_FIX}`,
    ]);
  });

  it("passes targets of the stack inside the boundary", () => {
    const logs = workspace("logs", "westeurope");
    const archive = account("archive", "swedencentral");
    const diag = setting({ workspaceId: UNKNOWN, storageAccountId: UNKNOWN }, { workspaceId: [logs], storageAccountId: [archive] });
    expect(stackMessages(diag, [logs, archive, diag])).toEqual([]);
  });

  it("takes an authorization rule's place from its parent namespace", () => {
    const events = namespace("eastus");
    const rule = stackResource(resource("eventhub:NamespaceAuthorizationRule", "send", { namespaceName: UNKNOWN, resourceGroupName: "rg", rights: ["Send"] }), { namespaceName: [events] });
    const diag = setting({ eventHubAuthorizationRuleId: UNKNOWN, eventHubName: "logs" }, { eventHubAuthorizationRuleId: [rule] });
    expect(stackMessages(diag, [events, rule, diag])).toEqual([
      `Diagnostic setting 'diag' streams logs to eastus (United States) through eventHubAuthorizationRuleId (unknown at preview), the location of namespace authorization rule 'send', inherited from parent event hubs namespace 'events', ${OUTSIDE}. ${LOGS_FIX}`,
    ]);
  });

  it("takes a default rule id built from the namespace id from the namespace", () => {
    const events = namespace("uksouth");
    const diag = setting({ eventHubAuthorizationRuleId: UNKNOWN }, { eventHubAuthorizationRuleId: [events] });
    expect(stackMessages(diag, [events, diag])).toEqual([
      `Diagnostic setting 'diag' streams logs to uksouth (United Kingdom) through eventHubAuthorizationRuleId (unknown at preview), the location of event hubs namespace 'events', ${OUTSIDE}. ${LOGS_FIX}`,
    ]);
  });

  it("follows a storage account's location to its resource group", () => {
    const rg = group("eastus");
    const archive = stackResource(resource("storage:StorageAccount", "archive", { resourceGroupName: UNKNOWN, sku: { name: "Standard_LRS" } }), { resourceGroupName: [rg] });
    const diag = setting({ storageAccountId: UNKNOWN }, { storageAccountId: [archive] });
    expect(stackMessages(diag, [rg, archive, diag])).toEqual([
      `Diagnostic setting 'diag' archives logs in eastus (United States) through storageAccountId (unknown at preview), the location of storage account 'archive', inherited from resource group 'rg', ${OUTSIDE}. ${LOGS_FIX}`,
    ]);
  });

  it("fails closed on a target outside the stack, and on an id built only from a resource group", () => {
    const rg = group("westeurope");
    const diag = setting({ workspaceId: UNKNOWN, serviceBusRuleId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ServiceBus/namespaces/bus/authorizationRules/r" }, { workspaceId: [rg] });
    expect(stackMessages(diag, [rg, diag])).toEqual([
      `Diagnostic setting 'diag' sends logs to a place that cannot be proven at preview through workspaceId (unknown at preview), because the target is not a resource of this stack, not proven inside the EU Data Boundary (EU + EFTA). ${UNPROVEN_FIX}`,
      `Diagnostic setting 'diag' streams logs to a place that cannot be proven at preview through serviceBusRuleId /subscriptions/s/resourceGroups/rg/providers/Microsoft.ServiceBus/namespaces/bus/authorizationRules/r, because the target is not a resource of this stack, not proven inside the EU Data Boundary (EU + EFTA). ${DECLARE_FIX}`,
    ]);
  });

  it("judges subscription, management-group and Entra ID diagnostic settings the same way", () => {
    const logs = workspace("logs", "eastus");
    const kinds = {
      "monitor:SubscriptionDiagnosticSetting": "Subscription diagnostic setting",
      "monitor:ManagementGroupDiagnosticSetting": "Management group diagnostic setting",
      "aadiam:DiagnosticSetting": "Diagnostic setting",
    };
    for (const [type, kind] of Object.entries(kinds)) {
      const diag = stackResource(resource(type, "diag", { workspaceId: UNKNOWN, managementGroupId: "mg" }), { workspaceId: [logs] });
      expect(stackMessages(diag, [logs, diag]), type).toEqual([
        `${kind} 'diag' sends logs to eastus (United States) through workspaceId (unknown at preview), the location of workspace 'logs', ${OUTSIDE}. ${LOGS_FIX}`,
      ]);
    }
  });
});

describe("Log Analytics export and workspace-based telemetry (V20)", () => {
  it("reports a data export to an Event Hubs namespace outside the boundary", () => {
    const events = namespace("eastus");
    const logs = workspace("logs", "westeurope");
    const exporter = stackResource(resource("operationalinsights:DataExport", "export", { resourceGroupName: "rg", workspaceName: UNKNOWN, resourceId: UNKNOWN, tableNames: ["Heartbeat"] }), { workspaceName: [logs], resourceId: [events] });
    expect(stackMessages(exporter, [events, logs, exporter])).toEqual([
      `Data export 'export' exports workspace data to eastus (United States) through resourceId (unknown at preview), the location of event hubs namespace 'events', ${OUTSIDE}. ${TELEMETRY_FIX}`,
    ]);
  });

  it("reports an Application Insights component ingesting into a workspace outside the boundary", () => {
    const logs = workspace("logs", "eastus");
    const insights = stackResource(resource("applicationinsights:Component", "app", { location: "westeurope", resourceGroupName: "rg", kind: "web", applicationType: "web", workspaceResourceId: UNKNOWN }), { workspaceResourceId: [logs] });
    expect(stackMessages(insights, [logs, insights])).toEqual([
      `Application Insights component 'app' ingests telemetry into eastus (United States) through workspaceResourceId (unknown at preview), the location of workspace 'logs', ${OUTSIDE}. ${TELEMETRY_FIX}`,
    ]);
  });

  it("judges continuous export's location id as a region and never proves a SAS URL", () => {
    const exporter = resource("applicationinsights:ExportConfiguration", "export", {
      resourceGroupName: "rg",
      resourceName: "app",
      destinationStorageLocationId: "eastus",
      destinationAddress: "https://acct.blob.core.windows.net/c?sv=2020&sig=secret",
    });
    expect(resourceMessages(exporter)).toEqual([
      `Export configuration 'export' exports telemetry to storage in eastus (United States) through destinationStorageLocationId eastus, ${OUTSIDE}. Export only to a storage account in a region inside the boundary, such as westeurope, or use a workspace-based component instead of continuous export.`,
      "Export configuration 'export' exports telemetry to a place that cannot be proven at preview through destinationAddress (value not shown), because a SAS URL names a storage container, not its region, not proven inside the EU Data Boundary (EU + EFTA). Replace continuous export with a workspace-based component whose workspace is created in this stack inside the boundary, or add a reviewed exemption.",
    ]);
  });

  it("passes continuous export to a region inside, and judges its destination account through the stack", () => {
    const archive = account("archive", "eastus");
    const app = stackResource(resource("applicationinsights:Component", "app", { location: "westeurope", resourceGroupName: "rg", kind: "web", applicationType: "web" }));
    const exporter = stackResource(resource("applicationinsights:ExportConfiguration", "export", { resourceGroupName: "rg", resourceName: UNKNOWN, destinationStorageLocationId: "westeurope", destinationAccountId: UNKNOWN }), { resourceName: [app], destinationAccountId: [archive] });
    expect(resourceMessages(exporter)).toEqual([]);
    expect(stackMessages(exporter, [archive, app, exporter])).toEqual([
      `Export configuration 'export' exports telemetry to eastus (United States) through destinationAccountId (unknown at preview), the location of storage account 'archive', ${OUTSIDE}. ${TELEMETRY_FIX}`,
    ]);
  });

  it("judges each linked storage account of a workspace once", () => {
    const inside = account("inside", "westeurope");
    const outside = account("outside", "eastus");
    const logs = workspace("logs", "westeurope");
    const linked = stackResource(resource("operationalinsights:LinkedStorageAccount", "query", { resourceGroupName: "rg", workspaceName: UNKNOWN, storageAccountIds: [UNKNOWN, UNKNOWN] }), { workspaceName: [logs], storageAccountIds: [inside, outside] });
    expect(stackMessages(linked, [inside, outside, logs, linked])).toEqual([
      `Linked storage account 'query' keeps workspace data in eastus (United States) through storageAccountIds[*] (unknown at preview), the location of storage account 'outside', ${OUTSIDE}. ${TELEMETRY_FIX}`,
    ]);
  });
});

describe("data collection rules (V20)", () => {
  const rule = (destinations: Record<string, unknown>, targets: ReturnType<typeof stackResource>[]) =>
    stackResource(resource("monitor:DataCollectionRule", "dcr", { location: "westeurope", resourceGroupName: "rg", destinations }), { destinations: targets });

  it("judges each target once per destination kind, never once per entry and target", () => {
    const logs = workspace("logs", "eastus");
    const audit = workspace("audit", "eastus");
    const archive = account("archive", "eastus");
    const dcr = rule({
      logAnalytics: [{ name: "a", workspaceResourceId: UNKNOWN }, { name: "b", workspaceResourceId: UNKNOWN }],
      storageBlobsDirect: [{ name: "c", storageAccountResourceId: UNKNOWN, containerName: "logs" }],
    }, [logs, audit, archive]);
    expect(stackMessages(dcr, [logs, audit, archive, dcr])).toEqual([
      `Data collection rule 'dcr' sends collected data to eastus (United States) through destinations.logAnalytics[*].workspaceResourceId (unknown at preview), the location of workspace 'logs', ${OUTSIDE}. ${TELEMETRY_FIX}`,
      `Data collection rule 'dcr' sends collected data to eastus (United States) through destinations.logAnalytics[*].workspaceResourceId (unknown at preview), the location of workspace 'audit', ${OUTSIDE}. ${TELEMETRY_FIX}`,
      `Data collection rule 'dcr' sends collected data to eastus (United States) through destinations.storageBlobsDirect[0].storageAccountResourceId (unknown at preview), the location of storage account 'archive', ${OUTSIDE}. ${TELEMETRY_FIX}`,
    ]);
  });

  it("judges storage destinations of every kind together, and fails closed on an entry no target explains", () => {
    const archive = account("archive", "westeurope");
    const dcr = rule({
      storageAccounts: [{ name: "a", storageAccountResourceId: UNKNOWN }],
      storageTablesDirect: [{ name: "b", storageAccountResourceId: "/subscriptions/s/resourceGroups/other/providers/Microsoft.Storage/storageAccounts/x", tableName: "t" }],
    }, [archive]);
    expect(stackMessages(dcr, [archive, dcr])).toEqual([
      `Data collection rule 'dcr' sends collected data to a place that cannot be proven at preview through destinations.storageAccounts[0].storageAccountResourceId, destinations.storageTablesDirect[0].storageAccountResourceId (unknown at preview) and /subscriptions/s/resourceGroups/other/providers/Microsoft.Storage/storageAccounts/x, because only 1 of its 2 targets is a resource of this stack, not proven inside the EU Data Boundary (EU + EFTA). ${UNPROVEN_FIX}`,
    ]);
  });

  it("takes an event hub's place from its namespace and reports an unknown destination list", () => {
    const events = namespace("eastus");
    const hub = stackResource(resource("eventhub:EventHub", "hub", { namespaceName: UNKNOWN, resourceGroupName: "rg" }), { namespaceName: [events] });
    const dcr = rule({ eventHubsDirect: [{ name: "e", eventHubResourceId: UNKNOWN }], monitoringAccounts: UNKNOWN }, [hub]);
    expect(stackMessages(dcr, [events, hub, dcr])).toEqual([
      `Data collection rule 'dcr' sends collected data to eastus (United States) through destinations.eventHubsDirect[0].eventHubResourceId (unknown at preview), the location of event hub 'hub', inherited from parent event hubs namespace 'events', ${OUTSIDE}. ${TELEMETRY_FIX}`,
      `Data collection rule 'dcr' sends collected data to a place that cannot be proven at preview through destinations.monitoringAccounts (unknown at preview), because the target is not a resource of this stack, not proven inside the EU Data Boundary (EU + EFTA). ${UNPROVEN_FIX}`,
    ]);
  });
});
