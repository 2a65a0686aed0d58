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

const POLICY = "processing-in-boundary";
const account = wireResource("azure-native:cognitiveservices:Account", "ai", { location: "switzerlandnorth", accountName: "ai", resourceGroupName: "rg", kind: "OpenAI", sku: { name: "S0" } });
const deployment = (name: string, sku: string) => ({
  ...wireResource("azure-native:cognitiveservices:Deployment", name, { accountName: UNKNOWN, deploymentName: name, resourceGroupName: "rg", sku: { name: sku } }),
  propertyDependencies: { accountName: [account.urn] },
  dependencies: [account.urn],
});

describe("processing-in-boundary over the Analyzer protocol", () => {
  it("is a mandatory policy of the pack", async () => {
    const info = await pack.client.getAnalyzerInfo();
    expect(info.policies.filter((p) => p.name === POLICY).map((p) => [p.name, p.enforcementLevel, p.severity])).toEqual([[POLICY, "mandatory", "critical"]]);
  });

  it("blocks a Global deployment in Analyze and a DataZone deployment of a Swiss account in AnalyzeStack", async () => {
    await pack.client.configure({});
    const global = deployment("gpt-global", "GlobalStandard");
    const zone = deployment("gpt-zone", "DataZoneStandard");
    const diagnostics = await analyzeStackLikePreview(pack.client, [account, global, zone]);
    const mine = diagnostics.filter((d) => d.policyName === POLICY || violationText(d.message).startsWith(`[${POLICY}]`));
    expect(mine.map((d) => [d.call, d.policyName, d.enforcementLevel, violationText(d.message)])).toEqual([
      ["analyze", POLICY, "mandatory", "AI model deployment 'gpt-global' processes prompts and responses in any geography where the model is deployed through sku.name GlobalStandard, outside the EU Data Boundary (EU + EFTA). Use sku.name DataZoneStandard (on an account in an EU member state) or Standard."],
      ["analyzeStack", "boundary", "mandatory", "[processing-in-boundary] AI model deployment 'gpt-zone' processes prompts and responses in the data zone of an account in switzerlandnorth (Switzerland) through sku.name DataZoneStandard, inherited from parent AI Services account 'ai', for which Microsoft documents no data zone, not proven inside the EU Data Boundary (EU + EFTA). Use sku.name Standard, or an account in an EU member state."],
    ]);
  });

  it("judges availability-test probes against the configured boundary", async () => {
    await pack.client.configure({ boundary: { properties: { preset: "fr" } } });
    const test = wireResource("azure-native:applicationinsights:WebTest", "ping", {
      location: "francecentral",
      resourceGroupName: "rg",
      syntheticMonitorId: "ping",
      webTestKind: "standard",
      locations: [{ location: "emea-fr-pra-edge" }, { location: "emea-nl-ams-azr" }],
    });
    const result = await pack.client.analyze(test);
    expect(result.diagnostics.filter((d) => d.policyName === POLICY).map((d) => violationText(d.message))).toEqual([
      "Availability test 'ping' sends test requests from westeurope (Netherlands) through locations[1].location emea-nl-ams-azr, outside France. Run the test only from locations inside the boundary: emea-fr-pra-edge or emea-ch-zrh-edge.",
    ]);
    await pack.client.configure({});
  });
});
