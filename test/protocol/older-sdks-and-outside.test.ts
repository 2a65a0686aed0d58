import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeStackLikePreview } from "../../cli/pack/analyze-all";
import { UNKNOWN } from "../../cli/pack/analyzer-client";
import { RunningPack, startPolicyPack } from "../../cli/pack/start-pack";
import { PACK_DIR, violationText, wireResource } from "../helpers/pack";

let pack: RunningPack;

beforeAll(async () => {
  pack = await startPolicyPack(PACK_DIR);
});

afterAll(async () => {
  await pack?.stop();
});

const OUTSIDE = "outside the EU Data Boundary (EU + EFTA)";
const HUB = "/subscriptions/0000-hub/resourceGroups/hub/providers/Microsoft.OperationalInsights/workspaces/hub-logs";
const DECLARATION = {
  id: HUB,
  location: "westeurope",
  reason: "The platform team's hub workspace of the landing zone",
  expires: "2099-12-31",
  approvedBy: "Platform Team",
  ticket: "PLAT-12",
};
const { id: _, ...WITHOUT_ID } = DECLARATION;
const UNUSED = { ...WITHOUT_ID, idPattern: "/subscriptions/*/resourceGroups/shared-*", ticket: "PLAT-13" };

/** What the pack reported, as a preview would show it. */
const shown = (diagnostics: Awaited<ReturnType<typeof analyzeStackLikePreview>>) =>
  diagnostics.map((d) => [d.call, d.policyName, d.enforcementLevel, d.urn, violationText(d.message)]);

const v2DiagnosticSetting = wireResource("azure-native:insights:DiagnosticSetting", "diag", {
  resourceUri: "/subscriptions/s/resourceGroups/app/providers/Microsoft.KeyVault/vaults/kv",
  workspaceId: HUB,
  logs: [{ categoryGroup: "allLogs", enabled: true }],
});

const diagnosticSettingMessage = `[telemetry-in-boundary] Diagnostic setting 'diag' sends logs to a place that cannot be proven at preview through workspaceId ${HUB}, because the target is not a resource of this stack, not proven inside the EU Data Boundary (EU + EFTA). Declare the target with its region in boundary.externalResources (docs/external-resources.md), reference a resource created in this stack inside the boundary, or add a reviewed exemption.`;

