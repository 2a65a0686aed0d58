import { describe, expect, it } from "vitest";
import { evaluateResource, PropertyBag, ResourceFacts, StackResource, StackView } from "../../policy-pack/engine";
import { classicResource, resource, stackResource, UNKNOWN } from "../helpers/facts";
import { EUDB, resourceMessages } from "../helpers/evaluate";

const OUTSIDE = "outside the EU Data Boundary (EU + EFTA)";
const NOT_PROVEN = "not proven inside the EU Data Boundary (EU + EFTA)";
const REVIEW = "Confirm that it is inside the boundary and record a reviewed exemption.";

const TRANSIT = new Set(["transit"] as const);

/** Messages the boundary stack policy reports for one resource's transit places (its group is left to the location tests). */
function stackMessages(target: StackResource, resources: StackResource[]): string[] {
  return evaluateResource(target, EUDB, TRANSIT, new StackView(resources)).filter((p) => p.viaStack && p.verdict !== "inside").map((p) => p.message);
}

const classic = (type: string, name: string, props: PropertyBag, dependsOn: Record<string, ResourceFacts[]> = {}): StackResource =>
  stackResource(classicResource(type, name, { resourceGroupName: "rg", ...props }), dependsOn);
const vnet = (name: string, location: string) => classic("azure:network/virtualNetwork:VirtualNetwork", name, { location, addressSpaces: ["10.0.0.0/16"] });

