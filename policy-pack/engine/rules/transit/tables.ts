import { ReferenceField } from "../reference-fields";
import { RegionField } from "../region-fields";
import { UnprovableField } from "../unprovable-fields";

const REVIEW_FIX = "Confirm that it is inside the boundary and record a reviewed exemption.";

/**
 * Connections whose far end is another Azure resource (vectors.md V33): its place is the location of the
 * resource of this stack the id was computed from. docs/coverage/transit.md lists the same rows.
 */
export const TRANSIT_REFERENCES: readonly ReferenceField[] = [
  {
    type: "network:VirtualNetworkPeering",
    path: "remoteVirtualNetwork.id",
    what: "peers with a virtual network in",
    fix: "Peer only with virtual networks inside the boundary.",
    targets: ["network:VirtualNetwork"],
  },
  {
    type: "network:PrivateEndpoint",
    list: "privateLinkServiceConnections",
    path: "privateLinkServiceId",
    what: "connects privately to a resource in",
    fix: "Connect private endpoints only to resources inside the boundary.",
  },
  {
    type: "network:PrivateEndpoint",
    list: "manualPrivateLinkServiceConnections",
    path: "privateLinkServiceId",
    what: "connects privately to a resource in",
    fix: "Connect private endpoints only to resources inside the boundary.",
  },
  {
    type: "network:VirtualNetworkGatewayConnection",
    path: "virtualNetworkGateway2.id",
    what: "connects to a virtual network gateway in",
    fix: "Connect only to gateways inside the boundary.",
    targets: ["network:VirtualNetworkGateway"],
  },
  {
    type: "network:VirtualNetworkGatewayConnection",
    path: "peer.id",
    what: "connects to an ExpressRoute circuit in",
    fix: "Connect only to circuits inside the boundary.",
    targets: ["network:ExpressRouteCircuit"],
  },
];

const PRIVATE_LINK_FIX = "Use a private-link origin in a region inside the boundary, such as {example}.";

/** Private-link regions named directly by CDN, Front Door and managed private endpoints. */
export const TRANSIT_REGION_FIELDS: readonly RegionField[] = [
  { type: "cdn:Origin", path: "privateLinkLocation", what: "reaches its private-link origin in", fix: PRIVATE_LINK_FIX },
  { type: "cdn:Endpoint", list: "origins", path: "privateLinkLocation", what: "reaches its private-link origin in", fix: PRIVATE_LINK_FIX },
  { type: "cdn:AFDOrigin", path: "sharedPrivateLinkResource.privateLinkLocation", what: "reaches its private-link origin in", fix: PRIVATE_LINK_FIX },
  { type: "frontdoor:FrontDoor", list: "backendPools[].backends", path: "privateLinkLocation", what: "reaches its private-link backend in", fix: PRIVATE_LINK_FIX },
  { type: "dashboard:ManagedPrivateEndpoint", path: "privateLinkResourceRegion", what: "connects privately to a resource in", fix: "Connect only to resources in a region inside the boundary, such as {example}." },
  { type: "kusto:ManagedPrivateEndpoint", path: "privateLinkResourceRegion", what: "connects privately to a resource in", fix: "Connect only to resources in a region inside the boundary, such as {example}." },
];

/** Far ends no preview can place: on-premises sites and ExpressRoute peering locations (cities, not regions). */
export const TRANSIT_UNPROVABLE_FIELDS: readonly UnprovableField[] = [
  {
    type: "network:ExpressRouteCircuit",
    path: "serviceProviderProperties.peeringLocation",
    what: "meets on-premises networks at",
    why: "because ExpressRoute peering locations are cities that the pack does not map to countries",
    fix: `Check the peering location. ${REVIEW_FIX}`,
    revealValue: true,
  },
  {
    type: "network:LocalNetworkGateway",
    path: "gatewayIpAddress",
    what: "routes traffic to an on-premises site at",
    why: "because a gateway address does not say where the site is",
    fix: `Check where the site is. ${REVIEW_FIX}`,
    revealValue: true,
  },
  {
    type: "network:LocalNetworkGateway",
    path: "fqdn",
    what: "routes traffic to an on-premises site at",
    why: "because a gateway name does not say where the site is",
    fix: `Check where the site is. ${REVIEW_FIX}`,
    revealValue: true,
  },
];
