import { boundaryChoice, BoundaryGuardrail, DiagnosticSettingArgs, KeyVault, LogAnalyticsWorkspace, ResourceGroup } from "../../components";
import { blueprintTags, BlueprintSettings, LandingZoneSettings } from "../settings";

/** What the landing zone gives the workload blueprints. */
export interface LandingZone {
  readonly guardrail: BoundaryGuardrail;
  readonly resourceGroup: ResourceGroup;
  readonly workspace: LogAnalyticsWorkspace;
  readonly keyVault: KeyVault;
  /** Diagnostic settings to the landing zone's workspace, for every component of every blueprint. */
  readonly diagnostics: DiagnosticSettingArgs[];
}

/**
 * The landing zone: the boundary guardrail (Azure Policy built-ins with the same boundary as the pack) on the
 * subscription, then a resource group with the platform's Log Analytics workspace and Key Vault, the vault sending
 * its logs to the workspace.
 */
export function landingZone(settings: BlueprintSettings, lz: LandingZoneSettings): LandingZone {
  const { boundary, primaryRegion: location } = settings;
  const choice = boundaryChoice(boundary);
  const tags = blueprintTags(settings, "landing-zone");
  const guardrail = new BoundaryGuardrail("lz-guardrail", { scope: `/subscriptions/${lz.subscriptionId}`, location, ...choice });
  // Created after the guardrail, so that Azure Policy already denies locations outside the boundary.
  const resourceGroup = new ResourceGroup("lz-rg", { location, tags, ...choice }, { dependsOn: [guardrail] });
  const workspace = new LogAnalyticsWorkspace("lz-law", { resourceGroupName: resourceGroup.name, location, tags, ...choice });
  const diagnostics = [{ workspaceResourceId: workspace.resourceId, targetLocation: workspace.location }];
  const keyVault = new KeyVault("lz-kv", {
    resourceGroupName: resourceGroup.name,
    location,
    tenantId: lz.tenantId,
    tags,
    diagnosticSettings: diagnostics,
    ...choice,
  });
  return { guardrail, resourceGroup, workspace, keyVault, diagnostics };
}
