import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeStackLikePreview } from "../../cli/pack/analyze-all";
import { UNKNOWN } from "../../cli/pack/analyzer-client";
import { RunningPack, startPolicyPack } from "../../cli/pack/start-pack";
import { PACK_DIR, violationText, wireResource } from "../helpers/pack";

let pack: RunningPack;

beforeAll(async () => {
  pack = await startPolicyPack(PACK_DIR);
});

afterAll(async () => {
  await pack?.stop();
});

describe("opaque deployments and network transit over the Analyzer protocol", () => {
  it("lists opaque deployments as mandatory and network transit as advisory", async () => {
    const info = await pack.client.getAnalyzerInfo();
    const levels = Object.fromEntries(info.policies.map((p) => [p.name, p.enforcementLevel]));
    expect([levels["opaque-deployment-proven"], levels["network-transit-in-boundary"]]).toEqual(["mandatory", "advisory"]);
  });

  it("blocks a template resource outside the boundary and an az command", async () => {
    await pack.client.configure({});
    const deployment = wireResource("azure-native:resources:Deployment", "d", {
      resourceGroupName: "rg",
      properties: { mode: "Incremental", parameters: { where: { value: "eastus" } }, template: { resources: [{ type: "Microsoft.Storage/storageAccounts", name: "logs", location: "[parameters('where')]", sku: { name: "Standard_LRS" } }] } },
    });
    const command = { ...wireResource("command:local:Command", "seed", { create: "az group create -n rg -l eastus" }), provider: undefined };
    const results = [await pack.client.analyze(deployment), await pack.client.analyze(command)];
    expect(results.flatMap((r) => r.diagnostics).filter((d) => d.policyName === "opaque-deployment-proven").map((d) => [d.enforcementLevel, violationText(d.message)])).toEqual([
      ["mandatory", "Deployment 'd' template resource Microsoft.Storage/storageAccounts 'logs' is located in eastus (United States) through properties.template.resources[0].location [parameters('where')], outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope."],
      ["mandatory", "Command 'seed' runs the Azure CLI, which can create resources or send data anywhere, so its data may be in a place that cannot be proven at preview through create az group create (arguments not shown), not proven inside the EU Data Boundary (EU + EFTA). Replace it with azure-native resources that the pack can check, or add a reviewed exemption."],
    ]);
  });

  it("warns about a peering to a network outside the boundary, never through the mandatory boundary policy", async () => {
    const hub = wireResource("azure-native:network:VirtualNetwork", "hub", { location: "westeurope", resourceGroupName: "rg" });
    const remote = wireResource("azure-native:network:VirtualNetwork", "us", { location: "eastus", resourceGroupName: "rg" });
    const peering = {
      ...wireResource("azure-native:network:VirtualNetworkPeering", "to-us", { resourceGroupName: "rg", virtualNetworkName: UNKNOWN, remoteVirtualNetwork: { id: UNKNOWN } }),
      propertyDependencies: { virtualNetworkName: [hub.urn], remoteVirtualNetwork: [remote.urn] },
    };
    const diagnostics = await analyzeStackLikePreview(pack.client, [hub, remote, peering]);
    expect(diagnostics.filter((d) => d.policyName !== "location-in-boundary").map((d) => [d.call, d.policyName, d.enforcementLevel, d.urn, violationText(d.message)])).toEqual([
      ["analyzeStack", "network-transit-in-boundary", "advisory", peering.urn, "Virtual network peering 'to-us' peers with a virtual network in eastus (United States) through remoteVirtualNetwork.id (unknown at preview), the location of virtual network 'us', outside the EU Data Boundary (EU + EFTA). Peer only with virtual networks inside the boundary."],
    ]);
  });
});
