import { describe, expect, it } from "vitest";
import { Boundary, evaluateResource, PropertyBag, resolveBoundary, ResourceFacts, StackResource, StackView } from "../../policy-pack/engine";
import { classicResource, stackResource, UNKNOWN } from "../helpers/facts";
import { EUDB } from "../helpers/evaluate";

const EU = resolveBoundary({ preset: "eu" });
const NL = resolveBoundary({ preset: "nl" });
const IE = resolveBoundary({ preset: "ie" });
const DATA_LOCATION = new Set(["data-location"] as const);
const ACS_FIX = "Set dataLocation to Europe, or to France, Germany, Norway or Switzerland.";

/** Messages the data-location-in-boundary resource policy reports for one resource. */
function dataLocationMessages(target: ResourceFacts, boundary: Boundary = EUDB): string[] {
  return evaluateResource(target, boundary, DATA_LOCATION).filter((p) => !p.viaStack && p.verdict !== "inside").map((p) => p.message);
}

/** Messages the boundary stack policy reports for one resource's data-location places. */
function dataLocationStackMessages(target: StackResource, resources: StackResource[], boundary: Boundary = EUDB): string[] {
  return evaluateResource(target, boundary, DATA_LOCATION, new StackView(resources)).filter((p) => p.viaStack && p.verdict !== "inside").map((p) => p.message);
}

describe("V23 classic Communication Services data location", () => {
  const service = (props: PropertyBag) => classicResource("azure:communication/service:Service", "acs", { resourceGroupName: "rg", ...props });

  it("reports United States, set or by azurerm's default", () => {
    expect(dataLocationMessages(service({ dataLocation: "United States" }))).toEqual([
      `Communication Services resource 'acs' stores data in United States (vocabulary value, United States) through dataLocation United States, outside the EU Data Boundary (EU + EFTA). ${ACS_FIX}`,
    ]);
    expect(dataLocationMessages(service({}))).toEqual([
      `Communication Services resource 'acs' stores data in United States (vocabulary value, United States) through dataLocation (not set), the service default United States, outside the EU Data Boundary (EU + EFTA). ${ACS_FIX}`,
    ]);
  });

  it("passes Europe and the EU and EFTA countries under eudb", () => {
    for (const dataLocation of ["Europe", "France", "Germany", "Norway", "Switzerland"]) expect(dataLocationMessages(service({ dataLocation })), dataLocation).toEqual([]);
  });

  it("knows azurerm's own words UK, UAE and usgov, all outside", () => {
    expect(dataLocationMessages(service({ dataLocation: "UK" }))).toEqual([
      `Communication Services resource 'acs' stores data in UK (vocabulary value, United Kingdom) through dataLocation UK, outside the EU Data Boundary (EU + EFTA). ${ACS_FIX}`,
    ]);
    expect(dataLocationMessages(service({ dataLocation: "usgov" }), EU)).toEqual([
      "Communication Services resource 'acs' stores data in usgov (vocabulary value, United States (US Government)) through dataLocation usgov, outside the European Union. Set dataLocation to Europe, or to France or Germany.",
    ]);
  });

  it("does not prove a data location unknown at preview", () => {
    expect(dataLocationMessages(service({ dataLocation: UNKNOWN }))).toEqual([
      `Communication Services resource 'acs' stores data in a place that cannot be proven at preview through dataLocation (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). ${ACS_FIX}`,
    ]);
  });

  it("judges an Email Communication Service, and does not prove one without a data location", () => {
    const email = (props: PropertyBag) => classicResource("azure:communication/emailService:EmailService", "mail", { resourceGroupName: "rg", ...props });
    expect(dataLocationMessages(email({ dataLocation: "Europe" }))).toEqual([]);
    expect(dataLocationMessages(email({}))).toEqual([
      `Email Communication Services resource 'mail' stores data in a place that cannot be proven at preview through dataLocation (not set), not proven inside the EU Data Boundary (EU + EFTA). ${ACS_FIX}`,
    ]);
  });
});

