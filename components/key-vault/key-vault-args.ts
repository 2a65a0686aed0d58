import * as pulumi from "@pulumi/pulumi";
import * as keyvault from "@pulumi/azure-native/keyvault";
import { Boundary, countryName, findRegion, judgeLocation } from "../../policy-pack/engine";
import { BoundaryViolationError } from "../boundary";
import { BoundaryChoiceArgs, CommonArgs, PublicNetworkAccess } from "../interfaces";
import { assertInputsInBoundary, ComponentArgumentError, validateExtensions } from "../shared";

/** The type tokens of the children. */
export const KEY_VAULT_TYPE = "azure-native:keyvault:Vault";
export const KEY_TYPE = "azure-native:keyvault:Key";

/** Key Vault SKUs: `premium` holds HSM-backed keys. */
export const KeyVaultSku = { standard: "standard", premium: "premium" } as const;
/** One of `KeyVaultSku`. */
export type KeyVaultSku = (typeof KeyVaultSku)[keyof typeof KeyVaultSku];

/** Key types; the `-HSM` types need HSM-backed keys (premium). */
export const KeyVaultKeyType = { RSA: "RSA", RSA_HSM: "RSA-HSM", EC: "EC", EC_HSM: "EC-HSM" } as const;
/** One of `KeyVaultKeyType`. */
export type KeyVaultKeyType = (typeof KeyVaultKeyType)[keyof typeof KeyVaultKeyType];

/** RSA key sizes in bits. */
export const KeyVaultKeySize = { RSA2048: 2048, RSA3072: 3072, RSA4096: 4096 } as const;
/** One of `KeyVaultKeySize`. */
export type KeyVaultKeySize = (typeof KeyVaultKeySize)[keyof typeof KeyVaultKeySize];

/** Elliptic curves of EC keys. */
export const KeyVaultCurveName = { P256: "P-256", P384: "P-384", P521: "P-521", P256K: "P-256K" } as const;
/** One of `KeyVaultCurveName`. */
export type KeyVaultCurveName = (typeof KeyVaultCurveName)[keyof typeof KeyVaultCurveName];

/** Operations a key allows. */
export const KeyVaultKeyOperation = {
  encrypt: "encrypt",
  decrypt: "decrypt",
  sign: "sign",
  verify: "verify",
  wrapKey: "wrapKey",
  unwrapKey: "unwrapKey",
  import: "import",
  release: "release",
} as const;
/** One of `KeyVaultKeyOperation`. */
export type KeyVaultKeyOperation = (typeof KeyVaultKeyOperation)[keyof typeof KeyVaultKeyOperation];

/** When Key Vault makes a new version of a key; versionless consumers of the key follow. */
export interface KeyRotationPolicyArgs {
  /** Optional. Rotate the key; false creates it without a rotation policy (and without expiry). Default true. */
  readonly enabled?: boolean;
  /** Optional. Lifetime of each version, an ISO 8601 duration. Default `P2Y`. */
  readonly expiryTime?: string;
  /** Optional. How long before expiry the new version is made, an ISO 8601 duration. Default `P60D`. */
  readonly rotateBeforeExpiry?: string;
}

/** One key the component creates in the vault. */
export interface KeyVaultKeyArgs {
  /** Required. Key name (1-127 letters, digits and hyphens); also the suffix of the child `<name>-key-<keyName>`. */
  readonly name: string;
  /** Optional. Key type. Default `RSA-HSM` with `hsmBackedKeys`, else `RSA`. `*-HSM` types need `hsmBackedKeys`. */
  readonly kty?: KeyVaultKeyType;
  /** Optional. RSA key size. Default 3072 for RSA keys (accepted by Storage, SQL TDE, Cosmos DB and PostgreSQL CMK). */
  readonly keySize?: KeyVaultKeySize;
  /** Optional. Elliptic curve for EC keys. Default `P-256` for EC keys. */
  readonly curveName?: KeyVaultCurveName;
  /** Optional. Allowed operations. Default: every operation the key type supports. */
  readonly keyOps?: KeyVaultKeyOperation[];
  /**
   * Optional. Rotation. Default: expire after `P2Y`, rotate `P60D` before expiry, notify `P30D` before expiry
   * (versionless CMK consumers follow); `{ enabled: false }` for none.
   */
  readonly rotationPolicy?: KeyRotationPolicyArgs;
}

