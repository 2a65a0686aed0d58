import * as pulumi from "@pulumi/pulumi";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import { Boundary, findRegion, normalizeLocation } from "../../policy-pack/engine";
import { BoundaryChoiceArgs, CommonArgs, CustomerManagedKeyArgs, ManagedIdentitiesArgs, PublicNetworkAccess } from "../interfaces";
import {
  assertInputsInBoundary,
  assertPairCopiesInside,
  ComponentArgumentError,
  hasAvailabilityZones,
  identityInput,
  validateExtensions,
  withUserAssignedIdentity,
} from "../shared";

/** The type token of the child. */
export const COSMOS_ACCOUNT_TYPE = "azure-native:cosmosdb:DatabaseAccount";

/** One region of the account. */
export interface CosmosLocationArgs {
  /** Required. Region name; must be inside the boundary. */
  readonly locationName: string;
  /** Optional. Failover priority, 0 for the write region. Default: the entry's index. */
  readonly failoverPriority?: number;
  /** Optional. Zone-redundant replicas in this region. Default: true where the region has availability zones. */
  readonly isZoneRedundant?: boolean;
}

/** Cosmos DB API kinds: `GlobalDocumentDB` is the NoSQL API. */
export const CosmosDbKind = { GlobalDocumentDB: "GlobalDocumentDB", MongoDB: "MongoDB" } as const;
/** One of `CosmosDbKind`. */
export type CosmosDbKind = (typeof CosmosDbKind)[keyof typeof CosmosDbKind];

/** Backup modes: periodic snapshots, or continuous backup with point-in-time restore. */
export const CosmosBackupType = { Periodic: "Periodic", Continuous: "Continuous" } as const;
/** One of `CosmosBackupType`. */
export type CosmosBackupType = (typeof CosmosBackupType)[keyof typeof CosmosBackupType];

/** Where periodic backups are kept: `Geo` keeps them in the paired region too. */
export const CosmosBackupStorageRedundancy = { Zone: "Zone", Local: "Local", Geo: "Geo" } as const;
/** One of `CosmosBackupStorageRedundancy`. */
export type CosmosBackupStorageRedundancy = (typeof CosmosBackupStorageRedundancy)[keyof typeof CosmosBackupStorageRedundancy];

/** Restore windows of continuous backup. */
export const CosmosContinuousBackupTier = { Continuous7Days: "Continuous7Days", Continuous30Days: "Continuous30Days" } as const;
/** One of `CosmosContinuousBackupTier`. */
export type CosmosContinuousBackupTier = (typeof CosmosContinuousBackupTier)[keyof typeof CosmosContinuousBackupTier];

/** Default consistency levels. */
export const CosmosConsistencyLevel = {
  Eventual: "Eventual",
  ConsistentPrefix: "ConsistentPrefix",
  Session: "Session",
  BoundedStaleness: "BoundedStaleness",
  Strong: "Strong",
} as const;
/** One of `CosmosConsistencyLevel`. */
export type CosmosConsistencyLevel = (typeof CosmosConsistencyLevel)[keyof typeof CosmosConsistencyLevel];

/**
 * The backup policy: `Periodic` (snapshots every `intervalInMinutes`, kept `retentionInHours`, stored as
 * `storageRedundancy` says) or `Continuous` (point-in-time restore within `tier`; backups stay in each region of the
 * account). A setting of the other mode throws.
 */
export interface CosmosBackupArgs {
  /** Required. `Periodic` or `Continuous`. */
  readonly type: CosmosBackupType;
  /**
   * Optional. Periodic only: where the backups are kept. Default `Zone` where the location has availability zones,
   * else `Local`. `Geo` keeps them in the paired region and throws unless that pair is inside the boundary.
   */
  readonly storageRedundancy?: CosmosBackupStorageRedundancy;
  /** Optional. Periodic only: minutes between backups, 60-1440. Default 240. */
  readonly intervalInMinutes?: number;
  /** Optional. Periodic only: hours backups are kept, 8-720. Default 8. */
  readonly retentionInHours?: number;
  /** Optional. Continuous only: the restore window. Default `Continuous7Days`. */
  readonly tier?: CosmosContinuousBackupTier;
}

