import { describe, expect, it } from "vitest";
import { evaluateResource, StackView } from "../../policy-pack/engine";
import { resource, stackResource, UNKNOWN } from "../helpers/facts";
import { EUDB, resourceMessages, stackMessages } from "../helpers/evaluate";

const OUTSIDE = "outside the EU Data Boundary (EU + EFTA)";
const NOT_PROVEN = "not proven inside the EU Data Boundary (EU + EFTA)";
const REVIEW = "Confirm that it is inside the boundary and record a reviewed exemption.";

const vnet = (name: string, location: string) => stackResource(resource("network:VirtualNetwork", name, { location, resourceGroupName: "rg" }));

describe("network transit (V33, advisory)", () => {
  it("reports a peering with a virtual network of the stack outside the boundary", () => {
    const local = vnet("hub", "westeurope");
    const remote = vnet("us", "eastus");
    const peering = stackResource(
      resource("network:VirtualNetworkPeering", "to-us", { resourceGroupName: "rg", virtualNetworkName: UNKNOWN, remoteVirtualNetwork: { id: UNKNOWN } }),
      { virtualNetworkName: [local], remoteVirtualNetwork: [remote] },
    );
    expect(stackMessages(peering, [local, remote, peering])).toEqual([
      `Virtual network peering 'to-us' peers with a virtual network in eastus (United States) through remoteVirtualNetwork.id (unknown at preview), the location of virtual network 'us', ${OUTSIDE}. Peer only with virtual networks inside the boundary.`,
    ]);
  });

  it("passes a peering inside the boundary and fails closed on a remote network outside the stack", () => {
    const local = vnet("hub", "westeurope");
    const spoke = vnet("spoke", "northeurope");
    const inside = stackResource(resource("network:VirtualNetworkPeering", "to-spoke", { resourceGroupName: "rg", virtualNetworkName: UNKNOWN, remoteVirtualNetwork: { id: UNKNOWN } }), { virtualNetworkName: [local], remoteVirtualNetwork: [spoke] });
    const unknown = stackResource(resource("network:VirtualNetworkPeering", "to-partner", { resourceGroupName: "rg", virtualNetworkName: UNKNOWN, remoteVirtualNetwork: { id: "/subscriptions/p/resourceGroups/x/providers/Microsoft.Network/virtualNetworks/partner" } }), { virtualNetworkName: [local] });
    expect(stackMessages(inside, [local, spoke, inside])).toEqual([]);
    expect(stackMessages(unknown, [local, unknown])).toEqual([
      `Virtual network peering 'to-partner' peers with a virtual network in a place that cannot be proven at preview through remoteVirtualNetwork.id /subscriptions/p/resourceGroups/x/providers/Microsoft.Network/virtualNetworks/partner, because the target is not a resource of this stack, ${NOT_PROVEN}. Declare the target with its region in boundary.externalResources (docs/external-resources.md), reference a resource created in this stack inside the boundary, or add a reviewed exemption.`,
    ]);
  });

  it("reports a private endpoint to a resource in another region", () => {
    const account = stackResource(resource("storage:StorageAccount", "data", { location: "eastus", resourceGroupName: "rg", sku: { name: "Standard_LRS" } }));
    const endpoint = stackResource(
      resource("network:PrivateEndpoint", "pe", { location: "westeurope", resourceGroupName: "rg", privateLinkServiceConnections: [{ name: "blob", groupIds: ["blob"], privateLinkServiceId: UNKNOWN }] }),
      { privateLinkServiceConnections: [account] },
    );
    expect(stackMessages(endpoint, [account, endpoint])).toEqual([
      `Private endpoint 'pe' connects privately to a resource in eastus (United States) through privateLinkServiceConnections[0].privateLinkServiceId (unknown at preview), the location of storage account 'data', ${OUTSIDE}. Connect private endpoints only to resources inside the boundary.`,
    ]);
  });

  it("reports gateway connections to a gateway or circuit outside the boundary", () => {
    const gateway = stackResource(resource("network:VirtualNetworkGateway", "us-gw", { location: "eastus", resourceGroupName: "rg" }));
    const circuit = stackResource(resource("network:ExpressRouteCircuit", "er", { location: "westeurope", resourceGroupName: "rg" }));
    const connection = stackResource(
      resource("network:VirtualNetworkGatewayConnection", "link", { location: "westeurope", resourceGroupName: "rg", connectionType: "Vnet2Vnet", virtualNetworkGateway1: { id: "/gw1" }, virtualNetworkGateway2: { id: UNKNOWN }, peer: { id: UNKNOWN } }),
      { virtualNetworkGateway2: [gateway], peer: [circuit] },
    );
    expect(stackMessages(connection, [gateway, circuit, connection])).toEqual([
      `Virtual network gateway connection 'link' connects to a virtual network gateway in eastus (United States) through virtualNetworkGateway2.id (unknown at preview), the location of virtual network gateway 'us-gw', ${OUTSIDE}. Connect only to gateways inside the boundary.`,
    ]);
  });

  it("judges private-link regions named on CDN, Front Door and managed private endpoints", () => {
    const origin = resource("cdn:Origin", "app", { resourceGroupName: "rg", profileName: "p", endpointName: "e", hostName: "app.example.com", privateLinkLocation: "eastus", privateLinkResourceId: "/x" });
    const afd = resource("cdn:AFDOrigin", "app", { resourceGroupName: "rg", profileName: "p", originGroupName: "g", hostName: "app.example.com", sharedPrivateLinkResource: { privateLink: { id: "/x" }, privateLinkLocation: "westeurope", groupId: "sites" } });
    const classic = resource("frontdoor:FrontDoor", "fd", { resourceGroupName: "rg", location: "global", backendPools: [{ name: "pool", backends: [{ address: "a.example.com" }, { address: "b.example.com", privateLinkLocation: "eastus2" }] }] });
    const grafana = resource("dashboard:ManagedPrivateEndpoint", "mpe", { resourceGroupName: "rg", workspaceName: "g", location: "westeurope", privateLinkResourceRegion: "uksouth" });
    const fix = "Use a private-link origin in a region inside the boundary, such as westeurope.";
    const transit = (r: ReturnType<typeof resource>) => evaluateResource(r, EUDB, new Set(["transit"])).filter((p) => p.verdict !== "inside").map((p) => p.message);
    expect([origin, afd, classic, grafana].flatMap(transit)).toEqual([
      `Origin 'app' reaches its private-link origin in eastus (United States) through privateLinkLocation eastus, ${OUTSIDE}. ${fix}`,
      `Front Door 'fd' reaches its private-link backend in eastus2 (United States) through backendPools[0].backends[1].privateLinkLocation eastus2, ${OUTSIDE}. ${fix}`,
      `Managed private endpoint 'mpe' connects privately to a resource in uksouth (United Kingdom) through privateLinkResourceRegion uksouth, ${OUTSIDE}. Connect only to resources in a region inside the boundary, such as westeurope.`,
    ]);
  });

  it("never proves an ExpressRoute peering location or an on-premises site", () => {
    const circuit = resource("network:ExpressRouteCircuit", "er", { location: "westeurope", resourceGroupName: "rg", serviceProviderProperties: { serviceProviderName: "Equinix", peeringLocation: "Amsterdam", bandwidthInMbps: 1000 } });
    const site = resource("network:LocalNetworkGateway", "office", { location: "westeurope", resourceGroupName: "rg", gatewayIpAddress: "203.0.113.10" });
    expect([...resourceMessages(circuit), ...resourceMessages(site)]).toEqual([
      `Express route circuit 'er' meets on-premises networks at a place that cannot be proven at preview through serviceProviderProperties.peeringLocation Amsterdam, because ExpressRoute peering locations are cities that the pack does not map to countries, ${NOT_PROVEN}. Check the peering location. ${REVIEW}`,
      `Local network gateway 'office' routes traffic to an on-premises site at a place that cannot be proven at preview through gatewayIpAddress 203.0.113.10, because a gateway address does not say where the site is, ${NOT_PROVEN}. Check where the site is. ${REVIEW}`,
    ]);
  });

  it("is never judged inside an opaque template, so it stays advisory", () => {
    const deployment = resource("resources:Deployment", "d", { resourceGroupName: "rg", properties: { mode: "Incremental", template: { resources: [
      { type: "Microsoft.Network/localNetworkGateways", name: "office", location: "westeurope", properties: { gatewayIpAddress: "203.0.113.10" } },
    ] } } });
    const places = evaluateResource(deployment, EUDB, new Set(["opaque", "transit"]), new StackView([]));
    expect(places.filter((p) => p.verdict !== "inside")).toEqual([]);
  });
});
