import { boundaryChoice, CommunicationServices, ResourceGroup } from "../../components";
import { blueprintTags, BlueprintSettings } from "../settings";
import { LandingZone } from "./landing-zone";

/**
 * A collaboration workload: Communication Services with an Email service and an Azure-managed sender domain, whose
 * data rests in the boundary's dataLocation (Europe under eudb, Switzerland under ch, Germany under de), with
 * diagnostics in the landing zone's workspace.
 */
export function collaboration(settings: BlueprintSettings, lz: LandingZone): CommunicationServices {
  const choice = boundaryChoice(settings.boundary);
  const tags = blueprintTags(settings, "collaboration");
  const resourceGroup = new ResourceGroup("collab-rg", { location: settings.primaryRegion, tags, ...choice });
  return new CommunicationServices("collab-acs", {
    resourceGroupName: resourceGroup.name,
    emailDomain: { management: "AzureManaged" },
    diagnosticSettings: lz.diagnostics,
    tags,
    ...choice,
  });
}
