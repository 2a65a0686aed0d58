import { Boundary } from "./boundary";
import { renderMessage } from "./message";
import { RULES } from "./rules";
import { StackView } from "./stack";
import { asCandidate, parseEscapeHatchToken, parseTypeToken, TypeToken } from "./tokens";
import { Finding, Place, PolicyFamily, ResourceFacts, Rule } from "./types";

/**
 * The place of a rule that threw. Judged with the stack, it is a stack place (`viaStack`), so that the stack policy
 * reports it: a rule that throws only when it follows references would otherwise be dropped by the stack policy
 * and never seen by the resource policy, which evaluates without the stack.
 */
function crashFinding(rule: Rule, error: unknown, withStack: boolean): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    rule: rule.id,
    what: "could not be checked by rule " + rule.id + ", so its data may be in",
    path: "(rule error)",
    seen: reason.length > 120 ? `${reason.slice(0, 117)}...` : reason,
    verdict: "unproven",
    fix: "Report this error to the data-boundary maintainers, or add a reviewed exemption for this resource.",
    viaStack: withStack,
  };
}

/** The places of one rule; whatever goes wrong inside it (a throw, findings that cannot be rendered) is its crash place. */
function runRule(rule: Rule, resource: ResourceFacts, token: TypeToken, boundary: Boundary, stack?: StackView): Place[] {
  try {
    if (!rule.appliesTo(token)) return [];
    return [...rule.findings({ resource, token, boundary, stack })].map((finding) => toPlace(finding, rule, resource, token, boundary));
  } catch (error) {
    return [toPlace(crashFinding(rule, error, stack !== undefined), rule, resource, token, boundary)];
  }
}

/** The places of one resource judged as one type. */
function placesAs(resource: ResourceFacts, token: TypeToken, boundary: Boundary, families?: ReadonlySet<PolicyFamily>, stack?: StackView): Place[] {
  const places: Place[] = [];
  for (const rule of RULES) {
    if (families && !families.has(rule.family)) continue;
    places.push(...runRule(rule, resource, token, boundary, stack));
  }
  return places;
}

/** Every place any candidate finds, each distinct place once (candidates share the kind, so messages compare). */
function unionOfCandidates(resource: ResourceFacts, token: TypeToken, candidates: readonly string[], boundary: Boundary, families?: ReadonlySet<PolicyFamily>, stack?: StackView): Place[] {
  const seen = new Set<string>();
  return candidates
    .flatMap((key) => placesAs(resource, asCandidate(token, key), boundary, families, stack))
    .filter((place) => {
      const identity = `${place.family}|${place.verdict}|${place.viaStack}|${place.message}`;
      if (seen.has(identity)) return false;
      seen.add(identity);
      return true;
    });
}

/**
 * The effective data locations of one resource: every place a rule of the given families finds, judged and
 * rendered. Pure: the same facts, boundary and stack give the same places. A rule that throws gives an
 * unproven place naming the rule, never a pass. Non-Azure resources have no places, except the escape hatches
 * of `parseEscapeHatchToken` (a `command` Command that may run `az`). A token that azure-native 3.x lists under
 * several types is judged as each of them, and every place any of them finds counts (fail closed).
 */
export function evaluateResource(
  resource: ResourceFacts,
  boundary: Boundary,
  families?: ReadonlySet<PolicyFamily>,
  stack?: StackView,
): Place[] {
  const token = parseTypeToken(resource.type) ?? parseEscapeHatchToken(resource.type);
  if (!token) return [];
  if (token.candidates) return unionOfCandidates(resource, token, token.candidates, boundary, families, stack);
  return placesAs(resource, token, boundary, families, stack);
}

function toPlace(finding: Finding, rule: Rule, resource: ResourceFacts, token: TypeToken, boundary: Boundary): Place {
  return { ...finding, family: rule.family, message: renderMessage(resource, token, finding, boundary) };
}