/** Inputs of `CosmosDbAccount`. */
export interface CosmosDbAccountArgs extends CommonArgs, BoundaryChoiceArgs {
  /** Optional. Azure name, 3-44 lower-case letters, digits and hyphens. Default: the component name with a random suffix (auto-naming). */
  readonly accountName?: pulumi.Input<string>;
  /** Optional. API kind. Default `GlobalDocumentDB` (NoSQL). */
  readonly kind?: CosmosDbKind;
  /**
   * Optional. Regions holding the data; every one must be inside the boundary. Default: one entry, `location`,
   * zone-redundant where it has zones. A restricted region (the in-country second region of CH, DE, FR, NO, SE)
   * throws unless `restrictedRegionsAcknowledged`.
   */
  readonly locations?: CosmosLocationArgs[];
  /** Optional. Confirms the subscription has access to a restricted region listed in `locations`. Default false. */
  readonly restrictedRegionsAcknowledged?: boolean;
  /** Optional. Backup policy. Default: periodic, `Zone` (or `Local` without zones), every 240 minutes, kept 8 hours. */
  readonly backup?: CosmosBackupArgs;
  /** Optional. Default consistency. Default `Session`. */
  readonly consistencyLevel?: CosmosConsistencyLevel;
  /** Optional. Serverless capacity mode (single region only). Default false (provisioned throughput). */
  readonly serverless?: boolean;
  /** Optional. Every region accepts writes. Default false. */
  readonly enableMultipleWriteLocations?: boolean;
  /** Optional. `Enabled` or `Disabled`. Default `Disabled`: reach the account through private endpoints. */
  readonly publicNetworkAccess?: PublicNetworkAccess;
  /** Optional. Public IPv4 addresses or CIDR ranges allowed when public network access is enabled. Default: none. */
  readonly ipRules?: string[];
  /** Optional. Allow key (local) authentication. Default false: Entra ID only. */
  readonly allowLocalAuth?: boolean;
  /** Optional. Managed identities of the account. Default: none. */
  readonly managedIdentities?: ManagedIdentitiesArgs;
  /**
   * Optional. Encrypt with a customer-managed key (see `KeyVault.customerManagedKeyFor`). Requires
   * `userAssignedIdentityResourceId`, used as the account's default identity. Default: service-managed keys.
   */
  readonly customerManagedKey?: CustomerManagedKeyArgs;
}

function locations(args: CosmosDbAccountArgs): { locationName: string; failoverPriority: number; isZoneRedundant: boolean }[] {
  const given = args.locations ?? [{ locationName: args.location }];
  return given.map((l, i) => ({
    locationName: l.locationName,
    failoverPriority: l.failoverPriority ?? i,
    isZoneRedundant: l.isZoneRedundant ?? hasAvailabilityZones(l.locationName),
  }));
}

function checkLocations(name: string, args: CosmosDbAccountArgs): void {
  const names = (args.locations ?? []).map((l) => normalizeLocation(l.locationName));
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new ComponentArgumentError(`Cosmos DB account '${name}' lists ${twice} twice in locations; list each region once.`);
  if (args.serverless && names.length > 1) {
    throw new ComponentArgumentError(`Cosmos DB account '${name}' is serverless with ${names.length} locations; a serverless account has one region. Drop serverless or keep one location.`);
  }
  if (args.restrictedRegionsAcknowledged) return;
  (args.locations ?? []).forEach((l, i) => {
    const region = findRegion(l.locationName);
    if (!region?.restricted) return;
    throw new ComponentArgumentError(
      `Cosmos DB account '${name}' puts locations[${i}].locationName in ${region.name}, a restricted region: Azure opens it only to subscriptions approved for in-country disaster recovery, ` +
        `and under a single-country boundary it is often the only second region. Request access for your subscription, then set restrictedRegionsAcknowledged to true to confirm it.`,
    );
  });
}

/** The settings of `backup` that belong to the other mode than its `type`. */
function settingsOfOtherMode(backup: CosmosBackupArgs): string[] {
  const periodicOnly = { storageRedundancy: backup.storageRedundancy, intervalInMinutes: backup.intervalInMinutes, retentionInHours: backup.retentionInHours };
  const other = backup.type === "Continuous" ? periodicOnly : { tier: backup.tier };
  return Object.entries(other).filter(([, value]) => value !== undefined).map(([key]) => `backup.${key}`);
}

