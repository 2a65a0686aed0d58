import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunningPack, startPolicyPack } from "../../cli/pack/start-pack";
import { analyzeStackLikePreview } from "../../cli/pack/analyze-all";
import { UNKNOWN } from "../../cli/pack/analyzer-client";
import { defaultProvider, PACK_DIR, violationText, wireResource } from "../helpers/pack";

let pack: RunningPack;

beforeAll(async () => {
  pack = await startPolicyPack(PACK_DIR);
});

afterAll(async () => {
  await pack?.stop();
});

const storage = (name: string, properties: Record<string, unknown>) =>
  wireResource("azure-native:storage:StorageAccount", name, { sku: { name: "Standard_LRS" }, resourceGroupName: "rg", ...properties } as never);

describe("the pack over the Analyzer protocol, started as the CLI starts it", () => {
  it("describes itself as data-boundary: mandatory residency policies, advisory transit and exemption notes, the boundary config schema", async () => {
    const info = await pack.client.getAnalyzerInfo();
    expect(info.name).toBe("data-boundary");
    expect(info.policies.map((p) => [p.name, p.enforcementLevel])).toEqual([
      ["boundary", "mandatory"],
      ["location-in-boundary", "mandatory"],
      ["replication-in-boundary", "mandatory"],
      ["processing-in-boundary", "mandatory"],
      ["data-location-in-boundary", "mandatory"],
      ["telemetry-in-boundary", "mandatory"],
      ["third-party-egress-blocked", "mandatory"],
      ["opaque-deployment-proven", "mandatory"],
      ["network-transit-in-boundary", "advisory"],
      ["exemptions", "advisory"],
    ]);
    expect(Object.keys(info.policies[0].configSchema?.properties ?? {}).sort()).toEqual(["exemptions", "externalResources", "neverExempt", "preset", "regions"]);
  });

  it("passes the three spellings of West Europe", async () => {
    await pack.client.configure({});
    for (const location of ["West Europe", "westeurope", "WestEurope"]) {
      const result = await pack.client.analyze(storage("sa", { location }));
      expect(result.diagnostics, location).toEqual([]);
    }
  });

  it("reports eastus as a mandatory violation with the full message", async () => {
    const result = await pack.client.analyze(storage("logs", { location: "eastus" }));
    expect(result.diagnostics.map((d) => [d.policyName, d.enforcementLevel, violationText(d.message)])).toEqual([
      ["location-in-boundary", "mandatory", "Storage account 'logs' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope."],
    ]);
  });

  it("reports an explicit provider in eastus when the resource sets no location", async () => {
    const provider = { ...defaultProvider({ location: "eastus" }), name: "us", urn: "urn:pulumi:dev::proj::pulumi:providers:azure-native::us" };
    const result = await pack.client.analyze({ ...storage("logs", {}), provider });
    expect(result.diagnostics.map((d) => [d.enforcementLevel, violationText(d.message)])).toEqual([
      ["mandatory", "Storage account 'logs' is located in eastus (United States) through location (not set), inherited from provider 'us', outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope."],
    ]);
  });

  it("gives a non-Azure resource no diagnostic", async () => {
    const result = await pack.client.analyze(wireResource("random:index/randomString:RandomString", "suffix", { length: 8 }));
    expect(result.diagnostics).toEqual([]);
  });

  it("makes an unknown location a mandatory violation, never the SDK's advisory", async () => {
    const resources = [storage("logs", { location: UNKNOWN })];
    const diagnostics = await analyzeStackLikePreview(pack.client, resources);
    expect(diagnostics.map((d) => [d.call, d.policyName, d.enforcementLevel, d.urn, violationText(d.message)])).toEqual([
      ["analyzeStack", "boundary", "mandatory", resources[0].urn, "[location-in-boundary] Storage account 'logs' is located in a place that cannot be proven at preview through location (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set location to a literal region inside the boundary, such as westeurope, because its value is computed and only known after deployment."],
    ]);
    expect(diagnostics.some((d) => d.enforcementLevel === "advisory")).toBe(false);
  });

  it("blocks a location inherited from an out-of-boundary resource group of the same stack", async () => {
    const group = wireResource("azure-native:resources:ResourceGroup", "rg", { location: "eastus" });
    const account = { ...storage("logs", { resourceGroupName: UNKNOWN }), propertyDependencies: { resourceGroupName: [group.urn] }, dependencies: [group.urn] };
    const diagnostics = await analyzeStackLikePreview(pack.client, [group, account]);
    expect(diagnostics.map((d) => [d.call, d.policyName, d.enforcementLevel, d.urn, violationText(d.message)])).toEqual([
      ["analyze", "location-in-boundary", "mandatory", "", "Resource group 'rg' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope."],
      ["analyzeStack", "boundary", "mandatory", account.urn, "[location-in-boundary] Storage account 'logs' is located in eastus (United States) through location (not set), inherited from resource group 'rg', outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope."],
    ]);
  });

  it("follows the Pulumi parent and property dependencies to a child's parent resource", async () => {
    const account = storage("sa", { location: "westeurope" });
    const container = {
      ...wireResource("azure-native:storage:BlobContainer", "data", { accountName: UNKNOWN, resourceGroupName: "rg" }),
      parent: account.urn,
      propertyDependencies: { accountName: [account.urn] },
    };
    expect(await analyzeStackLikePreview(pack.client, [account, container])).toEqual([]);
  });
});

describe("boundary configuration over Configure", () => {
  it("switches the whole pack to a single-country boundary", async () => {
    await pack.client.configure({ boundary: { properties: { preset: "ch" } } });
    const result = await pack.client.analyze(storage("sa", { location: "westeurope" }));
    expect(result.diagnostics.map((d) => violationText(d.message))).toEqual([
      "Storage account 'sa' is located in westeurope (Netherlands) through location westeurope, outside Switzerland. Set location to a region inside the boundary, such as switzerlandnorth.",
    ]);
    await pack.client.configure({});
  });

  it("rejects an unknown preset, naming the key, the value and the allowed values", async () => {
    await expect(pack.client.configure({ boundary: { properties: { preset: "europe" } } })).rejects.toThrow(
      'boundary.preset is "europe"; expected one of eudb, eu, ch, de, fr, se, no, nl, ie, pl, it, es, at, be, dk, custom.',
    );
  });

  it("rejects a custom region that is not in the catalogue", async () => {
    await expect(pack.client.configure({ boundary: { properties: { preset: "custom", regions: ["northeu"] } } })).rejects.toThrow(
      'boundary.regions contains "northeu"',
    );
  });
});

describe("secrets on the wire", () => {
  it("judges a secret location but never prints it", async () => {
    const secret = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "eastus" };
    const result = await pack.client.analyze(storage("vault", { location: secret }));
    expect(result.diagnostics.map((d) => [d.enforcementLevel, violationText(d.message)])).toEqual([
      ["mandatory", "Storage account 'vault' is located in a secret location through location [secret], outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope."],
    ]);
    expect(result.diagnostics[0].message).not.toContain("eastus");
  });
});
