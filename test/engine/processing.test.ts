import { describe, expect, it } from "vitest";
import { Boundary, evaluateResource, resolveBoundary, ResourceFacts, StackResource, StackView } from "../../policy-pack/engine";
import { resource, stackResource, UNKNOWN } from "../helpers/facts";
import { EUDB } from "../helpers/evaluate";

const DE = resolveBoundary({ preset: "de" });
const NL = resolveBoundary({ preset: "nl" });
const FR = resolveBoundary({ preset: "fr" });
const PROCESSING = new Set(["processing"] as const);

/** Messages the processing-in-boundary resource policy reports for one resource. */
function processingMessages(target: ResourceFacts, boundary: Boundary = EUDB): string[] {
  return evaluateResource(target, boundary, PROCESSING).filter((p) => !p.viaStack && p.verdict !== "inside").map((p) => p.message);
}

/** Messages the boundary stack policy reports for one resource's processing places. */
function processingStackMessages(target: StackResource, resources: StackResource[], boundary: Boundary = EUDB): string[] {
  return evaluateResource(target, boundary, PROCESSING, new StackView(resources)).filter((p) => p.viaStack && p.verdict !== "inside").map((p) => p.message);
}

const account = (location: string, name = "ai") =>
  stackResource(resource("cognitiveservices:Account", name, { location, accountName: name, resourceGroupName: "rg", kind: "OpenAI", sku: { name: "S0" } }));
const deployment = (name: string, sku: string | undefined, parent: StackResource, properties: Record<string, unknown> = {}) =>
  stackResource(
    resource("cognitiveservices:Deployment", name, { accountName: UNKNOWN, deploymentName: name, resourceGroupName: "rg", ...(sku ? { sku: { name: sku } } : {}), properties }),
    { accountName: [parent] },
  );

