import * as pulumi from "@pulumi/pulumi";
import * as dbforpostgresql from "@pulumi/azure-native/dbforpostgresql";
import { Boundary } from "../../policy-pack/engine";
import { BoundaryChoiceArgs, CommonArgs, CustomerManagedKeyArgs, ManagedIdentitiesArgs, PrincipalType, PublicNetworkAccess } from "../interfaces";
import {
  assertInputsInBoundary,
  assertPairCopiesInside,
  ComponentArgumentError,
  hasAvailabilityZones,
  identityMapInput,
  validateExtensions,
  withUserAssignedIdentity,
} from "../shared";

/** The type tokens of the children. */
export const POSTGRESQL_SERVER_TYPE = "azure-native:dbforpostgresql:Server";
export const POSTGRESQL_ADMIN_TYPE = "azure-native:dbforpostgresql:Administrator";

/** PostgreSQL major versions. */
export const PostgreSqlVersion = { V13: "13", V14: "14", V15: "15", V16: "16", V17: "17" } as const;
/** One of `PostgreSqlVersion`. */
export type PostgreSqlVersion = (typeof PostgreSqlVersion)[keyof typeof PostgreSqlVersion];

/** Compute tiers of a flexible server. */
export const PostgreSqlSkuTier = { Burstable: "Burstable", GeneralPurpose: "GeneralPurpose", MemoryOptimized: "MemoryOptimized" } as const;
/** One of `PostgreSqlSkuTier`. */
export type PostgreSqlSkuTier = (typeof PostgreSqlSkuTier)[keyof typeof PostgreSqlSkuTier];

/** High availability modes: `ZoneRedundant` puts the standby in another availability zone. */
export const PostgreSqlHighAvailability = { ZoneRedundant: "ZoneRedundant", SameZone: "SameZone", Disabled: "Disabled" } as const;
/** One of `PostgreSqlHighAvailability`. */
export type PostgreSqlHighAvailability = (typeof PostgreSqlHighAvailability)[keyof typeof PostgreSqlHighAvailability];

/** The compute SKU of a flexible server. */
export interface PostgreSqlSkuArgs {
  /** Required. SKU name, such as `Standard_D2ds_v5`. */
  readonly name: string;
  /** Required. The tier of that SKU. */
  readonly tier: PostgreSqlSkuTier;
}

/** A Microsoft Entra administrator of the server. */
export interface PostgreSqlEntraAdminArgs {
  /** Required. Object id of the principal. */
  readonly objectId: pulumi.Input<string>;
  /** Required. Display name of the user, group or service principal. */
  readonly principalName: pulumi.Input<string>;
  /** Optional. `User`, `Group` or `ServicePrincipal`. Default `Group`. */
  readonly principalType?: PrincipalType;
  /** Optional. Tenant of the principal. Default: `tenantId`, else the subscription's tenant. */
  readonly tenantId?: pulumi.Input<string>;
}

