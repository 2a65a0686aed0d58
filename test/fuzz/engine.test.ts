/**
 * (a) Random property shapes for every covered type never make the engine throw, and never produce a place judged
 * inside whose location the catalogue puts elsewhere. The covered types, the paths the rules read and the values
 * they compare against are harvested from the rules at run time (see support/harvest.ts), so new rules and table
 * rows are fuzzed as soon as they exist. `npm run fuzz` runs 10,000 cases per property; `npm test` runs 200.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateResource, Place, StackView } from "../../policy-pack/engine";
import { boundarySpec, breathe, fuzzParameters, PROPERTY_TIMEOUT_MS, resourceArbitraries, RUNS } from "./support/arbitraries";
import { assertNone, boundaryOf, factsOf, insideViolation, isRuleCrash, ownLocationViolation, shapeViolation } from "./support/checks";
import { Harvest, harvest } from "./support/harvest";
import { KNOWN_RULE_CRASHES, knownCrash } from "./support/known-bugs";

let h: Harvest;
let arbs: ReturnType<typeof resourceArbitraries>;

beforeAll(async () => {
  h = await harvest();
  arbs = resourceArbitraries(h, { wire: false });
});

function problems(places: readonly Place[], resource: ReturnType<typeof factsOf> & { key: string }, spec: Parameters<typeof insideViolation>[2]): string[] {
  return places.flatMap((place) => [shapeViolation(place, resource), insideViolation(place, resource, spec)].filter((p): p is string => p !== undefined));
}

describe(`engine fuzz (${RUNS} cases per property)`, () => {
  it("covers every rule of the engine through some type token", () => {
    const covered = new Set([...h.universalRules, ...h.specific.flatMap((t) => t.rules)]);
    expect(h.rules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
    expect(h.specific.length).toBeGreaterThan(50);
  });

  it("never throws and never judges inside what the catalogue puts outside, one resource at a time", async () => {
    await fc.assert(
      fc.asyncProperty(arbs.one, boundarySpec, async (resource, spec) => {
        await breathe();
        const facts = { ...factsOf(resource), key: resource.key };
        const places = evaluateResource(facts, boundaryOf(spec));
        const found = problems(places, facts, spec);
        const own = ownLocationViolation(places, facts, spec);
        assertNone([...found, own]);
      }),
      fuzzParameters(),
    );
  }, PROPERTY_TIMEOUT_MS);

  it("never throws and never judges inside what the catalogue puts outside, within a stack", async () => {
    await fc.assert(
      fc.asyncProperty(arbs.stack, boundarySpec, async (resources, spec) => {
        await breathe();
        const facts = resources.map((r) => ({ ...factsOf(r), key: r.key }));
        const view = new StackView(facts);
        const boundary = boundaryOf(spec);
        for (const resource of facts) {
          assertNone(problems(evaluateResource(resource, boundary, undefined, view), resource, spec));
        }
      }),
      fuzzParameters(),
    );
  }, PROPERTY_TIMEOUT_MS);

  it("is pure: the same facts give the same places", async () => {
    await fc.assert(
      fc.asyncProperty(arbs.stack, boundarySpec, async (resources, spec) => {
        await breathe();
        const facts = resources.map(factsOf);
        const boundary = boundaryOf(spec);
        const first = facts.map((r) => evaluateResource(r, boundary, undefined, new StackView(facts)));
        const again = facts.map((r) => evaluateResource(r, boundary, undefined, new StackView(facts)));
        expect(again).toEqual(first);
      }),
      fuzzParameters({ numRuns: Math.max(50, Math.floor(RUNS / 4)) }),
    );
  }, PROPERTY_TIMEOUT_MS);

  it("no rule throws on any shape, apart from the known bugs listed in support/known-bugs.ts", async () => {
    await fc.assert(
      fc.asyncProperty(arbs.stack, boundarySpec, async (resources, spec) => {
        await breathe();
        const facts = resources.map(factsOf);
        const view = new StackView(facts);
        const crashes = facts.flatMap((r) => evaluateResource(r, boundaryOf(spec), undefined, view).filter(isRuleCrash));
        assertNone(crashes.filter((place) => !knownCrash(place)).map((p) => p.message));
      }),
      fuzzParameters(),
    );
  }, PROPERTY_TIMEOUT_MS);

  for (const bug of KNOWN_RULE_CRASHES) {
    it(`known bug ${bug.id} still reproduces (delete it from support/known-bugs.ts once fixed)`, () => {
      const places = evaluateResource(bug.resource, boundaryOf({ preset: "eudb" }));
      expect(places.some((place) => isRuleCrash(place) && place.rule === bug.rule), bug.why).toBe(true);
    });
  }
});
