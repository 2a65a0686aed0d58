import { familyPolicy } from "./resource-policy";

/** V01-V03: every Azure resource's primary location is inside the boundary. */
export const locationInBoundary = familyPolicy({
  family: "location",
  description: "Every Azure resource is located in a region inside the boundary, whether its location is set on it or inherited from its provider, and global services are allowed only when they keep no customer data.",
  severity: "critical",
  remediationSteps: "Set location to a region inside the boundary (or set the provider's location), or replace a global edge service with a regional one.",
});
