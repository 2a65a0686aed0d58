import * as pulumi from "@pulumi/pulumi";
import * as web from "@pulumi/azure-native/web";
import { Boundary, judgeLocation } from "../../policy-pack/engine";
import { exampleRegion } from "../../policy-pack/engine/examples";
import { BoundaryChoiceArgs, CommonArgs, ManagedIdentitiesArgs, PublicNetworkAccess } from "../interfaces";
import { boundaryViolation } from "../residency/violation";
import { assertInputsInBoundary, ComponentArgumentError, hasAvailabilityZones, validateExtensions } from "../shared";
import { dkeAppSettings, isComponentSetting } from "./app-settings";

/** The type tokens of the children. */
export const APP_SERVICE_PLAN_TYPE = "azure-native:web:AppServicePlan";
export const WEB_APP_TYPE = "azure-native:web:WebApp";

/** Where a DKE key lives: a Managed HSM, or a Key Vault Premium (`RSA-HSM` key). */
export const DkeKeyStore = { managedHsm: "managedHsm", keyVault: "keyVault" } as const;
/** One of `DkeKeyStore`. */
export type DkeKeyStore = (typeof DkeKeyStore)[keyof typeof DkeKeyStore];

/** The key the service unwraps with: a key in a Managed HSM or in a Key Vault Premium (HSM-backed). */
export interface DkeKeyArgs {
  /**
   * Required. The DKE key name: the last path segment of the key URL the sensitivity label uses
   * (`https://<host>/<name>`). 1-127 letters, digits and hyphens.
   */
  readonly name: string;
  /** Required. Where the key lives: `managedHsm` or `keyVault` (Key Vault Premium, `RSA-HSM` key). */
  readonly store: DkeKeyStore;
  /**
   * Required. The key identifier: `https://<hsm>.managedhsm.azure.net/keys/<key>` or
   * `https://<vault>.vault.azure.net/keys/<key>` (a version may follow). Checked against `store` when plain.
   */
  readonly keyId: pulumi.Input<string>;
  /** Required. Region of the Managed HSM or Key Vault, so that a key outside the boundary is refused before anything is created. */
  readonly location: string;
  /**
   * Conditional. Required with store `keyVault`: the vault's resource id; the web app's identity gets Key Vault
   * Crypto User on the key. Not allowed with `managedHsm`, whose key access is a local (data-plane) role assignment.
   */
  readonly keyVaultResourceId?: pulumi.Input<string>;
}

/** Inputs of `DkeKeyService`. */
export interface DkeKeyServiceArgs extends CommonArgs, BoundaryChoiceArgs {
  /** Conditional. The key service as a container image (`<registry>/<repository>:<tag>`), run as `DOCKER|<image>`. Exactly one of `containerImage` and `packageUrl`. */
  readonly containerImage?: string;
  /** Conditional. Pull `containerImage` with the web app's system-assigned identity (Azure Container Registry; grant it AcrPull). Default false. */
  readonly containerRegistryManagedIdentity?: boolean;
  /** Conditional. The key service as a zip package URL (`WEBSITE_RUN_FROM_PACKAGE`; may be a secret SAS URL). Exactly one of `containerImage` and `packageUrl`. */
  readonly packageUrl?: pulumi.Input<string>;
  /** Optional. Runtime stack of a package (`linuxFxVersion`). Only with `packageUrl`. Default `DOTNETCORE|8.0`. */
  readonly runtimeStack?: string;
  /** Required. The key the service uses. */
  readonly key: DkeKeyArgs;
  /** Required. Entra tenant ids whose tokens the service accepts (the sample's `ValidIssuers`). At least one. */
  readonly allowedTenantIds: pulumi.Input<string>[];
  /** Conditional. Users (email addresses) allowed to use the key. Exactly one of `authorizedEmailAddresses` and `authorizedRoles`. */
  readonly authorizedEmailAddresses?: string[];
  /** Conditional. Groups (Active Directory group names, checked over LDAP) allowed to use the key. Exactly one of `authorizedEmailAddresses` and `authorizedRoles`. */
  readonly authorizedRoles?: string[];
  /** Conditional. Required with `authorizedRoles`: the LDAP path the role authorizer searches (`RoleAuthorizer:LDAPPath`). */
  readonly ldapPath?: string;
  /** Optional. Further app settings for the customer's artefact; may not replace the component's own. Default: none. */
  readonly appSettings?: Readonly<Record<string, pulumi.Input<string>>>;
  /** Optional. Azure name of the web app (`<name>.azurewebsites.net`, globally unique). Default: auto-named from the component name. */
  readonly siteName?: pulumi.Input<string>;
  /** Optional. Azure name of the plan. Default: auto-named from `<name>-plan`. */
  readonly planName?: pulumi.Input<string>;
  /** Optional. Plan SKU: `P0v3`-`P5mv3`, `P1v2`-`P3v2`, `S1`-`S3`, `B1`-`B3`. Default `P1v3`. */
  readonly skuName?: string;
  /** Optional. Spread the plan over the region's availability zones (Premium v2/v3, at least 3 instances). Default: true where the region has zones. */
  readonly zoneRedundant?: boolean;
  /** Optional. Number of instances. Default 3 when zone-redundant, else 2. */
  readonly instanceCount?: number;
  /**
   * Optional. Public network access of the web app. Default `Enabled`: Office clients on users' devices call the
   * key service directly; use `Disabled` only when every client reaches it over a private network.
   */
  readonly publicNetworkAccess?: PublicNetworkAccess;
  /** Optional. User-assigned identities besides the system-assigned one, which is always on (it reads the key). */
  readonly managedIdentities?: ManagedIdentitiesArgs;
}

