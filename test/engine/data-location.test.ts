import { describe, expect, it } from "vitest";
import { Boundary, evaluateResource, resolveBoundary, ResourceFacts, StackResource, StackView } from "../../policy-pack/engine";
import { resource, stackResource, UNKNOWN } from "../helpers/facts";
import { EUDB } from "../helpers/evaluate";

const EU = resolveBoundary({ preset: "eu" });
const DE = resolveBoundary({ preset: "de" });
const NL = resolveBoundary({ preset: "nl" });
const DATA_LOCATION = new Set(["data-location"] as const);

/** Messages the data-location-in-boundary resource policy reports for one resource. */
function dataLocationMessages(target: ResourceFacts, boundary: Boundary = EUDB): string[] {
  return evaluateResource(target, boundary, DATA_LOCATION).filter((p) => !p.viaStack && p.verdict !== "inside").map((p) => p.message);
}

/** Messages the boundary stack policy reports for one resource's data-location places. */
function dataLocationStackMessages(target: StackResource, resources: StackResource[], boundary: Boundary = EUDB): string[] {
  return evaluateResource(target, boundary, DATA_LOCATION, new StackView(resources)).filter((p) => p.viaStack && p.verdict !== "inside").map((p) => p.message);
}

describe("V23 Communication Services data location", () => {
  const acs = (dataLocation: unknown) => resource("communication:CommunicationService", "acs", { location: "global", resourceGroupName: "rg", dataLocation });

  it("reports United States with the values inside the EU Data Boundary", () => {
    expect(dataLocationMessages(acs("United States"))).toEqual([
      "Communication Services resource 'acs' stores data in United States (vocabulary value, United States) through dataLocation United States, outside the EU Data Boundary (EU + EFTA). Set dataLocation to Europe, or to France, Germany, Norway or Switzerland.",
    ]);
  });

  it("passes Europe and the EU and EFTA countries under eudb, whatever the spelling", () => {
    for (const value of ["Europe", "France", "germany", "Norway", "Switzerland"]) expect(dataLocationMessages(acs(value)), value).toEqual([]);
  });

  it("reports United Kingdom, and Norway under eu", () => {
    expect(dataLocationMessages(acs("United Kingdom"))).toEqual([
      "Communication Services resource 'acs' stores data in United Kingdom (vocabulary value, United Kingdom) through dataLocation United Kingdom, outside the EU Data Boundary (EU + EFTA). Set dataLocation to Europe, or to France, Germany, Norway or Switzerland.",
    ]);
    expect(dataLocationMessages(acs("Norway"), EU)).toEqual([
      "Communication Services resource 'acs' stores data in Norway (vocabulary value, Norway) through dataLocation Norway, outside the European Union. Set dataLocation to Europe, or to France or Germany.",
    ]);
  });

  it("treats Europe as several countries: outside a single-country boundary", () => {
    expect(dataLocationMessages(acs("Europe"), DE)).toEqual([
      "Communication Services resource 'acs' stores data in Europe (vocabulary value, EU member states; which ones is unverified) through dataLocation Europe, outside Germany. Set dataLocation to Germany.",
    ]);
    expect(dataLocationMessages(acs("Germany"), DE)).toEqual([]);
    expect(dataLocationMessages(acs("Europe"), NL)).toEqual([
      "Communication Services resource 'acs' stores data in Europe (vocabulary value, EU member states; which ones is unverified) through dataLocation Europe, outside the Netherlands. No Communication Services data location is inside the Netherlands; add a reviewed exemption.",
    ]);
  });

  it("does not prove a country value under a custom region list", () => {
    const custom = resolveBoundary({ preset: "custom", regions: ["germanywestcentral"] });
    expect(dataLocationMessages(acs("Germany"), custom)).toEqual([
      "Communication Services resource 'acs' stores data in Germany (vocabulary value, Germany) through dataLocation Germany, not proven inside the custom boundary (germanywestcentral). No Communication Services data location is inside the custom boundary (germanywestcentral); add a reviewed exemption.",
    ]);
  });

  it("never shows a secret data location, and still judges it", () => {
    const secret = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "United States" };
    expect(dataLocationMessages(acs(secret), DE)).toEqual([
      "Communication Services resource 'acs' stores data in a secret location through dataLocation [secret], outside Germany. Set dataLocation to Germany.",
    ]);
  });

  it("reports an undocumented value as outside and an unknown or absent one as unproven", () => {
    const email = (props: Record<string, unknown>) => resource("communication:EmailService", "mail", { location: "global", resourceGroupName: "rg", ...props });
    expect([...dataLocationMessages(email({ dataLocation: "Mars" }), EU), ...dataLocationMessages(email({ dataLocation: UNKNOWN }), EU), ...dataLocationMessages(email({}), EU)]).toEqual([
      "Email Communication Services resource 'mail' stores data in Mars (not a documented Communication Services data location) through dataLocation Mars, outside the European Union. Set dataLocation to Europe, or to France or Germany.",
      "Email Communication Services resource 'mail' stores data in a place that cannot be proven at preview through dataLocation (unknown at preview), not proven inside the European Union. Set dataLocation to Europe, or to France or Germany.",
      "Email Communication Services resource 'mail' stores data in a place that cannot be proven at preview through dataLocation (not set), not proven inside the European Union. Set dataLocation to Europe, or to France or Germany.",
    ]);
  });
});

