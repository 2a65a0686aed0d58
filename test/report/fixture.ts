import { CheckReport, ReportPlace, ReportPolicy } from "../../cli/report/model";

const urn = (type: string, name: string) => `urn:pulumi:prod::shop::${type}::${name}`;
const BOUNDARY = "the EU Data Boundary (EU + EFTA)";
const DOCS = "https://github.com/data-boundary/data-boundary/blob/main/policy-pack/docs/policies";

const policy = (
  name: string,
  level: ReportPolicy["enforcementLevel"],
  severity: ReportPolicy["severity"],
  description: string,
  remediationSteps: string,
): ReportPolicy => ({
  name,
  displayName: "",
  description,
  enforcementLevel: level,
  severity,
  remediationSteps,
  url: `${DOCS}/${name}.md`,
});

const place = (
  target: string,
  policyName: string,
  verdict: ReportPlace["verdict"],
  label: string,
  country: string | null,
  path: string,
  fix: string,
  message: string,
  neverExempt: string | null = null,
): ReportPlace => ({
  urn: target,
  policy: policyName,
  verdict,
  label,
  country,
  path,
  fix,
  message,
  neverExempt,
});

const RG = urn("azure-native:resources:ResourceGroup", "rg");
const ORDERS = urn("azure-native:storage:StorageAccount", "orders");
const LOGS = urn("azure-native:storage:StorageAccount", "logs");
const EDGE = urn("azure-native:cdn:Profile", "edge");
const GPT = urn("azure-native:cognitiveservices:Deployment", "gpt");
const PEER = urn("azure-native:network:VirtualNetworkPeering", "to-us");
const SHARED = urn("azure-native:storage:StorageAccount", "shared-data");
const ORDERS_LOGS = urn("azure-native:monitor:DiagnosticSetting", "orders-logs");
const HUB = "/subscriptions/0000-hub/resourceGroups/hub/providers/Microsoft.OperationalInsights/workspaces/hub-logs";

const LOGS_MESSAGE = `Storage account 'logs' is located in eastus (United States) through location eastus, outside ${BOUNDARY}. Set location to a region inside the boundary, such as westeurope.`;
const SHARED_MESSAGE = `Storage account 'shared-data' is located in a place that cannot be proven at preview through location (not set), inherited from resource group 'data', not proven inside ${BOUNDARY}. Set location to a literal region inside the boundary, such as westeurope, because the group's location is unknown at preview.`;
const GPT_MESSAGE = `AI deployment 'gpt' processes prompts in any geography where the model is deployed through sku.name GlobalStandard, outside ${BOUNDARY}. Use the DataZoneStandard or Standard deployment type.`;
const PEER_MESSAGE = `Virtual network peering 'to-us' connects to eastus (United States) through remoteVirtualNetwork.id, outside ${BOUNDARY}. Peer only with networks inside the boundary.`;
const EDGE_MESSAGE = `CDN / Front Door profile 'edge' is located in global (logical location Global, not a region) through location global, outside ${BOUNDARY}. Serve the content from a regional service inside the boundary, or add a reviewed exemption.`;
const ORDERS_LOGS_MESSAGE = `Diagnostic setting 'orders-logs' sends logs to swedencentral (Sweden) through workspaceId ${HUB}, the location boundary.externalResources[0] declares for the target outside the stack, inside ${BOUNDARY}. Keep the declaration up to date, or reference a resource created in this stack inside the boundary.`;
const NEVER = "boundary.neverExempt[0] forbids exempting places outside the EU and EFTA";

/**
 * A fixed report covering every part of the renderers: blocking and advisory policies, a stack-level violation, an
 * applied and an unused exemption, a place proven through a declaration and an unused declaration, and places
 * inside, outside, unproven and exempted.
 */