/** The planned children: the plan's inputs and the web app's inputs without `serverFarmId`. */
export interface DkeKeyServicePlan {
  readonly plan: web.AppServicePlanArgs;
  readonly site: web.WebAppArgs;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,126}$/;
const KEY_HOSTS = { managedHsm: "managedhsm.azure.net", keyVault: "vault.azure.net" } as const;
const PREMIUM_TIERS = ["PremiumV2", "PremiumV3", "PremiumMV3"];

/** The tier of an App Service plan SKU name, or `undefined` for one the component does not offer. */
export function skuTier(skuName: string): string | undefined {
  if (/^P\d+mv3$/i.test(skuName)) return "PremiumMV3";
  if (/^P\d+v3$/i.test(skuName)) return "PremiumV3";
  if (/^P\d+v2$/i.test(skuName)) return "PremiumV2";
  if (/^S\d$/i.test(skuName)) return "Standard";
  if (/^B\d$/i.test(skuName)) return "Basic";
  return undefined;
}

/** `https://<name>.<host>/keys/<key>[/<version>][/]` for the store's host. */
function keyIdPattern(store: DkeKeyArgs["store"]): RegExp {
  return new RegExp(`^https://[a-z0-9-]+\\.${KEY_HOSTS[store].replace(/\./g, "\\.")}/keys/[A-Za-z0-9-]+(/[0-9a-f]{32})?/?$`, "i");
}

function fail(name: string, problem: string): never {
  throw new ComponentArgumentError(`DkeKeyService '${name}' ${problem}`);
}

function checkArtefact(name: string, args: DkeKeyServiceArgs): void {
  const image = args.containerImage !== undefined;
  const pkg = args.packageUrl !== undefined;
  if (image === pkg) fail(name, `has ${image ? "both containerImage and packageUrl" : "neither containerImage nor packageUrl"}; set exactly one: the key service is your own deployment artefact.`);
  if (image && !/^[^\s|]+$/.test(args.containerImage!)) fail(name, `has containerImage "${args.containerImage}"; give the image reference alone (<registry>/<repository>:<tag>), without DOCKER| or spaces.`);
  if (image && args.runtimeStack !== undefined) fail(name, "sets runtimeStack with containerImage; runtimeStack applies only to packageUrl.");
  if (pkg && args.containerRegistryManagedIdentity !== undefined) fail(name, "sets containerRegistryManagedIdentity with packageUrl; it applies only to containerImage.");
}

