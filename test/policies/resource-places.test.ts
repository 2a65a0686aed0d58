import { describe, expect, it } from "vitest";
import { evaluateResource } from "../../policy-pack/engine";
import { recordRawInputs, WireResource } from "../../policy-pack/policies/raw-requests";
import { resourcePlaces } from "../../policy-pack/policies/resource-places";
import { parseSettings } from "../../policy-pack/policies/settings";
import { resource } from "../helpers/facts";

const boundary = parseSettings({}).boundary;
const account = resource("storage:StorageAccount", "data", { location: "eastus", sku: { name: "Standard_GRS" } });

/** The wire form of `account` as an `Analyze` request carries it. */
const request: WireResource = {
  getUrn: () => account.urn,
  getProperties: () => ({ toJavaScript: () => ({ ...account.props }) }),
  getProvider: () => undefined,
};

describe("resourcePlaces: the engine runs once per Analyze, not once per family policy", () => {
  it("gives every family's places, the same as evaluating the resource directly", () => {
    const places = resourcePlaces(account, boundary);
    expect(places).toEqual(evaluateResource(account, boundary));
    expect(new Set(places.map((place) => place.family))).toEqual(new Set(["location", "replication"]));
  });

  it("returns the places computed for the first policy to every later policy of the same call", () => {
    const forget = recordRawInputs([request]);
    const first = resourcePlaces(account, boundary);
    expect(resourcePlaces(account, boundary)).toBe(first);
    forget();
  });

  it("computes afresh once the call has answered, and for another boundary within a call", () => {
    const forget = recordRawInputs([request]);
    const first = resourcePlaces(account, boundary);
    const otherBoundary = parseSettings({ preset: "ch" }).boundary;
    const inSwitzerland = resourcePlaces(account, otherBoundary);
    expect(inSwitzerland).not.toBe(first);
    expect(inSwitzerland).toEqual(evaluateResource(account, otherBoundary));
    forget();
    expect(resourcePlaces(account, boundary)).not.toBe(first);
  });
});
