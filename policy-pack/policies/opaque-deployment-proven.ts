import { familyPolicy } from "./resource-policy";

/** V35: ARM deployments, template specs, generic resources, deployment scripts and `az` commands; P4: older API shapes. */
export const opaqueDeploymentProven = familyPolicy({
  family: "opaque",
  description: "Resources created through ARM templates, generic resources, deployment scripts or az commands are proven inside the boundary by the same rules as typed resources.",
  severity: "high",
  remediationSteps: "Inline ARM templates with literal locations (or parameters set to literal regions), or replace the template, script or command with typed azure-native resources; write a resource of an older API shape with its azure-native 3.x token.",
});
