import { familyPolicy } from "./resource-policy";

/** V19-V20: diagnostic settings, data exports, Application Insights and data collection rules. */
export const telemetryInBoundary = familyPolicy({
  family: "telemetry",
  description: "Logs, metrics and telemetry are sent only to workspaces, storage accounts and event hubs inside the boundary.",
  severity: "high",
  remediationSteps: "Send diagnostic settings, data exports, Application Insights and data collection rules to targets created in this stack inside the boundary.",
});