export const REPORT: CheckReport = {
  project: "shop",
  stack: "prod",
  boundary: { name: "eudb", regions: ["northeurope", "swedencentral", "westeurope"] },
  resources: [
    {
      urn: "urn:pulumi:prod::shop::pulumi:pulumi:Stack::shop-prod",
      type: "pulumi:pulumi:Stack",
      name: "shop-prod",
      source: null,
    },
    { urn: RG, type: "azure-native:resources:ResourceGroup", name: "rg", source: { file: "index.ts", line: 4 } },
    { urn: ORDERS, type: "azure-native:storage:StorageAccount", name: "orders", source: { file: "index.ts", line: 6 } },
    { urn: LOGS, type: "azure-native:storage:StorageAccount", name: "logs", source: { file: "index.ts", line: 12 } },
    { urn: EDGE, type: "azure-native:cdn:Profile", name: "edge", source: { file: "components/edge.ts", line: 9 } },
    { urn: GPT, type: "azure-native:cognitiveservices:Deployment", name: "gpt", source: { file: "ai.ts", line: 20 } },
    {
      urn: PEER,
      type: "azure-native:network:VirtualNetworkPeering",
      name: "to-us",
      source: { file: "network.ts", line: 31 },
    },
    { urn: SHARED, type: "azure-native:storage:StorageAccount", name: "shared-data", source: null },
    {
      urn: ORDERS_LOGS,
      type: "azure-native:monitor:DiagnosticSetting",
      name: "orders-logs",
      source: { file: "index.ts", line: 18 },
    },
  ],
  violations: [
    {
      urn: LOGS,
      type: "azure-native:storage:StorageAccount",
      name: "logs",
      policy: "location-in-boundary",
      enforcementLevel: "mandatory",
      message: `${LOGS_MESSAGE} (boundary.exemptions[1] matches this resource, but ${NEVER}.)`,
      source: { file: "index.ts", line: 12 },
    },
    {
      urn: GPT,
      type: "azure-native:cognitiveservices:Deployment",
      name: "gpt",
      policy: "processing-in-boundary",
      enforcementLevel: "mandatory",
      message: GPT_MESSAGE,
      source: { file: "ai.ts", line: 20 },
    },
    {
      urn: SHARED,
      type: "azure-native:storage:StorageAccount",
      name: "shared-data",
      policy: "location-in-boundary",
      enforcementLevel: "mandatory",
      message: SHARED_MESSAGE,
      source: null,
    },
    {
      urn: PEER,
      type: "azure-native:network:VirtualNetworkPeering",
      name: "to-us",
      policy: "network-transit-in-boundary",
      enforcementLevel: "advisory",
      message: PEER_MESSAGE,
      source: { file: "network.ts", line: 31 },
    },
  ],
  summary: { resources: 9, mandatory: 3, advisory: 1 },
  origin: "check",
  programDir: "infra",
  policyConfig: "infra/policy-config.json",
  policies: [
    policy(
      "boundary",
      "mandatory",
      "critical",
      "Resources whose location or data target is only known through other resources of the stack stay inside the boundary; this policy's config chooses the boundary for the whole pack.",
      "Give the resource a literal location inside the boundary.",
    ),
    policy(
      "location-in-boundary",
      "mandatory",
      "critical",
      "Every Azure resource is located in a region inside the boundary. Global services are allowed only when they keep no customer data.",
      "Set location to a region inside the boundary.",
    ),
    policy(
      "replication-in-boundary",
      "mandatory",
      "critical",
      "Geo-redundant copies, replicas and backups of a resource's data are kept only in regions inside the boundary.",
      "Choose a zone- or locally-redundant option.",
    ),
    policy(
      "processing-in-boundary",
      "mandatory",
      "critical",
      "Services process data only inside the boundary.",
      "Choose a deployment type or processing region inside the boundary.",
    ),
    policy(
      "telemetry-in-boundary",
      "mandatory",
      "high",
      "Logs, metrics and traces are sent only to destinations inside the boundary.",
      "Send diagnostics to a workspace, storage account or event hub inside the boundary.",
    ),
    policy(
      "network-transit-in-boundary",
      "advisory",
      "medium",
      "Network paths end inside the boundary; advisory, because transit opens a path for egress.",
      "Peer only with networks inside the boundary.",
    ),
    policy(
      "exemptions",
      "advisory",
      "low",
      "Shows each place outside the boundary that a reviewed exemption allows, and each exemption that allows nothing.",
      "Review each exemption; remove exemptions that allow nothing.",
    ),
  ],
  exemptions: [
    {
      urn: EDGE,
      type: "azure-native:cdn:Profile",
      name: "edge",
      source: { file: "components/edge.ts", line: 9 },
      policy: "location-in-boundary",
      message: EDGE_MESSAGE,
      index: 0,
      reason: "The edge caches only public marketing assets | no personal data",
      approvedBy: "Jane Doe",
      ticket: "SEC-42",
      expires: "2027-03-31",
    },
  ],
  unusedExemptions: [
    {
      policy: "replication-in-boundary",
      index: 2,
      detail: "its resource pattern matches no resource of this stack; correct the pattern, or remove the exemption",
    },
  ],
  declarations: [
    {
      urn: ORDERS_LOGS,
      type: "azure-native:monitor:DiagnosticSetting",
      name: "orders-logs",
      source: { file: "index.ts", line: 18 },
      policy: "telemetry-in-boundary",
      message: ORDERS_LOGS_MESSAGE,
      index: 0,
      reason: "The landing zone's hub workspace; every subscription sends its logs there.",
      approvedBy: null,
      ticket: "PLAT-12",
      expires: "2027-03-31",
    },
  ],
  unusedDeclarations: [
    {
      index: 1,
      detail:
        "no reference, resource group or parent of this stack matches its idPattern; correct the idPattern, or remove the declaration",
    },
  ],
  places: [
    place(
      RG,
      "location-in-boundary",
      "inside",
      "westeurope",
      "Netherlands",
      "location",
      "Set location to a region inside the boundary, such as westeurope.",
      "Resource group 'rg' is located in westeurope (Netherlands).",
    ),
    place(
      ORDERS,
      "location-in-boundary",
      "inside",
      "westeurope",
      "Netherlands",
      "location",
      "Set location to a region inside the boundary, such as westeurope.",
      "Storage account 'orders' is located in westeurope (Netherlands).",
    ),
    place(
      ORDERS,
      "replication-in-boundary",
      "inside",
      "northeurope",
      "Ireland",
      "sku.name",
      "Use Standard_ZRS or Standard_LRS.",
      "Storage account 'orders' keeps a geo-redundant copy in northeurope (Ireland).",
    ),
    place(
      LOGS,
      "location-in-boundary",
      "outside",
      "eastus",
      "United States",
      "location",
      "Set location to a region inside the boundary, such as westeurope.",
      LOGS_MESSAGE,
      NEVER,
    ),
    place(
      EDGE,
      "location-in-boundary",
      "outside",
      "global",
      null,
      "location",
      "Serve the content from a regional service inside the boundary, or add a reviewed exemption.",
      EDGE_MESSAGE,
    ),
    place(
      GPT,
      "processing-in-boundary",
      "outside",
      "any geography where the model is deployed",
      null,
      "sku.name",
      "Use the DataZoneStandard or Standard deployment type.",
      GPT_MESSAGE,
    ),
    place(
      PEER,
      "network-transit-in-boundary",
      "outside",
      "eastus",
      "United States",
      "remoteVirtualNetwork.id",
      "Peer only with networks inside the boundary.",
      PEER_MESSAGE,
      NEVER,
    ),
    place(
      ORDERS_LOGS,
      "telemetry-in-boundary",
      "inside",
      "swedencentral",
      "Sweden",
      "workspaceId",
      "Keep the declaration up to date, or reference a resource created in this stack inside the boundary.",
      ORDERS_LOGS_MESSAGE,
    ),
    place(
      SHARED,
      "location-in-boundary",
      "unproven",
      "not provable at preview",
      null,
      "location",
      "Set location to a literal region inside the boundary, such as westeurope, because the group's location is unknown at preview.",
      SHARED_MESSAGE,
    ),
  ],
};