function checkKey(name: string, key: DkeKeyArgs, boundary: Boundary): void {
  if (!KEY_NAME.test(key.name ?? "")) fail(name, `has key name "${key.name}"; use 1-127 letters, digits and hyphens (it is the last segment of the key URL).`);
  if (key.store !== "managedHsm" && key.store !== "keyVault") fail(name, `has key store "${key.store}"; expected managedHsm or keyVault.`);
  if (typeof key.keyId === "string" && !keyIdPattern(key.store).test(key.keyId)) {
    fail(name, `has keyId ${key.keyId}, which is not a ${key.store} key identifier; expected https://<name>.${KEY_HOSTS[key.store]}/keys/<key>.`);
  }
  if (key.store === "keyVault" && key.keyVaultResourceId === undefined) fail(name, "has a keyVault key without keyVaultResourceId; set it to the vault's resource id so that the web app's identity gets Key Vault Crypto User on the key.");
  if (key.store === "managedHsm" && key.keyVaultResourceId !== undefined) fail(name, "sets keyVaultResourceId for a managedHsm key; Managed HSM key access is a local role assignment (see keyAccessCommand), so drop it.");
  if (typeof key.location !== "string" || key.location.trim() === "") fail(name, "has no key.location; set it to the region of the Managed HSM or Key Vault, so that a key outside the boundary is refused.");
  if (judgeLocation(key.location, boundary) === "outside") {
    const fix = `Keep the key in a Managed HSM or Key Vault in a region inside the boundary, such as ${exampleRegion(boundary)}.`;
    throw boundaryViolation(WEB_APP_TYPE, name, { what: "uses a key held in", path: "key.location", seen: key.location, location: key.location, fix }, boundary);
  }
}

function checkAccess(name: string, args: DkeKeyServiceArgs): void {
  const tenants = args.allowedTenantIds ?? [];
  if (tenants.length === 0) fail(name, "has no allowedTenantIds; list the Entra tenant ids whose users may use the key.");
  const bad = tenants.find((t) => typeof t === "string" && !GUID.test(t));
  if (bad !== undefined) fail(name, `lists allowed tenant "${bad}", which is not a tenant id (a GUID).`);
  const emails = args.authorizedEmailAddresses ?? [];
  const roles = args.authorizedRoles ?? [];
  if ((emails.length > 0) === (roles.length > 0)) {
    fail(name, `has ${emails.length > 0 ? "both authorizedEmailAddresses and authorizedRoles" : "neither authorizedEmailAddresses nor authorizedRoles"}; set exactly one (the key service authorizes a key by users or by groups, not both).`);
  }
  const email = emails.find((e) => !/^[^@\s]+@[^@\s]+$/.test(e));
  if (email !== undefined) fail(name, `lists authorized email address "${email}", which is not an email address.`);
  if (roles.length > 0 && !args.ldapPath) fail(name, "has authorizedRoles without ldapPath; set ldapPath to the LDAP path where the role authorizer looks up group membership.");
  if (roles.length === 0 && args.ldapPath !== undefined) fail(name, "sets ldapPath without authorizedRoles; it is used only for group authorization.");
  for (const setting of Object.keys(args.appSettings ?? {})) {
    if (/privatepem$/i.test(setting)) fail(name, `sets app setting ${setting}: a private key never goes into app settings; keep the key in the Managed HSM or Key Vault.`);
    if (isComponentSetting(setting)) fail(name, `sets app setting ${setting}, which the component sets itself; use the matching input instead.`);
  }
}

/** SKU, zone redundancy and instance count; throws where the region or SKU cannot give what is asked. */
function planSku(name: string, args: DkeKeyServiceArgs): { sku: web.AppServicePlanArgs["sku"]; zoneRedundant: boolean } {
  const skuName = args.skuName ?? "P1v3";
  const tier = skuTier(skuName) ?? fail(name, `has skuName ${skuName}; expected a Basic, Standard or Premium v2/v3 SKU such as P1v3.`);
  const zones = hasAvailabilityZones(args.location);
  if (args.zoneRedundant === true && !zones) fail(name, `asks for zoneRedundant in ${args.location}, a region without availability zones; set zoneRedundant to false there.`);
  if (args.zoneRedundant === true && !PREMIUM_TIERS.includes(tier)) fail(name, `asks for zoneRedundant with skuName ${skuName}; zone redundancy needs a Premium v2 or v3 SKU such as P1v3.`);
  const zoneRedundant = args.zoneRedundant ?? (zones && PREMIUM_TIERS.includes(tier));
  const capacity = args.instanceCount ?? (zoneRedundant ? 3 : 2);
  if (!Number.isInteger(capacity) || capacity < 1) fail(name, `has instanceCount ${capacity}; it must be a whole number of at least 1.`);
  if (zoneRedundant && capacity < 3) fail(name, `has instanceCount ${capacity} with zone redundancy, which needs at least 3 instances (one per zone).`);
  return { sku: { name: skuName, tier, capacity }, zoneRedundant };
}

