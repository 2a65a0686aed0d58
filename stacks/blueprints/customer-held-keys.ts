import * as pulumi from "@pulumi/pulumi";
import {
  boundaryChoice,
  CustomerKeyVaults,
  DiagnosticSettingArgs,
  DkeKeyService,
  LogAnalyticsWorkspace,
  M365Application,
  ManagedHsm,
  ResourceGroup,
} from "../../components";
import { Boundary } from "../../policy-pack/engine";

/** The DKE key service part of {@link CustomerHeldKeysConfig}. */
export interface CustomerHeldKeysDkeConfig {
  /** Conditional. The key service's container image. Exactly one of `containerImage` and `packageUrl`. */
  readonly containerImage?: string;
  /** Conditional. The key service's zip package URL. Exactly one of `containerImage` and `packageUrl`. */
  readonly packageUrl?: pulumi.Input<string>;
  /** Optional. Name of the key in the HSM and of the DKE key in the label's URL. Default `dke`. */
  readonly keyName?: string;
  /** Optional. Tenants whose tokens the service accepts. Default: `tenantId`. */
  readonly allowedTenantIds?: string[];
  /** Conditional. Users allowed to use the key. Exactly one of `authorizedEmailAddresses` and `authorizedRoles`. */
  readonly authorizedEmailAddresses?: string[];
  /** Conditional. Groups allowed to use the key (with `ldapPath`). */
  readonly authorizedRoles?: string[];
  /** Conditional. Required with `authorizedRoles`. */
  readonly ldapPath?: string;
}

/** Everything the customer-held-keys blueprint is built from; plain values, so that it can be checked before anything registers. */
export interface CustomerHeldKeysConfig {
  /** Required. The boundary every component checks. */
  readonly boundary: Boundary;
  /** Required. Region of the HSM, the DKE key service and the first Customer Key vault. */
  readonly primaryRegion: string;
  /** Required. Region of the second Customer Key vault: inside the boundary, not `primaryRegion`. */
  readonly secondaryRegion: string;
  /** Conditional. True when `secondaryRegion` is restricted and your subscription was granted access to it. Default false. */
  readonly acknowledgeRestrictedRegion?: boolean;
  /** Required. Entra tenant of the subscription and of the Microsoft 365 organisation. */
  readonly tenantId: string;
  /** Required. Object ids of the HSM's initial administrators (security domain), at least three. */
  readonly hsmAdministratorObjectIds: string[];
  /** Optional. Public network access of the HSM. Default `Disabled` (see docs/customer-held-keys.md, "Network path"). */
  readonly hsmPublicNetworkAccess?: "Enabled" | "Disabled";
  /** Optional. IPv4 addresses or ranges allowed through the HSM's network rules (with public access). Default: none. */
  readonly hsmIpRules?: string[];
  /** Required. Object ids of the Microsoft 365 service principals that get key access for Customer Key. */
  readonly microsoft365ServicePrincipals: Partial<Record<M365Application, pulumi.Input<string>>>;
  /** Required. The DKE key service. */
  readonly dke: CustomerHeldKeysDkeConfig;
  /** Optional. Where every component sends its logs. Default: a Log Analytics workspace of the blueprint's own. */
  readonly diagnostics?: readonly DiagnosticSettingArgs[];
  /** Optional. Tags on every resource. Default: `{ blueprint: "customer-held-keys", "data-boundary": <boundary id> }`. */
  readonly tags?: Readonly<Record<string, string>>;
  /** Optional. Prefix of every logical name, so that the blueprint can sit next to the m365-customer-key blueprint. Default `hyok`. */
  readonly prefix?: string;
}

/** What the blueprint created. */
export interface CustomerHeldKeys {
  readonly resourceGroup: ResourceGroup;
  readonly secondaryResourceGroup: ResourceGroup;
  /** The blueprint's own workspace, when `diagnostics` was not given. */
  readonly workspace?: LogAnalyticsWorkspace;
  readonly hsm: ManagedHsm;
  readonly customerKey: CustomerKeyVaults;
  readonly dke: DkeKeyService;
  /** The DKE key's identifier in the HSM (the key is created after the HSM's security domain is activated). */
  readonly dkeKeyId: pulumi.Output<string>;
}

/**
 * Customer-held keys for Microsoft 365, all inside the boundary: a Managed HSM (its keys back DKE and the other
 * components' customer-managed keys), the two Customer Key vaults for Exchange, SharePoint and Teams data at rest,
 * and the hosting of a Double Key Encryption key service whose key is in the HSM. Every component logs to an
 * in-boundary workspace and is locked against deletion. Data-plane steps (security domain, HSM keys, local role
 * assignments, data encryption policies, labels) follow `pulumi up`: docs/customer-held-keys.md.
 */
