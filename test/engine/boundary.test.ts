import { describe, expect, it } from "vitest";
import { BOUNDARY_PRESETS, REGIONS } from "../../policy-pack/catalog";
import { judgeLocation, resolveBoundary } from "../../policy-pack/engine";

describe("boundary presets", () => {
  it("defaults to the EU Data Boundary, which admits EU and EFTA regions but not the UK", () => {
    const eudb = resolveBoundary({});
    expect(eudb.id).toBe("eudb");
    expect(judgeLocation("switzerlandnorth", eudb)).toBe("inside");
    expect(judgeLocation("norwayeast", eudb)).toBe("inside");
    expect(judgeLocation("westeurope", eudb)).toBe("inside");
    expect(judgeLocation("uksouth", eudb)).toBe("outside");
    expect(judgeLocation("eastus", eudb)).toBe("outside");
  });

  it("eu admits member states only, so Switzerland and Norway are outside", () => {
    const eu = resolveBoundary({ preset: "eu" });
    expect(judgeLocation("francecentral", eu)).toBe("inside");
    expect(judgeLocation("switzerlandnorth", eu)).toBe("outside");
    expect(judgeLocation("norwayeast", eu)).toBe("outside");
  });

  it("a country preset admits exactly that country's regions, restricted pair regions included", () => {
    const ch = resolveBoundary({ preset: "ch" });
    expect(ch.regionNames).toEqual(["switzerlandnorth", "switzerlandwest"]);
    expect(judgeLocation("germanywestcentral", ch)).toBe("outside");
    const nl = resolveBoundary({ preset: "nl" });
    expect(judgeLocation("northeurope", nl)).toBe("outside");
  });

  it("has one preset per European country with a region, each with at least one available region", () => {
    expect(BOUNDARY_PRESETS.map((p) => p.id)).toEqual(["eudb", "eu", "ch", "de", "fr", "se", "no", "nl", "ie", "pl", "it", "es", "at", "be", "dk"]);
    for (const preset of BOUNDARY_PRESETS) {
      expect(resolveBoundary({ preset: preset.id }).regionNames.length, preset.id).toBeGreaterThan(0);
    }
  });

  it("a custom boundary admits exactly its listed regions, in any spelling", () => {
    const custom = resolveBoundary({ preset: "custom", regions: ["West Europe", "northeurope"] });
    expect(custom.label).toBe("the custom boundary (northeurope, westeurope)");
    expect(judgeLocation("WestEurope", custom)).toBe("inside");
    expect(judgeLocation("francecentral", custom)).toBe("outside");
  });

  it("treats logical, legacy, canary and unknown names as outside every preset", () => {
    for (const preset of BOUNDARY_PRESETS) {
      const boundary = resolveBoundary({ preset: preset.id });
      for (const name of ["europe", "global", "germanycentral", "eastus2euap", "northeu", ""]) {
        expect(judgeLocation(name, boundary), `${name} under ${preset.id}`).toBe("outside");
      }
    }
  });

  it("never proves an announced, unconfirmed region inside", () => {
    expect(judgeLocation("finlandcentral", resolveBoundary({ preset: "eu" }))).toBe("unproven");
  });

  it("judges every catalogue region inside exactly when its country is in the preset", () => {
    for (const preset of BOUNDARY_PRESETS) {
      const boundary = resolveBoundary({ preset: preset.id });
      for (const region of REGIONS.filter((r) => r.status === "available")) {
        expect(judgeLocation(region.name, boundary)).toBe(preset.countries.includes(region.country) ? "inside" : "outside");
      }
    }
  });
});

describe("boundary settings errors", () => {
  it("names the key, the value and the allowed presets for an unknown preset", () => {
    expect(() => resolveBoundary({ preset: "europe" })).toThrow(
      'boundary.preset is "europe"; expected one of eudb, eu, ch, de, fr, se, no, nl, ie, pl, it, es, at, be, dk, custom.',
    );
  });

  it("rejects a custom list that names a region outside the catalogue", () => {
    expect(() => resolveBoundary({ preset: "custom", regions: ["westeurope", "northeu"] })).toThrow(
      'boundary.regions contains "northeu", which is not an available Azure region in the catalogue; use programmatic region names such as "westeurope" or "switzerlandnorth".',
    );
  });

  it("rejects a custom preset without regions", () => {
    expect(() => resolveBoundary({ preset: "custom" })).toThrow(
      'boundary.regions is null; with preset "custom" it must be a non-empty list of Azure region names, such as ["westeurope", "northeurope"].',
    );
  });

  it("rejects regions given with a country preset instead of ignoring them", () => {
    expect(() => resolveBoundary({ preset: "ch", regions: ["westeurope"] })).toThrow(
      'boundary.regions is set, but boundary.preset is "ch"; regions are only read with preset "custom".',
    );
  });
});
