import * as pulumi from "@pulumi/pulumi";
import * as storage from "@pulumi/azure-native/storage";
import { chosenBoundary } from "../boundary";
import { componentType, withEarlierType } from "../token";
import { applyExtensions } from "../shared";
import { buildStorageAccountArgs, StorageAccountArgs } from "./storage-account-args";

/**
 * A storage account that keeps its data inside the boundary: zone- or locally-redundant by default, geo-redundant
 * only when the paired region is inside, no cross-tenant object replication, TLS 1.2, HTTPS only, no public blob
 * access, Entra ID authorization; optional customer-managed key, lock, role assignments and diagnostic settings
 * (account-level metrics; storage accounts have no account-level resource logs).
 */
export class StorageAccount extends pulumi.ComponentResource {
  /** Azure name of the account. */
  public readonly name: pulumi.Output<string>;
  /** Resource id of the account. */
  public readonly resourceId: pulumi.Output<string>;
  /** Principal id of the system-assigned identity; `undefined` without one. */
  public readonly systemAssignedMIPrincipalId: pulumi.Output<string | undefined>;
  /** Replication SKU the account was built with (after defaults). */
  public readonly skuName: pulumi.Output<string>;

  /**
   * @param name The unique name of the component; the account child is named the same.
   * @param args The account's inputs; a value outside the boundary throws before anything registers.
   * @param opts Options of the component; children get `{ parent: this }`.
   */
  constructor(name: string, args: StorageAccountArgs, opts?: pulumi.ComponentResourceOptions) {
    const boundary = chosenBoundary(args);
    const inputs = buildStorageAccountArgs(name, args, boundary);
    super(componentType("StorageAccount"), name, {}, withEarlierType("StorageAccount", opts));

    const account = new storage.StorageAccount(name, inputs, { parent: this });
    applyExtensions(this, name, account.id, args, boundary, { logs: false, metrics: true });
    this.name = account.name;
    this.resourceId = account.id;
    this.systemAssignedMIPrincipalId = account.identity.apply((i) => i?.principalId);
    this.skuName = account.sku.apply((s) => s.name);
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      systemAssignedMIPrincipalId: this.systemAssignedMIPrincipalId,
      skuName: this.skuName,
    });
  }
}