describe("V26 B2C and External ID tenants", () => {
  it("passes Europe under eudb and reports it under a single country", () => {
    const b2c = resource("azureactivedirectory:B2CTenant", "b2c", { location: "Europe", resourceGroupName: "rg", countryCode: "DE", isGoLocalTenant: true, sku: { name: "PremiumP1", tier: "A0" } });
    expect(dataLocationMessages(b2c)).toEqual([]);
    expect(dataLocationMessages(b2c, DE)).toEqual([
      "Azure AD B2C tenant 'b2c' stores its directory in Europe (vocabulary value, EU member states; which ones is unverified) through location Europe, outside Germany. No directory tenant location is inside Germany; add a reviewed exemption.",
    ]);
  });

  it("reports a tenant outside Europe", () => {
    const ciam = resource("azureactivedirectory:CIAMTenant", "ciam", { location: "United States", resourceGroupName: "rg", sku: { name: "Standard", tier: "A0" }, createTenantProperties: { countryCode: "US", displayName: "c" } });
    expect(dataLocationMessages(ciam)).toEqual([
      "External ID tenant 'ciam' stores its directory in United States (vocabulary value, United States) through location United States, outside the EU Data Boundary (EU + EFTA). Set location to Europe.",
    ]);
  });
});

describe("V27 Power Platform enterprise policies", () => {
  const policy = (location: string, props: Record<string, unknown> = {}) =>
    resource("powerplatform:EnterprisePolicy", "pp", { location, kind: "NetworkInjection", resourceGroupName: "rg", ...props });

  it("judges the geography: europe is inside eudb, unitedstates and undocumented geographies are outside", () => {
    const fix = "Set location to europe, or to france, germany, norway or switzerland.";
    expect([...dataLocationMessages(policy("europe")), ...dataLocationMessages(policy("unitedstates")), ...dataLocationMessages(policy("westeurope"))]).toEqual([
      `Power Platform enterprise policy 'pp' governs Dataverse environments in unitedstates (vocabulary value, United States) through location unitedstates, outside the EU Data Boundary (EU + EFTA). ${fix}`,
      `Power Platform enterprise policy 'pp' governs Dataverse environments in westeurope (not a documented Power Platform geography) through location westeurope, outside the EU Data Boundary (EU + EFTA). ${fix}`,
    ]);
  });

  it("judges the Key Vault and the delegated virtual networks through the stack", () => {
    const vault = stackResource(resource("keyvault:Vault", "keys", { location: "eastus", resourceGroupName: "rg" }));
    const west = stackResource(resource("network:VirtualNetwork", "west", { location: "westeurope", resourceGroupName: "rg" }));
    const north = stackResource(resource("network:VirtualNetwork", "north", { location: "northeurope", resourceGroupName: "rg" }));
    const bound = stackResource(
      policy("europe", { encryption: { keyVault: { id: UNKNOWN, key: { name: "k" } } }, networkInjection: { virtualNetworks: [{ id: UNKNOWN, subnet: { name: "s" } }, { id: UNKNOWN, subnet: { name: "s" } }] } }),
      { encryption: [vault], networkInjection: [west, north] },
    );
    expect(dataLocationMessages(bound)).toEqual([]);
    expect(dataLocationStackMessages(bound, [vault, west, north, bound])).toEqual([
      "Power Platform enterprise policy 'pp' encrypts Dataverse data with a key held in eastus (United States) through encryption.keyVault.id (unknown at preview), the location of key vault 'keys', outside the EU Data Boundary (EU + EFTA). Use a Key Vault located inside the boundary.",
    ]);
    expect(dataLocationStackMessages(bound, [vault, west, north, bound], NL)).toEqual([
      "Power Platform enterprise policy 'pp' encrypts Dataverse data with a key held in eastus (United States) through encryption.keyVault.id (unknown at preview), the location of key vault 'keys', outside the Netherlands. Use a Key Vault located inside the boundary.",
      "Power Platform enterprise policy 'pp' injects Dataverse traffic into a virtual network in northeurope (Ireland) through networkInjection.virtualNetworks[*].id (unknown at preview), the location of virtual network 'north', outside the Netherlands. Delegate virtual networks located inside the boundary.",
    ]);
  });
});