describe("V22 AI deployment types", () => {
  it("reports a Global deployment from the resource alone, whatever the account", () => {
    expect(processingMessages(deployment("gpt", "GlobalStandard", account("westeurope")))).toEqual([
      "AI model deployment 'gpt' processes prompts and responses in any geography where the model is deployed through sku.name GlobalStandard, outside the EU Data Boundary (EU + EFTA). Use sku.name DataZoneStandard (on an account in an EU member state) or Standard.",
    ]);
  });

  it("reports DeveloperTier as having no residency guarantee, suggesting only geography types under one country", () => {
    expect(processingMessages(deployment("ft", "DeveloperTier", account("germanywestcentral")), DE)).toEqual([
      "AI model deployment 'ft' processes prompts and responses in any geography through sku.name DeveloperTier, which gives no data residency guarantee, outside Germany. Use sku.name Standard or ProvisionedManaged.",
    ]);
  });

  it("passes DataZone for an account in an EU member state under eudb and eu", () => {
    const parent = account("swedencentral");
    const zone = deployment("gpt", "DataZoneProvisionedManaged", parent);
    for (const boundary of [EUDB, resolveBoundary({ preset: "eu" })]) {
      expect(processingMessages(zone, boundary)).toEqual([]);
      expect(processingStackMessages(zone, [parent, zone], boundary)).toEqual([]);
    }
  });

  it("reports DataZone under a single-country boundary from the resource alone", () => {
    expect(processingMessages(deployment("gpt", "DataZoneStandard", account("germanywestcentral")), DE)).toEqual([
      "AI model deployment 'gpt' processes prompts and responses in the data zone of its account (every EU member state for an account in the EU) through sku.name DataZoneStandard, outside Germany. Use sku.name Standard or ProvisionedManaged.",
    ]);
  });

  it("does not prove DataZone for a Swiss account, whose data zone is undocumented", () => {
    const parent = account("switzerlandnorth");
    const zone = deployment("gpt", "DataZoneStandard", parent);
    expect(processingMessages(zone)).toEqual([]);
    expect(processingStackMessages(zone, [parent, zone])).toEqual([
      "AI model deployment 'gpt' processes prompts and responses in the data zone of an account in switzerlandnorth (Switzerland) through sku.name DataZoneStandard, inherited from parent AI Services account 'ai', for which Microsoft documents no data zone, not proven inside the EU Data Boundary (EU + EFTA). Use sku.name Standard, or an account in an EU member state.",
    ]);
  });

  it("reports DataZone for an account in the United States", () => {
    const parent = account("eastus");
    const zone = deployment("gpt", "DataZoneBatch", parent);
    expect(processingStackMessages(zone, [parent, zone])).toEqual([
      "AI model deployment 'gpt' processes prompts and responses in the data zone of an account in eastus (United States) through sku.name DataZoneBatch, inherited from parent AI Services account 'ai', outside the EU Data Boundary (EU + EFTA). Use an account in an EU member state for a DataZone deployment.",
    ]);
  });

  it("does not prove DataZone when the account is not in the stack", () => {
    const zone = stackResource(resource("cognitiveservices:Deployment", "gpt", { accountName: "ai", resourceGroupName: "rg", sku: { name: "DataZoneStandard" } }));
    expect(processingStackMessages(zone, [zone])).toEqual([
      "AI model deployment 'gpt' processes prompts and responses in a place that cannot be proven at preview through sku.name DataZoneStandard, the data zone of its account, because its parent named by accountName is not a resource of this stack, so its location cannot be read at preview, not proven inside the EU Data Boundary (EU + EFTA). Create the deployment's account in this stack with a literal location in an EU member state, so that its data zone can be proven.",
    ]);
  });

  it("reports the other country of the account's Azure geography for Standard under a single-country boundary", () => {
    const parent = account("westeurope");
    const standard = deployment("gpt", "Standard", parent);
    expect(processingStackMessages(standard, [parent, standard], NL)).toEqual([
      "AI model deployment 'gpt' may process prompts and responses in northeurope (Ireland) through sku.name Standard, the other region of the Azure geography of its account in westeurope (Netherlands), outside the Netherlands. Use an account in a region whose Azure geography lies in one country inside the boundary, or add a reviewed exemption.",
    ]);
    expect(processingStackMessages(standard, [parent, standard])).toEqual([]);
  });

  it("passes Standard and ProvisionedManaged on an account whose geography is one country", () => {
    const parent = account("francecentral");
    for (const sku of ["Standard", "ProvisionedManaged"]) {
      const standard = deployment("gpt", sku, parent);
      expect([...processingMessages(standard, FR), ...processingStackMessages(standard, [parent, standard], FR)]).toEqual([]);
    }
  });

  it("does not prove a deployment type that is unknown at preview, absent or undocumented", () => {
    const parent = account("westeurope");
    expect(processingMessages(deployment("a", UNKNOWN, parent))).toEqual([
      "AI model deployment 'a' processes prompts and responses in a place that cannot be proven at preview through sku.name (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set sku.name to a literal deployment type, such as DataZoneStandard (on an account in an EU member state) or Standard.",
    ]);
    expect(processingMessages(deployment("b", undefined, parent), DE)).toEqual([
      "AI model deployment 'b' processes prompts and responses in a place that cannot be proven at preview through sku.name (not set), not proven inside Germany. Set sku.name to a literal deployment type, such as Standard or ProvisionedManaged.",
    ]);
    expect(processingMessages(deployment("c", "Premium", parent))).toEqual([
      "AI model deployment 'c' processes prompts and responses in a place that cannot be proven at preview through sku.name Premium, which is not a documented deployment type, not proven inside the EU Data Boundary (EU + EFTA). Use sku.name DataZoneStandard (on an account in an EU member state) or Standard.",
    ]);
  });
});

