/**
 * What the audit changed in the pack driver: `AnalyzeStack` written as bytes straight from JSON, and several
 * `Analyze` calls on the wire at once. Both must give the pack, and get back from it, exactly what the generated
 * classes and one call at a time did.
 */
import * as proto from "@pulumi/pulumi/proto/analyzer_pb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readResourceGraphEstate } from "../../cli/audit/resource-graph-estate";
import { readStateEstate } from "../../cli/audit/state-file";
import { analyzeStackLikePreview } from "../../cli/pack/analyze-all";
import { AnalyzedStackResource, encodeStackRequest } from "../../cli/pack/analyzer-client";
import { startConfiguredPack } from "../../cli/pack/configured-pack";
import { RunningPack } from "../../cli/pack/start-pack";
import { PAGE_1, PAGE_2, REST_ANSWER, STATE, STATE_SHOWN } from "./helpers";

function dependenciesOf(message: proto.AnalyzerResource): Record<string, string[]> {
  const dependencies: Record<string, string[]> = {};
  message.getPropertydependenciesMap().forEach((value, key) => (dependencies[key] = value.getUrnsList()));
  return dependencies;
}

const decoded = (resources: AnalyzedStackResource[]) => proto.AnalyzeStackRequest.deserializeBinary(new Uint8Array(encodeStackRequest(resources))).getResourcesList();

describe("AnalyzeStack written as bytes", () => {
  const resources = [...readStateEstate(STATE_SHOWN).resources, ...readResourceGraphEstate([REST_ANSWER]).resources].map((r) => r.analyzed);
  resources.push({
    urn: "urn:pulumi:dev::proj::azure-native:resources:Resource::odd",
    type: "azure-native:resources:Resource",
    name: "odd",
    properties: { empty: {}, list: [null, 0, -1.5, "", false, [], [[]], { "ünï": "cödé 😀" }], zero: 0, nothing: null },
    options: {},
  });

  it("decodes to each resource's properties, unchanged, for values of every JSON kind", () => {
    expect(decoded(resources).map((m) => m.getProperties()?.toJavaScript())).toEqual(resources.map((r) => r.properties));
  });

  it("decodes to each resource's identity, provider and graph", () => {
    expect(
      decoded(resources).map((m) => ({
        urn: m.getUrn(),
        type: m.getType(),
        name: m.getName(),
        parent: m.getParent() || undefined,
        dependencies: m.getDependenciesList(),
        propertyDependencies: dependenciesOf(m),
        provider: m.getProvider() && { urn: m.getProvider()!.getUrn(), type: m.getProvider()!.getType(), name: m.getProvider()!.getName(), properties: m.getProvider()!.getProperties()?.toJavaScript() },
      })),
    ).toEqual(
      resources.map((r) => ({
        urn: r.urn,
        type: r.type,
        name: r.name,
        parent: r.parent,
        dependencies: r.dependencies ?? [],
        propertyDependencies: Object.fromEntries(Object.entries(r.propertyDependencies ?? {}).filter(([, urns]) => urns.length > 0)),
        provider: r.provider,
      })),
    );
  });

  it("names the resource whose properties JSON cannot hold", () => {
    const broken = { ...resources[0], properties: { location: undefined } } as unknown as AnalyzedStackResource;
    expect(() => encodeStackRequest([broken])).toThrow(`Cannot encode the properties of ${broken.urn} as JSON: Unexpected struct type.`);
  });
});

describe("Analyze calls in flight", () => {
  let pack: RunningPack;
  beforeAll(async () => {
    pack = (await startConfiguredPack({ policyConfig: {} })).pack;
  });
  afterAll(() => pack?.stop());

  it("give the same diagnostics, in the same order, as one call at a time", async () => {
    const resources = [...readStateEstate(STATE).resources, ...readResourceGraphEstate([PAGE_1, PAGE_2]).resources].map((r) => r.analyzed);
    const one = await analyzeStackLikePreview(pack.client, resources, 1);
    const eight = await analyzeStackLikePreview(pack.client, resources, 8);
    expect(one.filter((d) => d.enforcementLevel === "mandatory").length).toBeGreaterThan(3);
    expect(eight).toEqual(one);
  });
});
