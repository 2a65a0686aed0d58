import * as pulumi from "@pulumi/pulumi";
import { afterEach, describe, expect, it } from "vitest";
import { boundaryChoice, chosenBoundary } from "../../components/boundary";
import { BoundaryConfigError, resolveBoundary } from "../../policy-pack/engine";

afterEach(() => pulumi.runtime.setAllConfig({}));

describe("chosenBoundary", () => {
  it("resolves the boundary input, and the custom regions", () => {
    expect(chosenBoundary({ boundary: "ch" })).toEqual(resolveBoundary({ preset: "ch" }));
    expect(chosenBoundary({ boundary: "custom", boundaryRegions: ["northeurope", "westeurope"] }).regionNames).toEqual(["northeurope", "westeurope"]);
  });

  it("falls back to the stack's data-boundary:preset when neither input is set", () => {
    pulumi.runtime.setAllConfig({ "data-boundary:preset": "de" });
    expect(chosenBoundary({}).id).toBe("de");
  });

  it.each([
    [{ boundary: "custom" as const }, 'boundaryRegions is null; with preset "custom" it must be a non-empty list of Azure region names, such as ["westeurope", "northeurope"].'],
    [{ boundary: "ch" as const, boundaryRegions: ["westeurope"] }, 'boundaryRegions is set, but boundary is "ch"; regions are only read with preset "custom".'],
    [{ boundaryRegions: ["westeurope"] }, 'boundaryRegions is set, but boundary is "eudb"; regions are only read with preset "custom".'],
  ])("names the input for an inconsistent choice %#", (args, message) => {
    expect(() => chosenBoundary(args)).toThrow(new BoundaryConfigError(message));
  });
});

describe("boundaryChoice", () => {
  it("gives the inputs that choose a resolved boundary again", () => {
    expect(boundaryChoice(resolveBoundary({ preset: "ch" }))).toEqual({ boundary: "ch" });
    const custom = resolveBoundary({ preset: "custom", regions: ["westeurope", "northeurope"] });
    expect(boundaryChoice(custom)).toEqual({ boundary: "custom", boundaryRegions: ["northeurope", "westeurope"] });
    expect(chosenBoundary(boundaryChoice(custom))).toEqual(custom);
  });
});