/** Inputs of `KeyVault`. */
export interface KeyVaultArgs extends CommonArgs, BoundaryChoiceArgs {
  /** Required. Microsoft Entra tenant id that authenticates requests to the vault. */
  readonly tenantId: pulumi.Input<string>;
  /** Optional. Azure name, 3-24 letters, digits and hyphens. Default: the component name with a random suffix (auto-naming). */
  readonly vaultName?: pulumi.Input<string>;
  /** Optional. `standard` or `premium`. Default `premium` with `hsmBackedKeys`, else `standard`. */
  readonly sku?: KeyVaultSku;
  /** Optional. Create keys in HSMs (premium SKU, `RSA-HSM`/`EC-HSM` keys). Default false. */
  readonly hsmBackedKeys?: boolean;
  /** Optional. Soft-delete retention, 7-90 days. Default 90. Purge protection is always on and cannot be turned off. */
  readonly softDeleteRetentionInDays?: number;
  /** Optional. `Enabled` or `Disabled`. Default `Disabled`: reach the vault through private endpoints. */
  readonly publicNetworkAccess?: PublicNetworkAccess;
  /** Optional. Public IPv4 addresses or CIDR ranges allowed when public network access is enabled. Default: none (deny). */
  readonly ipRules?: string[];
  /** Optional. Keys to create in the vault. Default: none. */
  readonly keys?: KeyVaultKeyArgs[];
}

/** The planned children: the vault's inputs and each key's properties. */
export interface KeyVaultPlan {
  readonly vault: keyvault.VaultArgs;
  readonly keys: readonly { readonly name: string; readonly properties: keyvault.KeyArgs["properties"] }[];
}


/** Regions of the boundary where Key Vault's implicit pair replica stays inside (no pair, or pair inside). */
export function keyVaultRegions(boundary: Boundary): string[] {
  return boundary.regionNames.filter((r) => {
    const region = findRegion(r);
    return region !== undefined && (region.pair === null || judgeLocation(region.pair, boundary) === "inside");
  });
}

/**
 * Key Vault always keeps a replica in the paired region (vectors.md V17; the pack's replication rule reports it).
 * Under `nl` or `ie` no region avoids that, because westeurope and northeurope pair across the border: the usual
 * choice is impossible, and this sentence says so after the pack's message.
 */
export function keyVaultImpossibleNote(boundary: Boundary): string | undefined {
  if (keyVaultRegions(boundary).length > 0) return undefined;
  const pairs = boundary.regionNames.map((r) => {
    const pair = findRegion(findRegion(r)?.pair ?? "");
    return pair ? `${r} pairs with ${pair.name} in ${countryName(pair)}` : r;
  });
  return `No region inside ${boundary.label} keeps a Key Vault's replica inside it (${pairs.join("; ")}), so Key Vault cannot be used under this boundary; widen the boundary for this vault, for example to eu or eudb.`;
}

/** The pack's check of the vault's inputs (location and pair replica), with {@link keyVaultImpossibleNote} added. */
function assertVaultInBoundary(name: string, vault: keyvault.VaultArgs, boundary: Boundary): void {
  try {
    assertInputsInBoundary(KEY_VAULT_TYPE, name, vault, boundary);
  } catch (error) {
    const note = keyVaultImpossibleNote(boundary);
    if (error instanceof BoundaryViolationError && note) throw new BoundaryViolationError([error.message, note]);
    throw error;
  }
}