describe("V22 spillover", () => {
  const parent = account("westeurope");

  it("reports a spillover to a Global deployment of the same account, found by its deployment name", () => {
    const overflow = deployment("gpt-global", "GlobalStandard", parent);
    const main = deployment("gpt", "DataZoneStandard", parent, { spilloverDeploymentName: "gpt-global" });
    expect(processingMessages(main)).toEqual([]);
    expect(processingStackMessages(main, [parent, main, overflow])).toEqual([
      "AI model deployment 'gpt' spills requests over to deployment 'gpt-global', which processes prompts and responses in any geography where the model is deployed through properties.spilloverDeploymentName gpt-global, whose sku.name is GlobalStandard, outside the EU Data Boundary (EU + EFTA). Point properties.spilloverDeploymentName at a deployment whose sku.name keeps processing inside the boundary, or remove it.",
    ]);
  });

  it("passes a spillover to a DataZone deployment of the same account", () => {
    const overflow = deployment("gpt-zone", "DataZoneStandard", parent);
    const main = deployment("gpt", "DataZoneProvisionedManaged", parent, { spilloverDeploymentName: "GPT-ZONE" });
    expect(processingStackMessages(main, [parent, main, overflow])).toEqual([]);
  });

  it("follows a spillover name computed from another deployment through the property dependency", () => {
    const overflow = deployment("gpt-global", "GlobalBatch", parent);
    const main = stackResource(
      resource("cognitiveservices:Deployment", "gpt", { accountName: UNKNOWN, resourceGroupName: "rg", sku: { name: "Standard" }, properties: { spilloverDeploymentName: UNKNOWN } }),
      { accountName: [parent], properties: [overflow] },
    );
    expect(processingStackMessages(main, [parent, main, overflow])).toEqual([
      "AI model deployment 'gpt' spills requests over to deployment 'gpt-global', which processes prompts and responses in any geography where the model is deployed through properties.spilloverDeploymentName (unknown at preview), whose sku.name is GlobalBatch, outside the EU Data Boundary (EU + EFTA). Point properties.spilloverDeploymentName at a deployment whose sku.name keeps processing inside the boundary, or remove it.",
    ]);
  });

  it("does not prove a spillover to a deployment of another account or outside the stack", () => {
    const other = account("westeurope", "other");
    const namesake = deployment("gpt-global", "DataZoneStandard", other);
    const main = deployment("gpt", "DataZoneStandard", parent, { spilloverDeploymentName: "gpt-global" });
    expect(processingStackMessages(main, [parent, other, main, namesake])).toEqual([
      "AI model deployment 'gpt' spills requests over to a place that cannot be proven at preview through properties.spilloverDeploymentName gpt-global, because that deployment is not a deployment of the same account in this stack, not proven inside the EU Data Boundary (EU + EFTA). Create the spillover deployment in this stack on the same account, so that its deployment type can be checked, or remove properties.spilloverDeploymentName.",
    ]);
  });
});

describe("V22 account routing regions, V24 Azure Maps, V25 bot channels", () => {
  it("reports a multi-region routing entry of an AI Services account outside the boundary", () => {
    const routed = resource("cognitiveservices:Account", "ai", { location: "westeurope", resourceGroupName: "rg", properties: { locations: { routingMethod: "Priority", regions: [{ name: "westeurope", value: 1 }, { name: "eastus", value: 2 }] } } });
    expect(processingMessages(routed)).toEqual([
      "AI Services account 'ai' routes requests to eastus (United States) through properties.locations.regions[1].name eastus, outside the EU Data Boundary (EU + EFTA). Keep every entry of properties.locations.regions in a region inside the boundary, such as westeurope.",
    ]);
  });

  it("reports an additional Azure Maps processing location outside the boundary", () => {
    const maps = resource("maps:Account", "maps", { location: "westeurope", resourceGroupName: "rg", sku: { name: "G2" }, properties: { locations: [{ locationName: "northeurope" }, { locationName: "eastus" }] } });
    expect(processingMessages(maps)).toEqual([
      "Azure Maps account 'maps' processes requests in eastus (United States) through properties.locations[1].locationName eastus, outside the EU Data Boundary (EU + EFTA). Remove the additional processing locations outside the boundary, keeping only regions such as westeurope.",
    ]);
  });

  it("takes an unset channel location as the service default global", () => {
    const channel = (properties: Record<string, unknown>) => resource("botservice:Channel", "teams", { location: "westeurope", resourceName: "bot", resourceGroupName: "rg", properties });
    expect(processingMessages(channel({ channelName: "MsTeamsChannel" }))).toEqual([
      "Bot channel 'teams' processes channel messages in global (logical location Global, not a region) through properties.location (not set), the service default global, outside the EU Data Boundary (EU + EFTA). Set properties.location to the bot's regional location (westeurope is the regional bot location in Europe).",
    ]);
    expect(processingMessages(channel({ channelName: "MsTeamsChannel", location: "westeurope" }))).toEqual([]);
  });

  it("reports the Speech region of a Direct Line Speech channel", () => {
    const speech = resource("botservice:Channel", "speech", {
      location: "westeurope",
      resourceName: "bot",
      resourceGroupName: "rg",
      properties: { channelName: "DirectLineSpeechChannel", location: "westeurope", properties: { cognitiveServiceRegion: "eastus", isEnabled: true } },
    });
    expect(processingMessages(speech)).toEqual([
      "Bot channel 'speech' sends speech to the Speech service in eastus (United States) through properties.properties.cognitiveServiceRegion eastus, outside the EU Data Boundary (EU + EFTA). Use a Speech resource in a region inside the boundary, such as westeurope.",
    ]);
  });
});

