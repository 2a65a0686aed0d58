import * as pulumi from "@pulumi/pulumi";
import * as cosmosdb from "@pulumi/azure-native/cosmosdb";
import { chosenBoundary } from "../boundary";
import { componentType, withEarlierType } from "../token";
import { applyExtensions } from "../shared";
import { buildCosmosDbAccountArgs, CosmosDbAccountArgs } from "./cosmos-db-account-args";

/**
 * A Cosmos DB account whose every region is inside the boundary, with backups that stay there: periodic backups
 * zone- or locally-redundant by default (geo only when the pair is inside) or continuous backup; Entra ID only,
 * TLS 1.2, public network access off; optional customer-managed key, lock, role assignments, diagnostics.
 */
export class CosmosDbAccount extends pulumi.ComponentResource {
  /** Azure name of the account. */
  public readonly name: pulumi.Output<string>;
  /** Resource id of the account. */
  public readonly resourceId: pulumi.Output<string>;
  /** Principal id of the system-assigned identity; `undefined` without one. */
  public readonly systemAssignedMIPrincipalId: pulumi.Output<string | undefined>;
  /** Document endpoint (`https://<account>.documents.azure.com:443/`). */
  public readonly documentEndpoint: pulumi.Output<string>;

  /**
   * @param name The unique name of the component; the account child is named the same.
   * @param args The account's inputs; a value outside the boundary throws before anything registers.
   * @param opts Options of the component; children get `{ parent: this }`.
   */
  constructor(name: string, args: CosmosDbAccountArgs, opts?: pulumi.ComponentResourceOptions) {
    const boundary = chosenBoundary(args);
    const inputs = buildCosmosDbAccountArgs(name, args, boundary);
    super(componentType("CosmosDbAccount"), name, {}, withEarlierType("CosmosDbAccount", opts));

    const account = new cosmosdb.DatabaseAccount(name, inputs, { parent: this });
    applyExtensions(this, name, account.id, args, boundary);
    this.name = account.name;
    this.resourceId = account.id;
    this.systemAssignedMIPrincipalId = account.identity.apply((i) => i?.principalId);
    this.documentEndpoint = account.documentEndpoint;
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      systemAssignedMIPrincipalId: this.systemAssignedMIPrincipalId,
      documentEndpoint: this.documentEndpoint,
    });
  }
}
