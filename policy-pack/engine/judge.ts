import { Boundary, judgeLocation, Verdict } from "./boundary";
import { exampleRegion } from "./examples";
import { LocatedValue } from "./primary-location";
import { Finding } from "./types";
import { SECRET_PLACE } from "./values";

/**
 * Turns a located primary value into a finding for rule `rule`: known locations are judged against the boundary,
 * anything else is unproven with a fix that says how to make it provable.
 */
export function locatedFinding(
  rule: string,
  what: string,
  located: LocatedValue,
  boundary: Boundary,
  outsideFix: string,
): Finding {
  const place = located.secret ? SECRET_PLACE : undefined;
  const base = { rule, what, path: located.path, seen: located.seen, via: located.via, place, viaStack: located.viaStack };
  if (located.state === "known") {
    const verdict: Verdict = judgeLocation(located.location!, boundary);
    return { ...base, location: located.location, verdict, fix: outsideFix };
  }
  return {
    ...base,
    verdict: "unproven",
    fix: `Set location to a literal region inside the boundary, such as ${exampleRegion(boundary)}, because ${located.why}.`,
  };
}