describe("V21 availability tests", () => {
  const webTest = (ids: unknown) => resource("applicationinsights:WebTest", "ping", { location: "westeurope", resourceGroupName: "rg", syntheticMonitorId: "ping", webTestKind: "standard", locations: ids });

  it("maps probe ids to their regions: the UK ids are outside, an undocumented id is outside", () => {
    const ids = ["emea-nl-ams-azr", "emea-gb-db3-azr", "emea-fr-pra-edge", "emea-ch-zrh-edge", "emea-ru-msa-edge", "apac-xx-new-edge"].map((location) => ({ location }));
    const fix = "Run the test only from locations inside the boundary: emea-nl-ams-azr, emea-gb-db3-azr, emea-fr-pra-edge or emea-ch-zrh-edge.";
    expect(processingMessages(webTest(ids))).toEqual([
      `Availability test 'ping' sends test requests from uksouth (United Kingdom) through locations[4].location emea-ru-msa-edge, outside the EU Data Boundary (EU + EFTA). ${fix}`,
      `Availability test 'ping' sends test requests from an undocumented probe site through locations[5].location apac-xx-new-edge, outside the EU Data Boundary (EU + EFTA). ${fix}`,
    ]);
  });

  it("names the probes inside a single country, or says there is none", () => {
    expect(processingMessages(webTest([{ location: "emea-se-sto-edge" }]), FR)).toEqual([
      "Availability test 'ping' sends test requests from ukwest (United Kingdom) through locations[0].location emea-se-sto-edge, outside France. Run the test only from locations inside the boundary: emea-fr-pra-edge or emea-ch-zrh-edge.",
    ]);
    expect(processingMessages(webTest([{ location: "emea-nl-ams-azr" }]), DE)).toEqual([
      "Availability test 'ping' sends test requests from westeurope (Netherlands) through locations[0].location emea-nl-ams-azr, outside Germany. No availability-test location is inside Germany; remove the test or add a reviewed exemption.",
    ]);
  });

  it("does not prove a location list that is unknown at preview", () => {
    expect(processingMessages(webTest(UNKNOWN), NL)).toEqual([
      "Availability test 'ping' sends test requests from a place that cannot be proven at preview through locations (unknown at preview), not proven inside the Netherlands. Run the test only from locations inside the boundary: emea-nl-ams-azr.",
    ]);
  });
});

describe("V30 integration runtimes", () => {
  const runtime = (type: string, properties: Record<string, unknown>) => resource(type, "ir", { factoryName: "adf", workspaceName: "syn", resourceGroupName: "rg", properties });

  it("judges the compute region of a managed runtime", () => {
    expect(processingMessages(runtime("datafactory:IntegrationRuntime", { type: "Managed", computeProperties: { location: "West Europe" } }))).toEqual([]);
    expect(processingMessages(runtime("synapse:IntegrationRuntime", { type: "Managed", computeProperties: { location: "eastus" } }))).toEqual([
      "Synapse integration runtime 'ir' runs copy activities and data flows in eastus (United States) through properties.computeProperties.location eastus, outside the EU Data Boundary (EU + EFTA). Set properties.computeProperties.location to a region inside the boundary, such as westeurope.",
    ]);
  });

  it("does not prove AutoResolve, set or by default", () => {
    expect(processingMessages(runtime("datafactory:IntegrationRuntime", { type: "Managed", computeProperties: { location: "AutoResolve" } }))).toEqual([
      "Data Factory integration runtime 'ir' runs copy activities and data flows in a region Azure chooses at run time through properties.computeProperties.location AutoResolve, which picks a region near each source or sink at run time, not proven inside the EU Data Boundary (EU + EFTA). Set properties.computeProperties.location to a region inside the boundary, such as westeurope, instead of AutoResolve.",
    ]);
    expect(processingMessages(runtime("datafactory:IntegrationRuntime", { type: "Managed" }))).toEqual([
      "Data Factory integration runtime 'ir' runs copy activities and data flows in a region Azure chooses at run time through properties.computeProperties.location (not set), the default AutoResolve, which picks a region near each source or sink at run time, not proven inside the EU Data Boundary (EU + EFTA). Set properties.computeProperties.location to a region inside the boundary, such as westeurope, instead of AutoResolve.",
    ]);
  });

  it("leaves self-hosted runtimes alone and does not prove an unknown type", () => {
    expect(processingMessages(runtime("datafactory:IntegrationRuntime", { type: "SelfHosted" }))).toEqual([]);
    expect(processingMessages(runtime("datafactory:IntegrationRuntime", { type: UNKNOWN }))).toEqual([
      "Data Factory integration runtime 'ir' runs copy activities and data flows in a place that cannot be proven at preview through properties.type (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set properties.type to Managed or SelfHosted.",
    ]);
  });
});

