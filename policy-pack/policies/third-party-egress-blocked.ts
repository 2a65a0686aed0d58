import { familyPolicy } from "./resource-policy";

/** V34 (and V19's marketplacePartnerId): Azure Marketplace services that send data to a third-party publisher. */
export const thirdPartyEgressBlocked = familyPolicy({
  family: "third-party",
  description: "No resource sends data to a third-party Marketplace publisher, whose own cloud is outside the boundary.",
  severity: "high",
  remediationSteps: "Use an Azure-native service inside the boundary instead of the Marketplace offer, or add a reviewed exemption for the publisher.",
});