export function customerHeldKeys(config: CustomerHeldKeysConfig): CustomerHeldKeys {
  const { boundary, primaryRegion: location } = config;
  const choice = boundaryChoice(boundary);
  const prefix = config.prefix ?? "hyok";
  const tags = { blueprint: "customer-held-keys", "data-boundary": boundary.id, ...config.tags };
  const lock = { kind: "CanNotDelete" as const };
  const resourceGroup = new ResourceGroup(`${prefix}-rg`, { location, tags, ...choice });
  const secondaryResourceGroup = new ResourceGroup(`${prefix}-rg-secondary`, { location: config.secondaryRegion, tags, ...choice });
  const resourceGroupName = resourceGroup.name;
  const workspace = config.diagnostics ? undefined : new LogAnalyticsWorkspace(`${prefix}-law`, { resourceGroupName, location, tags, ...choice });
  const diagnosticSettings = config.diagnostics ? [...config.diagnostics] : [{ workspaceResourceId: workspace!.resourceId, targetLocation: workspace!.location }];

  const hsm = new ManagedHsm(`${prefix}-hsm`, {
    resourceGroupName,
    location,
    tenantId: config.tenantId,
    administratorObjectIds: config.hsmAdministratorObjectIds,
    publicNetworkAccess: config.hsmPublicNetworkAccess,
    ipRules: config.hsmIpRules,
    diagnosticSettings,
    lock,
    tags,
    ...choice,
  });
  const customerKey = new CustomerKeyVaults(`${prefix}-ck`, {
    resourceGroupName,
    secondaryResourceGroupName: secondaryResourceGroup.name,
    primaryLocation: location,
    secondaryLocation: config.secondaryRegion,
    acknowledgeRestrictedRegion: config.acknowledgeRestrictedRegion,
    tenantId: config.tenantId,
    microsoft365ServicePrincipals: config.microsoft365ServicePrincipals,
    diagnosticSettings,
    lock,
    tags,
    ...choice,
  });
  const keyName = config.dke.keyName ?? "dke";
  const dkeKeyId = hsm.keyId(keyName);
  const dke = new DkeKeyService(`${prefix}-dke`, {
    resourceGroupName,
    location,
    containerImage: config.dke.containerImage,
    packageUrl: config.dke.packageUrl,
    key: { name: keyName, store: "managedHsm", keyId: dkeKeyId, location },
    allowedTenantIds: config.dke.allowedTenantIds ?? [config.tenantId],
    authorizedEmailAddresses: config.dke.authorizedEmailAddresses,
    authorizedRoles: config.dke.authorizedRoles,
    ldapPath: config.dke.ldapPath,
    diagnosticSettings,
    lock,
    tags,
    ...choice,
  });
  return { resourceGroup, secondaryResourceGroup, workspace, hsm, customerKey, dke, dkeKeyId };
}

/** The part of the blueprint's config read from stack config `data-boundary:customerHeldKeys`. */
export type CustomerHeldKeysSection = Pick<CustomerHeldKeysConfig, "hsmAdministratorObjectIds" | "hsmPublicNetworkAccess" | "hsmIpRules" | "dke">;

/** The stack config key of {@link CustomerHeldKeysSection}. */
export const CUSTOMER_HELD_KEYS_CONFIG_KEY = "data-boundary:customerHeldKeys";

const SECTION_EXPECTED =
  "a map with hsmAdministrators (a list of at least three object ids) and dke (a map with containerImage or packageUrl, " +
  "and authorizedEmailAddresses, or authorizedRoles with ldapPath; optional keyName and allowedTenantIds), " +
  "and optional hsmPublicNetworkAccess (Enabled or Disabled) and hsmIpRules";

/** A stack config value the blueprint cannot use; the message names the key, the value and the expected form. */
export class CustomerHeldKeysConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CustomerHeldKeysConfigError";
  }
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");

/**
 * Parses `data-boundary:customerHeldKeys` as the program receives it (a YAML map arrives as JSON). Checks the shape
 * only; the components check the values (quorum, artefact, users or groups) before anything registers.
 */
export function parseCustomerHeldKeysSection(raw: string | undefined): CustomerHeldKeysSection {
  const fail = (why: string): never => {
    throw new CustomerHeldKeysConfigError(`${CUSTOMER_HELD_KEYS_CONFIG_KEY} is ${raw === undefined ? "not set" : `"${raw}"`}; expected ${SECTION_EXPECTED}${why}.`);
  };
  let value: unknown;
  try {
    value = raw === undefined ? fail("") : JSON.parse(raw);
  } catch (error) {
    if (error instanceof CustomerHeldKeysConfigError) throw error;
    fail("");
  }
  const section = value as Record<string, unknown>;
  if (typeof section !== "object" || section === null || Array.isArray(section)) fail("");
  const dke = section.dke as Record<string, unknown> | undefined;
  if (!isStringList(section.hsmAdministrators)) fail("; hsmAdministrators is missing or not a list of strings");
  if (typeof dke !== "object" || dke === null || Array.isArray(dke)) fail("; dke is missing or not a map");
  const d = dke as Record<string, unknown>;
  for (const field of ["containerImage", "packageUrl", "keyName", "ldapPath"]) if (d[field] !== undefined && typeof d[field] !== "string") fail(`; dke.${field} is not a string`);
  for (const field of ["allowedTenantIds", "authorizedEmailAddresses", "authorizedRoles"]) if (d[field] !== undefined && !isStringList(d[field])) fail(`; dke.${field} is not a list of strings`);
  const access = section.hsmPublicNetworkAccess;
  if (access !== undefined && access !== "Enabled" && access !== "Disabled") fail("; hsmPublicNetworkAccess is neither Enabled nor Disabled");
  if (section.hsmIpRules !== undefined && !isStringList(section.hsmIpRules)) fail("; hsmIpRules is not a list of strings");
  return {
    hsmAdministratorObjectIds: section.hsmAdministrators as string[],
    hsmPublicNetworkAccess: access as CustomerHeldKeysSection["hsmPublicNetworkAccess"],
    hsmIpRules: section.hsmIpRules as string[] | undefined,
    dke: d as CustomerHeldKeysDkeConfig,
  };
}
