import * as pulumi from "@pulumi/pulumi";
import * as keyvault from "@pulumi/azure-native/keyvault";
import { chosenBoundary } from "../boundary";
import { componentType, withEarlierType } from "../token";
import { CustomerManagedKeyArgs } from "../interfaces";
import { applyExtensions, ComponentArgumentError } from "../shared";
import { buildKeyVaultPlan, KeyVaultArgs } from "./key-vault-args";

/** Options of {@link KeyVault.customerManagedKeyFor}. */
export interface CustomerManagedKeyOptions {
  /**
   * Optional. User-assigned identity the consuming resource reads the key with (grant it Key Vault Crypto Service
   * Encryption User on this vault through `roleAssignments`). Default: none (the consumer's system identity).
   */
  readonly userAssignedIdentityResourceId?: pulumi.Input<string>;
  /** Optional. Pin a key version. Default: none, so the consumer follows rotation. */
  readonly keyVersion?: pulumi.Input<string>;
}

/**
 * The key resources of each vault. Kept off the instance on purpose: the component provider's schema inference reads
 * every property of a component class as an output, and a resource there would make every generated SDK depend on
 * azure-native's; accessors are not read, so `keys` stays for TypeScript callers.
 */
const createdKeys = new WeakMap<KeyVault, Readonly<Record<string, keyvault.Key>>>();

/**
 * A Key Vault for keys and secrets that stay inside the boundary: RBAC authorization, purge protection (always on),
 * soft delete 90 days, public network access off by default, optional HSM-backed keys (premium) and keys with a
 * rotation policy. Refuses a location whose paired region (where Key Vault always keeps a replica) is outside.
 */
export class KeyVault extends pulumi.ComponentResource {
  /** Azure name of the vault. */
  public readonly name: pulumi.Output<string>;
  /** Resource id of the vault. */
  public readonly resourceId: pulumi.Output<string>;
  /** Vault URI (`https://<vault>.vault.azure.net/`). */
  public readonly vaultUri: pulumi.Output<string>;
  /** Names of the keys created, in the order given. */
  public readonly keyNames: string[];
  /** Versionless URIs of the keys created, by key name (`https://<vault>.vault.azure.net/keys/<key>`). */
  public readonly keyUris: pulumi.Output<Record<string, string>>;

  /**
   * @param name The unique name of the component; the vault child is named the same, keys `<name>-key-<keyName>`.
   * @param args The vault's inputs; a value outside the boundary throws before anything registers.
   * @param opts Options of the component; children get `{ parent: this }`.
   */
  constructor(name: string, args: KeyVaultArgs, opts?: pulumi.ComponentResourceOptions) {
    const boundary = chosenBoundary(args);
    const plan = buildKeyVaultPlan(name, args, boundary);
    super(componentType("KeyVault"), name, {}, withEarlierType("KeyVault", opts));

    const vault = new keyvault.Vault(name, plan.vault, { parent: this });
    const keys: Record<string, keyvault.Key> = {};
    for (const key of plan.keys) {
      keys[key.name] = new keyvault.Key(
        `${name}-key-${key.name}`,
        { resourceGroupName: args.resourceGroupName, vaultName: vault.name, keyName: key.name, properties: key.properties, tags: args.tags },
        { parent: this },
      );
    }
    applyExtensions(this, name, vault.id, args, boundary, undefined, Object.values(keys));
    this.name = vault.name;
    this.resourceId = vault.id;
    this.vaultUri = vault.properties.apply((p) => p.vaultUri);
    createdKeys.set(this, keys);
    this.keyNames = plan.keys.map((k) => k.name);
    this.keyUris = pulumi.all(Object.fromEntries(Object.entries(keys).map(([keyName, key]) => [keyName, key.keyUri])));
    this.registerOutputs({ name: this.name, resourceId: this.resourceId, vaultUri: this.vaultUri, keyNames: this.keyNames, keyUris: this.keyUris });
  }

  /** The keys created, as resources, by key name. TypeScript only (an accessor, which the schema does not serve). */
  public get keys(): Readonly<Record<string, keyvault.Key>> {
    return createdKeys.get(this) ?? {};
  }

  /**
   * CMK wiring: the `customerManagedKey` input of another component (storage account, Cosmos DB, SQL, PostgreSQL,
   * AI Services) for key `keyName` of this vault. For a key this component created, the name is taken from the key
   * resource so that the consumer waits for it. Throws for a key name this vault does not create unless `existing`.
   * TypeScript only: the component provider serves no methods.
   */
  public customerManagedKeyFor(keyName: string, options: CustomerManagedKeyOptions & { readonly existing?: boolean } = {}): CustomerManagedKeyArgs {
    const key = this.keys[keyName];
    if (!key && !options.existing) {
      const known = this.keyNames;
      throw new ComponentArgumentError(
        `Key Vault creates no key '${keyName}'${known.length ? ` (it creates ${known.join(", ")})` : ""}. Add it to keys, or pass existing: true for a key created elsewhere.`,
      );
    }
    return {
      keyVaultResourceId: this.resourceId,
      keyVaultUri: this.vaultUri,
      keyName: key ? key.name : keyName,
      keyVersion: options.keyVersion,
      userAssignedIdentityResourceId: options.userAssignedIdentityResourceId,
    };
  }
}
