import * as pulumi from "@pulumi/pulumi";
import * as storage from "@pulumi/azure-native/storage";
import { Boundary } from "../../policy-pack/engine";
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
export const STORAGE_ACCOUNT_TYPE = "azure-native:storage:StorageAccount";

/** Storage SKUs. The geo SKUs (`*GRS`, `*GZRS`) are accepted only when the location's pair is inside the boundary. */
export const StorageSkuName = {
  Standard_LRS: "Standard_LRS",
  Standard_ZRS: "Standard_ZRS",
  Standard_GRS: "Standard_GRS",
  Standard_RAGRS: "Standard_RAGRS",
  Standard_GZRS: "Standard_GZRS",
  Standard_RAGZRS: "Standard_RAGZRS",
  Premium_LRS: "Premium_LRS",
  Premium_ZRS: "Premium_ZRS",
} as const;
/** One of `StorageSkuName`. */
export type StorageSkuName = (typeof StorageSkuName)[keyof typeof StorageSkuName];

/** Storage account kinds the component offers. */
export const StorageKind = { StorageV2: "StorageV2", BlockBlobStorage: "BlockBlobStorage", FileStorage: "FileStorage" } as const;
/** One of `StorageKind`. */
export type StorageKind = (typeof StorageKind)[keyof typeof StorageKind];

/** Default access tiers of blobs. */
export const StorageAccessTier = { Hot: "Hot", Cool: "Cool", Cold: "Cold" } as const;
/** One of `StorageAccessTier`. */
export type StorageAccessTier = (typeof StorageAccessTier)[keyof typeof StorageAccessTier];

/** Inputs of `StorageAccount`. */
export interface StorageAccountArgs extends CommonArgs, BoundaryChoiceArgs {
  /** Optional. Azure name, 3-24 lower-case letters and digits. Default: the component name with a random suffix (auto-naming). */
  readonly accountName?: pulumi.Input<string>;
  /**
   * Optional. Replication SKU. Default `Standard_ZRS` (`Premium_ZRS` for premium kinds) where the location has
   * availability zones, else `Standard_LRS` (`Premium_LRS`). A geo SKU throws unless the location's paired region
   * is inside the boundary (not under `nl`/`ie` for westeurope/northeurope, never for a region without a pair).
   */
  readonly sku?: StorageSkuName;
  /** Optional. Account kind. Default `StorageV2`. */
  readonly kind?: StorageKind;
  /** Optional. Default access tier of blobs (StorageV2 only; premium kinds have none). Default `Hot`. */
  readonly accessTier?: StorageAccessTier;
  /** Optional. Hierarchical namespace (Data Lake Storage Gen2). Default false. */
  readonly isHnsEnabled?: boolean;
  /** Optional. `Enabled` or `Disabled`. Default `Disabled`: reach the account through private endpoints. */
  readonly publicNetworkAccess?: PublicNetworkAccess;
  /** Optional. Public IPv4 addresses or CIDR ranges allowed when public network access is enabled. Default: none (deny). */
  readonly ipRules?: string[];
  /** Optional. Allow account-key (shared key) authorization. Default false: Entra ID only. */
  readonly allowSharedKeyAccess?: boolean;
  /** Optional. Managed identities of the account. Default: none. */
  readonly managedIdentities?: ManagedIdentitiesArgs;
  /**
   * Optional. Encrypt with a customer-managed key (see `KeyVault.customerManagedKeyFor`). Requires
   * `userAssignedIdentityResourceId`: a new account cannot read the key with its system-assigned identity. Default:
   * Microsoft-managed keys.
   */
  readonly customerManagedKey?: CustomerManagedKeyArgs;
}

/** The default SKU: zone-redundant where the location has zones, else locally redundant. */
export function defaultStorageSku(location: string, kind: StorageAccountArgs["kind"]): StorageSkuName {
  const tier = kind === "BlockBlobStorage" || kind === "FileStorage" ? "Premium" : "Standard";
  return `${tier}_${hasAvailabilityZones(location) ? "ZRS" : "LRS"}` as StorageSkuName;
}

const service = { enabled: true, keyType: "Account" };

function encryption(name: string, cmk: CustomerManagedKeyArgs | undefined): storage.StorageAccountArgs["encryption"] {
  const base = { requireInfrastructureEncryption: true, services: { blob: service, file: service, queue: service, table: service } };
  if (!cmk) return { ...base, keySource: "Microsoft.Storage" };
  if (cmk.userAssignedIdentityResourceId === undefined) {
    throw new ComponentArgumentError(
      `Storage account '${name}' can use a customer-managed key at creation only through a user-assigned identity. ` +
        "Set customerManagedKey.userAssignedIdentityResourceId, and grant that identity Key Vault Crypto Service Encryption User on the vault.",
    );
  }
  return {
    ...base,
    keySource: "Microsoft.Keyvault",
    keyVaultProperties: { keyName: cmk.keyName, keyVaultUri: cmk.keyVaultUri, keyVersion: cmk.keyVersion },
    encryptionIdentity: { encryptionUserAssignedIdentity: cmk.userAssignedIdentityResourceId },
  };
}

/**
 * The storage account child's inputs: residency-safe defaults (ZRS/LRS, no geo copy outside the boundary, no
 * cross-tenant replication), TLS 1.2, HTTPS only, no public blob access, no shared keys. Checks the boundary and
 * the extension inputs first; throws before anything registers.
 */
export function buildStorageAccountArgs(name: string, args: StorageAccountArgs, boundary: Boundary): storage.StorageAccountArgs {
  validateExtensions(name, args, boundary);
  const identities = withUserAssignedIdentity(args.managedIdentities, args.customerManagedKey?.userAssignedIdentityResourceId);
  const inputs: storage.StorageAccountArgs = {
    resourceGroupName: args.resourceGroupName,
    accountName: args.accountName,
    location: args.location,
    tags: args.tags,
    kind: args.kind ?? "StorageV2",
    sku: { name: args.sku ?? defaultStorageSku(args.location, args.kind) },
    accessTier: (args.kind ?? "StorageV2") === "StorageV2" ? args.accessTier ?? "Hot" : undefined,
    isHnsEnabled: args.isHnsEnabled ?? false,
    minimumTlsVersion: "TLS1_2",
    enableHttpsTrafficOnly: true,
    allowBlobPublicAccess: false,
    allowCrossTenantReplication: false,
    allowSharedKeyAccess: args.allowSharedKeyAccess ?? false,
    defaultToOAuthAuthentication: true,
    publicNetworkAccess: args.publicNetworkAccess ?? "Disabled",
    networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices", ipRules: (args.ipRules ?? []).map((value) => ({ iPAddressOrRange: value, action: "Allow" })) },
    identity: identityInput(identities, { kind: "storage account" }),
    encryption: encryption(name, args.customerManagedKey),
  };
  assertInputsInBoundary(STORAGE_ACCOUNT_TYPE, name, inputs, boundary);
  assertPairCopiesInside(STORAGE_ACCOUNT_TYPE, name, inputs, boundary);
  return inputs;
}
