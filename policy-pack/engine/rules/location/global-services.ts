/**
 * How each resource type that takes `location: "global"` treats customer data (vectors.md V03). Types not listed
 * here are outside the boundary with `global`: nothing proves where they process data.
 */
export interface GlobalServiceRow {
  /** `<module>:<Type>` (azure-native) or `azure:<module>:<Type>` (classic). */
  readonly type: string;
  /**
   * `metadata` stores only configuration (passes); `processes` handles customer data anywhere (outside);
   * `edge` serves, caches or inspects content at points of presence around the world whatever its location, so
   * the `edge-points-of-presence` rule reports it at any location, `global` included.
   */
  readonly treatment: "metadata" | "processes" | "edge";
  /** Why, in one clause, for the message and the docs. */
  readonly why: string;
  /** What to do instead, one imperative sentence. */
  readonly fix?: string;
  /** For `edge`: the verb phrase before the points of presence ("serves and caches content at"). */
  readonly what?: string;
}

const metadata = (type: string, why: string): GlobalServiceRow => ({ type, treatment: "metadata", why });
const processes = (type: string, why: string, fix: string): GlobalServiceRow => ({ type, treatment: "processes", why, fix });
const edge = (type: string, what: string, why: string): GlobalServiceRow => ({ type, treatment: "edge", what, why });

const SERVES = "serves and caches content at";
const INSPECTS = "inspects traffic at";
const RUNS = "runs code on traffic at";
const CDN_WHY = "Front Door and CDN serve and cache content at points of presence around the world whatever their location, and are excluded from the EU Data Boundary";
const WAF_WHY = "edge WAF policies inspect traffic at the Front Door and CDN points of presence around the world";
const ACTION_GROUP_WHY = "a global action group may process alert payloads in any geography";
const ACTION_GROUP_FIX = "Set location to swedencentral or germanywestcentral, the regional action-group locations in Europe.";
const ACTIVITY_LOG_ALERT_WHY = "a global activity log alert is evaluated outside any chosen region";
const METRIC_ALERT_WHY = "where a global metric alert processes data is not documented (unverified, taken as outside)";
const EDGE_ACTION_WHY = "edge actions run at the Front Door points of presence around the world";

/** The table; the engine and `docs/coverage/location.md` read it. */
export const GLOBAL_SERVICES: readonly GlobalServiceRow[] = [
  metadata("dns:Zone", "DNS records are configuration, not customer data"),
  metadata("privatedns:PrivateZone", "private DNS records are configuration, not customer data"),
  metadata("privatedns:VirtualNetworkLink", "a private DNS link is configuration"),
  metadata("trafficmanager:Profile", "Traffic Manager answers DNS queries and holds endpoint configuration only"),
  metadata("graphservices:Account", "the Graph services account is a billing link"),
  metadata("communication:CommunicationService", "the location is always global; dataLocation decides where data lives"),
  metadata("communication:EmailService", "the location is always global; dataLocation decides where data lives"),
  metadata("azuresphere:Catalog", "the catalog's location is always global; regionalDataBoundary on device groups and images decides where device data lives"),
  metadata("communication:Domain", "the location is always global; the parent's dataLocation decides where data lives"),
  edge("cdn:Profile", SERVES, CDN_WHY),
  edge("cdn:Endpoint", SERVES, CDN_WHY),
  edge("cdn:AFDEndpoint", "routes and caches traffic at", CDN_WHY),
  edge("cdn:Policy", INSPECTS, WAF_WHY),
  edge("cdn:EdgeAction", RUNS, EDGE_ACTION_WHY),
  edge("cdn:EdgeActionVersion", RUNS, EDGE_ACTION_WHY),
  edge("cdn:EdgeActionExecutionFilter", RUNS, EDGE_ACTION_WHY),
  edge("cdn:WebAgent", "answers requests at", "a CDN web agent answers chat and MCP requests on the CDN (unverified where; taken as its points of presence)"),
  edge("frontdoor:FrontDoor", SERVES, "classic Front Door serves and caches content at points of presence around the world, and is excluded from the EU Data Boundary"),
  edge("frontdoor:Policy", INSPECTS, WAF_WHY),
  edge("frontdoor:NetworkExperimentProfile", "measures traffic at", "Internet Analyzer experiments run from the Front Door points of presence and the clients around the world"),
  edge("frontdoor:Experiment", "measures traffic at", "Internet Analyzer experiments run from the Front Door points of presence and the clients around the world"),
  edge("azure:cdn:Profile", SERVES, CDN_WHY),
  edge("azure:cdn:Endpoint", SERVES, CDN_WHY),
  edge("azure:cdn:FrontdoorProfile", SERVES, CDN_WHY),
  edge("azure:cdn:FrontdoorEndpoint", "routes and caches traffic at", CDN_WHY),
  edge("azure:cdn:FrontdoorFirewallPolicy", INSPECTS, WAF_WHY),
  edge("azure:frontdoor:Frontdoor", SERVES, "classic Front Door serves and caches content at points of presence around the world, and is excluded from the EU Data Boundary"),
  edge("azure:frontdoor:FirewallPolicy", INSPECTS, WAF_WHY),
  processes("botservice:Bot", "a global bot has no data residency", "Set location to westeurope to make the bot regional."),
  processes("monitor:ActionGroup", ACTION_GROUP_WHY, ACTION_GROUP_FIX),
  processes("azure:monitoring:ActionGroup", ACTION_GROUP_WHY, ACTION_GROUP_FIX),
  processes("monitor:ActivityLogAlert", ACTIVITY_LOG_ALERT_WHY, "Set location to westeurope or northeurope."),
  processes("azure:monitoring:ActivityLogAlert", ACTIVITY_LOG_ALERT_WHY, "Set location to westeurope or northeurope."),
  processes("monitor:MetricAlert", METRIC_ALERT_WHY, "Set location to a region inside the boundary, or add a reviewed exemption."),
  // The classic metric alert has no location input: azurerm always creates it at global.
  processes("azure:monitoring:MetricAlert", METRIC_ALERT_WHY, "Replace it with an azure-native monitor.MetricAlert in a region inside the boundary, or add a reviewed exemption."),
  processes("monitor:ScheduledQueryRule", "where a global scheduled query rule processes data is not documented (unverified, taken as outside)", "Set location to a region inside the boundary, or add a reviewed exemption."),
  processes("eventgrid:SystemTopic", "a global system topic may store event data in any Microsoft datacentre", "Create the system topic in a region inside the boundary."),
];

const BY_TYPE: ReadonlyMap<string, GlobalServiceRow> = new Map(GLOBAL_SERVICES.map((row) => [row.type, row]));

/** The row for a type, or `undefined` when the type is not known to take `global`. */
export function globalServiceRow(typeKey: string): GlobalServiceRow | undefined {
  return BY_TYPE.get(typeKey);
}
