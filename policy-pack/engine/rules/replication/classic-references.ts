import { ReferenceField } from "../reference-fields";
import { COPY_OF_DATABASE, COPY_OF_SERVER, partner, source } from "./references";

// The 5.x `sql` module and the `mssql` module create the same ARM types, so either can be the other's source or partner.
const SQL_DATABASES = ["azure:mssql:Database", "azure:sql:Database"];
const SQL_SERVERS = ["azure:mssql:Server", "azure:sql:SqlServer"];
const MANAGED_INSTANCES = ["azure:mssql:ManagedInstance", "azure:sql:ManagedInstance"];

const FAILOVER = "replicates its databases to";
const GEO_DR = "pairs its metadata with a namespace in";

/**
 * Inputs of classic `@pulumi/azure` resources holding the id of another resource that holds the same data,
 * mirroring the azure-native rows of `references.ts` (vectors.md V06, V08-V12, V18); the targets are classic type
 * keys. docs/coverage/replication.md lists the same rows.
 */
export const CLASSIC_REPLICATION_REFERENCES: readonly ReferenceField[] = [
  // V06
  partner("azure:storage:ObjectReplication", "destinationStorageAccountId", "replicates blobs to", ["azure:storage:Account"]),
  // V08: creationSourceDatabaseId is read only in the copy, secondary and restore modes, like sourceDatabaseId.
  source("azure:mssql:Database", "creationSourceDatabaseId", COPY_OF_DATABASE, SQL_DATABASES),
  source("azure:sql:Database", "sourceDatabaseId", COPY_OF_DATABASE, SQL_DATABASES),
  // V09
  partner("azure:mssql:FailoverGroup", "id", FAILOVER, SQL_SERVERS, "partnerServers"),
  partner("azure:sql:FailoverGroup", "id", FAILOVER, SQL_SERVERS, "partnerServers"),
  partner("azure:mssql:ManagedInstanceFailoverGroup", "partnerManagedInstanceId", FAILOVER, MANAGED_INSTANCES),
  partner("azure:sql:ManagedInstanceFailoverGroup", "partnerManagedInstanceId", FAILOVER, MANAGED_INSTANCES),
  // V10
  source("azure:postgresql:FlexibleServer", "sourceServerId", COPY_OF_SERVER, ["azure:postgresql:FlexibleServer"]),
  source("azure:mysql:FlexibleServer", "sourceServerId", COPY_OF_SERVER, ["azure:mysql:FlexibleServer"]),
  source("azure:postgresql:Server", "creationSourceServerId", COPY_OF_SERVER, ["azure:postgresql:Server"]),
  source("azure:mysql:Server", "creationSourceServerId", COPY_OF_SERVER, ["azure:mysql:Server"]),
  source("azure:mariadb:Server", "creationSourceServerId", COPY_OF_SERVER, ["azure:mariadb:Server"]),
  // V11: a linked database id is the database's own, or built from its cluster's; 6.x Managed Redis links whole caches.
  partner("azure:redis:LinkedServer", "linkedRedisCacheId", "replicates data to", ["azure:redis:Cache"]),
  partner("azure:redis:EnterpriseDatabase", "", "replicates data to", ["azure:redis:EnterpriseDatabase", "azure:redis:EnterpriseCluster"], "linkedDatabaseIds"),
  partner("azure:managedredis:GeoReplication", "", "replicates data to", ["azure:managedredis:ManagedRedis"], "linkedManagedRedisIds"),
  // V12
  partner("azure:eventhub:EventhubNamespaceDisasterRecoveryConfig", "partnerNamespaceId", GEO_DR, ["azure:eventhub:EventHubNamespace"]),
  partner("azure:servicebus:NamespaceDisasterRecoveryConfig", "partnerNamespaceId", GEO_DR, ["azure:servicebus:Namespace"]),
  // V18
  partner("azure:netapp:Volume", "dataProtectionReplication.remoteVolumeResourceId", "replicates the volume with a volume in", ["azure:netapp:Volume"]),
];
