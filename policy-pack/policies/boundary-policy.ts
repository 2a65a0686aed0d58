import { StackValidationPolicy } from "@pulumi/policy";
import { evaluateResource, StackView } from "../engine";
import { policyDocUrl } from "./docs-url";
import { decide } from "./exemptions-match";
import { FAMILY_POLICIES } from "./family-policies";
import { stackResourceFacts } from "./facts";
import { TRANSIT_FAMILIES } from "./network-transit-in-boundary";
import { activeSettings, SETTINGS_POLICY, SETTINGS_SCHEMA } from "./settings";

/**
 * The stack policy `boundary`: it carries the pack-wide boundary setting, and judges every place that only the
 * stack can prove (a location inherited from a resource group or parent of this stack, a reference whose id is
 * unknown at preview). A place it cannot resolve is a mandatory violation that says how to make it provable.
 * Messages start with the owning policy in brackets (`[location-in-boundary] ...`), the policy an exemption
 * names; a place a reviewed exemption allows is shown by the advisory `exemptions` policy instead.
 */
export const boundaryPolicy: StackValidationPolicy = {
  name: SETTINGS_POLICY,
  description:
    "Resources whose location or data target is only known through other resources of the stack stay inside the boundary; this policy's config chooses the boundary for the whole pack.",
  enforcementLevel: "mandatory",
  severity: "critical",
  remediationSteps:
    "Give the resource a literal location inside the boundary, create the resource group, parent or target it depends on in this stack inside the boundary, or declare that resource, reviewed, in the boundary policy's externalResources.",
  url: policyDocUrl(SETTINGS_POLICY),
  configSchema: SETTINGS_SCHEMA as unknown as StackValidationPolicy["configSchema"],
  validateStack: (args, reportViolation) => {
    try {
      const resources = args.resources.map(stackResourceFacts);
      const settings = activeSettings();
      const stack = new StackView(resources, settings.externalResources);
      for (const resource of resources) {
        for (const place of evaluateResource(resource, settings.boundary, undefined, stack)) {
          // Advisory transit places (resolved through the stack or not) are the network-transit policy's.
          if (!place.viaStack || place.verdict === "inside" || TRANSIT_FAMILIES.has(place.family)) continue;
          const policy = FAMILY_POLICIES[place.family];
          const decision = decide(place, policy, resource, settings);
          if (decision.kind === "report") reportViolation(`[${policy}] ${decision.message}`, resource.urn);
        }
      }
    } catch (error) {
      reportViolation(
        `Policy ${SETTINGS_POLICY} could not check the stack (${(error as Error)?.message ?? error}), so nothing in it is proven inside the boundary. Report this error to the data-boundary maintainers.`,
      );
    }
  },
};
