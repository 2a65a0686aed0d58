import * as pulumi from "@pulumi/pulumi";
import * as sql from "@pulumi/azure-native/sql";
import { Boundary } from "../../policy-pack/engine";
import { BoundaryChoiceArgs, CommonArgs, CustomerManagedKeyArgs, ManagedIdentitiesArgs, PublicNetworkAccess } from "../interfaces";
import { assertDistinctRegions, assertTwoRegionsPossible } from "../residency/region-pair";
import {
  assertInputsInBoundary,
  assertPairCopiesInside,
  ComponentArgumentError,
  hasAvailabilityZones,
  identityInput,
  validateDiagnosticSettings,
  validateExtensions,
  withUserAssignedIdentity,
} from "../shared";

/** The type tokens of the children. */
export const SQL_SERVER_TYPE = "azure-native:sql:Server";
export const SQL_DATABASE_TYPE = "azure-native:sql:Database";
export const SQL_FAILOVER_GROUP_TYPE = "azure-native:sql:FailoverGroup";

/** Where a database's backups are kept: the `Geo` kinds keep them in the paired region too. */
export const SqlBackupStorageRedundancy = { Local: "Local", Zone: "Zone", Geo: "Geo", GeoZone: "GeoZone" } as const;
/** One of `SqlBackupStorageRedundancy`. */
export type SqlBackupStorageRedundancy = (typeof SqlBackupStorageRedundancy)[keyof typeof SqlBackupStorageRedundancy];

/** The kind of principal a SQL Entra administrator is. */
export const SqlPrincipalType = { User: "User", Group: "Group", Application: "Application" } as const;
/** One of `SqlPrincipalType`. */
export type SqlPrincipalType = (typeof SqlPrincipalType)[keyof typeof SqlPrincipalType];

/** The SKU of a database. */
export interface SqlDatabaseSkuArgs {
  /** Required. SKU name, such as `GP_Gen5` or `S0`. */
  readonly name: string;
  /** Optional. Tier, such as `GeneralPurpose`. Default: the tier of the name. */
  readonly tier?: string;
  /** Optional. Hardware family, such as `Gen5`. Default: the service's. */
  readonly family?: string;
  /** Optional. vCores or DTUs. Default: the service's. */
  readonly capacity?: number;
}

/** One database on the server. */
export interface SqlDatabaseArgs {
  /** Required. Database name; also the suffix of the child `<name>-db-<dbName>`. */
  readonly name: string;
  /** Optional. SKU. Default General Purpose Gen5, 2 vCores (`{ name: "GP_Gen5", tier: "GeneralPurpose", family: "Gen5", capacity: 2 }`). */
  readonly sku?: SqlDatabaseSkuArgs;
  /**
   * Optional. Where backups (and long-term retention) are kept. Default `Zone` where the location has availability
   * zones, else `Local`; never left unset, because unset means geo-redundant to the paired region. `Geo`/`GeoZone`
   * throw unless the pair is inside the boundary.
   */
  readonly backupStorageRedundancy?: SqlBackupStorageRedundancy;
  /** Optional. Spread replicas over availability zones. Default: true where the location has zones. */
  readonly zoneRedundant?: boolean;
  /** Optional. Maximum size in bytes. Default: the SKU's default. */
  readonly maxSizeBytes?: number;
  /** Optional. Collation. Default `SQL_Latin1_General_CP1_CI_AS` (the service default). */
  readonly collation?: string;
}

/** A Microsoft Entra administrator of the server. */
export interface SqlEntraAdminArgs {
  /** Required. Display name of the user, group or application. */
  readonly login: string;
  /** Required. Object id (SID) of the principal. */
  readonly objectId: pulumi.Input<string>;
  /** Optional. `User`, `Group` or `Application`. Default `Group`. */
  readonly principalType?: SqlPrincipalType;
  /** Optional. Tenant of the principal. Default: the subscription's tenant. */
  readonly tenantId?: pulumi.Input<string>;
}

/** An auto-failover group with a secondary server the component creates in `partnerLocation`. */
export interface SqlFailoverGroupArgs {
  /**
   * Required. Region of the secondary server: inside the boundary and different from `location`. Under CH, DE,
   * FR, NO and SE the only in-country choice is a restricted region (see `restrictedRegionAcknowledged`); under a
   * single-region boundary (nl, ie, pl, it, ...) there is none, and the component throws.
   */
  readonly partnerLocation: string;
  /** Optional. Confirms the subscription has access to a restricted region used as `partnerLocation`. Default false. */
  readonly restrictedRegionAcknowledged?: boolean;
  /** Optional. Azure name of the group (a DNS name, globally unique). Default: auto-named. */
  readonly failoverGroupName?: pulumi.Input<string>;
  /** Optional. Minutes of outage before an automatic failover with data loss. Default 60. */
  readonly gracePeriodMinutes?: number;
}