describe("V26 classic B2C directories", () => {
  const directory = (dataResidencyLocation: string) =>
    classicResource("azure:aadb2c/directory:Directory", "b2c", { resourceGroupName: "rg", domainName: "b2c.onmicrosoft.com", skuName: "PremiumP1", countryCode: "DE", dataResidencyLocation });

  it("passes Europe under eudb and reports it under a single country", () => {
    expect(dataLocationMessages(directory("Europe"))).toEqual([]);
    expect(dataLocationMessages(directory("Europe"), NL)).toEqual([
      "Azure AD B2C directory 'b2c' stores its directory in Europe (vocabulary value, EU member states; which ones is unverified) through dataResidencyLocation Europe, outside the Netherlands. No directory tenant location is inside the Netherlands; add a reviewed exemption.",
    ]);
  });

  it("reports United States and azurerm's Global", () => {
    expect([...dataLocationMessages(directory("United States")), ...dataLocationMessages(directory("Global"))]).toEqual([
      "Azure AD B2C directory 'b2c' stores its directory in United States (vocabulary value, United States) through dataResidencyLocation United States, outside the EU Data Boundary (EU + EFTA). Set dataResidencyLocation to Europe.",
      "Azure AD B2C directory 'b2c' stores its directory in Global (vocabulary value, any geography) through dataResidencyLocation Global, outside the EU Data Boundary (EU + EFTA). Set dataResidencyLocation to Europe.",
    ]);
  });
});

describe("V29 classic data-residency switches", () => {
  it("reports a provisioning service without data residency whose pair leaves a single-country boundary", () => {
    const dps = (props: PropertyBag) => classicResource("azure:iot/iotHubDps:IotHubDps", "dps", { location: "westeurope", resourceGroupName: "rg", sku: { name: "S1", capacity: 1 }, ...props });
    const outside = (seen: string) =>
      `IoT Hub Device Provisioning Service 'dps' keeps a disaster-recovery copy in northeurope (Ireland) through dataResidencyEnabled ${seen}, outside the Netherlands. Set dataResidencyEnabled to true, or use a location whose pair is inside the boundary.`;
    expect(dataLocationMessages(dps({}), NL)).toEqual([outside("(not set)")]);
    expect(dataLocationMessages(dps({ dataResidencyEnabled: false }), NL)).toEqual([outside("false")]);
    expect(dataLocationMessages(dps({ dataResidencyEnabled: true }), NL)).toEqual([]);
    expect(dataLocationMessages(dps({}))).toEqual([]);
    expect(dataLocationMessages(dps({ dataResidencyEnabled: UNKNOWN }), NL)).toEqual([
      "IoT Hub Device Provisioning Service 'dps' may keep a copy in its paired region, which is a place that cannot be proven at preview through dataResidencyEnabled (unknown at preview), not proven inside the Netherlands. Set dataResidencyEnabled to a literal value such as true.",
    ]);
  });

  it("reports an IoT hub, which azurerm cannot keep in its region, when its pair leaves the boundary", () => {
    const hub = classicResource("azure:iot/ioTHub:IoTHub", "hub", { location: "westeurope", resourceGroupName: "rg", sku: { name: "S1", capacity: 1 } });
    expect(dataLocationMessages(hub, NL)).toEqual([
      "IoT hub 'hub' keeps a disaster-recovery copy in northeurope (Ireland) through location westeurope, outside the Netherlands. Create it in a location whose pair is inside the boundary, or declare it with azure-native, whose properties.enableDataResidency keeps the data in its region.",
    ]);
    expect(dataLocationMessages(hub)).toEqual([]);
  });

  it("reports Event Grid topics and domains, also under the 5.x eventhub aliases, through the stack when the location is inherited", () => {
    const group = stackResource(classicResource("azure:core/resourceGroup:ResourceGroup", "rg", { location: "northeurope" }));
    const fix = "Create it in a location whose pair is inside the boundary, or declare it with azure-native, whose dataResidencyBoundary WithinRegion keeps the data in its region.";
    for (const [type, kind] of [
      ["azure:eventgrid/topic:Topic", "Event Grid topic"],
      ["azure:eventgrid/domain:Domain", "Event Grid domain"],
      ["azure:eventhub/eventGridTopic:EventGridTopic", "Event Grid topic"],
      ["azure:eventhub/domain:Domain", "Event Grid domain"],
    ]) {
      const events = stackResource(classicResource(type, "events", { resourceGroupName: UNKNOWN }), { resourceGroupName: [group] });
      expect(dataLocationStackMessages(events, [group, events], IE), type).toEqual([
        `${kind} 'events' replicates its configuration and fails events over to westeurope (Netherlands) through location (not set), outside Ireland. ${fix}`,
      ]);
    }
  });
});
