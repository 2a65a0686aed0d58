import { AiServicesAccount, boundaryChoice, CosmosDbAccount, ResourceGroup, StorageAccount } from "../../components";
import { blueprintTags, BlueprintSettings } from "../settings";
import { LandingZone } from "./landing-zone";

/** The AI workload's resources. */
export interface AiWorkload {
  readonly resourceGroup: ResourceGroup;
  readonly account: AiServicesAccount;
  readonly storage: StorageAccount;
  readonly cosmos: CosmosDbAccount;
}

/**
 * An AI workload: an Azure OpenAI account with one chat deployment of the boundary's safe type (DataZoneStandard
 * under eu and eudb, Standard under a single country), a storage account for documents and a Cosmos DB account for
 * conversations, all in the primary region with their diagnostics in the landing zone's workspace.
 */
export function aiWorkload(settings: BlueprintSettings, lz: LandingZone): AiWorkload {
  const { boundary, primaryRegion: location } = settings;
  const choice = boundaryChoice(boundary);
  const tags = blueprintTags(settings, "ai-workload");
  const diagnosticSettings = lz.diagnostics;
  const resourceGroup = new ResourceGroup("ai-rg", { location, tags, ...choice });
  const resourceGroupName = resourceGroup.name;
  const account = new AiServicesAccount("ai", {
    resourceGroupName,
    location,
    customSubDomainName: `${settings.namePrefix}-ai`,
    managedIdentities: { systemAssigned: true },
    // No skuName: the component picks the boundary-safe deployment type.
    deployments: [{ name: "chat", model: { name: "gpt-4o", version: "2024-11-20" }, capacity: 10 }],
    diagnosticSettings,
    tags,
    ...choice,
  });
  const storage = new StorageAccount("ai-st", { resourceGroupName, location, diagnosticSettings, tags, ...choice });
  const cosmos = new CosmosDbAccount("ai-cosmos", {
    resourceGroupName,
    location,
    // Only matters for a restricted primary region, which the settings accept only when acknowledged.
    restrictedRegionsAcknowledged: settings.acknowledgedRestrictedRegions.includes(location),
    diagnosticSettings,
    tags,
    ...choice,
  });
  return { resourceGroup, account, storage, cosmos };
}
