/**
 * A diagnostic setting's input that streams logs to an Azure Marketplace partner (vectors.md V19, V34). One row per
 * type.
 */
export interface PartnerSetting {
  /** `<module>:<Type>` (azure-native) or `azure:<module>:<Type>` (classic). */
  readonly type: string;
  /** Path of the partner resource's id. */
  readonly path: string;
}

/** The azure-native rows; docs/coverage/third-party.md lists the same rows. */
export const PARTNER_SETTINGS: readonly PartnerSetting[] = [
  "monitor:DiagnosticSetting",
  "monitor:SubscriptionDiagnosticSetting",
  "monitor:ManagementGroupDiagnosticSetting",
].map((type) => ({ type, path: "marketplacePartnerId" }));