function backupPolicy(name: string, args: CosmosDbAccountArgs): cosmosdb.DatabaseAccountArgs["backupPolicy"] {
  const backup = args.backup ?? { type: "Periodic" };
  const misplaced = settingsOfOtherMode(backup);
  if (misplaced.length > 0) {
    throw new ComponentArgumentError(`Cosmos DB account '${name}' has backup.type ${backup.type} with ${misplaced.join(", ")}, which only the other backup type takes. Drop ${misplaced.length > 1 ? "them" : "it"}, or change backup.type.`);
  }
  if (backup.type === "Continuous") return { type: "Continuous", continuousModeProperties: { tier: backup.tier ?? "Continuous7Days" } };
  return {
    type: "Periodic",
    periodicModeProperties: {
      backupStorageRedundancy: backup.storageRedundancy ?? (hasAvailabilityZones(args.location) ? "Zone" : "Local"),
      backupIntervalInMinutes: backup.intervalInMinutes ?? 240,
      backupRetentionIntervalInHours: backup.retentionInHours ?? 8,
    },
  };
}

function encryption(name: string, cmk: CustomerManagedKeyArgs | undefined): Pick<cosmosdb.DatabaseAccountArgs, "keyVaultKeyUri" | "defaultIdentity"> {
  if (!cmk) return {};
  if (cmk.userAssignedIdentityResourceId === undefined) {
    throw new ComponentArgumentError(
      `Cosmos DB account '${name}' can use a customer-managed key at creation only through a user-assigned identity. ` +
        "Set customerManagedKey.userAssignedIdentityResourceId, and grant that identity Key Vault Crypto Service Encryption User on the vault.",
    );
  }
  return {
    keyVaultKeyUri: pulumi.interpolate`${pulumi.output(cmk.keyVaultUri).apply((u) => u.replace(/\/?$/, "/"))}keys/${cmk.keyName}`,
    defaultIdentity: pulumi.interpolate`UserAssignedIdentity=${cmk.userAssignedIdentityResourceId}`,
  };
}

/**
 * The account's inputs: every region inside the boundary, zone- or locally-redundant periodic backups (or
 * continuous), Entra ID only, TLS 1.2, public network access off. Checks the boundary first.
 */
export function buildCosmosDbAccountArgs(name: string, args: CosmosDbAccountArgs, boundary: Boundary): cosmosdb.DatabaseAccountArgs {
  checkLocations(name, args);
  validateExtensions(name, args, boundary);
  const regions = locations(args);
  const identities = withUserAssignedIdentity(args.managedIdentities, args.customerManagedKey?.userAssignedIdentityResourceId);
  const inputs: cosmosdb.DatabaseAccountArgs = {
    resourceGroupName: args.resourceGroupName,
    accountName: args.accountName,
    location: args.location,
    tags: args.tags,
    kind: args.kind ?? "GlobalDocumentDB",
    databaseAccountOfferType: "Standard",
    locations: regions,
    backupPolicy: backupPolicy(name, args),
    consistencyPolicy: { defaultConsistencyLevel: args.consistencyLevel ?? "Session" },
    capabilities: args.serverless ? [{ name: "EnableServerless" }] : undefined,
    enableAutomaticFailover: regions.length > 1,
    enableMultipleWriteLocations: args.enableMultipleWriteLocations ?? false,
    minimalTlsVersion: "Tls12",
    publicNetworkAccess: args.publicNetworkAccess ?? "Disabled",
    ipRules: args.ipRules?.map((ipAddressOrRange) => ({ ipAddressOrRange })),
    disableLocalAuth: !(args.allowLocalAuth ?? false),
    disableKeyBasedMetadataWriteAccess: true,
    identity: identityInput(identities, { kind: "Cosmos DB account" }),
    ...encryption(name, args.customerManagedKey),
  };
  assertInputsInBoundary(COSMOS_ACCOUNT_TYPE, name, inputs, boundary);
  assertPairCopiesInside(COSMOS_ACCOUNT_TYPE, name, inputs, boundary);
  return inputs;
}
