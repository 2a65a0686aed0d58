import { Boundary, judgeLocation, Verdict } from "./boundary";
import { exampleRegion } from "./examples";
import { LocatedValue } from "./primary-location";
import { Finding } from "./types";
import { SECRET_PLACE } from "./values";

/** Where to look up the declarations of resources outside the stack. */
export const EXTERNAL_RESOURCES_DOC = "docs/external-resources.md";

/**
 * The fix a located value asks for instead of "Set location": move the parent a child lives in, create (or declare)
 * the parent it names (the type has no location input, so "Set location" would name an input it does not have), or
 * set a literal location or declare the group that is outside the stack. `undefined` when "Set location" is the fix.
 */
export function remedyFix(located: Pick<LocatedValue, "remedy">, boundary: Boundary): string | undefined {
  const remedy = located.remedy;
  const example = exampleRegion(boundary);
  switch (remedy?.kind) {
    case undefined:
      return undefined;
    case "move-parent":
      return `Set the location of ${remedy.parent} to a region inside the boundary, such as ${example}; the ${remedy.child} has no location of its own.`;
    case "provide-parent": {
      const named = remedy.name === undefined ? "" : ` ('${remedy.name}')`;
      return `Create the parent that ${remedy.input} names${named} in this stack in a region inside the boundary, such as ${example}, or declare it with its region in boundary.externalResources (${EXTERNAL_RESOURCES_DOC}); the ${remedy.child} has no location of its own.`;
    }
    case "declare-group":
      return `Set location to a literal region inside the boundary, such as ${example}, or declare ${remedy.group} with its region in boundary.externalResources (${EXTERNAL_RESOURCES_DOC}): the group is not created by this stack, so its location cannot be read at preview.`;
  }
}

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
  const base = { rule, what, path: located.path, seen: located.seen, via: located.via, place, declared: located.declared, viaStack: located.viaStack };
  if (located.state === "known") {
    const verdict: Verdict = judgeLocation(located.location!, boundary);
    return { ...base, location: located.location, verdict, fix: remedyFix(located, boundary) ?? outsideFix };
  }
  const literalFix = `Set ${located.path} to a literal region inside the boundary, such as ${exampleRegion(boundary)}, because ${located.why}.`;
  return { ...base, verdict: "unproven", fix: remedyFix(located, boundary) ?? literalFix };
}
