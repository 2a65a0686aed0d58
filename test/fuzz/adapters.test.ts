/**
 * (c) The policy adapters, called directly with arguments built as @pulumi/policy builds them (protobuf Struct,
 * the SDK's own deserializer and `unknownCheckingProxy`), never throw, and report at least one violation for a
 * resource whenever the engine finds a place of it that is not inside (a mandatory one unless the place belongs
 * to the advisory transit family). Every policy of the pack is run, whatever policies exist at run time.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateResource, Place, StackView } from "../../policy-pack/engine";
import { POLICIES } from "../../policy-pack/policies";
import { applySettings } from "../../policy-pack/policies/settings";
import { boundarySpec, breathe, fuzzParameters, PROPERTY_TIMEOUT_MS, resourceArbitraries, RUNS } from "./support/arbitraries";
import { assertNone, boundaryOf, factsOf } from "./support/checks";
import { Harvest, harvest } from "./support/harvest";
import { asReceived, runPolicies } from "./support/policy-args";

let h: Harvest;
let arbs: ReturnType<typeof resourceArbitraries>;

beforeAll(async () => {
  h = await harvest();
  arbs = resourceArbitraries(h, { wire: true });
});

afterAll(() => {
  applySettings(undefined);
});

/** Families whose policy is advisory by design (network transit); every other family must block. */
const ADVISORY_FAMILIES = new Set(["transit"]);

describe(`policy adapters fuzz (${RUNS} cases per property)`, () => {
  it("runs every policy of the pack", () => {
    expect(POLICIES.length).toBeGreaterThan(3);
  });

  it("never throw, and report a violation for every resource the engine finds a place of that is not inside", async () => {
    await fc.assert(
      fc.asyncProperty(arbs.stack, boundarySpec, async (generated, spec) => {
        await breathe();
        applySettings({ preset: spec.preset, ...(spec.regions ? { regions: [...spec.regions] } : {}) });
        const resources = generated.map(asReceived);
        const outcome = await runPolicies(POLICIES, resources);
        const problems: (string | undefined)[] = outcome.thrown.map((t) => `policy ${t.policy} threw: ${(t.error as Error)?.stack ?? t.error}`);

        const facts = resources.map(factsOf);
        const view = new StackView(facts);
        const boundary = boundaryOf(spec);
        for (const resource of facts) {
          // What a preview can report: resource-level places (judged without the stack) and stack places (with it).
          const places: Place[] = [
            ...evaluateResource(resource, boundary).filter((p) => !p.viaStack),
            ...evaluateResource(resource, boundary, undefined, view).filter((p) => p.viaStack),
          ];
          const notInside = places.filter((p) => p.verdict !== "inside");
          const mine = outcome.reported.filter((r) => r.urn === resource.urn);
          const blocking = notInside.filter((p) => !ADVISORY_FAMILIES.has(p.family));
          if (blocking.length > 0 && !mine.some((r) => r.enforcementLevel === "mandatory")) {
            problems.push(`no mandatory violation for ${resource.urn}, though the engine finds: ${blocking.map((p) => p.message).join(" | ")}`);
          }
          if (notInside.length > 0 && mine.length === 0) {
            problems.push(`no violation at all for ${resource.urn}, though the engine finds: ${notInside.map((p) => p.message).join(" | ")}`);
          }
        }
        assertNone(problems);
      }),
      fuzzParameters(),
    );
  }, PROPERTY_TIMEOUT_MS);
});
