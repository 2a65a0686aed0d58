import { Boundary } from "./boundary";
import { renderMessage } from "./message";
import { RULES } from "./rules";
import { StackView } from "./stack";
import { parseTypeToken, TypeToken } from "./tokens";
import { Finding, Place, PolicyFamily, ResourceFacts, Rule } from "./types";

function crashFinding(rule: Rule, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    rule: rule.id,
    what: "could not be checked by rule " + rule.id + ", so its data may be in",
    path: "(rule error)",
    seen: reason.length > 120 ? `${reason.slice(0, 117)}...` : reason,
    verdict: "unproven",
    fix: "Report this error to the data-boundary maintainers, or add a reviewed exemption for this resource.",
    viaStack: false,
  };
}

function runRule(rule: Rule, resource: ResourceFacts, token: TypeToken, boundary: Boundary, stack?: StackView): readonly Finding[] {
  try {
    return rule.appliesTo(token) ? rule.findings({ resource, token, boundary, stack }) : [];
  } catch (error) {
    return [crashFinding(rule, error)];
  }
}

/**
 * The effective data locations of one resource: every place a rule of the given families finds, judged and
 * rendered. Pure: the same facts, boundary and stack give the same places. A rule that throws gives an
 * unproven place naming the rule, never a pass. Non-Azure resources have no places.
 */
export function evaluateResource(
  resource: ResourceFacts,
  boundary: Boundary,
  families?: ReadonlySet<PolicyFamily>,
  stack?: StackView,
): Place[] {
  const token = parseTypeToken(resource.type);
  if (!token) return [];
  const places: Place[] = [];
  for (const rule of RULES) {
    if (families && !families.has(rule.family)) continue;
    for (const finding of runRule(rule, resource, token, boundary, stack)) {
      places.push(toPlace(finding, rule, resource, token, boundary));
    }
  }
  return places;
}

function toPlace(finding: Finding, rule: Rule, resource: ResourceFacts, token: TypeToken, boundary: Boundary): Place {
  return { ...finding, family: rule.family, message: renderMessage(resource, token, finding, boundary) };
}
