import { describe, expect, it } from "vitest";
import { evaluateResource, ExternalResource, ResourceFacts, StackResource, StackView } from "../../policy-pack/engine";
import { provider, resource, stackResource, UNKNOWN } from "../helpers/facts";
import { EUDB, stackMessages } from "../helpers/evaluate";

const OUTSIDE = "outside the EU Data Boundary (EU + EFTA)";
const NOT_PROVEN = "not proven inside the EU Data Boundary (EU + EFTA)";
const HUB = "/subscriptions/0000-hub/resourceGroups/hub/providers/Microsoft.OperationalInsights/workspaces/hub-logs";

/** The places the stack policy judges for `target`, with the declarations of the pack config. */
function declaredPlaces(target: StackResource, resources: StackResource[], external: ExternalResource[]) {
  return evaluateResource(target, EUDB, undefined, new StackView(resources, external)).filter((p) => p.viaStack);
}

const account = (name: string, location: string, props: Record<string, unknown> = {}, withProvider = provider()) =>
  stackResource(resource("storage:StorageAccount", name, { accountName: name, location, resourceGroupName: "rg", sku: { name: "Standard_LRS" }, ...props }, withProvider));
const container = (props: Record<string, unknown>, withProvider = provider()) =>
  stackResource(resource("storage:BlobContainer", "data", { resourceGroupName: "rg", containerName: "data", ...props }, withProvider));

describe("a parent named by a literal name is matched by Azure name and resource group", () => {
  it("takes the location of the stack's resource of that name in the same group", () => {
    const us = account("logsus", "eastus");
    const child = container({ accountName: "LogsUS" });
    expect(stackMessages(child, [us, child])).toEqual([
      `Blob container 'data' is located in eastus (United States) through location (none, a child resource), inherited from parent storage account 'logsus', ${OUTSIDE}. Set the location of storage account 'logsus' to a region inside the boundary, such as westeurope; the blob container has no location of its own.`,
    ]);
    const eu = account("logseu", "westeurope");
    const inside = container({ accountName: "logseu" });
    expect(stackMessages(inside, [eu, inside])).toEqual([]);
  });

  it("matches through the group resource of the stack when one side names it and the other depends on it", () => {
    const group = stackResource(resource("resources:ResourceGroup", "rg", { resourceGroupName: "rg-app", location: "westeurope" }));
    const eu = stackResource(resource("storage:StorageAccount", "logs", { accountName: "logs", location: "westeurope", resourceGroupName: UNKNOWN, sku: { name: "Standard_LRS" } }), { resourceGroupName: [group] });
    const child = stackResource(resource("storage:BlobContainer", "data", { resourceGroupName: "RG-App", accountName: "logs" }));
    expect(stackMessages(child, [group, eu, child])).toEqual([]);
  });

  it("does not match a resource of the same name in another group, behind another provider, or a sibling child", () => {
    const elsewhere = account("logs", "westeurope", { resourceGroupName: "other-rg" });
    const otherProvider = account("logs", "westeurope", {}, provider({ subscriptionId: "s2" }, "second"));
    const sibling = stackResource(resource("storage:BlobContainer", "sibling", { resourceGroupName: "rg", accountName: "logs", containerName: "sibling" }));
    const child = container({ accountName: "logs" });
    expect(stackMessages(child, [elsewhere, otherProvider, sibling, child])).toEqual([
      `Blob container 'data' is located in a place that cannot be proven at preview through accountName logs, ${NOT_PROVEN}. Create the parent that accountName names ('logs') in this stack in a region inside the boundary, such as westeurope, or declare it with its region in boundary.externalResources (docs/external-resources.md); the blob container has no location of its own.`,
    ]);
  });

  it("does not guess between two resources of the stack that have the name", () => {
    const first = account("logs", "westeurope");
    const second = stackResource({ ...account("logs", "westeurope"), urn: "urn:pulumi:dev::proj::azure-native:storage:StorageAccount::logs-2", name: "logs-2" });
    const child = container({ accountName: "logs" });
    expect(stackMessages(child, [first, second, child])).toHaveLength(1);
  });
});

