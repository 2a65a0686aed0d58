import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RunningPack, startPolicyPack } from "../../cli/pack/start-pack";
import { analyzeStackLikePreview } from "../../cli/pack/analyze-all";
import { UNKNOWN } from "../../cli/pack/analyzer-client";
import { PACK_DIR, violationText, wireResource } from "../helpers/pack";

let pack: RunningPack;

beforeAll(async () => {
  pack = await startPolicyPack(PACK_DIR);
});

afterAll(async () => {
  await pack?.stop();
});

const POLICY = "data-location-in-boundary";

describe("data-location-in-boundary over the Analyzer protocol", () => {
  it("is a mandatory policy of the pack", async () => {
    const info = await pack.client.getAnalyzerInfo();
    expect(info.policies.filter((p) => p.name === POLICY).map((p) => [p.name, p.enforcementLevel, p.severity])).toEqual([[POLICY, "mandatory", "critical"]]);
  });

  it("blocks a Communication Services resource whose data location is the United States", async () => {
    await pack.client.configure({});
    const acs = wireResource("azure-native:communication:CommunicationService", "acs", { location: "global", resourceGroupName: "rg", dataLocation: "United States" });
    const result = await pack.client.analyze(acs);
    expect(result.diagnostics.map((d) => [d.policyName, d.enforcementLevel, violationText(d.message)])).toEqual([
      [POLICY, "mandatory", "Communication Services resource 'acs' stores data in United States (vocabulary value, United States) through dataLocation United States, outside the EU Data Boundary (EU + EFTA). Set dataLocation to Europe, or to France, Germany, Norway or Switzerland."],
    ]);
  });

  it("blocks an IoT hub without data residency under a single-country boundary, and a Key Vault outside through the stack", async () => {
    await pack.client.configure({ boundary: { properties: { preset: "nl" } } });
    const hub = wireResource("azure-native:iothub:IotHubResource", "hub", { location: "westeurope", resourceGroupName: "rg", sku: { name: "S1" }, properties: { enableDataResidency: false } });
    const vault = wireResource("azure-native:keyvault:Vault", "keys", { location: "northeurope", resourceGroupName: "rg", properties: { tenantId: "t", sku: { name: "standard", family: "A" } } });
    const policy = {
      ...wireResource("azure-native:powerplatform:EnterprisePolicy", "pp", { location: "europe", kind: "Encryption", resourceGroupName: "rg", encryption: { keyVault: { id: UNKNOWN } } }),
      propertyDependencies: { encryption: [vault.urn] },
      dependencies: [vault.urn],
    };
    const diagnostics = await analyzeStackLikePreview(pack.client, [hub, vault, policy]);
    const mine = diagnostics.filter((d) => d.policyName === POLICY || violationText(d.message).startsWith(`[${POLICY}]`));
    expect(mine.map((d) => [d.call, d.policyName, violationText(d.message)])).toEqual([
      ["analyze", POLICY, "IoT hub 'hub' keeps a disaster-recovery copy in northeurope (Ireland) through properties.enableDataResidency false, outside the Netherlands. Set properties.enableDataResidency to true, or use a location whose pair is inside the boundary."],
      ["analyze", POLICY, "Power Platform enterprise policy 'pp' governs Dataverse environments in europe (vocabulary value, EU member states; which ones is unverified) through location europe, outside the Netherlands. No Power Platform geography is inside the Netherlands; add a reviewed exemption."],
      ["analyzeStack", "boundary", "[data-location-in-boundary] Power Platform enterprise policy 'pp' encrypts Dataverse data with a key held in northeurope (Ireland) through encryption.keyVault.id (unknown at preview), the location of key vault 'keys', outside the Netherlands. Use a Key Vault located inside the boundary."],
    ]);
    await pack.client.configure({});
  });
});
