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

const EDGE = {
  policy: "location-in-boundary",
  resource: { type: "azure-native:cdn:Profile", name: "edge" },
  reason: "Public marketing assets only, no personal data",
  expires: "2099-12-31",
  approvedBy: "Jane Doe",
  ticket: "SEC-42",
};
const { approvedBy: _, ...TICKET_ONLY } = EDGE;
const SHARED = {
  ...TICKET_ONLY,
  resource: "urn:pulumi:*::*::azure-native:resources:ResourceGroup::shared",
  reason: "The platform team sets this group's location in westeurope",
  ticket: "PLAT-7",
};
const US = {
  ...EDGE,
  resource: { type: "azure-native:storage:StorageAccount", name: "us" },
  reason: "Temporary US account for the migration window",
};
const GONE = {
  ...EDGE,
  policy: "replication-in-boundary",
  resource: { type: "azure-native:storage:*", name: "gone-*" },
  reason: "Replicas of accounts being phased out this year",
};

const edgeProfile = (name: string) =>
  wireResource("azure-native:cdn:Profile", name, {
    location: "global",
    resourceGroupName: "rg",
    sku: { name: "Standard_Microsoft" },
  });
const group = (name: string) => wireResource("azure-native:resources:ResourceGroup", name, { location: UNKNOWN });
const usAccount = wireResource("azure-native:storage:StorageAccount", "us", {
  location: "eastus",
  resourceGroupName: "rg",
  sku: { name: "Standard_LRS" },
});

const edgeMessage = (name: string) =>
  `CDN / Front Door profile '${name}' serves and caches content at global points of presence through location global, because Front Door and CDN serve and cache content at points of presence around the world whatever their location, and are excluded from the EU Data Boundary, outside the EU Data Boundary (EU + EFTA). No location keeps it inside the boundary, so only a reviewed location-in-boundary exemption (docs/exemptions.md) can allow it; otherwise serve the content from a regional service inside the boundary, such as an Application Gateway or a storage static website.`;
const groupMessage = (name: string) =>
  `Resource group '${name}' is located in a place that cannot be proven at preview through location (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set location to a literal region inside the boundary, such as westeurope, because its value is computed and only known after deployment.`;

describe("reviewed exemptions through the real pack", () => {
  beforeAll(async () => {
    await pack.client.configure({ boundary: { properties: { exemptions: [EDGE, SHARED, US, GONE] as never } } });
  });

  afterAll(async () => {
    await pack.client.configure({});
  });

  it("does not block an exempted resource while its twin is blocked, in both adapters, and shows each exemption", async () => {
    const resources = [edgeProfile("edge"), edgeProfile("edge-twin"), group("shared"), group("shared-twin")];
    const diagnostics = await analyzeStackLikePreview(pack.client, resources);
    expect(diagnostics.map((d) => [d.call, d.policyName, d.enforcementLevel, d.urn, violationText(d.message)])).toEqual(
      [
        ["analyze", "location-in-boundary", "mandatory", "", edgeMessage("edge-twin")],
        [
          "analyzeStack",
          "boundary",
          "mandatory",
          resources[3].urn,
          `[location-in-boundary] ${groupMessage("shared-twin")}`,
        ],
        [
          "analyzeStack",
          "exemptions",
          "advisory",
          resources[0].urn,
          `[location-in-boundary] Exempted: ${edgeMessage("edge")} — reason: Public marketing assets only, no personal data; approved by Jane Doe; ticket SEC-42; expires 2099-12-31 (boundary.exemptions[0]).`,
        ],
        [
          "analyzeStack",
          "exemptions",
          "advisory",
          resources[2].urn,
          `[location-in-boundary] Exempted: ${groupMessage("shared")} — reason: The platform team sets this group's location in westeurope; ticket PLAT-7; expires 2099-12-31 (boundary.exemptions[1]).`,
        ],
        [
          "analyzeStack",
          "exemptions",
          "advisory",
          "",
          "[location-in-boundary] Unused exemption boundary.exemptions[2]: its resource pattern matches no resource of this stack; correct the pattern, or remove the exemption.",
        ],
        [
          "analyzeStack",
          "exemptions",
          "advisory",
          "",
          "[replication-in-boundary] Unused exemption boundary.exemptions[3]: its resource pattern matches no resource of this stack; correct the pattern, or remove the exemption.",
        ],
      ],
    );
  });

  it("never exempts a place outside the EU and EFTA by default, and says so on the violation and the exemption", async () => {
    const diagnostics = await analyzeStackLikePreview(pack.client, [usAccount]);
    expect(diagnostics.map((d) => [d.policyName, d.enforcementLevel, violationText(d.message)])).toEqual([
      [
        "location-in-boundary",
        "mandatory",
        "Storage account 'us' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope. (boundary.exemptions[2] matches this resource, but boundary.neverExempt[0] forbids exempting places outside the EU and EFTA.)",
      ],
      [
        "exemptions",
        "advisory",
        "[location-in-boundary] Unused exemption boundary.exemptions[0]: its resource pattern matches no resource of this stack; correct the pattern, or remove the exemption.",
      ],
      [
        "exemptions",
        "advisory",
        "[location-in-boundary] Unused exemption boundary.exemptions[1]: its resource pattern matches no resource of this stack; correct the pattern, or remove the exemption.",
      ],
      [
        "exemptions",
        "advisory",
        "[location-in-boundary] Unused exemption boundary.exemptions[2]: it matches azure-native:storage:StorageAccount 'us', but boundary.neverExempt[0] forbids exempting places outside the EU and EFTA; fix the resource, and remove the exemption.",
      ],
      [
        "exemptions",
        "advisory",
        "[replication-in-boundary] Unused exemption boundary.exemptions[3]: its resource pattern matches no resource of this stack; correct the pattern, or remove the exemption.",
      ],
    ]);
  });

  it("exempts what the default protects only when the config narrows the never-exempt rules", async () => {
    await pack.client.configure({
      boundary: {
        properties: { exemptions: [US], neverExempt: [{ policy: "replication-in-boundary", places: "any" }] } as never,
      },
    });
    const diagnostics = await analyzeStackLikePreview(pack.client, [usAccount]);
    expect(diagnostics.map((d) => [d.policyName, d.enforcementLevel])).toEqual([["exemptions", "advisory"]]);
    await pack.client.configure({ boundary: { properties: { exemptions: [EDGE, SHARED, US, GONE] as never } } });
  });
});

