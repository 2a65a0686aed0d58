/**
 * The project's Pulumi program: the blueprints that stack config `data-boundary:blueprints` selects, built from the
 * residency-safe components. `stacks/settings.ts` reads and checks every config key; README "Blueprints and
 * `pulumi up`" says what to fill in.
 */
import {
  aiWorkload as aiBlueprint,
  collaboration as collaborationBlueprint,
  customerHeldKeys as customerHeldKeysBlueprint,
  landingZone as landingZoneBlueprint,
  m365CustomerKey,
} from "./blueprints";
import { blueprintTags, readBlueprintSettings } from "./settings";

const settings = readBlueprintSettings();
// The settings require the landing zone whenever another blueprint is selected: they all log to its workspace.
const lz = settings.landingZone && landingZoneBlueprint(settings, settings.landingZone);
const ck = lz && settings.customerKey && m365CustomerKey(settings, settings.customerKey, lz);
const ai = lz && settings.aiWorkload && aiBlueprint(settings, lz);
const acs = lz && settings.collaboration && collaborationBlueprint(settings, lz);
const hyok =
  lz &&
  settings.customerHeldKeys &&
  customerHeldKeysBlueprint({
    ...settings.customerHeldKeys.section,
    boundary: settings.boundary,
    primaryRegion: settings.primaryRegion,
    secondaryRegion: settings.customerHeldKeys.secondaryRegion,
    acknowledgeRestrictedRegion: settings.customerHeldKeys.restrictedRegionAcknowledged,
    tenantId: settings.customerHeldKeys.tenantId,
    microsoft365ServicePrincipals: settings.customerHeldKeys.microsoft365ServicePrincipals,
    diagnostics: lz.diagnostics,
    tags: blueprintTags(settings, "customer-held-keys"),
  });

export const boundary = settings.boundary.id;
export const landingZone = lz && {
  resourceGroupName: lz.resourceGroup.name,
  workspaceId: lz.workspace.resourceId,
  keyVaultUri: lz.keyVault.vaultUri,
  policyAssignmentIds: lz.guardrail.policyAssignmentIds,
};
/** `keyUris` are the `-AzureKeyIDs` of `New-M365DataAtRestEncryptionPolicy` / `New-DataEncryptionPolicy`, primary first. */
export const customerKey = ck && { vaultResourceIds: ck.vaultResourceIds, keyUris: ck.keyUris };
export const aiWorkload = ai && {
  endpoint: ai.account.endpoint,
  storageAccountName: ai.storage.name,
  cosmosEndpoint: ai.cosmos.documentEndpoint,
};
export const collaboration = acs && { communicationServiceId: acs.resourceId, dataLocation: acs.dataLocation };
/** The HSM, the DKE endpoint for the sensitivity label, and the Customer Key ids; data-plane steps: docs/customer-held-keys.md. */
export const customerHeldKeys = hyok && {
  hsmUri: hyok.hsm.hsmUri,
  dkeEndpoint: hyok.dke.endpoint,
  dkeKeyId: hyok.dkeKeyId,
  dkeKeyAccessCommand: hyok.dke.keyAccessCommand,
  customerKeyUris: hyok.customerKey.keyUris,
};
