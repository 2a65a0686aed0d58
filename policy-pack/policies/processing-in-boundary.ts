import { familyPolicy } from "./resource-policy";

/** V21, V22, V24, V25, V30-V32: where a resource processes data besides its own location stays inside the boundary. */
export const processingInBoundary = familyPolicy({
  family: "processing",
  description: "Services process data only inside the boundary: AI deployment types and their spillover, additional processing regions, probes, integration runtimes and linked backends, and no global edge serving.",
  severity: "critical",
  remediationSteps: "Choose a deployment type, processing region or runtime location inside the boundary (never Global, AutoResolve or a global edge), and keep every additional region, probe and linked backend inside it.",
});
