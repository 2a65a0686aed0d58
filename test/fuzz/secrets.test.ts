/**
 * Secrets never appear in messages: random stacks whose secret values (wrappers at any depth, as the engine sends
 * them) are drawn from a recognisable pool (Japanese regions, the word Japan, an `s3cr3t` token), while no plain
 * value can lead to those words, are judged by the engine and by every policy of the pack; no message may contain
 * any of them. Leaks in rules this suite may not change are listed in support/known-bugs.ts, each with its repro.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REGIONS } from "../../policy-pack/catalog";
import { AVAILABILITY_TEST_LOCATIONS } from "../../policy-pack/catalog/vocabularies";
import { evaluateResource, Place, StackView } from "../../policy-pack/engine";
import { POLICIES } from "../../policy-pack/policies";
import { applySettings } from "../../policy-pack/policies/settings";
import { boundarySpec, breathe, FuzzResource, fuzzParameters, PROPERTY_TIMEOUT_MS, resourceArbitraries, RUNS } from "./support/arbitraries";
import { assertNone, boundaryOf, factsOf } from "./support/checks";
import { Harvest, harvest } from "./support/harvest";
import { KNOWN_SECRET_LEAKS, knownLeak } from "./support/known-bugs";
import { armFold, BoundarySpec, oracleRegion, SECRET_MARKER, SECRET_SIG } from "./support/oracle";
import { asReceived, runPolicies } from "./support/policy-args";

/** What secrets are made of, and what no message may contain. */
const SECRET_POOL = ["japaneast", "japanwest", "Japan East", "Japan", "JapanWest", "s3cr3t-token", "https://s3cr3t.example/sas?sig=s3cr3t"];
const LEAK = /japan|s3cr3t/i;

const JAPANESE = new Set(REGIONS.filter((r) => r.country === "JP").map((r) => r.name));
/** Plain values that could name or lead to a secret's words: Japanese regions, regions paired with one, probes there. */
function tainted(text: string): boolean {
  if (LEAK.test(text) || LEAK.test(armFold(text)) || /jp/i.test(text)) return true;
  const region = oracleRegion(text);
  if (region && (JAPANESE.has(region.name) || (region.pair !== null && JAPANESE.has(region.pair)))) return true;
  const probe = Object.entries(AVAILABILITY_TEST_LOCATIONS).find(([id]) => id.toLowerCase() === text.trim().toLowerCase());
  return probe !== undefined && JAPANESE.has(probe[1]);
}

const isSecret = (v: unknown): v is { value: unknown } => v !== null && typeof v === "object" && (v as Record<string, unknown>)[SECRET_SIG] === SECRET_MARKER;

function hash(text: string): number {
  let h = 0;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

/**
 * Every string inside a secret becomes a pool word; one plain string in three becomes a secret too (so that every
 * rule meets secrets often); every other plain string that could lead to a pool word becomes westeurope.
 */
function separate(value: unknown, inSecret: boolean): unknown {
  if (typeof value === "string") {
    if (inSecret) return SECRET_POOL[hash(value) % SECRET_POOL.length];
    if (hash(`s:${value}`) % 3 === 0) return { [SECRET_SIG]: SECRET_MARKER, value: SECRET_POOL[hash(value) % SECRET_POOL.length] };
    return tainted(value) ? "westeurope" : value;
  }
  if (isSecret(value)) return { [SECRET_SIG]: SECRET_MARKER, value: separate(value.value, true) };
  if (Array.isArray(value)) return value.map((item) => separate(item, inSecret));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [tainted(key) ? "k" : key, separate(item, inSecret)]));
  }
  return value;
}

function withSeparatedSecrets(resource: FuzzResource): FuzzResource {
  const provider = resource.provider && { ...resource.provider, props: separate(resource.provider.props, false) as Record<string, unknown> };
  return { ...resource, props: separate(resource.props, false) as Record<string, unknown>, provider };
}

/** A boundary whose example regions can never be Japanese. */
const plainBoundary = boundarySpec.filter((spec: BoundarySpec) => !(spec.regions ?? []).some(tainted));

let h: Harvest;
let arbs: ReturnType<typeof resourceArbitraries>;

beforeAll(async () => {
  h = await harvest();
  arbs = resourceArbitraries(h, { wire: true });
});

afterAll(() => {
  applySettings(undefined);
});

describe(`secrets never appear in messages (${RUNS} cases per property)`, () => {
  it("the separation is honest: a stack without secrets has no leaking word anywhere", () => {
    for (const stack of fc.sample(arbs.stack, 200)) {
      const plain = stack.map(withSeparatedSecrets).map((r) => JSON.stringify(r.props, (_k, v) => (isSecret(v) ? "(secret)" : v)));
      for (const text of plain) expect(text).not.toMatch(LEAK);
    }
  });

  it("the engine's messages never contain a secret value", async () => {
    await fc.assert(
      fc.asyncProperty(arbs.stack, plainBoundary, async (generated, spec) => {
        await breathe();
        const facts = generated.map(withSeparatedSecrets).map(asReceived).map(factsOf);
        const view = new StackView(facts);
        const boundary = boundaryOf(spec);
        const places: Place[] = facts.flatMap((r) => [...evaluateResource(r, boundary), ...evaluateResource(r, boundary, undefined, view)]);
        assertNone(places.filter((p) => LEAK.test(p.message) && !knownLeak(p)).map((p) => `rule ${p.rule} leaks: ${p.message}`));
      }),
      fuzzParameters(),
    );
  }, PROPERTY_TIMEOUT_MS);

  it("no policy's violation contains a secret value", async () => {
    await fc.assert(
      fc.asyncProperty(arbs.stack, plainBoundary, async (generated, spec) => {
        await breathe();
        applySettings({ preset: spec.preset, ...(spec.regions ? { regions: [...spec.regions] } : {}) });
        const resources = generated.map(withSeparatedSecrets).map(asReceived);
        const facts = resources.map(factsOf);
        const view = new StackView(facts);
        const boundary = boundaryOf(spec);
        const known = facts
          .flatMap((r) => [...evaluateResource(r, boundary), ...evaluateResource(r, boundary, undefined, view)])
          .filter(knownLeak)
          .map((p) => p.message);
        const outcome = await runPolicies(POLICIES, resources);
        assertNone(outcome.reported.filter((r) => LEAK.test(r.message) && !known.some((m) => r.message.includes(m))).map((r) => `policy ${r.policy} leaks: ${r.message}`));
      }),
      fuzzParameters(),
    );
  }, PROPERTY_TIMEOUT_MS);

  for (const bug of KNOWN_SECRET_LEAKS) {
    it(`known leak ${bug.id} still reproduces (delete it from support/known-bugs.ts once fixed)`, () => {
      const view = new StackView(bug.resources);
      const eudb = boundaryOf({ preset: "eudb" });
      const places = bug.resources.flatMap((r) => [...evaluateResource(r, eudb), ...evaluateResource(r, eudb, undefined, view)]);
      expect(places.some((p) => bug.matches(p) && LEAK.test(p.message)), bug.why).toBe(true);
    });
  }
});