/** Inputs of `SqlServer`. */
export interface SqlServerArgs extends CommonArgs, BoundaryChoiceArgs {
  /** Optional. Azure name (a DNS name, globally unique). Default: the component name with a random suffix (auto-naming). */
  readonly serverName?: pulumi.Input<string>;
  /** Conditional. Microsoft Entra administrator; required when `administratorLogin` is not set. */
  readonly entraAdmin?: SqlEntraAdminArgs;
  /** Optional. Allow Microsoft Entra authentication only. Default: true when `entraAdmin` is set and `administratorLogin` is not. */
  readonly entraOnlyAuthentication?: boolean;
  /** Conditional. SQL administrator login; required when `entraAdmin` is not set. */
  readonly administratorLogin?: string;
  /** Conditional. SQL administrator password; required with `administratorLogin`. */
  readonly administratorLoginPassword?: pulumi.Input<string>;
  /** Optional. `Enabled` or `Disabled`. Default `Disabled`: reach the server through private endpoints. */
  readonly publicNetworkAccess?: PublicNetworkAccess;
  /** Optional. Databases on the server. Default: none. */
  readonly databases?: SqlDatabaseArgs[];
  /** Optional. Auto-failover group with an in-boundary secondary server. Default: none. */
  readonly failoverGroup?: SqlFailoverGroupArgs;
  /** Optional. Managed identities of the server (and of the secondary). Default: none. */
  readonly managedIdentities?: ManagedIdentitiesArgs;
  /**
   * Optional. TDE protector from a customer-managed key (see `KeyVault.customerManagedKeyFor`). Requires
   * `userAssignedIdentityResourceId`, used as the server's primary identity. Default: service-managed TDE.
   */
  readonly customerManagedKey?: CustomerManagedKeyArgs;
}

/** The planned children. */
export interface SqlServerPlan {
  readonly server: sql.ServerArgs;
  /** The secondary server's inputs (the primary's at `partnerLocation`), with a failover group. */
  readonly secondary?: sql.ServerArgs;
  readonly databases: readonly { readonly name: string; readonly args: Omit<sql.DatabaseArgs, "serverName"> }[];
}

function administrators(name: string, args: SqlServerArgs): Pick<sql.ServerArgs, "administrators" | "administratorLogin" | "administratorLoginPassword"> {
  const entraOnly = args.entraOnlyAuthentication ?? (args.entraAdmin !== undefined && args.administratorLogin === undefined);
  if (!args.entraAdmin && args.administratorLogin === undefined) {
    throw new ComponentArgumentError(`SQL server '${name}' has no administrator. Set entraAdmin (Entra-only by default), or administratorLogin and administratorLoginPassword.`);
  }
  if (entraOnly && !args.entraAdmin) throw new ComponentArgumentError(`SQL server '${name}' has entraOnlyAuthentication without entraAdmin. Set entraAdmin.`);
  if (entraOnly && args.administratorLogin !== undefined) {
    throw new ComponentArgumentError(`SQL server '${name}' sets administratorLogin with entraOnlyAuthentication, which disables SQL logins. Drop administratorLogin or set entraOnlyAuthentication to false.`);
  }
  if (args.administratorLogin !== undefined && args.administratorLoginPassword === undefined) {
    throw new ComponentArgumentError(`SQL server '${name}' sets administratorLogin without administratorLoginPassword. Set administratorLoginPassword (a secret).`);
  }
  const admin = args.entraAdmin;
  return {
    administratorLogin: args.administratorLogin,
    administratorLoginPassword: args.administratorLoginPassword,
    administrators: admin && {
      administratorType: "ActiveDirectory",
      login: admin.login,
      sid: admin.objectId,
      principalType: admin.principalType ?? "Group",
      tenantId: admin.tenantId,
      azureADOnlyAuthentication: entraOnly,
    },
  };
}

function encryption(name: string, cmk: CustomerManagedKeyArgs | undefined): Pick<sql.ServerArgs, "keyId" | "primaryUserAssignedIdentityId"> {
  if (!cmk) return {};
  if (cmk.userAssignedIdentityResourceId === undefined) {
    throw new ComponentArgumentError(
      `SQL server '${name}' can use a customer-managed key at creation only through a user-assigned identity. ` +
        "Set customerManagedKey.userAssignedIdentityResourceId, and grant that identity Key Vault Crypto Service Encryption User on the vault.",
    );
  }
  const uri = pulumi.output(cmk.keyVaultUri).apply((u) => u.replace(/\/?$/, "/"));
  const version = cmk.keyVersion === undefined ? "" : pulumi.interpolate`/${cmk.keyVersion}`;
  return { keyId: pulumi.interpolate`${uri}keys/${cmk.keyName}${version}`, primaryUserAssignedIdentityId: cmk.userAssignedIdentityResourceId };
}

