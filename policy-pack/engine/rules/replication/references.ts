import { ReferenceField } from "../reference-fields";

const SOURCE_FIX = "Create it from a source created in this stack inside the boundary.";
const PARTNER_FIX = "Pair it only with a partner created in this stack inside the boundary.";

/** A copy, replica or restore names its source; its own location is judged by the location policy (V01). */
export const source = (type: string, path: string, what: string, targets: readonly string[]): ReferenceField => ({
  type,
  path,
  what,
  fix: SOURCE_FIX,
  targets,
});

/** A replication destination or failover partner, in a single field or in each entry of `list`. */
export const partner = (type: string, path: string, what: string, targets: readonly string[], list?: string): ReferenceField => ({
  type,
  list,
  path,
  what,
  fix: PARTNER_FIX,
  targets,
});

/** What a copy, secondary or restore of a database does with the data of its source. */
export const COPY_OF_DATABASE = "is a copy, replica or restore of a database in";
/** What a replica or restore of a server does with the data of its source. */
export const COPY_OF_SERVER = "is a replica or restore of a server in";
const COPY_OF_CLUSTER = "is a replica or restore of a cluster in";

/**
 * Inputs holding the id of another resource that holds the same data: replication destinations and partners,
 * and the sources of copies and replicas (a geo-secondary becomes a primary replicating back after a failover).
 * The partner's place is the location of the resource of this stack the id was computed from (vectors.md P6);
 * docs/coverage/replication.md lists the same rows.
 */
export const REPLICATION_REFERENCES: readonly ReferenceField[] = [
  partner("storage:ObjectReplicationPolicy", "destinationAccount", "replicates blobs to", ["storage:StorageAccount"]),
  source("sql:Database", "sourceDatabaseId", COPY_OF_DATABASE, ["sql:Database"]),
  source("synapse:SqlPool", "sourceDatabaseId", COPY_OF_DATABASE, ["synapse:SqlPool"]),
  partner("sql:FailoverGroup", "id", "replicates its databases to", ["sql:Server"], "partnerServers"),
  partner("sql:InstanceFailoverGroup", "partnerManagedInstanceId", "replicates its databases to", ["sql:ManagedInstance"], "managedInstancePairs"),
  source("sql:ManagedInstance", "sourceManagedInstanceId", "is a restore of a managed instance in", ["sql:ManagedInstance"]),
  // The endpoint is an address; only a machine of this stack it was taken from places it.
  partner("sql:DistributedAvailabilityGroup", "partnerEndpoint", "replicates its databases to a SQL Server in", ["compute:VirtualMachine", "network:NetworkInterface", "network:PublicIPAddress"]),
  source("dbforpostgresql:Server", "sourceServerResourceId", COPY_OF_SERVER, ["dbforpostgresql:Server"]),
  source("dbformysql:Server", "sourceServerResourceId", COPY_OF_SERVER, ["dbformysql:Server"]),
  source("dbforpostgresql:SingleServer", "properties.sourceServerId", COPY_OF_SERVER, ["dbforpostgresql:SingleServer"]),
  source("dbformysql:SingleServer", "properties.sourceServerId", COPY_OF_SERVER, ["dbformysql:SingleServer"]),
  source("dbformariadb:Server", "properties.sourceServerId", COPY_OF_SERVER, ["dbformariadb:Server"]),
  source("mongocluster:MongoCluster", "properties.replicaParameters.sourceResourceId", COPY_OF_CLUSTER, ["mongocluster:MongoCluster"]),
  source("mongocluster:MongoCluster", "properties.restoreParameters.sourceResourceId", COPY_OF_CLUSTER, ["mongocluster:MongoCluster"]),
  source("dbforpostgresql:ServerGroupCluster", "sourceResourceId", COPY_OF_CLUSTER, ["dbforpostgresql:ServerGroupCluster"]),
  partner("redis:LinkedServer", "linkedRedisCacheId", "replicates data to", ["redis:Redis"]),
  partner("redis:RedisLinkedServer", "linkedRedisCacheId", "replicates data to", ["redis:Redis"]),
  // A linked database id is the database's own, or built from its cluster's.
  partner("redisenterprise:Database", "id", "replicates data to", ["redisenterprise:Database", "redisenterprise:RedisEnterprise"], "geoReplication.linkedDatabases"),
  partner("eventhub:DisasterRecoveryConfig", "partnerNamespace", "pairs its metadata with a namespace in", ["eventhub:Namespace"]),
  partner("servicebus:DisasterRecoveryConfig", "partnerNamespace", "pairs its metadata with a namespace in", ["servicebus:Namespace"]),
  partner("netapp:CapacityPoolVolume", "dataProtection.replication.remoteVolumeResourceId", "replicates the volume with a volume in", ["netapp:CapacityPoolVolume"]),
  source("kusto:AttachedDatabaseConfiguration", "clusterResourceId", "follows the databases of a cluster in", ["kusto:Cluster"]),
];