/** Inputs of `PostgreSqlFlexibleServer`. */
export interface PostgreSqlFlexibleServerArgs extends CommonArgs, BoundaryChoiceArgs {
  /** Optional. Azure name (a DNS name, globally unique). Default: the component name with a random suffix (auto-naming). */
  readonly serverName?: pulumi.Input<string>;
  /** Optional. PostgreSQL major version. Default `16`. */
  readonly version?: PostgreSqlVersion;
  /** Optional. Compute SKU. Default `{ name: "Standard_D2ds_v5", tier: "GeneralPurpose" }`. */
  readonly sku?: PostgreSqlSkuArgs;
  /** Optional. Storage size in GiB; grows automatically. Default 128. */
  readonly storageSizeGB?: number;
  /** Optional. Backup retention, 7-35 days. Default 7. */
  readonly backupRetentionDays?: number;
  /**
   * Optional. Keep backups in the paired region too. Default false (`Disabled`). True throws unless the
   * location's pair is inside the boundary; never for a region without a pair.
   */
  readonly geoRedundantBackup?: boolean;
  /** Optional. High availability. Default `ZoneRedundant` where the location has zones (not for Burstable), else `Disabled`. */
  readonly highAvailability?: PostgreSqlHighAvailability;
  /** Conditional. Microsoft Entra administrator; required unless `administratorLogin` is set. */
  readonly entraAdmin?: PostgreSqlEntraAdminArgs;
  /** Optional. Allow Microsoft Entra authentication only. Default: true unless `administratorLogin` is set. */
  readonly entraOnlyAuthentication?: boolean;
  /** Conditional. Password-authentication administrator login; required when `entraOnlyAuthentication` is false. */
  readonly administratorLogin?: string;
  /** Conditional. Its password; required with `administratorLogin`. */
  readonly administratorLoginPassword?: pulumi.Input<string>;
  /** Optional. Tenant for Microsoft Entra authentication. Default: the subscription's tenant. */
  readonly tenantId?: pulumi.Input<string>;
  /** Optional. `Enabled` or `Disabled`. Default `Disabled`: use VNet integration or private endpoints. */
  readonly publicNetworkAccess?: PublicNetworkAccess;
  /** Optional. Delegated subnet for VNet integration. Default: none. */
  readonly delegatedSubnetResourceId?: pulumi.Input<string>;
  /** Conditional. Private DNS zone; required with `delegatedSubnetResourceId`. */
  readonly privateDnsZoneResourceId?: pulumi.Input<string>;
  /** Optional. Managed identity: system-assigned or user-assigned, not both (the API takes one type). Default: none. */
  readonly managedIdentities?: ManagedIdentitiesArgs;
  /**
   * Optional. Data encryption with a customer-managed key (see `KeyVault.customerManagedKeyFor`). Requires
   * `userAssignedIdentityResourceId`; not with `geoRedundantBackup`. Default: service-managed keys.
   */
  readonly customerManagedKey?: CustomerManagedKeyArgs;
}

/** The planned children. */
export interface PostgreSqlPlan {
  readonly server: dbforpostgresql.ServerArgs;
  /** The Entra administrator's inputs, without `serverName`. */
  readonly admin?: Omit<dbforpostgresql.AdministratorArgs, "serverName">;
}

const WHO = (name: string) => `PostgreSQL flexible server '${name}'`;

function authentication(name: string, args: PostgreSqlFlexibleServerArgs): boolean {
  const entraOnly = args.entraOnlyAuthentication ?? args.administratorLogin === undefined;
  if (entraOnly && !args.entraAdmin) {
    throw new ComponentArgumentError(`${WHO(name)} uses Microsoft Entra authentication only but has no entraAdmin. Set entraAdmin, or administratorLogin and administratorLoginPassword.`);
  }
  if (entraOnly && args.administratorLogin !== undefined) {
    throw new ComponentArgumentError(`${WHO(name)} sets administratorLogin with entraOnlyAuthentication, which disables password logins. Drop administratorLogin or set entraOnlyAuthentication to false.`);
  }
  if (!entraOnly && (args.administratorLogin === undefined || args.administratorLoginPassword === undefined)) {
    throw new ComponentArgumentError(`${WHO(name)} allows password authentication without administratorLogin and administratorLoginPassword. Set both (the password as a secret).`);
  }
  return entraOnly;
}

function highAvailability(name: string, args: PostgreSqlFlexibleServerArgs, tier: string): string {
  const mode = args.highAvailability ?? (hasAvailabilityZones(args.location) && tier !== "Burstable" ? "ZoneRedundant" : "Disabled");
  if (mode !== "Disabled" && tier === "Burstable") {
    throw new ComponentArgumentError(`${WHO(name)} asks for highAvailability ${mode} on the Burstable tier, which has none. Use GeneralPurpose or MemoryOptimized, or set highAvailability to Disabled.`);
  }
  if (mode === "ZoneRedundant" && !hasAvailabilityZones(args.location)) {
    throw new ComponentArgumentError(`${WHO(name)} asks for ZoneRedundant high availability in ${args.location}, which has no availability zones. Use SameZone or Disabled.`);
  }
  return mode;
}

