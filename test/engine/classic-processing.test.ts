import { describe, expect, it } from "vitest";
import { Boundary, evaluateResource, PropertyBag, resolveBoundary, ResourceFacts, StackResource, StackView } from "../../policy-pack/engine";
import { classicResource, stackResource, UNKNOWN } from "../helpers/facts";
import { EUDB } from "../helpers/evaluate";

const DE = resolveBoundary({ preset: "de" });
const PROCESSING = new Set(["processing"] as const);

/** Messages the processing-in-boundary resource policy reports for one resource. */
function processingMessages(target: ResourceFacts, boundary: Boundary = EUDB): string[] {
  return evaluateResource(target, boundary, PROCESSING).filter((p) => !p.viaStack && p.verdict !== "inside").map((p) => p.message);
}

/** Messages the boundary stack policy reports for one resource's processing places. */
function processingStackMessages(target: StackResource, resources: StackResource[], boundary: Boundary = EUDB): string[] {
  return evaluateResource(target, boundary, PROCESSING, new StackView(resources)).filter((p) => p.viaStack && p.verdict !== "inside").map((p) => p.message);
}

const ACCOUNT_ID = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.CognitiveServices/accounts/ai";
const deployment5 = (type: string | undefined) =>
  classicResource("azure:cognitive/deployment:Deployment", "gpt", { cognitiveAccountId: ACCOUNT_ID, model: { format: "OpenAI", name: "gpt-4o" }, ...(type !== undefined && { scale: { type } }) });
const deployment6 = (name: string | undefined) =>
  classicResource("azure:cognitive/deployment:Deployment", "gpt", { cognitiveAccountId: ACCOUNT_ID, model: { format: "OpenAI", name: "gpt-4o" }, ...(name !== undefined && { sku: { name } }) });

describe("V22 classic AI deployments", () => {
  it("reports a Global deployment of 6.x through sku.name", () => {
    expect(processingMessages(deployment6("GlobalStandard"))).toEqual([
      "AI model deployment 'gpt' processes prompts and responses in any geography where the model is deployed through sku.name GlobalStandard, outside the EU Data Boundary (EU + EFTA). Use sku.name DataZoneStandard (on an account in an EU member state) or Standard.",
    ]);
  });

  it("reports a Global deployment of 5.x through scale.type, and names that path in the fix", () => {
    expect(processingMessages(deployment5("GlobalBatch"), DE)).toEqual([
      "AI model deployment 'gpt' processes prompts and responses in any geography where the model is deployed through scale.type GlobalBatch, outside Germany. Use scale.type Standard or ProvisionedManaged.",
    ]);
  });

  it("judges every deployment type as azure-native does, in either shape", () => {
    for (const build of [deployment5, deployment6]) {
      expect(processingMessages(build("GlobalProvisionedManaged"))).toHaveLength(1);
      expect(processingMessages(build("DataZoneStandard"), DE)).toHaveLength(1);
      expect(processingMessages(build("DataZoneBatch"), DE)).toHaveLength(1);
      expect(processingMessages(build("DataZoneProvisionedManaged"), DE)).toHaveLength(1);
      expect(processingMessages(build("Standard"))).toEqual([]);
      expect(processingMessages(build("ProvisionedManaged"), DE)).toEqual([]);
    }
    expect(processingMessages(deployment5("DataZoneStandard"), DE)).toEqual([
      "AI model deployment 'gpt' processes prompts and responses in the data zone of its account (every EU member state for an account in the EU) through scale.type DataZoneStandard, outside Germany. Use scale.type Standard or ProvisionedManaged.",
    ]);
  });

  it("does not prove a deployment type unknown at preview", () => {
    expect(processingMessages(deployment6(UNKNOWN))).toEqual([
      "AI model deployment 'gpt' processes prompts and responses in a place that cannot be proven at preview through sku.name (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set sku.name to a literal deployment type, such as DataZoneStandard (on an account in an EU member state) or Standard.",
    ]);
    expect(processingMessages(deployment5(UNKNOWN))).toHaveLength(1);
  });

  it("does not prove a deployment that sets neither shape's type or an undocumented one, and judges both if both are set", () => {
    expect(processingMessages(deployment6(undefined))).toEqual([
      "AI model deployment 'gpt' processes prompts and responses in a place that cannot be proven at preview through sku.name (not set), not proven inside the EU Data Boundary (EU + EFTA). Set sku.name to a literal deployment type, such as DataZoneStandard (on an account in an EU member state) or Standard.",
    ]);
    const both = classicResource("azure:cognitive/deployment:Deployment", "gpt", { cognitiveAccountId: ACCOUNT_ID, sku: { name: "Standard" }, scale: { type: "GlobalStandard" } });
    expect(processingMessages(both)).toEqual([expect.stringContaining("through scale.type GlobalStandard")]);
    expect(processingMessages(deployment5("S0"))).toEqual([
      "AI model deployment 'gpt' processes prompts and responses in a place that cannot be proven at preview through scale.type S0, which is not a documented deployment type, not proven inside the EU Data Boundary (EU + EFTA). Use scale.type DataZoneStandard (on an account in an EU member state) or Standard.",
    ]);
  });
});

