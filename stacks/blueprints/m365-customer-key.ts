import { boundaryChoice, CustomerKeyVaults, ResourceGroup } from "../../components";
import { blueprintTags, BlueprintSettings, CustomerKeySettings } from "../settings";
import { LandingZone } from "./landing-zone";

/**
 * Microsoft 365 Customer Key: the two Key Vaults (one per region, each in its own resource group in its region),
 * one RSA-HSM key in each, and key access for the Microsoft 365 service principals. Both vaults are locked against
 * deletion and send their logs to the landing zone's workspace. The data encryption policy itself is created in
 * Exchange Online PowerShell with the exported key URIs.
 */
export function m365CustomerKey(settings: BlueprintSettings, ck: CustomerKeySettings, lz: LandingZone): CustomerKeyVaults {
  const choice = boundaryChoice(settings.boundary);
  const tags = blueprintTags(settings, "m365-customer-key");
  const primary = new ResourceGroup("ck-rg-primary", { location: settings.primaryRegion, tags, ...choice });
  const secondary = new ResourceGroup("ck-rg-secondary", { location: ck.secondaryRegion, tags, ...choice });
  return new CustomerKeyVaults("ck", {
    resourceGroupName: primary.name,
    secondaryResourceGroupName: secondary.name,
    primaryLocation: settings.primaryRegion,
    secondaryLocation: ck.secondaryRegion,
    acknowledgeRestrictedRegion: ck.restrictedRegionAcknowledged,
    tenantId: ck.tenantId,
    microsoft365ServicePrincipals: ck.microsoft365ServicePrincipals,
    lock: { kind: "CanNotDelete" },
    diagnosticSettings: lz.diagnostics,
    tags,
    ...choice,
  });
}
