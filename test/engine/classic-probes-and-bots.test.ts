import { describe, expect, it } from "vitest";
import { Boundary, evaluateResource, PropertyBag, resolveBoundary, ResourceFacts } from "../../policy-pack/engine";
import { classicResource, UNKNOWN } from "../helpers/facts";
import { EUDB } from "../helpers/evaluate";

const NL = resolveBoundary({ preset: "nl" });
const PROCESSING = new Set(["processing"] as const);
const PROBE_FIX = "Run the test only from locations inside the boundary: emea-nl-ams-azr, emea-gb-db3-azr, emea-fr-pra-edge or emea-ch-zrh-edge.";

/** Messages the processing-in-boundary resource policy reports for one resource. */
function processingMessages(target: ResourceFacts, boundary: Boundary = EUDB): string[] {
  return evaluateResource(target, boundary, PROCESSING).filter((p) => !p.viaStack && p.verdict !== "inside").map((p) => p.message);
}

describe("V21 classic availability tests", () => {
  const webTest = (geoLocations: unknown) =>
    classicResource("azure:appinsights/webTest:WebTest", "ping", { location: "westeurope", resourceGroupName: "rg", applicationInsightsId: UNKNOWN, kind: "ping", configuration: "<WebTest/>", geoLocations });
  const standardTest = (geoLocations: unknown) =>
    classicResource("azure:appinsights/standardWebTest:StandardWebTest", "check", { location: "westeurope", resourceGroupName: "rg", applicationInsightsId: UNKNOWN, request: { url: "https://app" }, geoLocations });

  it("maps each probe id of geoLocations to its region: the UK and undocumented ids are outside", () => {
    expect(processingMessages(webTest(["emea-nl-ams-azr", "emea-ru-msa-edge", "us-va-ash-azr-x"]))).toEqual([
      `Availability test 'ping' sends test requests from uksouth (United Kingdom) through geoLocations[1] emea-ru-msa-edge, outside the EU Data Boundary (EU + EFTA). ${PROBE_FIX}`,
      `Availability test 'ping' sends test requests from an undocumented probe site through geoLocations[2] us-va-ash-azr-x, outside the EU Data Boundary (EU + EFTA). ${PROBE_FIX}`,
    ]);
    expect(processingMessages(standardTest(["emea-nl-ams-azr", "emea-gb-db3-azr", "emea-fr-pra-edge", "emea-ch-zrh-edge"]))).toEqual([]);
  });

  it("judges a standard test the same way, under a single-country boundary", () => {
    expect(processingMessages(standardTest(["emea-gb-db3-azr"]), NL)).toEqual([
      "Standard availability test 'check' sends test requests from northeurope (Ireland) through geoLocations[0] emea-gb-db3-azr, outside the Netherlands. Run the test only from locations inside the boundary: emea-nl-ams-azr.",
    ]);
  });

  it("does not prove a probe list or id that is unknown at preview", () => {
    expect([...processingMessages(webTest(UNKNOWN)), ...processingMessages(standardTest([UNKNOWN]))]).toEqual([
      `Availability test 'ping' sends test requests from a place that cannot be proven at preview through geoLocations (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). ${PROBE_FIX}`,
      `Standard availability test 'check' sends test requests from a place that cannot be proven at preview through geoLocations[0] (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). ${PROBE_FIX}`,
    ]);
  });
});

describe("V25 classic Direct Line Speech channels", () => {
  const speech = (props: PropertyBag) =>
    classicResource("azure:bot/channelDirectLineSpeech:ChannelDirectLineSpeech", "speech", { location: "westeurope", resourceGroupName: "rg", botName: "bot", cognitiveServiceAccessKey: "k", ...props });

  it("reports a Speech service region outside the boundary and passes one inside", () => {
    expect(processingMessages(speech({ cognitiveServiceLocation: "eastus" }))).toEqual([
      "Direct Line Speech bot channel 'speech' sends speech to the Speech service in eastus (United States) through cognitiveServiceLocation eastus, outside the EU Data Boundary (EU + EFTA). Use a Speech resource in a region inside the boundary, such as westeurope.",
    ]);
    expect(processingMessages(speech({ cognitiveServiceLocation: "westeurope" }))).toEqual([]);
  });

  it("does not prove a Speech service region unknown at preview", () => {
    expect(processingMessages(speech({ cognitiveServiceLocation: UNKNOWN }))).toEqual([
      "Direct Line Speech bot channel 'speech' sends speech to the Speech service in a place that cannot be proven at preview through cognitiveServiceLocation (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set cognitiveServiceLocation to a literal region inside the boundary, such as westeurope.",
    ]);
  });
});
