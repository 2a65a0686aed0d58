/**
 * (b) Random region strings are inside exactly when the catalogue says so, under every preset and custom lists:
 * catalogue names and display names in any case and ASCII spacing, near-misses, look-alikes (Cyrillic 'е', full-width
 * letters, the Kelvin sign), invisible and non-ASCII spaces, logical, legacy and canary names, junk. The oracle
 * (support/oracle.ts) reads only the catalogue: region -> country -> preset countries.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOUNDARY_PRESETS, REGIONS } from "../../policy-pack/catalog";
import { evaluateResource, judgeLocation } from "../../policy-pack/engine";
import { boundarySpec, breathe, CANARY_SAMPLES_MATCH, fuzzParameters, lookAlike, nearMiss, PROPERTY_TIMEOUT_MS, regionString, RUNS, spelledName } from "./support/arbitraries";
import { boundaryOf } from "./support/checks";
import { BoundarySpec, oracleInside, oracleRegion } from "./support/oracle";

const ALL_PRESETS: BoundarySpec[] = BOUNDARY_PRESETS.map((p) => ({ preset: p.id }));

/** A storage account in that location, judged by the location policy's rule. */
function primaryVerdict(location: string, spec: BoundarySpec): string[] {
  const resource = { urn: "urn:pulumi:dev::proj::azure-native:storage:StorageAccount::sa", type: "azure-native:storage:StorageAccount", name: "sa", props: { location, sku: { name: "Standard_LRS" } } };
  return evaluateResource(resource, boundaryOf(spec), new Set(["location"])).map((p) => p.verdict);
}

describe(`region strings (${RUNS} cases per property)`, () => {
  it("the generators are honest: canary samples are canary names, near-misses and look-alikes are no catalogue name", () => {
    expect(CANARY_SAMPLES_MATCH).toBe(true);
    for (const raw of fc.sample(fc.oneof(lookAlike), 500)) expect(oracleRegion(raw), JSON.stringify(raw)).toBeUndefined();
  });

  it("a catalogue name in any case and ASCII spacing is inside exactly when its country is in the preset", async () => {
    await fc.assert(
      fc.asyncProperty(spelledName(REGIONS.flatMap((r) => [r.name, r.displayName])), async (raw) => {
        await breathe();
        for (const spec of ALL_PRESETS) {
          expect(judgeLocation(raw, boundaryOf(spec)) === "inside", `${JSON.stringify(raw)} under ${spec.preset}`).toBe(oracleInside(raw, spec));
        }
      }),
      fuzzParameters(),
    );
  }, PROPERTY_TIMEOUT_MS);

  it("any location string is inside exactly when the catalogue says so, under every preset and custom lists", async () => {
    await fc.assert(
      fc.asyncProperty(regionString, boundarySpec, async (raw, custom) => {
        await breathe();
        for (const spec of [...ALL_PRESETS, custom]) {
          const inside = oracleInside(raw, spec);
          expect(judgeLocation(raw, boundaryOf(spec)) === "inside", `${JSON.stringify(raw)} under ${JSON.stringify(spec)}`).toBe(inside);
          expect(primaryVerdict(raw, spec), `${JSON.stringify(raw)} under ${JSON.stringify(spec)}`).toEqual([inside ? "inside" : expect.stringMatching(/^(outside|unproven)$/)]);
        }
      }),
      fuzzParameters(),
    );
  }, PROPERTY_TIMEOUT_MS);

  it("a near-miss or look-alike of a catalogue name is never inside", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(nearMiss, lookAlike), boundarySpec, async (raw, spec) => {
        await breathe();
        if (oracleRegion(raw)) return; // a one-letter edit can land on another real name (westus2 -> westus)
        expect(judgeLocation(raw, boundaryOf(spec)), JSON.stringify(raw)).not.toBe("inside");
      }),
      fuzzParameters(),
    );
  }, PROPERTY_TIMEOUT_MS);

  it("judges the catalogue's look-alike examples as outside", () => {
    const eudb = boundaryOf({ preset: "eudb" });
    for (const raw of ["wеsteurope", "west\u200beurope", "west\u00a0europe", "\ufeffwesteurope", "denmar\u212aeast", "ｗesteurope", "westeurope\u2028", "north europe\u3000"]) {
      expect(judgeLocation(raw, eudb), JSON.stringify(raw)).toBe("outside");
    }
    expect(judgeLocation(" West  Europe\t", eudb)).toBe("inside");
  });
});
