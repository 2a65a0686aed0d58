import { ResourceValidationPolicy, Severity } from "@pulumi/policy";
import { PolicyFamily } from "../engine";
import { policyDocUrl } from "./docs-url";
import { decide } from "./exemptions-match";
import { FAMILY_POLICIES } from "./family-policies";
import { resourceFacts } from "./facts";
import { resourcePlaces } from "./resource-places";
import { activeSettings } from "./settings";

/** What a family policy declares about itself (its name comes from {@link FAMILY_POLICIES}); the behaviour is the engine's. */
export interface FamilyPolicySpec {
  readonly family: PolicyFamily;
  readonly description: string;
  readonly severity: Severity;
  readonly remediationSteps: string;
}

/**
 * A resource policy that reports every place of its family that is outside or not proven inside the boundary
 * and can be judged from the resource alone. Places that depend on other resources of the stack are left to the
 * `boundary` stack policy. A place a reviewed exemption allows is not reported here; the advisory `exemptions`
 * policy shows it instead. Whatever throws here becomes a violation, never a pass or a gRPC error.
 */
export function familyPolicy(spec: FamilyPolicySpec): ResourceValidationPolicy {
  const name = FAMILY_POLICIES[spec.family];
  return {
    name,
    description: spec.description,
    enforcementLevel: "mandatory",
    severity: spec.severity,
    remediationSteps: spec.remediationSteps,
    url: policyDocUrl(name),
    validateResource: (args, reportViolation) => {
      try {
        const settings = activeSettings();
        const facts = resourceFacts(args);
        for (const place of resourcePlaces(facts, settings.boundary)) {
          if (place.family !== spec.family || place.viaStack || place.verdict === "inside") continue;
          const decision = decide(place, name, facts, settings);
          if (decision.kind === "report") reportViolation(decision.message);
        }
      } catch (error) {
        reportViolation(
          `Policy ${name} could not check ${args.type} '${args.name}' (${(error as Error)?.message ?? error}), so it is not proven inside the boundary. Report this error to the data-boundary maintainers.`,
        );
      }
    },
  };
}
