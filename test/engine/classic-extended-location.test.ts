import { describe, expect, it } from "vitest";
import { classicResource, UNKNOWN } from "../helpers/facts";
import { resourceMessages } from "../helpers/evaluate";

describe("classic edge zones (V04)", () => {
  it("does not prove a resource placed in an edge zone, as azure-native's extendedLocation", () => {
    const ip = classicResource("azure:network/publicIp:PublicIp", "edge-ip", { location: "westeurope", resourceGroupName: "rg", allocationMethod: "Static", edgeZone: "losangeles" });
    expect(resourceMessages(ip)).toEqual([
      "Public ip 'edge-ip' runs at a place that cannot be proven at preview through edgeZone losangeles, because edge zones and Arc custom locations run outside the region, and no catalogue proves which country they are in, not proven inside the EU Data Boundary (EU + EFTA). Remove edgeZone to run in the region itself, or add a reviewed exemption for the edge site.",
    ]);
  });

  it("does not prove an edge zone unknown at preview, and passes a resource without one", () => {
    const account = (props: Record<string, unknown>) =>
      classicResource("azure:storage/account:Account", "st", { location: "westeurope", resourceGroupName: "rg", accountTier: "Standard", accountReplicationType: "LRS", ...props });
    expect(resourceMessages(account({ edgeZone: UNKNOWN }))).toEqual([expect.stringContaining("runs at a place that cannot be proven at preview through edgeZone (unknown at preview)")]);
    expect(resourceMessages(account({}))).toEqual([]);
  });
});