/** The key's rotation with its defaults, or `undefined` when rotation is off. */
function rotationOf(name: string, key: KeyVaultKeyArgs): { expiryTime: string; rotateBeforeExpiry: string } | undefined {
  const policy = key.rotationPolicy ?? {};
  if (policy.enabled !== false) return { expiryTime: policy.expiryTime ?? "P2Y", rotateBeforeExpiry: policy.rotateBeforeExpiry ?? "P60D" };
  if (policy.expiryTime !== undefined || policy.rotateBeforeExpiry !== undefined) {
    throw new ComponentArgumentError(`Key Vault '${name}' key '${key.name}' has rotationPolicy.enabled false with an expiryTime or rotateBeforeExpiry. Drop them, or enable rotation.`);
  }
  return undefined;
}

function keyProperties(name: string, key: KeyVaultKeyArgs, hsm: boolean): keyvault.KeyArgs["properties"] {
  const kty = key.kty ?? (hsm ? "RSA-HSM" : "RSA");
  if (kty.endsWith("-HSM") && !hsm) {
    throw new ComponentArgumentError(`Key Vault '${name}' key '${key.name}' is ${kty}, which needs HSM-backed keys. Set hsmBackedKeys to true (premium SKU).`);
  }
  const rsa = kty.startsWith("RSA");
  const rotation = rotationOf(name, key);
  return {
    kty,
    keySize: rsa ? key.keySize ?? 3072 : undefined,
    curveName: rsa ? undefined : key.curveName ?? "P-256",
    keyOps: key.keyOps ? [...key.keyOps] : undefined,
    attributes: { enabled: true },
    rotationPolicy: rotation && {
      attributes: { expiryTime: rotation.expiryTime },
      lifetimeActions: [
        { trigger: { timeBeforeExpiry: rotation.rotateBeforeExpiry }, action: { type: "rotate" } },
        { trigger: { timeBeforeExpiry: "P30D" }, action: { type: "notify" } },
      ],
    },
  };
}

function checkOptions(name: string, args: KeyVaultArgs): void {
  if (args.hsmBackedKeys && args.sku === "standard") {
    throw new ComponentArgumentError(`Key Vault '${name}' has hsmBackedKeys but sku standard; HSM-backed keys need sku premium. Drop sku or set it to premium.`);
  }
  const days = args.softDeleteRetentionInDays ?? 90;
  if (!Number.isInteger(days) || days < 7 || days > 90) {
    throw new ComponentArgumentError(`Key Vault '${name}' has softDeleteRetentionInDays ${days}; it must be a whole number of days from 7 to 90.`);
  }
  const names = (args.keys ?? []).map((k) => k.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new ComponentArgumentError(`Key Vault '${name}' lists key '${twice}' twice; key names must be unique.`);
}

/**
 * The vault's and keys' inputs: RBAC authorization, purge protection, soft delete 90 days, public network access
 * off, optional HSM-backed keys. Checks the boundary (including the vault's implicit pair replica) first.
 */
export function buildKeyVaultPlan(name: string, args: KeyVaultArgs, boundary: Boundary): KeyVaultPlan {
  checkOptions(name, args);
  validateExtensions(name, args, boundary);
  const hsm = args.hsmBackedKeys === true;
  const vault: keyvault.VaultArgs = {
    resourceGroupName: args.resourceGroupName,
    vaultName: args.vaultName,
    location: args.location,
    tags: args.tags,
    properties: {
      tenantId: args.tenantId,
      sku: { family: "A", name: args.sku ?? (hsm ? "premium" : "standard") },
      enableRbacAuthorization: true,
      enablePurgeProtection: true,
      enableSoftDelete: true,
      softDeleteRetentionInDays: args.softDeleteRetentionInDays ?? 90,
      enabledForDeployment: false,
      enabledForDiskEncryption: false,
      enabledForTemplateDeployment: false,
      publicNetworkAccess: args.publicNetworkAccess ?? "Disabled",
      networkAcls: { bypass: "AzureServices", defaultAction: "Deny", ipRules: (args.ipRules ?? []).map((value) => ({ value })) },
    },
  };
  assertVaultInBoundary(name, vault, boundary);
  return { vault, keys: (args.keys ?? []).map((k) => ({ name: k.name, properties: keyProperties(name, k, hsm) })) };
}