function dataEncryption(name: string, args: PostgreSqlFlexibleServerArgs): dbforpostgresql.ServerArgs["dataEncryption"] {
  const cmk = args.customerManagedKey;
  if (!cmk) return undefined;
  if (cmk.userAssignedIdentityResourceId === undefined) {
    throw new ComponentArgumentError(
      `${WHO(name)} can use a customer-managed key only through a user-assigned identity. Set customerManagedKey.userAssignedIdentityResourceId, and grant that identity Key Vault Crypto Service Encryption User on the vault.`,
    );
  }
  if (args.geoRedundantBackup) {
    throw new ComponentArgumentError(`${WHO(name)} combines a customer-managed key with geoRedundantBackup, which needs a second key in the paired region; the component does not build that. Drop geoRedundantBackup.`);
  }
  const uri = pulumi.output(cmk.keyVaultUri).apply((u) => u.replace(/\/?$/, "/"));
  const version = cmk.keyVersion === undefined ? "" : pulumi.interpolate`/${cmk.keyVersion}`;
  return { type: "AzureKeyVault", primaryKeyURI: pulumi.interpolate`${uri}keys/${cmk.keyName}${version}`, primaryUserAssignedIdentityId: cmk.userAssignedIdentityResourceId };
}

function checkRetention(name: string, days: number): void {
  if (!Number.isInteger(days) || days < 7 || days > 35) {
    throw new ComponentArgumentError(`${WHO(name)} has backupRetentionDays ${days}; it must be a whole number of days from 7 to 35.`);
  }
}

/**
 * The server's and Entra administrator's inputs: geo-redundant backup off by default (on only when the pair is
 * inside), Entra-only authentication, public network access off, zone-redundant HA where zones exist. Checks
 * everything before anything registers.
 */
export function buildPostgreSqlPlan(name: string, args: PostgreSqlFlexibleServerArgs, boundary: Boundary): PostgreSqlPlan {
  const entraOnly = authentication(name, args);
  checkRetention(name, args.backupRetentionDays ?? 7);
  validateExtensions(name, args, boundary);
  const sku: PostgreSqlSkuArgs = args.sku ?? { name: "Standard_D2ds_v5", tier: "GeneralPurpose" };
  const identities = withUserAssignedIdentity(args.managedIdentities, args.customerManagedKey?.userAssignedIdentityResourceId);
  const server: dbforpostgresql.ServerArgs = {
    resourceGroupName: args.resourceGroupName,
    serverName: args.serverName,
    location: args.location,
    tags: args.tags,
    version: args.version ?? "16",
    sku: { ...sku },
    storage: { storageSizeGB: args.storageSizeGB ?? 128, autoGrow: "Enabled" },
    backup: { backupRetentionDays: args.backupRetentionDays ?? 7, geoRedundantBackup: args.geoRedundantBackup ? "Enabled" : "Disabled" },
    highAvailability: { mode: highAvailability(name, args, sku.tier) },
    authConfig: { activeDirectoryAuth: "Enabled", passwordAuth: entraOnly ? "Disabled" : "Enabled", tenantId: args.tenantId },
    administratorLogin: args.administratorLogin,
    administratorLoginPassword: args.administratorLoginPassword,
    network: {
      publicNetworkAccess: args.publicNetworkAccess ?? "Disabled",
      delegatedSubnetResourceId: args.delegatedSubnetResourceId,
      privateDnsZoneArmResourceId: args.privateDnsZoneResourceId,
    },
    identity: identityMapInput(identities, { kind: "PostgreSQL flexible server", combined: false }),
    dataEncryption: dataEncryption(name, args),
  };
  assertInputsInBoundary(POSTGRESQL_SERVER_TYPE, name, server, boundary);
  assertPairCopiesInside(POSTGRESQL_SERVER_TYPE, name, server, boundary);
  const admin = args.entraAdmin && {
    resourceGroupName: args.resourceGroupName,
    objectId: args.entraAdmin.objectId,
    principalName: args.entraAdmin.principalName,
    principalType: args.entraAdmin.principalType ?? "Group",
    tenantId: args.entraAdmin.tenantId ?? args.tenantId,
  };
  return { server, admin };
}
