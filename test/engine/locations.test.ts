import { describe, expect, it } from "vitest";
import { classifyLocation, describeLocation, normalizeLocation } from "../../policy-pack/engine";

describe("location strings", () => {
  it("normalises the three spellings of West Europe to the same name", () => {
    expect(["West Europe", "westeurope", "WestEurope", " west  europe "].map(normalizeLocation)).toEqual([
      "westeurope", "westeurope", "westeurope", "westeurope",
    ]);
  });

  it("finds a region by its display name as well as its programmatic name", () => {
    expect(classifyLocation("Germany West Central")).toMatchObject({ kind: "region", region: { name: "germanywestcentral", country: "DE" } });
  });

  it("classifies logical, legacy, canary and unknown tokens", () => {
    expect(classifyLocation("Europe").kind).toBe("logical");
    expect(classifyLocation("global").kind).toBe("logical");
    expect(classifyLocation("germanycentral").kind).toBe("legacy");
    expect(classifyLocation("centraluseuap").kind).toBe("canary");
    expect(classifyLocation("northeu").kind).toBe("unknown");
  });

  it("describes a place with its country for the reviewer", () => {
    expect(describeLocation("eastus")).toBe("eastus (United States)");
    expect(describeLocation("UK West")).toBe("ukwest (United Kingdom)");
    expect(describeLocation("europe")).toBe("europe (logical location Europe, not a region)");
    expect(describeLocation("northeu")).toBe("northeu (not an Azure region)");
    expect(describeLocation("finlandcentral")).toBe("finlandcentral (Finland, announced, not confirmed)");
  });
});