describe("exemption errors fail Configure with INVALID_ARGUMENT, naming the entry and the field", () => {
  const configureWith = (exemption: Record<string, unknown>) =>
    pack.client.configure({ boundary: { properties: { exemptions: [EDGE, exemption] } as never } });

  it.each([
    [
      "a bad shape",
      "edge",
      'boundary.exemptions[1] is "edge"; expected an object with policy, resource, reason, expires and approvedBy or ticket.',
    ],
    [
      "a short reason",
      { ...EDGE, reason: "temporary" },
      'boundary.exemptions[1].reason is "temporary" (9 characters); expected at least 20 characters saying why the place is acceptable.',
    ],
    [
      "an unknown policy",
      { ...EDGE, policy: "allowed-locations" },
      'boundary.exemptions[1].policy is "allowed-locations"; expected one of location-in-boundary,',
    ],
    [
      "an unparseable date",
      { ...EDGE, expires: "next year" },
      'boundary.exemptions[1].expires is "next year"; expected a calendar date YYYY-MM-DD, such as "2027-03-31" (the last day the exemption applies, UTC).',
    ],
    [
      "a past date",
      { ...EDGE, expires: "2020-01-31" },
      'boundary.exemptions[1].expires is "2020-01-31", which is past (today is ',
    ],
  ])("rejects %s", async (_, exemption, message) => {
    await expect(configureWith(exemption as Record<string, unknown>)).rejects.toThrow(
      `Configure failed (INVALID_ARGUMENT): ${message}`,
    );
  });

  it("keeps the exemptions policy advisory while exemptions are set", async () => {
    await expect(
      pack.client.configure({
        boundary: { properties: { exemptions: [EDGE] } as never },
        exemptions: { enforcementLevel: "disabled" },
      }),
    ).rejects.toThrow(
      'Configure failed (INVALID_ARGUMENT): exemptions.enforcementLevel is "disabled"; expected advisory while boundary.exemptions is set, because that policy shows the reviewer every place an exemption or declaration allows. Set "exemptions": "advisory" in the policy pack config.',
    );
  });

  it("describes the exemptions policy and the settings schema in GetAnalyzerInfo", async () => {
    const info = await pack.client.getAnalyzerInfo();
    const exemptions = info.policies.find((p) => p.name === "exemptions");
    expect([exemptions?.type, exemptions?.enforcementLevel, exemptions?.url]).toEqual([
      "stack",
      "advisory",
      "https://github.com/data-boundary/data-boundary/blob/main/policy-pack/docs/policies/exemptions.md",
    ]);
    expect(
      Object.keys(info.policies.find((p) => p.name === "boundary")?.configSchema?.properties ?? {}).sort(),
    ).toEqual(["exemptions", "externalResources", "neverExempt", "preset", "regions"]);
  });
});