describe("resources outside the stack declared in the pack config", () => {
  const hub: ExternalResource = { key: "boundary.externalResources[0]", id: HUB, location: "westeurope" };
  const diag = (workspaceId: string) => stackResource(resource("insights:DiagnosticSetting", "diag", { resourceUri: UNKNOWN, workspaceId }));

  it("judges a literal log target with the location its declaration gives, and names the declaration", () => {
    const setting = diag(HUB.toUpperCase());
    const places = declaredPlaces(setting, [setting], [hub]);
    expect(places.map((p) => [p.verdict, p.declared, p.message])).toEqual([
      [
        "inside",
        "boundary.externalResources[0]",
        `Diagnostic setting 'diag' sends logs to westeurope (Netherlands) through workspaceId ${HUB.toUpperCase()}, the location boundary.externalResources[0] declares for the target outside the stack, inside the EU Data Boundary (EU + EFTA). Keep the declaration up to date, or reference a resource created in this stack inside the boundary.`,
      ],
    ]);
  });

  it("leaves an undeclared literal target unproven, and says it can be declared", () => {
    const setting = diag(HUB.replace("hub-logs", "other-logs"));
    expect(declaredPlaces(setting, [setting], [hub]).map((p) => [p.verdict, p.message])).toEqual([
      [
        "unproven",
        `Diagnostic setting 'diag' sends logs to a place that cannot be proven at preview through workspaceId ${HUB.replace("hub-logs", "other-logs")}, because the target is not a resource of this stack, ${NOT_PROVEN}. Declare the target with its region in boundary.externalResources (docs/external-resources.md), reference a resource created in this stack inside the boundary, or add a reviewed exemption.`,
      ],
    ]);
  });

  it("matches an id pattern segment by segment: * never crosses a slash", () => {
    const pattern: ExternalResource = { key: "boundary.externalResources[1]", id: "/subscriptions/*/resourceGroups/hub-*/providers/Microsoft.OperationalInsights/workspaces/*", location: "swedencentral" };
    const view = new StackView([], [pattern]);
    expect(view.external.byId("/subscriptions/s1/resourceGroups/hub-weu/providers/Microsoft.OperationalInsights/workspaces/logs")).toBe(pattern);
    expect(view.external.byId("/subscriptions/s1/resourceGroups/hub-weu/x/y/providers/Microsoft.OperationalInsights/workspaces/logs")).toBeUndefined();
    expect(view.external.byId("/subscriptions/s1/resourceGroups/app/providers/Microsoft.OperationalInsights/workspaces/logs")).toBeUndefined();
    expect(view.external.byId("/subscriptions/s1/resourceGroups/hub-weu/providers/Microsoft.Storage/storageAccounts/logs")).toBeUndefined();
  });

  it("gives a resource in a declared group outside the stack the group's location, only for its subscription", () => {
    const shared: ExternalResource = { key: "boundary.externalResources[0]", id: "/subscriptions/sub-a/resourceGroups/shared", location: "westeurope" };
    const vault = (withProvider = provider()) => stackResource(resource("keyvault:Vault", "kv", { resourceGroupName: "Shared" }, withProvider));
    const inSubA = vault(provider({ subscriptionId: "sub-a" }, "a"));
    expect(declaredPlaces(inSubA, [inSubA], [shared]).map((p) => [p.rule, p.verdict, p.declared, p.location])).toEqual([
      ["primary-location", "inside", "boundary.externalResources[0]", "westeurope"],
      ["geo-pair-copy", "inside", "boundary.externalResources[0]", "northeurope"],
    ]);
    expect(declaredPlaces(inSubA, [inSubA], [shared])[0].via).toBe("inherited from resource group 'Shared' outside the stack, as boundary.externalResources[0] declares it");
    // A provider that names no subscription matches only a declaration whose subscription is *.
    const unknownSubscription = vault();
    expect(declaredPlaces(unknownSubscription, [unknownSubscription], [shared]).map((p) => p.verdict)).toEqual(["unproven"]);
    const anySubscription = { ...shared, id: "/subscriptions/*/resourceGroups/shared" };
    expect(declaredPlaces(unknownSubscription, [unknownSubscription], [anySubscription]).map((p) => p.verdict)).toEqual(["inside", "inside"]);
  });

  it("gives a child of a declared parent outside the stack the parent's location", () => {
    const factory: ExternalResource = { key: "boundary.externalResources[2]", id: "/subscriptions/*/resourceGroups/data/providers/Microsoft.DataFactory/factories/shared-adf", location: "germanywestcentral" };
    const runtime = stackResource(resource("datafactory:IntegrationRuntime", "ir", { resourceGroupName: "data", factoryName: "shared-adf", properties: { type: "SelfHosted" } }));
    expect(declaredPlaces(runtime, [runtime], [factory]).map((p) => [p.verdict, p.declared, p.message])).toEqual([
      [
        "inside",
        "boundary.externalResources[2]",
        "Data Factory integration runtime 'ir' is located in germanywestcentral (Germany) through factoryName shared-adf, inherited from its parent outside the stack, as boundary.externalResources[2] declares it, inside the EU Data Boundary (EU + EFTA). Create the parent that factoryName names ('shared-adf') in this stack in a region inside the boundary, such as westeurope, or declare it with its region in boundary.externalResources (docs/external-resources.md); the data factory integration runtime has no location of its own.",
      ],
    ]);
  });

  it("never names an input a type does not have: an integration runtime whose factory is outside the stack", () => {
    const runtime = stackResource(resource("datafactory:IntegrationRuntime", "ir", { resourceGroupName: "data", factoryName: "shared-adf", properties: { type: "SelfHosted" } }));
    const [place] = declaredPlaces(runtime, [runtime], []);
    expect(place.fix).toBe(
      "Create the parent that factoryName names ('shared-adf') in this stack in a region inside the boundary, such as westeurope, or declare it with its region in boundary.externalResources (docs/external-resources.md); the data factory integration runtime has no location of its own.",
    );
    expect(place.fix).not.toMatch(/^Set location/);
  });
});

