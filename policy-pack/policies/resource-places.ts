import { Boundary, evaluateResource, Place, ResourceFacts } from "../engine";
import { rawInputsOf, RawInputs } from "./raw-requests";

/** The places of each resource of an `Analyze` in flight, keyed by its request record, which is forgotten when the call answers. */
const placesOfRequest = new WeakMap<RawInputs, { readonly boundary: Boundary; readonly places: readonly Place[] }>();

/**
 * Every place of the resource under `Analyze`, of every family. Each family policy of the pack validates the same
 * resource in the same call and keeps the places of its own family; the engine runs once per call instead of once per
 * policy. Outside a recorded call (a policy run without the service hooks) the places are computed afresh each time.
 */
export function resourcePlaces(facts: ResourceFacts, boundary: Boundary): readonly Place[] {
  const request = rawInputsOf(facts.urn);
  const cached = request && placesOfRequest.get(request);
  if (cached && cached.boundary === boundary) return cached.places;
  const places = evaluateResource(facts, boundary);
  if (request) placesOfRequest.set(request, { boundary, places });
  return places;
}
