import { ReferenceField } from "../reference-fields";
import { RegionField } from "../region-fields";
import { UnprovableField } from "../unprovable-fields";

const REVIEW_FIX = "Confirm that it is inside the boundary and record a reviewed exemption.";

/** What a row of a kind of connection says, shared by the azure-native and classic rows of that kind. */
type Wording<Row> = Omit<Row, "type" | "path" | "list" | "targets">;

/** A virtual network peering's remote network. */
export const PEERED_NETWORK: Wording<ReferenceField> = { what: "peers with a virtual network in", fix: "Peer only with virtual networks inside the boundary." };
/** A private endpoint's target resource. */
export const PRIVATE_ENDPOINT_TARGET: Wording<ReferenceField> = { what: "connects privately to a resource in", fix: "Connect private endpoints only to resources inside the boundary." };
/** A gateway connection's peer gateway. */
export const PEER_GATEWAY: Wording<ReferenceField> = { what: "connects to a virtual network gateway in", fix: "Connect only to gateways inside the boundary." };
/** A gateway connection's ExpressRoute circuit. */
export const PEER_CIRCUIT: Wording<ReferenceField> = { what: "connects to an ExpressRoute circuit in", fix: "Connect only to circuits inside the boundary." };

/**
 * Connections whose far end is another Azure resource (vectors.md V33): its place is the location of the
 * resource of this stack the id was computed from. docs/coverage/transit.md lists the same rows.
 */
export const TRANSIT_REFERENCES: readonly ReferenceField[] = [
  { type: "network:VirtualNetworkPeering", path: "remoteVirtualNetwork.id", ...PEERED_NETWORK, targets: ["network:VirtualNetwork"] },
  { type: "network:PrivateEndpoint", list: "privateLinkServiceConnections", path: "privateLinkServiceId", ...PRIVATE_ENDPOINT_TARGET },
  { type: "network:PrivateEndpoint", list: "manualPrivateLinkServiceConnections", path: "privateLinkServiceId", ...PRIVATE_ENDPOINT_TARGET },
  { type: "network:VirtualNetworkGatewayConnection", path: "virtualNetworkGateway2.id", ...PEER_GATEWAY, targets: ["network:VirtualNetworkGateway"] },
  { type: "network:VirtualNetworkGatewayConnection", path: "peer.id", ...PEER_CIRCUIT, targets: ["network:ExpressRouteCircuit"] },
];

/** A CDN or Front Door origin reached over private link. */
export const PRIVATE_LINK_ORIGIN: Wording<RegionField> = { what: "reaches its private-link origin in", fix: "Use a private-link origin in a region inside the boundary, such as {example}." };
/** A managed private endpoint's target region. */
export const MANAGED_PRIVATE_ENDPOINT_REGION: Wording<RegionField> = { what: "connects privately to a resource in", fix: "Connect only to resources in a region inside the boundary, such as {example}." };

/** Private-link regions named directly by CDN, Front Door and managed private endpoints. */
export const TRANSIT_REGION_FIELDS: readonly RegionField[] = [
  { type: "cdn:Origin", path: "privateLinkLocation", ...PRIVATE_LINK_ORIGIN },
  { type: "cdn:Endpoint", list: "origins", path: "privateLinkLocation", ...PRIVATE_LINK_ORIGIN },
  { type: "cdn:AFDOrigin", path: "sharedPrivateLinkResource.privateLinkLocation", ...PRIVATE_LINK_ORIGIN },
  { type: "frontdoor:FrontDoor", list: "backendPools[].backends", path: "privateLinkLocation", what: "reaches its private-link backend in", fix: PRIVATE_LINK_ORIGIN.fix },
  { type: "dashboard:ManagedPrivateEndpoint", path: "privateLinkResourceRegion", ...MANAGED_PRIVATE_ENDPOINT_REGION },
  { type: "kusto:ManagedPrivateEndpoint", path: "privateLinkResourceRegion", ...MANAGED_PRIVATE_ENDPOINT_REGION },
];

/** An ExpressRoute circuit's peering location. */
export const PEERING_LOCATION: Wording<UnprovableField> = {
  what: "meets on-premises networks at",
  why: "because ExpressRoute peering locations are cities that the pack does not map to countries",
  fix: `Check the peering location. ${REVIEW_FIX}`,
  revealValue: true,
};
/** A local network gateway's address. */
export const ON_PREMISES_ADDRESS: Wording<UnprovableField> = {
  what: "routes traffic to an on-premises site at",
  why: "because a gateway address does not say where the site is",
  fix: `Check where the site is. ${REVIEW_FIX}`,
  revealValue: true,
};
/** A local network gateway's name. */
export const ON_PREMISES_NAME: Wording<UnprovableField> = { ...ON_PREMISES_ADDRESS, why: "because a gateway name does not say where the site is" };

/** Far ends no preview can place: on-premises sites and ExpressRoute peering locations (cities, not regions). */
export const TRANSIT_UNPROVABLE_FIELDS: readonly UnprovableField[] = [
  { type: "network:ExpressRouteCircuit", path: "serviceProviderProperties.peeringLocation", ...PEERING_LOCATION },
  { type: "network:LocalNetworkGateway", path: "gatewayIpAddress", ...ON_PREMISES_ADDRESS },
  { type: "network:LocalNetworkGateway", path: "fqdn", ...ON_PREMISES_NAME },
];