function databaseArgs(args: SqlServerArgs, db: SqlDatabaseArgs): Omit<sql.DatabaseArgs, "serverName"> {
  const zones = hasAvailabilityZones(args.location);
  return {
    resourceGroupName: args.resourceGroupName,
    databaseName: db.name,
    location: args.location,
    tags: args.tags,
    sku: db.sku ? { ...db.sku } : { name: "GP_Gen5", tier: "GeneralPurpose", family: "Gen5", capacity: 2 },
    requestedBackupStorageRedundancy: db.backupStorageRedundancy ?? (zones ? "Zone" : "Local"),
    zoneRedundant: db.zoneRedundant ?? zones,
    maxSizeBytes: db.maxSizeBytes,
    collation: db.collation,
  };
}

function checkDatabases(name: string, args: SqlServerArgs, boundary: Boundary): void {
  const names = (args.databases ?? []).map((d) => d.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new ComponentArgumentError(`SQL server '${name}' lists database '${twice}' twice; database names must be unique.`);
  if ((args.diagnosticSettings?.length ?? 0) > 0 && names.length === 0) {
    throw new ComponentArgumentError(`SQL server '${name}' has diagnosticSettings but no databases; a logical server has no diagnostic settings of its own. Add databases or drop diagnosticSettings.`);
  }
  validateExtensions(name, { lock: args.lock, roleAssignments: args.roleAssignments }, boundary);
  for (const db of names) validateDiagnosticSettings(`${name}-db-${db}`, args.diagnosticSettings, boundary);
}

function secondaryServer(name: string, args: SqlServerArgs, server: sql.ServerArgs, boundary: Boundary): sql.ServerArgs | undefined {
  const group = args.failoverGroup;
  if (!group) return undefined;
  const subject = {
    who: `SQL server '${name}'`,
    need: "a failover group needs its secondary server in another region",
    inputs: ["location", "failoverGroup.partnerLocation"] as const,
    acknowledgeInput: "failoverGroup.restrictedRegionAcknowledged",
  };
  assertTwoRegionsPossible(subject, boundary);
  const serverName = args.serverName === undefined ? undefined : pulumi.interpolate`${args.serverName}-secondary`;
  const secondary: sql.ServerArgs = { ...server, serverName, location: group.partnerLocation };
  assertInputsInBoundary(SQL_SERVER_TYPE, `${name}-secondary`, secondary, boundary);
  assertDistinctRegions(subject, [args.location, group.partnerLocation], group.restrictedRegionAcknowledged === true, boundary);
  return secondary;
}

/**
 * The server's, databases' and secondary server's inputs: Entra-only authentication by default, TLS 1.2, public
 * network access off, backups zone- or locally-redundant (never unset), a failover partner only inside the
 * boundary. Checks everything before anything registers.
 */
export function buildSqlServerPlan(name: string, args: SqlServerArgs, boundary: Boundary): SqlServerPlan {
  checkDatabases(name, args, boundary);
  const identities = withUserAssignedIdentity(args.managedIdentities, args.customerManagedKey?.userAssignedIdentityResourceId);
  const server: sql.ServerArgs = {
    resourceGroupName: args.resourceGroupName,
    serverName: args.serverName,
    location: args.location,
    tags: args.tags,
    version: "12.0",
    minimalTlsVersion: "1.2",
    publicNetworkAccess: args.publicNetworkAccess ?? "Disabled",
    identity: identityInput(identities, { kind: "SQL server" }),
    ...administrators(name, args),
    ...encryption(name, args.customerManagedKey),
  };
  assertInputsInBoundary(SQL_SERVER_TYPE, name, server, boundary);
  const databases = (args.databases ?? []).map((db) => ({ name: db.name, args: databaseArgs(args, db) }));
  for (const db of databases) {
    assertInputsInBoundary(SQL_DATABASE_TYPE, `${name}-db-${db.name}`, db.args, boundary);
    assertPairCopiesInside(SQL_DATABASE_TYPE, `${name}-db-${db.name}`, db.args, boundary);
  }
  return { server, secondary: secondaryServer(name, args, server, boundary), databases };
}
