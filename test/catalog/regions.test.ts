import { describe, it, expect } from "vitest";
import {
  CANARY_LOCATION_PATTERN,
  COUNTRIES,
  LEGACY_LOCATIONS,
  LOGICAL_LOCATIONS,
  REGIONS,
  SOURCES,
  WORLD_REGIONS,
} from "../../policy-pack/catalog";

const byName = new Map(REGIONS.map((r) => [r.name, r]));
const normalise = (s: string): string => s.toLowerCase().replace(/\s+/g, "");

/**
 * The one-way pairs: the region's geo-redundant copies go to a region that pairs elsewhere. The first three are
 * Microsoft's documented list (S-PAIR). The fourth follows from the regions list (S-REG), because Brazil South pairs
 * with South Central US. The rest come from list-locations (brazilus) or the azure-cli backup map.
 */
const KNOWN_ASYMMETRIC_PAIRS = [
  "brazilsouth->southcentralus",
  "westindia->southindia",
  "westus3->eastus",
  "brazilsoutheast->brazilsouth",
  "brazilus->brazilsoutheast",
  "malaysiasouth->japanwest",
  "eastus3->westus3",
  "northeastus5->centralus",
  "southcentralus2->westcentralus",
  "southeastus->westus3",
  "southeastus3->westus3",
  "southeastus5->centralus",
  "southwestus->centralus",
].sort();

describe("region catalogue integrity", () => {
  it("has unique names that are already normalised", () => {
    const names = REGIONS.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+$/);
  });

  it("has display names that normalise to no other region's name", () => {
    const displays = REGIONS.map((r) => normalise(r.displayName));
    expect(new Set(displays).size).toBe(displays.length);
    for (const r of REGIONS) {
      const hit = byName.get(normalise(r.displayName));
      if (hit) expect(hit.name).toBe(r.name);
    }
  });

  it("uses only country codes that are keys of COUNTRIES", () => {
    for (const r of REGIONS) expect(Object.keys(COUNTRIES), r.name).toContain(r.country);
  });

  it("uses only known source ids", () => {
    for (const r of REGIONS) expect(Object.keys(SOURCES), r.name).toContain(r.source);
  });

  it("names a catalogue region, never itself, in every non-null pair", () => {
    for (const r of REGIONS) {
      if (r.pair === null) continue;
      expect(byName.has(r.pair), `${r.name} -> ${r.pair}`).toBe(true);
      expect(r.pair).not.toBe(r.name);
    }
  });

  it("has symmetric pairs except the known one-way pairs", () => {
    const asymmetric = REGIONS.filter((r) => r.pair !== null && byName.get(r.pair)?.pair !== r.name)
      .map((r) => `${r.name}->${r.pair}`)
      .sort();
    expect(asymmetric).toEqual(KNOWN_ASYMMETRIC_PAIRS);
  });

  it("does not collide with logical, legacy or canary location names", () => {
    const logical = new Set(LOGICAL_LOCATIONS.map((l) => l.name));
    for (const r of REGIONS) {
      expect(logical.has(r.name), r.name).toBe(false);
      expect(LEGACY_LOCATIONS).not.toContain(r.name);
      expect(CANARY_LOCATION_PATTERN.test(r.name), r.name).toBe(false);
    }
  });

  it("keeps every world region outside the EU, EFTA and the UK", () => {
    for (const r of WORLD_REGIONS) {
      const c = COUNTRIES[r.country];
      expect(c.eu || c.efta || c.code === "GB", r.name).toBe(false);
    }
  });
});

describe("pinned region facts", () => {
  it("eastus is in the US and pairs with westus", () => {
    expect(byName.get("eastus")).toMatchObject({ country: "US", pair: "westus" });
  });

  it("uksouth pairs with ukwest", () => {
    expect(byName.get("uksouth")?.pair).toBe("ukwest");
  });

  it("westeurope is in the Netherlands and pairs with northeurope", () => {
    expect(byName.get("westeurope")).toMatchObject({ country: "NL", pair: "northeurope" });
  });

  it("polandcentral has no pair", () => {
    expect(byName.get("polandcentral")?.pair).toBeNull();
  });

  it("flags the documented restricted DR regions outside Europe", () => {
    for (const name of ["brazilsoutheast", "uaecentral", "southafricawest", "australiacentral2"]) {
      expect(byName.get(name)?.restricted, name).toBe(true);
    }
  });

  it("records the three one-way pairs Microsoft documents", () => {
    expect(byName.get("brazilsouth")?.pair).toBe("southcentralus");
    expect(byName.get("southcentralus")?.pair).toBe("northcentralus");
    expect(byName.get("westindia")?.pair).toBe("southindia");
    expect(byName.get("southindia")?.pair).toBe("centralindia");
    expect(byName.get("westus3")?.pair).toBe("eastus");
  });
});