function siteIdentity(name: string, identities: ManagedIdentitiesArgs | undefined): web.WebAppArgs["identity"] {
  if (identities?.systemAssigned === false) fail(name, "sets managedIdentities.systemAssigned to false; the key service reads its key with its system-assigned identity, which is always on.");
  const ids = identities?.userAssignedResourceIds ?? [];
  return ids.length > 0 ? { type: "SystemAssigned, UserAssigned", userAssignedIdentities: [...ids] } : { type: "SystemAssigned" };
}

/**
 * The plan's and the web app's inputs: a Linux plan (zone-redundant where the region has zones), an HTTPS-only web
 * app with TLS 1.2, FTP(S) off, a system-assigned identity and the DKE app settings. Checks every argument, the
 * key's region and, with the pack's own engine, both children before anything registers.
 */
export function buildDkeKeyServicePlan(name: string, args: DkeKeyServiceArgs, boundary: Boundary): DkeKeyServicePlan {
  checkArtefact(name, args);
  // The region first, so that a plan outside the boundary gets the pack's message rather than a zone or SKU error.
  assertInputsInBoundary(APP_SERVICE_PLAN_TYPE, `${name}-plan`, { location: args.location }, boundary);
  checkKey(name, args.key ?? fail(name, "has no key; set key to the Managed HSM or Key Vault key the service uses."), boundary);
  checkAccess(name, args);
  validateExtensions(name, args, boundary);
  const { sku, zoneRedundant } = planSku(name, args);
  const container = args.containerImage !== undefined;
  const plan: web.AppServicePlanArgs = {
    resourceGroupName: args.resourceGroupName,
    name: args.planName,
    location: args.location,
    tags: args.tags,
    kind: "linux",
    reserved: true,
    sku,
    zoneRedundant,
  };
  const appSettings = dkeAppSettings({
    keyName: args.key.name,
    keyId: args.key.keyId,
    keyStore: args.key.store,
    allowedTenantIds: args.allowedTenantIds,
    authorizedEmailAddresses: args.authorizedEmailAddresses,
    authorizedRoles: args.authorizedRoles,
    ldapPath: args.ldapPath,
    packageUrl: args.packageUrl,
    extra: args.appSettings,
  });
  const site: web.WebAppArgs = {
    resourceGroupName: args.resourceGroupName,
    name: args.siteName,
    location: args.location,
    tags: args.tags,
    kind: container ? "app,linux,container" : "app,linux",
    reserved: true,
    httpsOnly: true,
    clientAffinityEnabled: false,
    publicNetworkAccess: args.publicNetworkAccess ?? "Enabled",
    identity: siteIdentity(name, args.managedIdentities),
    siteConfig: {
      linuxFxVersion: container ? `DOCKER|${args.containerImage}` : args.runtimeStack ?? "DOTNETCORE|8.0",
      acrUseManagedIdentityCreds: container ? args.containerRegistryManagedIdentity ?? false : undefined,
      alwaysOn: true,
      http20Enabled: true,
      minTlsVersion: "1.2",
      scmMinTlsVersion: "1.2",
      ftpsState: "Disabled",
      remoteDebuggingEnabled: false,
      appSettings,
    },
  };
  assertInputsInBoundary(APP_SERVICE_PLAN_TYPE, `${name}-plan`, plan, boundary);
  assertInputsInBoundary(WEB_APP_TYPE, name, site, boundary);
  return { plan, site };
}