describe("programs pinned to azure-native 2.x, over the Analyzer protocol", () => {
  beforeAll(async () => {
    await pack.client.configure({});
  });

  it("blocks a 2.x diagnostic setting sending logs to a workspace outside the stack", async () => {
    expect(shown(await analyzeStackLikePreview(pack.client, [v2DiagnosticSetting]))).toEqual([
      ["analyzeStack", "boundary", "mandatory", v2DiagnosticSetting.urn, diagnosticSettingMessage],
    ]);
  });

  it("passes a 2.x private DNS zone and virtual network link at global", async () => {
    const zone = wireResource("azure-native:network:PrivateZone", "zone", { location: "global", resourceGroupName: "rg", privateZoneName: "privatelink.vaultcore.azure.net" });
    const group = wireResource("azure-native:resources:ResourceGroup", "rg", { location: "westeurope", resourceGroupName: "rg" });
    const link = {
      ...wireResource("azure-native:network:VirtualNetworkLink", "link", { location: "global", resourceGroupName: "rg", privateZoneName: UNKNOWN, virtualNetwork: { id: UNKNOWN }, registrationEnabled: false }),
      propertyDependencies: { privateZoneName: [zone.urn] },
    };
    expect(shown(await analyzeStackLikePreview(pack.client, [group, zone, link]))).toEqual([]);
  });

  it("blocks a 2.x web test probing from the United States", async () => {
    const test = wireResource("azure-native:insights:WebTest", "ping", { location: "westeurope", resourceGroupName: "rg", locations: [{ location: "us-va-ash-azr" }], syntheticMonitorId: "ping", kind: "standard" });
    expect(shown(await analyzeStackLikePreview(pack.client, [test]))).toEqual([
      [
        "analyze",
        "processing-in-boundary",
        "mandatory",
        "",
        `Availability test 'ping' sends test requests from eastus (United States) through locations[0].location us-va-ash-azr, ${OUTSIDE}. Run the test only from locations inside the boundary: emea-nl-ams-azr, emea-gb-db3-azr, emea-fr-pra-edge or emea-ch-zrh-edge.`,
      ],
    ]);
  });

  it("blocks a geo-redundant account of a versioned module whose pair is outside a one-country boundary", async () => {
    await pack.client.configure({ boundary: { properties: { preset: "nl" } } });
    const account = wireResource("azure-native:storage/v20230101:StorageAccount", "grs", { location: "westeurope", resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_GRS" } });
    expect(shown(await analyzeStackLikePreview(pack.client, [account]))).toEqual([
      [
        "analyze",
        "replication-in-boundary",
        "mandatory",
        "",
        "Storage account 'grs' keeps a geo-redundant copy in northeurope (Ireland) through sku.name Standard_GRS, outside the Netherlands. Use Standard_ZRS or Standard_LRS, or a location whose pair is inside the boundary.",
      ],
    ]);
    await pack.client.configure({});
  });

  it("blocks a CDN profile at westeurope", async () => {
    const profile = wireResource("azure-native:cdn:Profile", "edge", { location: "westeurope", resourceGroupName: "rg", sku: { name: "Standard_AzureFrontDoor" } });
    expect(shown(await analyzeStackLikePreview(pack.client, [profile]))).toEqual([
      [
        "analyze",
        "location-in-boundary",
        "mandatory",
        "",
        `CDN / Front Door profile 'edge' serves and caches content at global points of presence through location westeurope, because Front Door and CDN serve and cache content at points of presence around the world whatever their location, and are excluded from the EU Data Boundary, ${OUTSIDE}. No location keeps it inside the boundary, so only a reviewed location-in-boundary exemption (docs/exemptions.md) can allow it; otherwise serve the content from a regional service inside the boundary, such as an Application Gateway or a storage static website.`,
      ],
    ]);
  });

  it("lets an exemption written for the 3.x type cover the 2.x token", async () => {
    const exemption = {
      policy: "telemetry-in-boundary",
      resource: { type: "azure-native:monitor:DiagnosticSetting", name: "diag" },
      reason: "Logs go to the SOC's workspace until the hub is declared",
      expires: "2099-12-31",
      ticket: "SEC-9",
    };
    await pack.client.configure({ boundary: { properties: { exemptions: [exemption] as never } } });
    expect(shown(await analyzeStackLikePreview(pack.client, [v2DiagnosticSetting]))).toEqual([
      [
        "analyzeStack",
        "exemptions",
        "advisory",
        v2DiagnosticSetting.urn,
        `[telemetry-in-boundary] Exempted: ${diagnosticSettingMessage.slice("[telemetry-in-boundary] ".length)} — reason: ${exemption.reason}; ticket SEC-9; expires 2099-12-31 (boundary.exemptions[0]).`,
      ],
    ]);
    await pack.client.configure({});
  });
});

describe("resources outside the stack declared in the pack config, over the Analyzer protocol", () => {
  afterAll(async () => {
    await pack.client.configure({});
  });

  it("lets a diagnostic setting send logs to a declared hub workspace, shows the declaration and reports an unused one", async () => {
    await pack.client.configure({ boundary: { properties: { externalResources: [DECLARATION, UNUSED] as never } } });
    expect(shown(await analyzeStackLikePreview(pack.client, [v2DiagnosticSetting]))).toEqual([
      [
        "analyzeStack",
        "exemptions",
        "advisory",
        v2DiagnosticSetting.urn,
        `[telemetry-in-boundary] Declared: Diagnostic setting 'diag' sends logs to westeurope (Netherlands) through workspaceId ${HUB}, the location boundary.externalResources[0] declares for the target outside the stack, inside the EU Data Boundary (EU + EFTA). Keep the declaration up to date, or reference a resource created in this stack inside the boundary. — reason: ${DECLARATION.reason}; approved by Platform Team; ticket PLAT-12; expires 2099-12-31 (boundary.externalResources[0]).`,
      ],
      [
        "analyzeStack",
        "exemptions",
        "advisory",
        "",
        "Unused external resource declaration boundary.externalResources[1]: no reference, resource group or parent of this stack matches its idPattern; correct the idPattern, or remove the declaration.",
      ],
    ]);
  });

  it("passes a peering to a declared hub network: the advisory transit policy places it as the declaration says", async () => {
    const hubNetwork = "/subscriptions/0000-hub/resourceGroups/hub/providers/Microsoft.Network/virtualNetworks/hub-vnet";
    const spoke = wireResource("azure-native:network:VirtualNetwork", "spoke", { resourceGroupName: "rg", virtualNetworkName: "spoke", location: "westeurope" });
    const peering = wireResource("azure-native:network:VirtualNetworkPeering", "to-hub", {
      resourceGroupName: "rg",
      virtualNetworkName: "spoke",
      remoteVirtualNetwork: { id: hubNetwork },
    });
    const unplaced = `Virtual network peering 'to-hub' peers with a virtual network in a place that cannot be proven at preview through remoteVirtualNetwork.id ${hubNetwork}, because the target is not a resource of this stack`;
    await pack.client.configure({});
    const before = shown(await analyzeStackLikePreview(pack.client, [spoke, peering]));
    expect(before.map(([, policy, level, , text]) => [policy, level, text.startsWith(unplaced)])).toEqual([["network-transit-in-boundary", "advisory", true]]);
    await pack.client.configure({ boundary: { properties: { externalResources: [{ ...DECLARATION, id: hubNetwork }] as never } } });
    const after = shown(await analyzeStackLikePreview(pack.client, [spoke, peering]));
    expect(after.map(([, policy, level, , text]) => [policy, level, text.split(" — ")[0]])).toEqual([
      [
        "exemptions",
        "advisory",
        `[network-transit-in-boundary] Declared: Virtual network peering 'to-hub' peers with a virtual network in westeurope (Netherlands) through remoteVirtualNetwork.id ${hubNetwork}, the location boundary.externalResources[0] declares for the target outside the stack, inside the EU Data Boundary (EU + EFTA). Keep the declaration up to date, or reference a resource created in this stack inside the boundary.`,
      ],
    ]);
  });

  it("refuses at Configure a declaration that has expired or is outside the boundary, naming the entry and the field", async () => {
    await expect(pack.client.configure({ boundary: { properties: { externalResources: [{ ...DECLARATION, expires: "2020-01-31" }] as never } } })).rejects.toThrow(
      /^Configure failed \(INVALID_ARGUMENT\): boundary\.externalResources\[0\]\.expires is "2020-01-31", which is past \(today is \d{4}-\d{2}-\d{2}, UTC\); expected a date from today on\. Renew the declaration after a new review, or remove it\.$/,
    );
    await expect(pack.client.configure({ boundary: { properties: { externalResources: [{ ...DECLARATION, location: "eastus" }] as never } } })).rejects.toThrow(
      'Configure failed (INVALID_ARGUMENT): boundary.externalResources[0].location is "eastus", eastus (United States), which is not inside the EU Data Boundary (EU + EFTA); expected a region inside the boundary, such as "westeurope", because a declaration vouches only for a resource inside it.',
    );
  });

  it("keeps the exemptions policy advisory while declarations are set", async () => {
    await expect(
      pack.client.configure({ boundary: { properties: { externalResources: [DECLARATION] as never } }, exemptions: { enforcementLevel: "mandatory" } }),
    ).rejects.toThrow(
      'Configure failed (INVALID_ARGUMENT): exemptions.enforcementLevel is "mandatory"; expected advisory while boundary.externalResources is set, because that policy shows the reviewer every place an exemption or declaration allows. Set "exemptions": "advisory" in the policy pack config.',
    );
  });
});