describe("V29 data-residency switches", () => {
  it("reports an IoT hub without data residency whose pair leaves a single-country boundary", () => {
    const hub = (properties?: Record<string, unknown>) => resource("iothub:IotHubResource", "hub", { location: "westeurope", resourceGroupName: "rg", sku: { name: "S1" }, ...(properties ? { properties } : {}) });
    const outside = (seen: string) =>
      `IoT hub 'hub' keeps a disaster-recovery copy in northeurope (Ireland) through properties.enableDataResidency ${seen}, outside the Netherlands. Set properties.enableDataResidency to true, or use a location whose pair is inside the boundary.`;
    expect(dataLocationMessages(hub(), NL)).toEqual([outside("(not set)")]);
    expect(dataLocationMessages(hub({ enableDataResidency: false }), NL)).toEqual([outside("false")]);
    expect(dataLocationMessages(hub({ enableDataResidency: true }), NL)).toEqual([]);
    expect(dataLocationMessages(hub())).toEqual([]);
  });

  it("does not prove a provisioning service without data residency in a region without a pair", () => {
    const dps = resource("deviceprovisioningservices:IotDpsResource", "dps", { location: "polandcentral", resourceGroupName: "rg", sku: { name: "S1" }, properties: {} });
    expect(dataLocationMessages(dps)).toEqual([
      "IoT Hub Device Provisioning Service 'dps' keeps a disaster-recovery copy in a place that cannot be proven at preview through properties.enableDataResidency (not set), because polandcentral has no documented pair, so where the copy goes is unknown, not proven inside the EU Data Boundary (EU + EFTA). Set properties.enableDataResidency to true, or add a reviewed exemption.",
    ]);
  });

  it("reports an Event Grid topic or domain within the geo-pair, set or by default", () => {
    const topic = (props: Record<string, unknown>) => resource("eventgrid:Topic", "events", { location: "northeurope", resourceGroupName: "rg", ...props });
    expect(dataLocationMessages(topic({}), resolveBoundary({ preset: "ie" }))).toEqual([
      "Event Grid topic 'events' replicates its configuration and fails events over to westeurope (Netherlands) through dataResidencyBoundary (not set), outside Ireland. Set dataResidencyBoundary to WithinRegion, or use a location whose pair is inside the boundary.",
    ]);
    expect(dataLocationMessages(topic({ dataResidencyBoundary: "WithinRegion" }), resolveBoundary({ preset: "ie" }))).toEqual([]);
    expect(dataLocationMessages(resource("eventgrid:Domain", "events", { location: "westeurope", resourceGroupName: "rg", dataResidencyBoundary: "WithinGeopair" }), NL)).toEqual([
      "Event Grid domain 'events' replicates its configuration and fails events over to northeurope (Ireland) through dataResidencyBoundary WithinGeopair, outside the Netherlands. Set dataResidencyBoundary to WithinRegion, or use a location whose pair is inside the boundary.",
    ]);
  });

  it("reports an Azure Sphere device group or image without the EU data boundary", () => {
    const group = (props: Record<string, unknown>) => resource("azuresphere:DeviceGroup", "devices", { catalogName: "c", productName: "p", resourceGroupName: "rg", ...props });
    expect(dataLocationMessages(group({}))).toEqual([
      "Azure Sphere device group 'devices' keeps device data in None (vocabulary value, no data boundary, any geography) through regionalDataBoundary (not set), the service default None, outside the EU Data Boundary (EU + EFTA). Set regionalDataBoundary to EU.",
    ]);
    expect(dataLocationMessages(group({ regionalDataBoundary: "EU" }))).toEqual([]);
    expect(dataLocationMessages(resource("azuresphere:Image", "fw", { catalogName: "c", resourceGroupName: "rg", regionalDataBoundary: "EU" }), DE)).toEqual([
      "Azure Sphere image 'fw' keeps image data in EU (vocabulary value, EU member states; which ones is unverified) through regionalDataBoundary EU, outside Germany. No Azure Sphere regional data boundary is inside Germany; add a reviewed exemption.",
    ]);
  });
});
