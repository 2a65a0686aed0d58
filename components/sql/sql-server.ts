import * as pulumi from "@pulumi/pulumi";
import * as sql from "@pulumi/azure-native/sql";
import { Boundary } from "../../policy-pack/engine";
import { chosenBoundary } from "../boundary";
import { componentType, withEarlierType } from "../token";
import { applyExtensions, createDiagnosticSettings } from "../shared";
import { buildSqlServerPlan, SqlServerArgs, SqlServerPlan } from "./sql-server-args";

/** The databases by name, and every child created with them (databases and their diagnostic settings). */
function createDatabases(parent: pulumi.Resource, name: string, server: sql.Server, plan: SqlServerPlan, args: SqlServerArgs, boundary: Boundary) {
  const databases: Record<string, sql.Database> = {};
  const created: pulumi.Resource[] = [];
  for (const db of plan.databases) {
    const dbName = `${name}-db-${db.name}`;
    databases[db.name] = new sql.Database(dbName, { ...db.args, serverName: server.name }, { parent });
    created.push(databases[db.name], ...createDiagnosticSettings(parent, dbName, databases[db.name].id, args.diagnosticSettings, boundary));
  }
  return { databases, created };
}

function createFailoverGroup(parent: pulumi.Resource, name: string, server: sql.Server, plan: SqlServerPlan, args: SqlServerArgs, databases: sql.Database[]) {
  if (!plan.secondary || !args.failoverGroup) return undefined;
  const secondary = new sql.Server(`${name}-secondary`, plan.secondary, { parent });
  return new sql.FailoverGroup(
    `${name}-fog`,
    {
      resourceGroupName: args.resourceGroupName,
      serverName: server.name,
      failoverGroupName: args.failoverGroup.failoverGroupName,
      partnerServers: [{ id: secondary.id }],
      databases: databases.map((d) => d.id),
      readWriteEndpoint: { failoverPolicy: "Automatic", failoverWithDataLossGracePeriodMinutes: args.failoverGroup.gracePeriodMinutes ?? 60 },
      readOnlyEndpoint: { failoverPolicy: "Disabled" },
      tags: args.tags,
    },
    { parent },
  );
}

/**
 * An Azure SQL logical server with databases whose data and backups stay inside the boundary: backups zone- or
 * locally-redundant (never the geo default), Entra-only authentication by default, TLS 1.2, public network access
 * off, and an optional auto-failover group whose secondary server is inside the boundary. Lock and role
 * assignments apply to the server, diagnostic settings to each database (a logical server has none of its own).
 */
export class SqlServer extends pulumi.ComponentResource {
  /** Azure name of the server. */
  public readonly name: pulumi.Output<string>;
  /** Resource id of the server. */
  public readonly resourceId: pulumi.Output<string>;
  /** Principal id of the system-assigned identity; `undefined` without one. */
  public readonly systemAssignedMIPrincipalId: pulumi.Output<string | undefined>;
  /** `<server>.database.windows.net`. */
  public readonly fullyQualifiedDomainName: pulumi.Output<string>;
  /** Resource ids of the databases, by database name. */
  public readonly databaseIds: Readonly<Record<string, pulumi.Output<string>>>;
  /** Resource id of the failover group; `undefined` without one. */
  public readonly failoverGroupId?: pulumi.Output<string>;

  /**
   * @param name The unique name of the component; children `<name>`, `<name>-db-<db>`, `<name>-secondary`, `<name>-fog`.
   * @param args The server's inputs; a value outside the boundary throws before anything registers.
   * @param opts Options of the component; children get `{ parent: this }`.
   */
  constructor(name: string, args: SqlServerArgs, opts?: pulumi.ComponentResourceOptions) {
    const boundary = chosenBoundary(args);
    const plan = buildSqlServerPlan(name, args, boundary);
    super(componentType("SqlServer"), name, {}, withEarlierType("SqlServer", opts));

    const server = new sql.Server(name, plan.server, { parent: this });
    const { databases, created } = createDatabases(this, name, server, plan, args, boundary);
    const group = createFailoverGroup(this, name, server, plan, args, Object.values(databases));
    const lockAfter = group ? [...created, group] : created;
    applyExtensions(this, name, server.id, { lock: args.lock, roleAssignments: args.roleAssignments }, boundary, undefined, lockAfter);
    this.name = server.name;
    this.resourceId = server.id;
    this.systemAssignedMIPrincipalId = server.identity.apply((i) => i?.principalId);
    this.fullyQualifiedDomainName = server.fullyQualifiedDomainName;
    this.databaseIds = Object.fromEntries(Object.entries(databases).map(([k, d]) => [k, d.id]));
    this.failoverGroupId = group?.id;
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      systemAssignedMIPrincipalId: this.systemAssignedMIPrincipalId,
      fullyQualifiedDomainName: this.fullyQualifiedDomainName,
      databaseIds: this.databaseIds,
      failoverGroupId: this.failoverGroupId,
    });
  }
}