describe("secret values", () => {
  const secret = (value: string) => ({ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value });

  it("never shows a secret runtime region, probe or account location, and still judges them", () => {
    const runtime = resource("datafactory:IntegrationRuntime", "ir", { factoryName: "adf", resourceGroupName: "rg", properties: { type: "Managed", computeProperties: { location: secret("eastus") } } });
    const test = resource("applicationinsights:WebTest", "ping", { location: "westeurope", resourceGroupName: "rg", locations: [{ location: secret("us-va-ash-azr") }] });
    expect([...processingMessages(runtime), ...processingMessages(test, NL)]).toEqual([
      "Data Factory integration runtime 'ir' runs copy activities and data flows in a secret location through properties.computeProperties.location [secret], outside the EU Data Boundary (EU + EFTA). Set properties.computeProperties.location to a region inside the boundary, such as westeurope.",
      "Availability test 'ping' sends test requests from a secret location through locations[0].location [secret], outside the Netherlands. Run the test only from locations inside the boundary: emea-nl-ams-azr.",
    ]);
    const parent = stackResource(resource("cognitiveservices:Account", "ai", { location: secret("westeurope"), resourceGroupName: "rg" }));
    const standard = deployment("gpt", "Standard", parent);
    expect(processingStackMessages(standard, [parent, standard], NL)).toEqual([
      "AI model deployment 'gpt' may process prompts and responses in the other region of the Azure geography of a secret location through sku.name Standard, outside the Netherlands. Use an account in a region whose Azure geography lies in one country inside the boundary, or add a reviewed exemption.",
    ]);
  });
});

describe("V31 Static Web Apps", () => {
  it("reports every static web app as served from the global edge, and the enterprise CDN as Front Door", () => {
    const site = (props: Record<string, unknown>) => resource("web:StaticSite", "site", { location: "westeurope", resourceGroupName: "rg", sku: { name: "Standard" }, ...props });
    const edge = "Static Web App 'site' serves its static assets from points of presence around the world through location westeurope, outside the EU Data Boundary (EU + EFTA). Serve the site from a regional service inside the boundary (for example App Service, or a storage static website behind Application Gateway), or add a reviewed exemption.";
    expect(processingMessages(site({ enterpriseGradeCdnStatus: "Disabled" }))).toEqual([edge]);
    expect(processingMessages(site({ enterpriseGradeCdnStatus: "Enabled" }))).toEqual([
      edge,
      "Static Web App 'site' caches content at Azure Front Door points of presence around the world through enterpriseGradeCdnStatus Enabled, outside the EU Data Boundary (EU + EFTA). Set enterpriseGradeCdnStatus to Disabled.",
    ]);
  });

  it("reports linked backends, function apps and database connections outside the boundary", () => {
    const child = (type: string, props: Record<string, unknown>) => resource(type, "api", { name: "site", resourceGroupName: "rg", ...props });
    expect([
      ...processingMessages(child("web:StaticSiteLinkedBackend", { region: "eastus", backendResourceId: "/subscriptions/s/app" })),
      ...processingMessages(child("web:StaticSiteUserProvidedFunctionAppForStaticSiteBuild", { environmentName: "prod", functionAppRegion: "westeurope" })),
      ...processingMessages(child("web:StaticSiteBuildDatabaseConnection", { environmentName: "prod", region: "uksouth", resourceId: "/subscriptions/s/db" })),
    ]).toEqual([
      "Static site linked backend 'api' forwards API requests to a backend in eastus (United States) through region eastus, outside the EU Data Boundary (EU + EFTA). Link a backend in a region inside the boundary, such as westeurope.",
      "Static site build database connection 'api' connects to a database in uksouth (United Kingdom) through region uksouth, outside the EU Data Boundary (EU + EFTA). Connect a database in a region inside the boundary, such as westeurope.",
    ]);
  });
});

