import { ReferenceField } from "../reference-fields";
import { RegionField } from "../region-fields";
import { UnprovableField } from "../unprovable-fields";
import {
  MANAGED_PRIVATE_ENDPOINT_REGION,
  ON_PREMISES_ADDRESS,
  ON_PREMISES_NAME,
  PEER_CIRCUIT,
  PEER_GATEWAY,
  PEERED_NETWORK,
  PEERING_LOCATION,
  PRIVATE_ENDPOINT_TARGET,
  PRIVATE_LINK_ORIGIN,
} from "./tables";

/**
 * Classic `@pulumi/azure` connections whose far end is another Azure resource (vectors.md V33), worded as the
 * azure-native rows: classic names the far end by id in a flat input. Targets include both providers' types, since
 * a program may mix them. 5.x and 6.x have the same inputs. docs/coverage/transit.md lists the same rows.
 */
export const CLASSIC_TRANSIT_REFERENCES: readonly ReferenceField[] = [
  // V33
  { type: "azure:network:VirtualNetworkPeering", path: "remoteVirtualNetworkId", ...PEERED_NETWORK, targets: ["azure:network:VirtualNetwork", "network:VirtualNetwork"] },
  // V33
  { type: "azure:privatelink:Endpoint", path: "privateServiceConnection.privateConnectionResourceId", ...PRIVATE_ENDPOINT_TARGET },
  // V33
  {
    type: "azure:network:VirtualNetworkGatewayConnection",
    path: "peerVirtualNetworkGatewayId",
    ...PEER_GATEWAY,
    targets: ["azure:network:VirtualNetworkGateway", "network:VirtualNetworkGateway"],
  },
  // V33
  {
    type: "azure:network:VirtualNetworkGatewayConnection",
    path: "expressRouteCircuitId",
    ...PEER_CIRCUIT,
    targets: ["azure:network:ExpressRouteCircuit", "network:ExpressRouteCircuit"],
  },
];

/** Classic private-link regions named directly (V33): Front Door origins and managed private endpoints. */
export const CLASSIC_TRANSIT_REGION_FIELDS: readonly RegionField[] = [
  // V33
  { type: "azure:cdn:FrontdoorOrigin", path: "privateLink.location", ...PRIVATE_LINK_ORIGIN },
  // V33
  { type: "azure:kusto:ClusterManagedPrivateEndpoint", path: "privateLinkResourceRegion", ...MANAGED_PRIVATE_ENDPOINT_REGION },
  // V33, 6.x only
  { type: "azure:dashboard:GrafanaManagedPrivateEndpoint", path: "privateLinkResourceRegion", ...MANAGED_PRIVATE_ENDPOINT_REGION },
];

/** Classic far ends no preview can place (V33): peering cities, on-premises gateways, private-link aliases. */
export const CLASSIC_TRANSIT_UNPROVABLE_FIELDS: readonly UnprovableField[] = [
  // V33
  { type: "azure:network:ExpressRouteCircuit", path: "peeringLocation", ...PEERING_LOCATION },
  // V33
  { type: "azure:network:LocalNetworkGateway", path: "gatewayAddress", ...ON_PREMISES_ADDRESS },
  // V33
  { type: "azure:network:LocalNetworkGateway", path: "gatewayFqdn", ...ON_PREMISES_NAME },
  // V33: an alias names a private link service, of any tenant, without its resource id.
  {
    type: "azure:privatelink:Endpoint",
    path: "privateServiceConnection.privateConnectionResourceAlias",
    what: "connects privately to a private link service at",
    why: "because a private-link alias does not say where the service is",
    fix: "Check where the service is. Confirm that it is inside the boundary and record a reviewed exemption.",
    revealValue: true,
  },
];
