import { familyPolicy } from "./resource-policy";

/** V23, V26, V27, V29: data locations chosen by a vocabulary word or a residency switch stay inside the boundary. */
export const dataLocationInBoundary = familyPolicy({
  family: "data-location",
  description: "Data locations chosen by a service's own vocabulary (a data location, tenant or Power Platform geography, a regional data boundary) or by a data-residency switch stay inside the boundary.",
  severity: "critical",
  remediationSteps: "Choose a data location whose every country is inside the boundary, turn on the service's data-residency setting, and bind keys and networks located inside the boundary.",
});