describe("edge services are outside at any location (V03)", () => {
  const edgeMessage = (kind: string, name: string, what: string, seen: string, why: string) =>
    `${kind} '${name}' ${what} global points of presence through location ${seen}, because ${why}, ${OUTSIDE}. No location keeps it inside the boundary, so only a reviewed location-in-boundary exemption (docs/exemptions.md) can allow it; otherwise serve the content from a regional service inside the boundary, such as an Application Gateway or a storage static website.`;
  const CDN_WHY = "Front Door and CDN serve and cache content at points of presence around the world whatever their location, and are excluded from the EU Data Boundary";
  const locationMessages = (facts: ResourceFacts) =>
    evaluateResource(facts, EUDB, new Set(["location" as const])).filter((p) => p.verdict !== "inside").map((p) => p.message);

  it("blocks a CDN profile at westeurope and at global, once each", () => {
    for (const location of ["westeurope", "global"]) {
      const profile = resource("cdn:Profile", "edge", { location, resourceGroupName: "rg", sku: { name: "Standard_Microsoft" } });
      expect(locationMessages(profile)).toEqual([edgeMessage("CDN / Front Door profile", "edge", "serves and caches content at", location, CDN_WHY)]);
    }
  });

  it("blocks a CDN profile that sets no location, whatever location it will get", () => {
    const profile = resource("cdn:Profile", "edge", { resourceGroupName: "rg", sku: { name: "Standard_AzureFrontDoor" } }, provider({ location: "westeurope" }));
    expect(locationMessages(profile)).toEqual([edgeMessage("CDN / Front Door profile", "edge", "serves and caches content at", "(not set)", CDN_WHY)]);
  });

  it("blocks endpoints, classic Front Door, WAF policies and the classic provider's Front Door", () => {
    const at = (type: string) => locationMessages(resource(type, "e", { location: "westeurope", resourceGroupName: "rg" }));
    expect(at("cdn:AFDEndpoint")).toEqual([edgeMessage("AFD endpoint", "e", "routes and caches traffic at", "westeurope", CDN_WHY)]);
    expect(at("cdn:Endpoint")).toHaveLength(1);
    expect(at("frontdoor:FrontDoor")).toHaveLength(1);
    expect(at("frontdoor:Policy")).toHaveLength(1);
    expect(at("azure:cdn/frontdoorProfile:FrontdoorProfile")).toHaveLength(1);
  });

  it("reports the profile, not each child that lives in it", () => {
    const profile = stackResource(resource("cdn:Profile", "edge", { location: "global", resourceGroupName: "rg", profileName: "edge" }));
    const route = stackResource(resource("cdn:AFDOriginGroup", "origins", { resourceGroupName: "rg", profileName: "edge" }), { profileName: [profile] });
    expect(stackMessages(route, [profile, route])).toEqual([]);
  });
});
