import { PartnerSetting } from "./partner-settings";

/**
 * Classic `@pulumi/azure` diagnostic settings that stream logs to a Marketplace partner (vectors.md V19, V34):
 * `partnerSolutionId` in 5.x and 6.x. The classic Entra ID setting (`AadDiagnosticSetting`) has no partner input.
 * docs/coverage/third-party.md lists the same rows.
 */
export const CLASSIC_PARTNER_SETTINGS: readonly PartnerSetting[] = [
  // V19, V34
  { type: "azure:monitoring:DiagnosticSetting", path: "partnerSolutionId" },
];