describe("classic network transit (V33, advisory)", () => {
  it("reports a peering with a classic or azure-native virtual network of the stack outside the boundary", () => {
    const local = vnet("hub", "westeurope");
    const remote = vnet("us", "eastus");
    const peering = classic("azure:network/virtualNetworkPeering:VirtualNetworkPeering", "to-us", { virtualNetworkName: UNKNOWN, remoteVirtualNetworkId: UNKNOWN }, { virtualNetworkName: [local], remoteVirtualNetworkId: [remote] });
    expect(stackMessages(peering, [local, remote, peering])).toEqual([
      `Virtual network peering 'to-us' peers with a virtual network in eastus (United States) through remoteVirtualNetworkId (unknown at preview), the location of virtual network 'us', ${OUTSIDE}. Peer only with virtual networks inside the boundary.`,
    ]);
    const native = stackResource(resource("network:VirtualNetwork", "spoke", { location: "northeurope", resourceGroupName: "rg" }));
    const inside = classic("azure:network/virtualNetworkPeering:VirtualNetworkPeering", "to-spoke", { virtualNetworkName: UNKNOWN, remoteVirtualNetworkId: UNKNOWN }, { virtualNetworkName: [local], remoteVirtualNetworkId: [native] });
    expect(stackMessages(inside, [local, native, inside])).toEqual([]);
  });

  it("fails closed on a remote network outside the stack", () => {
    const id = "/subscriptions/p/resourceGroups/x/providers/Microsoft.Network/virtualNetworks/partner";
    const peering = classic("azure:network/virtualNetworkPeering:VirtualNetworkPeering", "to-partner", { virtualNetworkName: "hub", remoteVirtualNetworkId: id });
    expect(stackMessages(peering, [peering])).toEqual([
      `Virtual network peering 'to-partner' peers with a virtual network in a place that cannot be proven at preview through remoteVirtualNetworkId ${id}, because the target is not a resource of this stack, ${NOT_PROVEN}. Declare the target with its region in boundary.externalResources (docs/external-resources.md), reference a resource created in this stack inside the boundary, or add a reviewed exemption.`,
    ]);
  });

  it("reports a private endpoint to a resource in another region, and never proves an alias", () => {
    const account = classic("azure:storage/account:Account", "data", { location: "eastus", accountTier: "Standard", accountReplicationType: "LRS" });
    const endpoint = classic("azure:privatelink/endpoint:Endpoint", "pe", {
      location: "westeurope", subnetId: "/subnet", privateServiceConnection: { name: "blob", isManualConnection: false, privateConnectionResourceId: UNKNOWN, subresourceNames: ["blob"] },
    }, { privateServiceConnection: [account] });
    expect(stackMessages(endpoint, [account, endpoint])).toEqual([
      `Private endpoint 'pe' connects privately to a resource in eastus (United States) through privateServiceConnection.privateConnectionResourceId (unknown at preview), the location of storage account 'data', ${OUTSIDE}. Connect private endpoints only to resources inside the boundary.`,
    ]);
    const alias = classic("azure:privatelink/endpoint:Endpoint", "pe-alias", {
      location: "westeurope", subnetId: "/subnet", privateServiceConnection: { name: "svc", isManualConnection: true, privateConnectionResourceAlias: "svc.1234.westus.azure.privatelinkservice" },
    });
    expect(resourceMessages(alias)).toEqual([
      `Private endpoint 'pe-alias' connects privately to a private link service at a place that cannot be proven at preview through privateServiceConnection.privateConnectionResourceAlias svc.1234.westus.azure.privatelinkservice, because a private-link alias does not say where the service is, ${NOT_PROVEN}. Check where the service is. ${REVIEW}`,
    ]);
  });

  it("reports gateway connections to a gateway or circuit outside the boundary", () => {
    const gateway = classic("azure:network/virtualNetworkGateway:VirtualNetworkGateway", "us-gw", { location: "eastus" });
    const circuit = classic("azure:network/expressRouteCircuit:ExpressRouteCircuit", "er", { location: "eastus2" });
    const connection = classic("azure:network/virtualNetworkGatewayConnection:VirtualNetworkGatewayConnection", "link", {
      location: "westeurope", type: "Vnet2Vnet", virtualNetworkGatewayId: "/gw1", peerVirtualNetworkGatewayId: UNKNOWN, expressRouteCircuitId: UNKNOWN,
    }, { peerVirtualNetworkGatewayId: [gateway], expressRouteCircuitId: [circuit] });
    expect(stackMessages(connection, [gateway, circuit, connection])).toEqual([
      `Virtual network gateway connection 'link' connects to a virtual network gateway in eastus (United States) through peerVirtualNetworkGatewayId (unknown at preview), the location of virtual network gateway 'us-gw', ${OUTSIDE}. Connect only to gateways inside the boundary.`,
      `Virtual network gateway connection 'link' connects to an ExpressRoute circuit in eastus2 (United States) through expressRouteCircuitId (unknown at preview), the location of express route circuit 'er', ${OUTSIDE}. Connect only to circuits inside the boundary.`,
    ]);
  });

  it("judges private-link regions named on Front Door origins and managed private endpoints", () => {
    const transit = (r: ResourceFacts) => evaluateResource(r, EUDB, new Set(["transit"])).filter((p) => p.verdict !== "inside").map((p) => p.message);
    const origin = classicResource("azure:cdn/frontdoorOrigin:FrontdoorOrigin", "app", { cdnFrontdoorOriginGroupId: "/g", hostName: "app.example.com", certificateNameCheckEnabled: true, privateLink: { location: "eastus", privateLinkTargetId: "/x" } });
    const kusto = classicResource("azure:kusto/clusterManagedPrivateEndpoint:ClusterManagedPrivateEndpoint", "mpe", { resourceGroupName: "rg", clusterName: "k", groupId: "blob", privateLinkResourceId: "/x", privateLinkResourceRegion: "uksouth" });
    const grafana = classicResource("azure:dashboard/grafanaManagedPrivateEndpoint:GrafanaManagedPrivateEndpoint", "gmpe", { grafanaId: "/g", location: "westeurope", privateLinkResourceId: "/x", privateLinkResourceRegion: "uaenorth" });
    expect([origin, kusto, grafana].flatMap(transit)).toEqual([
      `Front Door origin 'app' reaches its private-link origin in eastus (United States) through privateLink.location eastus, ${OUTSIDE}. Use a private-link origin in a region inside the boundary, such as westeurope.`,
      `Data Explorer managed private endpoint 'mpe' connects privately to a resource in uksouth (United Kingdom) through privateLinkResourceRegion uksouth, ${OUTSIDE}. Connect only to resources in a region inside the boundary, such as westeurope.`,
      `Managed Grafana private endpoint 'gmpe' connects privately to a resource in uaenorth (United Arab Emirates) through privateLinkResourceRegion uaenorth, ${OUTSIDE}. Connect only to resources in a region inside the boundary, such as westeurope.`,
    ]);
    const inside = classicResource("azure:kusto/clusterManagedPrivateEndpoint:ClusterManagedPrivateEndpoint", "mpe-se", { resourceGroupName: "rg", clusterName: "k", groupId: "blob", privateLinkResourceId: "/x", privateLinkResourceRegion: "swedencentral" });
    expect(transit(inside)).toEqual([]);
  });

  it("never proves an ExpressRoute peering location or an on-premises site", () => {
    const circuit = classicResource("azure:network/expressRouteCircuit:ExpressRouteCircuit", "er", { location: "westeurope", resourceGroupName: "rg", serviceProviderName: "Equinix", peeringLocation: "Amsterdam", bandwidthInMbps: 1000 });
    const site = classicResource("azure:network/localNetworkGateway:LocalNetworkGateway", "office", { location: "westeurope", resourceGroupName: "rg", gatewayAddress: "203.0.113.10" });
    const named = classicResource("azure:network/localNetworkGateway:LocalNetworkGateway", "branch", { location: "westeurope", resourceGroupName: "rg", gatewayFqdn: UNKNOWN });
    expect([circuit, site, named].flatMap((r) => resourceMessages(r))).toEqual([
      `Express route circuit 'er' meets on-premises networks at a place that cannot be proven at preview through peeringLocation Amsterdam, because ExpressRoute peering locations are cities that the pack does not map to countries, ${NOT_PROVEN}. Check the peering location. ${REVIEW}`,
      `Local network gateway 'office' routes traffic to an on-premises site at a place that cannot be proven at preview through gatewayAddress 203.0.113.10, because a gateway address does not say where the site is, ${NOT_PROVEN}. Check where the site is. ${REVIEW}`,
      `Local network gateway 'branch' routes traffic to an on-premises site at a place that cannot be proven at preview through gatewayFqdn (unknown at preview), because a gateway name does not say where the site is, ${NOT_PROVEN}. Check where the site is. ${REVIEW}`,
    ]);
  });
});
