/**
 * The invariants the fuzz tests assert on the engine's places, each returning what is wrong (or nothing).
 */
import { Boundary, Place, resolveBoundary, ResourceFacts, StackResource, UNKNOWN_SENTINELS } from "../../../policy-pack/engine";
import { FuzzResource } from "./arbitraries";
import { armFold, BoundarySpec, oracleGlobalInside, oracleInside, oracleWordInside, rawAt } from "./oracle";

export function boundaryOf(spec: BoundarySpec): Boundary {
  return resolveBoundary({ preset: spec.preset, regions: spec.regions });
}

export function factsOf(resource: FuzzResource): StackResource {
  return {
    urn: resource.urn,
    type: resource.type,
    name: resource.name,
    props: resource.props,
    provider: resource.provider,
    propertyDependencies: resource.propertyDependencies,
    parent: resource.parent,
  };
}

const PARAMETER = /^\[\s*parameters\(\s*'([^']+)'\s*\)\s*\]$/i;

/** The word a location-less place judged, read from the props at its path; ARM parameters looked up in the carrier. */
function judgedWord(place: Place, props: unknown): string | undefined {
  const raw = rawAt(props, place.path);
  if (typeof raw !== "string") return place.seen;
  const parameter = PARAMETER.exec(raw)?.[1];
  if (!parameter) return raw;
  for (const bag of ["parameters", "properties.parameters"]) {
    const values = rawAt(props, bag);
    if (values && typeof values === "object") {
      const key = Object.keys(values).find((k) => k.toLowerCase() === parameter.toLowerCase());
      const value = key === undefined ? undefined : rawAt((values as Record<string, unknown>)[key], "value");
      if (typeof value === "string") return value;
    }
  }
  return undefined;
}

/** A place judged inside must be inside per the oracle: its location, `global` of a metadata-only type, or its word. */
export function insideViolation(place: Place, resource: ResourceFacts & { key?: string }, spec: BoundarySpec): string | undefined {
  if (place.verdict !== "inside") return undefined;
  if (place.location !== undefined) {
    if (armFold(place.location) === "global") {
      const typeKey = place.rule === "primary-location" ? resource.key : undefined;
      return oracleGlobalInside(typeKey, place.fix) ? undefined : `global judged inside: ${place.message}`;
    }
    return oracleInside(place.location, spec) ? undefined : `location ${JSON.stringify(place.location)} judged inside: ${place.message}`;
  }
  const word = judgedWord(place, resource.props);
  return word !== undefined && oracleWordInside(word, spec) ? undefined : `place without location judged inside (word ${JSON.stringify(word)}): ${place.message}`;
}

/**
 * Fail closed on the resource's own `location`: when it is set to anything but a location the catalogue puts inside
 * (or `global` of a metadata-only type), some place of the location family (or read from `location`) is not inside. Without the stack only: with it, an
 * unknown location may legitimately be resolved through the resource it came from.
 */
export function ownLocationViolation(places: readonly Place[], resource: ResourceFacts & { key?: string }, spec: BoundarySpec): string | undefined {
  if (!/^azure(-native)?[:_]/.test(resource.type)) return undefined;
  const own = rawAt(resource.props, "location");
  if (own === undefined || own === null) return undefined;
  if (typeof own === "string" && !UNKNOWN_SENTINELS.has(own)) {
    if (oracleInside(own, spec)) return undefined;
    if (armFold(own) === "global" && places.some((p) => p.rule === "primary-location" && p.verdict === "inside" && oracleGlobalInside(resource.key, p.fix))) return undefined;
  }
  // The location family judges it, or (for a type whose location is a vocabulary word) the rule reading `location`.
  const flagged = places.some((p) => p.verdict !== "inside" && (p.family === "location" || p.path === "location"));
  return flagged ? undefined : `location ${JSON.stringify(own).slice(0, 80)} is not inside, but no location place says so: ${places.map((p) => p.message).join(" | ")}`;
}

/** Every place is well formed: a verdict of the three, a non-empty message that names the resource. */
export function shapeViolation(place: Place, resource: ResourceFacts): string | undefined {
  if (!["inside", "outside", "unproven"].includes(place.verdict)) return `verdict ${String(place.verdict)}`;
  if (typeof place.message !== "string" || !place.message.includes(`'${resource.name}'`)) return `message does not name the resource: ${place.message}`;
  return undefined;
}

/** A rule that threw: the engine turned it into an unproven place (fail closed), but the rule has a bug. */
export const isRuleCrash = (place: Place) => place.path === "(rule error)";

/** Fails with every problem spelled out (fast-check then shows them next to the counterexample). */
export function assertNone(problems: readonly (string | undefined)[]): void {
  const found = problems.filter((p): p is string => p !== undefined);
  if (found.length > 0) throw new Error(`${found.length} problem(s):\n${found.join("\n")}`);
}
