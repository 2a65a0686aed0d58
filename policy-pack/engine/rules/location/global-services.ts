/**
 * How each resource type that takes `location: "global"` treats customer data (vectors.md V03). Types not listed
 * here are outside the boundary with `global`: nothing proves where they process data.
 */
export interface GlobalServiceRow {
  /** `<module>:<Type>` */
  readonly type: string;
  /** `metadata` stores only configuration (passes); `processes` handles customer data anywhere (outside). */
  readonly treatment: "metadata" | "processes";
  /** Why, in one clause, for the message and the docs. */
  readonly why: string;
  /** What to do instead, one imperative sentence. */
  readonly fix?: string;
}

const metadata = (type: string, why: string): GlobalServiceRow => ({ type, treatment: "metadata", why });
const processes = (type: string, why: string, fix: string): GlobalServiceRow => ({ type, treatment: "processes", why, fix });

const EDGE_FIX = "Serve the content from a regional service inside the boundary (for example an Application Gateway or a storage static website), or add a reviewed exemption.";

/** The table; the engine and `docs/vectors.md` read it. */
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
  processes("cdn:Profile", "Front Door and CDN cache content at global points of presence and are excluded from the EU Data Boundary", EDGE_FIX),
  processes("cdn:AFDEndpoint", "Front Door endpoints route and cache traffic at global points of presence", EDGE_FIX),
  processes("cdn:Endpoint", "CDN endpoints cache content at global points of presence", EDGE_FIX),
  processes("cdn:Policy", "edge WAF policies inspect traffic at global points of presence", EDGE_FIX),
  processes("frontdoor:FrontDoor", "classic Front Door caches content at global points of presence", EDGE_FIX),
  processes("frontdoor:Policy", "edge WAF policies inspect traffic at global points of presence", EDGE_FIX),
  processes("botservice:Bot", "a global bot has no data residency", "Set location to westeurope to make the bot regional."),
  processes("monitor:ActionGroup", "a global action group may process alert payloads in any geography", "Set location to swedencentral or germanywestcentral, the regional action-group locations in Europe."),
  processes("monitor:ActivityLogAlert", "a global activity log alert is evaluated outside any chosen region", "Set location to westeurope or northeurope."),
  processes("monitor:MetricAlert", "where a global metric alert processes data is not documented (unverified, taken as outside)", "Set location to a region inside the boundary, or add a reviewed exemption."),
  processes("monitor:ScheduledQueryRule", "where a global scheduled query rule processes data is not documented (unverified, taken as outside)", "Set location to a region inside the boundary, or add a reviewed exemption."),
  processes("eventgrid:SystemTopic", "a global system topic may store event data in any Microsoft datacentre", "Create the system topic in a region inside the boundary."),
];

const BY_TYPE: ReadonlyMap<string, GlobalServiceRow> = new Map(GLOBAL_SERVICES.map((row) => [row.type, row]));

/** The row for a type, or `undefined` when the type is not known to take `global`. */
export function globalServiceRow(typeKey: string): GlobalServiceRow | undefined {
  return BY_TYPE.get(typeKey);
}
