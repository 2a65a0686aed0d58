import { StackValidationPolicy } from "@pulumi/policy";
import { evaluateResource, PolicyFamily, StackView } from "../engine";
import { policyDocUrl } from "./docs-url";
import { FAMILY_POLICIES } from "./family-policies";
import { stackResourceFacts } from "./facts";
import { decide } from "./exemptions-match";
import { activeSettings } from "./settings";

/**
 * The families this advisory policy judges in full, resource-level and stack-level places alike, so that the
 * mandatory `boundary` stack policy leaves them alone.
 */
export const TRANSIT_FAMILIES: ReadonlySet<PolicyFamily> = new Set(["transit"]);

const NAME = FAMILY_POLICIES.transit;

/**
 * V33, advisory: network transit is carved out of the EU Data Boundary commitments, but a peering, gateway
 * connection or private endpoint to a place outside the boundary opens a path for application-level egress. Its
 * far ends are mostly references to other resources, so it is a stack policy: one advisory policy reports every
 * transit place, instead of the mandatory `boundary` policy reporting the resolved ones.
 */
export const networkTransitInBoundary: StackValidationPolicy = {
  name: NAME,
  description: "Network paths (peerings, gateway connections, private endpoints, private-link origins) end inside the boundary; advisory, because transit is outside the data boundary commitments but opens a path for egress.",
  enforcementLevel: "advisory",
  severity: "medium",
  remediationSteps: "Peer, connect and link only to networks and resources inside the boundary, or record a reviewed exemption for the path.",
  url: policyDocUrl(NAME),
  validateStack: (args, reportViolation) => {
    try {
      const settings = activeSettings();
      const resources = args.resources.map(stackResourceFacts);
      // The declarations of resources outside the stack place a peering's remote network as the `boundary` policy
      // and the `exemptions` policy (which shows the declaration) place it.
      const stack = new StackView(resources, settings.externalResources);
      for (const resource of resources) {
        for (const place of evaluateResource(resource, settings.boundary, TRANSIT_FAMILIES, stack)) {
          if (place.verdict === "inside") continue;
          const decision = decide(place, NAME, resource, settings);
          if (decision.kind === "report") reportViolation(decision.message, resource.urn);
        }
      }
    } catch (error) {
      reportViolation(`Policy ${NAME} could not check the stack (${(error as Error)?.message ?? error}), so its network paths are not proven inside the boundary. Report this error to the data-boundary maintainers.`);
    }
  },
};
