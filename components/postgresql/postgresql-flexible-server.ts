import * as pulumi from "@pulumi/pulumi";
import * as dbforpostgresql from "@pulumi/azure-native/dbforpostgresql";
import { chosenBoundary } from "../boundary";
import { componentType, withEarlierType } from "../token";
import { applyExtensions } from "../shared";
import { buildPostgreSqlPlan, PostgreSqlFlexibleServerArgs } from "./postgresql-flexible-server-args";

/**
 * An Azure Database for PostgreSQL flexible server whose data and backups stay inside the boundary:
 * geo-redundant backup off by default (on only when the paired region is inside), Entra-only authentication,
 * public network access off, zone-redundant HA where zones exist; optional customer-managed key, Entra
 * administrator, lock, role assignments and diagnostic settings.
 */
export class PostgreSqlFlexibleServer extends pulumi.ComponentResource {
  /** Azure name of the server. */
  public readonly name: pulumi.Output<string>;
  /** Resource id of the server. */
  public readonly resourceId: pulumi.Output<string>;
  /** Principal id of the system-assigned identity; `undefined` without one. */
  public readonly systemAssignedMIPrincipalId: pulumi.Output<string | undefined>;
  /** `<server>.postgres.database.azure.com`. */
  public readonly fullyQualifiedDomainName: pulumi.Output<string>;

  /**
   * @param name The unique name of the component; children `<name>` and `<name>-entra-admin`.
   * @param args The server's inputs; a value outside the boundary throws before anything registers.
   * @param opts Options of the component; children get `{ parent: this }`.
   */
  constructor(name: string, args: PostgreSqlFlexibleServerArgs, opts?: pulumi.ComponentResourceOptions) {
    const boundary = chosenBoundary(args);
    const plan = buildPostgreSqlPlan(name, args, boundary);
    super(componentType("PostgreSqlFlexibleServer"), name, {}, withEarlierType("PostgreSqlFlexibleServer", opts));

    const server = new dbforpostgresql.Server(name, plan.server, { parent: this });
    const admin = plan.admin && new dbforpostgresql.Administrator(`${name}-entra-admin`, { ...plan.admin, serverName: server.name }, { parent: this });
    applyExtensions(this, name, server.id, args, boundary, undefined, admin ? [admin] : []);
    this.name = server.name;
    this.resourceId = server.id;
    this.systemAssignedMIPrincipalId = server.identity.apply((i) => i?.principalId);
    this.fullyQualifiedDomainName = server.fullyQualifiedDomainName;
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      systemAssignedMIPrincipalId: this.systemAssignedMIPrincipalId,
      fullyQualifiedDomainName: this.fullyQualifiedDomainName,
    });
  }
}
