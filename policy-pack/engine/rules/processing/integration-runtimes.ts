import { judgeLocation } from "../../boundary";
import { exampleRegion } from "../../examples";
import { normalizeLocation } from "../../locations";
import { Finding, Rule, RuleContext } from "../../types";
import { readString, SECRET_PLACE, showValue } from "../../values";

const RULE = "integration-runtime-region";
const TYPES = new Set(["datafactory:IntegrationRuntime", "synapse:IntegrationRuntime"]);
const TYPE_PATH = "properties.type";
const LOCATION_PATH = "properties.computeProperties.location";
const WHAT = "runs copy activities and data flows in";
const AUTO_RESOLVE = "autoresolve";

function managedFindings(context: RuleContext): Finding[] {
  const value = readString(context.resource.props, LOCATION_PATH);
  const seen = showValue(value);
  const example = exampleRegion(context.boundary);
  const literalFix = `Set ${LOCATION_PATH} to a region inside the boundary, such as ${example}.`;
  const base = { rule: RULE, what: WHAT, path: LOCATION_PATH, seen, viaStack: false };
  if (value.state === "known" && normalizeLocation(value.value) !== AUTO_RESOLVE) {
    const place = value.secret ? SECRET_PLACE : undefined;
    return [{ ...base, location: value.value, place, verdict: judgeLocation(value.value, context.boundary), fix: literalFix }];
  }
  if (value.state === "known" || value.state === "absent") {
    const via = `${value.state === "absent" ? "the default AutoResolve, " : ""}which picks a region near each source or sink at run time`;
    return [{ ...base, place: "a region Azure chooses at run time", via, verdict: "unproven", fix: `Set ${LOCATION_PATH} to a region inside the boundary, such as ${example}, instead of AutoResolve.` }];
  }
  return [{ ...base, verdict: "unproven", fix: literalFix }];
}

/**
 * V30: the compute region of a managed (Azure) integration runtime of Data Factory or Synapse. A region is judged;
 * AutoResolve, which is also the default, picks the region of a source or sink (or the closest one in its
 * geography) at run time, so it is never proven inside. A self-hosted runtime runs on the customer's machines and
 * has no Azure region.
 */
export const integrationRuntimeRule: Rule = {
  id: RULE,
  family: "processing",
  appliesTo: (token) => TYPES.has(token.key),
  findings(context) {
    const type = readString(context.resource.props, TYPE_PATH);
    if (type.state === "known" && type.value.toLowerCase() === "selfhosted") return [];
    if (type.state === "known" && type.value.toLowerCase() === "managed") return managedFindings(context);
    const via = type.state === "known" ? "which is not a documented integration runtime type" : undefined;
    return [{ rule: RULE, what: WHAT, path: TYPE_PATH, seen: showValue(type), via, verdict: "unproven", fix: `Set ${TYPE_PATH} to Managed or SelfHosted.`, viaStack: false }];
  },
};
