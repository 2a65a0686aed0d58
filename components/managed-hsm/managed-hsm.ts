import * as pulumi from "@pulumi/pulumi";
import * as keyvault from "@pulumi/azure-native/keyvault";
import { chosenBoundary } from "../boundary";
import { componentType, withEarlierType } from "../token";
import { CustomerManagedKeyArgs } from "../interfaces";
import { applyExtensions } from "../shared";
import { buildManagedHsmArgs, ManagedHsmArgs } from "./managed-hsm-args";

/** Options of {@link ManagedHsm.customerManagedKeyFor}. */
export interface ManagedHsmKeyOptions {
  /**
   * Optional. User-assigned identity the consuming resource reads the key with. Grant it the local role Managed HSM
   * Crypto Service Encryption User on the key (a data-plane role assignment, see the doc page). Default: none (the
   * consumer's system-assigned identity).
   */
  readonly userAssignedIdentityResourceId?: pulumi.Input<string>;
  /** Optional. Pin a key version. Default: none, so the consumer follows rotation. */
  readonly keyVersion?: pulumi.Input<string>;
}

/**
 * An Azure Key Vault Managed HSM (single-tenant, FIPS 140-3 level 3 HSM pool) inside the boundary: purge protection
 * (always on), soft delete, public network access off and network rules that deny by default, at least three
 * initial administrators, no replicated region unless one inside the boundary is asked for. Keys are created after
 * the security domain is activated (a data-plane step), so the component creates none.
 */
export class ManagedHsm extends pulumi.ComponentResource {
  /** Azure name of the HSM. */
  public readonly name: pulumi.Output<string>;
  /** Resource id of the HSM. */
  public readonly resourceId: pulumi.Output<string>;
  /** HSM URI (`https://<name>.managedhsm.azure.net/`): the data-plane endpoint for keys and local role assignments. */
  public readonly hsmUri: pulumi.Output<string>;
  /** Principal id of the system-assigned identity, when there is one. */
  public readonly systemAssignedMIPrincipalId: pulumi.Output<string | undefined>;

  /**
   * @param name The unique name of the component; the HSM child is named the same.
   * @param args The HSM's inputs; a value outside the boundary throws before anything registers.
   * @param opts Options of the component; children get `{ parent: this }`.
   */
  constructor(name: string, args: ManagedHsmArgs, opts?: pulumi.ComponentResourceOptions) {
    const boundary = chosenBoundary(args);
    const hsmArgs = buildManagedHsmArgs(name, args, boundary);
    super(componentType("ManagedHsm"), name, {}, withEarlierType("ManagedHsm", opts));

    const hsm = new keyvault.ManagedHsm(name, hsmArgs, { parent: this });
    applyExtensions(this, name, hsm.id, args, boundary);
    this.name = hsm.name;
    this.resourceId = hsm.id;
    // The URI follows from the name; a preview may not know `properties.hsmUri` yet.
    this.hsmUri = pulumi.all([hsm.name, hsm.properties]).apply(([n, p]) => p?.hsmUri ?? `https://${n}.managedhsm.azure.net/`);
    this.systemAssignedMIPrincipalId = hsm.identity.apply((i) => i?.principalId);
    this.registerOutputs({ name: this.name, resourceId: this.resourceId, hsmUri: this.hsmUri, systemAssignedMIPrincipalId: this.systemAssignedMIPrincipalId });
  }

  /**
   * CMK wiring: the `customerManagedKey` input of another component (storage account, SQL, PostgreSQL, ...) for key
   * `keyName` of this HSM, which must already exist: keys are created after the security domain is activated, outside
   * Pulumi (`az keyvault key create --hsm-name ...`).
   */
  public customerManagedKeyFor(keyName: string, options: ManagedHsmKeyOptions = {}): CustomerManagedKeyArgs {
    return {
      keyVaultResourceId: this.resourceId,
      keyVaultUri: this.hsmUri,
      keyName,
      keyVersion: options.keyVersion,
      userAssignedIdentityResourceId: options.userAssignedIdentityResourceId,
    };
  }

  /** The versionless key identifier of key `keyName` (`https://<name>.managedhsm.azure.net/keys/<keyName>`). */
  public keyId(keyName: string): pulumi.Output<string> {
    return this.hsmUri.apply((uri) => `${uri.replace(/\/+$/, "")}/keys/${keyName}`);
  }
}