describe("V32 other region-valued properties", () => {
  it("reports each region-valued property outside the boundary", () => {
    const cases: [string, Record<string, unknown>][] = [
      ["machinelearningservices:Registry", { regionDetails: [{ location: "westeurope" }, { location: "eastus" }] }],
      ["devcenter:Pool", { managedVirtualNetworkRegions: ["eastus"] }],
      ["labservices:LabPlan", { allowedRegions: ["northeurope", "eastus"] }],
      ["monitor:AutoscaleSetting", { targetResourceLocation: "eastus" }],
      ["workloads:Monitor", { appLocation: "eastus" }],
      ["networkcloud:Cluster", { clusterLocation: "Frankfurt DC 1" }],
      ["loadtestservice:PlaywrightWorkspace", { regionalAffinity: "Enabled" }],
      ["azureplaywrightservice:Account", {}],
    ];
    const messages = cases.flatMap(([type, props]) => processingMessages(resource(type, "x", { location: "westeurope", resourceGroupName: "rg", ...props })));
    expect(messages).toEqual([
      "Machine Learning registry 'x' replicates models and data to eastus (United States) through regionDetails[1].location eastus, outside the EU Data Boundary (EU + EFTA). Keep every entry of regionDetails in a region inside the boundary, such as westeurope.",
      "Dev Box pool 'x' runs dev boxes in eastus (United States) through managedVirtualNetworkRegions[0] eastus, outside the EU Data Boundary (EU + EFTA). Keep every managed virtual network region inside the boundary, such as westeurope.",
      "Lab plan 'x' lets lab creators place labs in eastus (United States) through allowedRegions[1] eastus, outside the EU Data Boundary (EU + EFTA). Allow only regions inside the boundary, such as westeurope.",
      "Autoscale setting 'x' scales a resource in eastus (United States) through targetResourceLocation eastus, outside the EU Data Boundary (EU + EFTA). Scale only resources located inside the boundary, such as in westeurope.",
      "Azure Monitor for SAP solutions 'x' deploys its SAP monitoring resources in eastus (United States) through appLocation eastus, outside the EU Data Boundary (EU + EFTA). Set appLocation to a region inside the boundary, such as westeurope.",
      "Operator Nexus cluster 'x' runs workloads at frankfurtdc1 (not an Azure region) through clusterLocation Frankfurt DC 1, outside the EU Data Boundary (EU + EFTA). Name an Azure region inside the boundary in clusterLocation, such as westeurope, or add a reviewed exemption for the on-premises site.",
      "Playwright workspace 'x' runs cloud browsers for its test clients in the Azure region closest to each client through regionalAffinity Enabled, outside the EU Data Boundary (EU + EFTA). Set regionalAffinity to Disabled, so that browsers run in the workspace's own region.",
      "Playwright Testing account 'x' runs cloud browsers for its test clients in the Azure region closest to each client through regionalAffinity (not set), the service default, outside the EU Data Boundary (EU + EFTA). Set regionalAffinity to Disabled, so that browsers run in the workspace's own region.",
    ]);
  });

  it("passes Playwright with regional affinity disabled and does not prove an undocumented value", () => {
    expect(processingMessages(resource("loadtestservice:PlaywrightWorkspace", "pw", { location: "westeurope", resourceGroupName: "rg", regionalAffinity: "Disabled" }))).toEqual([]);
    expect(processingMessages(resource("loadtestservice:PlaywrightWorkspace", "pw", { location: "westeurope", resourceGroupName: "rg", regionalAffinity: "Nearest" }))).toEqual([
      "Playwright workspace 'pw' runs cloud browsers for its test clients in the Azure region closest to each client through regionalAffinity Nearest, a value whose meaning is not documented, not proven inside the EU Data Boundary (EU + EFTA). Set regionalAffinity to Disabled.",
    ]);
  });
});
