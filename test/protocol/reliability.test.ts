/**
 * A rule that throws becomes a mandatory violation naming the rule and the resource: never a gRPC error, never a
 * pass. Proven over the real Analyzer protocol, with the pack started exactly as the CLI starts it.
 *
 * No wire input makes a real rule throw today: the fuzz tests (test/fuzz) found one (an ARM template resource of
 * type "constructor" made `opaque-template` throw), and it was fixed. So the failure is injected: the fixture pack
 * test/fixtures/throwing-rule-pack is the real pack (its policies, service hooks, engine and rules, imported from
 * policy-pack/) plus three failing rules: one that throws on a wire shape it does not expect (`sku: {}`), one that
 * throws only while following the stack, one whose finding cannot be rendered into a message. The second part sends
 * fuzzed hostile shapes through the real, unmodified pack and checks it never answers with a gRPC error.
 */
import * as path from "path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeStackLikePreview } from "../../cli/pack/analyze-all";
import { AnalyzedStackResource, Json } from "../../cli/pack/analyzer-client";
import { RunningPack, startPolicyPack } from "../../cli/pack/start-pack";
import { evaluateResource, StackView } from "../../policy-pack/engine";
import { resourceArbitraries } from "../fuzz/support/arbitraries";
import { boundaryOf, factsOf } from "../fuzz/support/checks";
import { harvest } from "../fuzz/support/harvest";
import { asReceived } from "../fuzz/support/policy-args";
import { PACK_DIR, violationText, wireResource } from "../helpers/pack";

const FIXTURE_PACK = path.resolve(__dirname, "../fixtures/throwing-rule-pack");
const EUDB = "the EU Data Boundary (EU + EFTA)";

const storage = (name: string, properties: Record<string, Json>) =>
  wireResource("azure-native:storage:StorageAccount", name, { location: "westeurope", resourceGroupName: "rg", ...properties });

/** The message the engine gives a rule that failed on a resource. */
const crashMessage = (rule: string, reason: string) =>
  `Storage account 'data' could not be checked by rule ${rule}, so its data may be in a place that cannot be proven at preview through (rule error) ${reason}, not proven inside ${EUDB}. Report this error to the data-boundary maintainers, or add a reviewed exemption for this resource.`;

describe("a failing rule, through the Analyzer protocol (the real pack's modules plus injected failing rules)", () => {
  let pack: RunningPack;

  beforeAll(async () => {
    pack = await startPolicyPack(FIXTURE_PACK);
    await pack.client.configure({});
  });

  afterAll(async () => {
    await pack?.stop();
  });

  it("a rule that throws on a property shape is a mandatory violation of its policy naming the rule and the resource", async () => {
    const result = await pack.client.analyze(storage("data", { sku: {} }));
    expect(result.diagnostics.map((d) => [d.policyName, d.enforcementLevel, violationText(d.message)])).toContainEqual([
      "replication-in-boundary",
      "mandatory",
      crashMessage("fixture-throws-on-shape", "Cannot read properties of undefined (reading 'toLowerCase')"),
    ]);
    expect(result.diagnostics.filter((d) => d.enforcementLevel !== "mandatory")).toEqual([]);
  });

  it("a rule that throws only while following the stack is reported by the stack policy against the resource", async () => {
    const account = storage("data", { sku: { name: "Standard_LRS" } });
    const diagnostics = await analyzeStackLikePreview(pack.client, [account]);
    expect(diagnostics.map((d) => [d.call, d.policyName, d.enforcementLevel, d.urn, violationText(d.message)])).toContainEqual([
      "analyzeStack",
      "boundary",
      "mandatory",
      account.urn,
      `[telemetry-in-boundary] ${crashMessage("fixture-throws-with-stack", "the stack index is inconsistent")}`,
    ]);
  });

  it("a finding that cannot be rendered is a violation naming its rule, not a policy error", async () => {
    const result = await pack.client.analyze(storage("data", { sku: { name: "Standard_LRS" } }));
    const processing = result.diagnostics.filter((d) => d.policyName === "processing-in-boundary").map((d) => violationText(d.message));
    expect(processing).toHaveLength(1);
    expect(processing[0]).toMatch(/^Storage account 'data' could not be checked by rule fixture-unrenderable-finding, so its data may be in a place that cannot be proven at preview through \(rule error\) /);
  });
});

describe("the real pack answers hostile wire shapes with violations, never a gRPC error", () => {
  let pack: RunningPack;

  beforeAll(async () => {
    pack = await startPolicyPack(PACK_DIR);
    await pack.client.configure({});
  });

  afterAll(async () => {
    await pack?.stop();
  });

  it("judges fuzzed stacks (unknowns, secrets, wrong types, unicode, huge strings, templates) like the engine does", async () => {
    const arbs = resourceArbitraries(await harvest(), { wire: true });
    const stacks = fc.sample(arbs.stack, { numRuns: 25, seed: 20250 });
    const eudb = boundaryOf({ preset: "eudb" });
    for (const stack of stacks) {
      const requests: AnalyzedStackResource[] = stack.map((r) => ({
        urn: r.urn,
        type: r.type,
        name: r.name,
        properties: r.props as Record<string, Json>,
        provider: r.provider && { urn: r.provider.urn, type: r.provider.type, name: r.provider.name, properties: r.provider.props as Record<string, Json> },
        options: {},
        parent: r.parent,
        dependencies: [...new Set(Object.values(r.propertyDependencies).flat())],
        propertyDependencies: r.propertyDependencies,
      }));
      const diagnostics = await analyzeStackLikePreview(pack.client, requests);
      const facts = stack.map(asReceived).map(factsOf);
      const view = new StackView(facts);
      for (const resource of facts) {
        const places = [...evaluateResource(resource, eudb).filter((p) => !p.viaStack), ...evaluateResource(resource, eudb, undefined, view).filter((p) => p.viaStack)];
        const blocking = places.filter((p) => p.verdict !== "inside" && p.family !== "transit");
        const mine = diagnostics.filter((d) => (d.call === "analyze" ? d.analyzedUrn : d.urn) === resource.urn && d.enforcementLevel === "mandatory");
        if (blocking.length > 0) expect(mine.length, `${resource.urn}: ${blocking.map((p) => p.message).join(" | ")}`).toBeGreaterThan(0);
      }
      expect(diagnostics.filter((d) => /can't run policy/.test(d.message))).toEqual([]);
    }
  });
});
