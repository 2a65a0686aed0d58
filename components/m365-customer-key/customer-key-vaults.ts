import * as keyvault from "@pulumi/azure-native/keyvault";
import * as types from "@pulumi/azure-native/types";
import * as pulumi from "@pulumi/pulumi";
import { Boundary } from "../../policy-pack/engine";
import { chosenBoundary } from "../boundary";
import { componentType, withEarlierType } from "../token";
import { KeyVault } from "../key-vault/key-vault";
import { applyExtensions } from "../shared/extensions";
import { BoundaryChoiceArgs } from "../interfaces";
import { CustomerKeyInputs, customerKeyAccessPolicies, planCustomerKeyVaults, PlannedVault } from "./customer-key-args";

/** Inputs of `CustomerKeyVaults`. There is no `location`: the two vaults take `primaryLocation` and `secondaryLocation`. */
export interface CustomerKeyVaultsArgs extends CustomerKeyInputs, BoundaryChoiceArgs {}

/** Options of `CustomerKeyVaults`: the component's options, and the provider of the second vault. */
export interface CustomerKeyVaultsOptions extends pulumi.ComponentResourceOptions {
  /**
   * Optional. azure-native provider of the second vault, for a second subscription as Microsoft recommends (one
   * subscription per key, administered by different people). Default: the component's provider. An option rather
   * than an input because a provider is not a value the multi-language schema can carry: TypeScript only.
   */
  readonly secondaryProvider?: pulumi.ProviderResource;
}

/** One created vault and its key, whichever permission model made them. */
interface CreatedVault {
  readonly id: pulumi.Output<string>;
  readonly name: pulumi.Output<string>;
  readonly keyUri: pulumi.Output<string>;
}

/**
 * The Azure side of Microsoft 365 Customer Key (Exchange Online, SharePoint Online, multi-workload): two premium
 * Key Vaults in two different regions inside the boundary, purge protection and 90-day soft delete, one RSA-HSM
 * wrap/unwrap key without expiry in each, and access for the Microsoft 365 service principals. Lock, role
 * assignments and diagnostic settings apply to both vaults.
 */
export class CustomerKeyVaults extends pulumi.ComponentResource {
  /** Name of the primary vault. */
  public readonly name: pulumi.Output<string>;
  /** Resource id of the primary vault. */
  public readonly resourceId: pulumi.Output<string>;
  /** Resource ids of the primary and secondary vaults. */
  public readonly vaultResourceIds: pulumi.Output<string[]>;
  /** Versionless key URIs, primary first: the `-AzureKeyIDs` of `New-M365DataAtRestEncryptionPolicy` / `New-DataEncryptionPolicy`. */
  public readonly keyUris: pulumi.Output<string[]>;

  /**
   * @param name The unique name of the component; the vaults are `<name>-primary` and `<name>-secondary`.
   * @param args The vaults' inputs; a value outside the boundary throws before anything registers.
   * @param opts Options of the component, and `secondaryProvider`; children get `{ parent: this }`.
   */
  constructor(name: string, args: CustomerKeyVaultsArgs, opts: CustomerKeyVaultsOptions = {}) {
    const boundary = chosenBoundary(args);
    const planned = planCustomerKeyVaults(name, args, boundary);
    const { secondaryProvider, ...componentOptions } = opts;
    super(componentType("CustomerKeyVaults"), name, {}, withEarlierType("CustomerKeyVaults", componentOptions));

    const [primary, secondary] = planned.map((p) => {
      const provider = p.role === "secondary" ? secondaryProvider : undefined;
      return args.permissionModel === "accessPolicies" ? this.accessPolicyVault(p, args, boundary, provider) : this.rbacVault(p, provider);
    });
    this.name = primary.name;
    this.resourceId = primary.id;
    this.vaultResourceIds = pulumi.all([primary.id, secondary.id]);
    this.keyUris = pulumi.all([primary.keyUri, secondary.keyUri]);
    this.registerOutputs({ name: this.name, resourceId: this.resourceId, vaultResourceIds: this.vaultResourceIds, keyUris: this.keyUris });
  }

  /** A Key Vault component (RBAC); the Microsoft 365 principals are among its role assignments. */
  private rbacVault(p: PlannedVault, provider: pulumi.ProviderResource | undefined): CreatedVault {
    const vault = new KeyVault(p.name, p.args, { parent: this, ...(provider ? { providers: [provider] } : {}) });
    const key = Object.values(vault.keys)[0];
    return { id: vault.resourceId, name: vault.name, keyUri: key.keyUri };
  }

  /** A vault with access policies for the Microsoft 365 principals (the Key Vault component is RBAC-only). */
  private accessPolicyVault(p: PlannedVault, args: CustomerKeyInputs, boundary: Boundary, provider: pulumi.ProviderResource | undefined): CreatedVault {
    const properties = { ...(p.vault.properties as types.input.keyvault.VaultPropertiesArgs), enableRbacAuthorization: false, accessPolicies: customerKeyAccessPolicies(args) };
    const vault = new keyvault.Vault(p.name, { ...p.vault, properties }, { parent: this, provider });
    const spec = p.args.keys![0];
    const key = new keyvault.Key(
      `${p.name}-key-${spec.name}`,
      { resourceGroupName: p.args.resourceGroupName, vaultName: vault.name, keyName: spec.name, properties: { kty: spec.kty, keySize: spec.keySize, keyOps: [...spec.keyOps!], attributes: { enabled: true } }, tags: args.tags },
      { parent: this, provider },
    );
    applyExtensions(this, p.name, vault.id, p.args, boundary);
    return { id: vault.id, name: vault.name, keyUri: key.keyUri };
  }
}