const RUNTIMES = [
  "azure:datafactory/integrationRuntimeRule:IntegrationRuntimeRule",
  "azure:datafactory/integrationRuntimeManaged:IntegrationRuntimeManaged",
  "azure:datafactory/integrationRuntimeSsis:IntegrationRuntimeSsis",
  "azure:synapse/integrationRuntimeAzure:IntegrationRuntimeAzure",
];
const runtime = (location: string | undefined, type = RUNTIMES[0]) =>
  classicResource(type, "ir", { dataFactoryId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.DataFactory/factories/adf", ...(location !== undefined && { location }) });

describe("V30 classic integration runtimes", () => {
  it("judges the compute region, its top-level location", () => {
    expect(processingMessages(runtime("eastus"))).toEqual([
      "Data Factory integration runtime 'ir' runs copy activities and data flows in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
    for (const type of RUNTIMES) {
      expect(processingMessages(runtime("eastus", type))).toHaveLength(1);
      expect(processingMessages(runtime("westeurope", type))).toEqual([]);
    }
  });

  it("does not prove AutoResolve, in any case", () => {
    expect(processingMessages(runtime("autoResolve", RUNTIMES[3]))).toEqual([
      "Synapse integration runtime 'ir' runs copy activities and data flows in a region Azure chooses at run time through location autoResolve, which picks a region near each source or sink at run time, not proven inside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope, instead of AutoResolve.",
    ]);
  });

  it("does not prove a region that is absent (azurerm requires one) or unknown at preview", () => {
    expect(processingMessages(runtime(undefined))).toEqual([
      "Data Factory integration runtime 'ir' runs copy activities and data flows in a place that cannot be proven at preview through location (not set), not proven inside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
    expect(processingMessages(runtime(UNKNOWN, RUNTIMES[2]))).toEqual([
      "Data Factory SSIS integration runtime 'ir' runs copy activities and data flows in a place that cannot be proven at preview through location (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
  });

  it("has no region for a self-hosted runtime", () => {
    const selfHosted = classicResource("azure:datafactory/integrationRuntimeSelfHosted:IntegrationRuntimeSelfHosted", "shir", { dataFactoryId: "adf" });
    expect(processingMessages(selfHosted)).toEqual([]);
  });
});

describe("V31 classic Static Web Apps", () => {
  it("reports every static web app of either classic type as serving assets around the world", () => {
    const app = classicResource("azure:appservice/staticWebApp:StaticWebApp", "swa", { location: "westeurope", resourceGroupName: "rg" });
    expect(processingMessages(app)).toEqual([
      "Static Web App 'swa' serves its static assets from points of presence around the world through location westeurope, outside the EU Data Boundary (EU + EFTA). Serve the site from a regional service inside the boundary (for example App Service, or a storage static website behind Application Gateway), or add a reviewed exemption.",
    ]);
    const site = classicResource("azure:appservice/staticSite:StaticSite", "site", { location: UNKNOWN, resourceGroupName: "rg" });
    expect(processingMessages(site)).toEqual([
      "Static Web App 'site' serves its static assets from points of presence around the world through location (unknown at preview), outside the EU Data Boundary (EU + EFTA). Serve the site from a regional service inside the boundary (for example App Service, or a storage static website behind Application Gateway), or add a reviewed exemption.",
    ]);
  });

  const FUNCTION_APP_ID = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/api";
  const functionApp = (location: string) =>
    stackResource(classicResource("azure:appservice/linuxFunctionApp:LinuxFunctionApp", "api", { location, resourceGroupName: "rg", servicePlanId: "plan" }));
  const registration = (functionAppId: string, from: StackResource[] = []) =>
    stackResource(classicResource("azure:appservice/staticWebAppFunctionAppRegistration:StaticWebAppFunctionAppRegistration", "link", { functionAppId, staticWebAppId: "swa" } as PropertyBag), { functionAppId: from });

  it("judges the linked function app by the location of the app of the stack its id was computed from", () => {
    const outside = functionApp("eastus");
    const link = registration(UNKNOWN, [outside]);
    expect(processingStackMessages(link, [outside, link])).toEqual([
      "Static web app function app registration 'link' forwards API requests to a function app in eastus (United States) through functionAppId (unknown at preview), the location of Linux function app 'api', outside the EU Data Boundary (EU + EFTA). Link a function app in a region inside the boundary.",
    ]);
    const inside = functionApp("westeurope");
    const linkInside = registration(UNKNOWN, [inside]);
    expect(processingStackMessages(linkInside, [inside, linkInside])).toEqual([]);
  });

  it("does not prove a function app outside the stack", () => {
    const link = registration(FUNCTION_APP_ID);
    expect(processingStackMessages(link, [link])).toEqual([
      `Static web app function app registration 'link' forwards API requests to a function app in a place that cannot be proven at preview through functionAppId ${FUNCTION_APP_ID}, because the target is not a resource of this stack, not proven inside the EU Data Boundary (EU + EFTA). Declare the target with its region in boundary.externalResources (docs/external-resources.md), reference a resource created in this stack inside the boundary, or add a reviewed exemption.`,
    ]);
  });
});

describe("V32 classic region-valued properties", () => {
  it("judges lab plan regions (5.x), a Dev Box project pool's network region (6.x) and SAP app locations", () => {
    const lab = classicResource("azure:lab/servicePlan:ServicePlan", "lab", { location: "westeurope", resourceGroupName: "rg", allowedRegions: ["westeurope", "eastus"] });
    const pool = classicResource("azure:devcenter/projectPool:ProjectPool", "pool", { location: "westeurope", devCenterProjectId: "/p", devBoxDefinitionName: "d", localAdministratorEnabled: false, managedVirtualNetworkRegions: "uksouth" });
    const sap = classicResource("azure:workloadssap/threeTierVirtualInstance:ThreeTierVirtualInstance", "sap", { location: "westeurope", resourceGroupName: "rg", appLocation: "eastus2", environment: "NonProd", sapProduct: "S4HANA" });
    expect([lab, pool, sap].flatMap((r) => processingMessages(r))).toEqual([
      "Lab plan 'lab' lets lab creators place labs in eastus (United States) through allowedRegions[1] eastus, outside the EU Data Boundary (EU + EFTA). Allow only regions inside the boundary, such as westeurope.",
      "Dev Box pool 'pool' runs dev boxes in uksouth (United Kingdom) through managedVirtualNetworkRegions uksouth, outside the EU Data Boundary (EU + EFTA). Set managedVirtualNetworkRegions to a region inside the boundary, such as westeurope.",
      "SAP virtual instance 'sap' deploys its SAP system in eastus2 (United States) through appLocation eastus2, outside the EU Data Boundary (EU + EFTA). Set appLocation to a region inside the boundary, such as westeurope.",
    ]);
  });

  it("passes regions inside and does not prove one unknown at preview", () => {
    const single = (appLocation: string) =>
      classicResource("azure:workloadssap/singleNodeVirtualInstance:SingleNodeVirtualInstance", "sap", { location: "westeurope", resourceGroupName: "rg", appLocation, environment: "NonProd", sapProduct: "S4HANA" });
    expect(processingMessages(single("germanywestcentral"))).toEqual([]);
    expect(processingMessages(single(UNKNOWN))).toEqual([
      "SAP virtual instance 'sap' deploys its SAP system in a place that cannot be proven at preview through appLocation (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set appLocation to a literal region inside the boundary, such as westeurope.",
    ]);
  });
});
