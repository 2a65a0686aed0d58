/**
 * Classic `@pulumi/azure` child types that hold or process data inside a parent resource and have no `location` input
 * of their own (vectors.md V02): the input(s) that name the parent, and the classic types the parent can be. The
 * engine places such a child where its parent is (`engine/primary-location.ts`), instead of where its resource group
 * is, or nowhere when it has no group.
 *
 * Source: the `<Type>Args` of `@pulumi/azure` 5.89.2 (installed as `pulumi-azure-classic`) and 6.40.0 (`npm pack
 * @pulumi/azure@6`). Candidates are the types whose Args have no `location` and an input naming another resource;
 * `npx tsx scripts/classic-parent-candidates.ts <sdk dir>` lists them and checks every row against that SDK, and
 * `test/catalog/classic-parents.test.ts` checks the rows against the installed 5.89.2.
 *
 * Curated to the children that hold data (databases, containers, queues, secrets, tables, entities, files, backups
 * of a vault) or run over it (model deployments, Spark and SQL pools, AKS node pools, container apps, app slots). Left out, because they hold no data of their own: extension
 * resources that attach to any resource (role assignments, locks, diagnostic settings, policy assignments) and
 * metadata children (firewall, network and virtual network rules, configurations, administrators, authorization
 * rules, consumer groups, security alert and auditing policies, vulnerability assessments, customer-managed key
 * bindings, access policies, certificate issuers and contacts, Cosmos DB stored procedures, triggers, functions and
 * role definitions, saved searches, query-pack queries, analytics items, API keys and smart detection rules of
 * Application Insights). Parents that have a `location` of their own (Kusto databases, Redis caches, Search services,
 * the legacy `azure:sql:Database`) are located by it, not here. Data movers between two resources (object
 * replication, data export rules, failover groups, linked services) are judged by the rule families of their
 * references.
 */

/** Which version of the classic SDK has an input or a type, when only one of them does. */
export type ClassicSdkMajor = "5.x" | "6.x";

/** A parent a classic child can live in. */
export interface ClassicParentKind {
  /** The classic type keys the parent input can point at (`azure:mssql:Server`, and the legacy `azure:sql:SqlServer`). */
  readonly types: readonly string[];
  /**
   * The parent's ARM type (`Microsoft.Sql/servers`): the azure-native module it maps to finds a parent named by a
   * literal name among the `boundary.externalResources` declarations, as it does for azure-native children.
   */
  readonly armType: string;
}

/** One input of a classic child that names its parent. */
export interface ClassicParentInput {
  /** The input, e.g. `serverId` or `storageAccountName`. */
  readonly input: string;
  /**
   * `id`: the parent's id (an ARM id, except for the data-plane URLs of storage shares and tables). `name`: the parent's name, in the child's `resourceGroupName` when the child type
   * has one (else the name is unique across the subscription, as storage account names are).
   */
  readonly holds: "id" | "name";
  /** The parent the input points at. */
  readonly parent: ClassicParentKind;
  /** The classic SDK version that has this input, when only one does (`storageAccountId` of a container: 6.x). */
  readonly only?: ClassicSdkMajor;
}

/** A classic child type and the inputs that name its parent, in order of preference. */
export interface ClassicChildType {
  /** Classic type key, `azure:<module>:<Type>`. */
  readonly type: string;
  readonly inputs: readonly ClassicParentInput[];
  /** The classic SDK version that has this type, when only one does. */
  readonly only?: ClassicSdkMajor;
}

const parent = (armType: string, ...types: string[]): ClassicParentKind => ({ types, armType });

const SQL_SERVER = parent("Microsoft.Sql/servers", "azure:mssql:Server", "azure:sql:SqlServer");
const SQL_MANAGED_INSTANCE = parent("Microsoft.Sql/managedInstances", "azure:mssql:ManagedInstance", "azure:sql:ManagedInstance");
const STORAGE_ACCOUNT = parent("Microsoft.Storage/storageAccounts", "azure:storage:Account");
const BLOB_CONTAINER = parent("Microsoft.Storage/storageAccounts/blobServices/containers", "azure:storage:Container");
const FILE_SHARE = parent("Microsoft.Storage/storageAccounts/fileServices/shares", "azure:storage:Share");
const STORAGE_TABLE = parent("Microsoft.Storage/storageAccounts/tableServices/tables", "azure:storage:Table");
const COSMOS_ACCOUNT = parent("Microsoft.DocumentDB/databaseAccounts", "azure:cosmosdb:Account");
const CASSANDRA_KEYSPACE = parent("Microsoft.DocumentDB/databaseAccounts/cassandraKeyspaces", "azure:cosmosdb:CassandraKeyspace");
const KEY_VAULT = parent("Microsoft.KeyVault/vaults", "azure:keyvault:KeyVault");
const MANAGED_HSM = parent("Microsoft.KeyVault/managedHSMs", "azure:keyvault:ManagedHardwareSecurityModule");
const POSTGRESQL_SERVER = parent("Microsoft.DBforPostgreSQL/servers", "azure:postgresql:Server");
const POSTGRESQL_FLEXIBLE_SERVER = parent("Microsoft.DBforPostgreSQL/flexibleServers", "azure:postgresql:FlexibleServer");
const MYSQL_SERVER = parent("Microsoft.DBforMySQL/servers", "azure:mysql:Server");
const MYSQL_FLEXIBLE_SERVER = parent("Microsoft.DBforMySQL/flexibleServers", "azure:mysql:FlexibleServer");
const MARIADB_SERVER = parent("Microsoft.DBforMariaDB/servers", "azure:mariadb:Server");
/** `azure:eventhub:Namespace` is the classic SDK's deprecated alias of the Service Bus namespace. */
const SERVICEBUS_NAMESPACE = parent("Microsoft.ServiceBus/namespaces", "azure:servicebus:Namespace", "azure:eventhub:Namespace");
const SERVICEBUS_TOPIC = parent("Microsoft.ServiceBus/namespaces/topics", "azure:servicebus:Topic", "azure:eventhub:Topic");
const EVENTHUB_NAMESPACE = parent("Microsoft.EventHub/namespaces", "azure:eventhub:EventHubNamespace");
const COGNITIVE_ACCOUNT = parent("Microsoft.CognitiveServices/accounts", "azure:cognitive:Account", "azure:cognitive:AIServices");
const SYNAPSE_WORKSPACE = parent("Microsoft.Synapse/workspaces", "azure:synapse:Workspace");
const REDIS_ENTERPRISE_CLUSTER = parent("Microsoft.Cache/redisEnterprise", "azure:redis:EnterpriseCluster");
const APP_CONFIGURATION_STORE = parent("Microsoft.AppConfiguration/configurationStores", "azure:appconfiguration:ConfigurationStore");
const KUBERNETES_CLUSTER = parent("Microsoft.ContainerService/managedClusters", "azure:containerservice:KubernetesCluster");
const CONTAINER_APP_ENVIRONMENT = parent("Microsoft.App/managedEnvironments", "azure:containerapp:Environment");
const FUNCTION_APP = parent("Microsoft.Web/sites", "azure:appservice:LinuxFunctionApp", "azure:appservice:WindowsFunctionApp", "azure:appservice:FunctionApp");
const WEB_APP = parent("Microsoft.Web/sites", "azure:appservice:LinuxWebApp", "azure:appservice:WindowsWebApp", "azure:appservice:AppService");
const RECOVERY_VAULT = parent("Microsoft.RecoveryServices/vaults", "azure:recoveryservices:Vault");
const RESTORE_POINT_COLLECTION = parent("Microsoft.Compute/restorePointCollections", "azure:compute:RestorePointCollection");
const LOG_ANALYTICS_WORKSPACE = parent("Microsoft.OperationalInsights/workspaces", "azure:operationalinsights:AnalyticsWorkspace");

const byId = (input: string, of: ClassicParentKind, only?: ClassicSdkMajor): ClassicParentInput => ({ input, holds: "id", parent: of, ...(only && { only }) });
const byName = (input: string, of: ClassicParentKind, only?: ClassicSdkMajor): ClassicParentInput => ({ input, holds: "name", parent: of, ...(only && { only }) });

/** Rows of types that share their parent inputs. */
const children = (types: readonly string[], inputs: readonly ClassicParentInput[], only?: ClassicSdkMajor): ClassicChildType[] =>
  types.map((type) => ({ type, inputs, ...(only && { only }) }));

/** Containers, queues, shares and tables of a storage account: by name in 5.x, by name or id in 6.x. */
const STORAGE_ACCOUNT_INPUTS = [byId("storageAccountId", STORAGE_ACCOUNT, "6.x"), byName("storageAccountName", STORAGE_ACCOUNT)];

/** Directories and files of a file share: by id (deprecated in 6.x) or, in 6.x, by URL. */
const SHARE_INPUTS = [byId("storageShareId", FILE_SHARE), byId("storageShareUrl", FILE_SHARE, "6.x")];

/** The reviewed classic child types (V02), keyed by their classic type key in {@link CLASSIC_CHILD_TYPES}. */
const ROWS: readonly ClassicChildType[] = [
  // SQL: databases live in their server or managed instance.
  ...children(["azure:mssql:Database"], [byId("serverId", SQL_SERVER)]),
  ...children(["azure:mssql:ManagedDatabase"], [byId("managedInstanceId", SQL_MANAGED_INSTANCE)]),
  // Storage: data-plane children of an account.
  ...children(["azure:storage:Container", "azure:storage:Queue", "azure:storage:Share", "azure:storage:Table"], STORAGE_ACCOUNT_INPUTS),
  ...children(["azure:storage:Blob", "azure:storage:ZipBlob"], [byId("storageContainerId", BLOB_CONTAINER, "6.x"), byName("storageAccountName", STORAGE_ACCOUNT)]),
  ...children(["azure:storage:DataLakeGen2Filesystem", "azure:storage:DataLakeGen2Path"], [byId("storageAccountId", STORAGE_ACCOUNT)]),
  // A share's `id` and `url` are data-plane URLs, not ARM ids: only a dependency on the share places them.
  ...children(["azure:storage:ShareDirectory"], [...SHARE_INPUTS, byName("storageAccountName", STORAGE_ACCOUNT, "5.x")]),
  ...children(["azure:storage:ShareFile"], SHARE_INPUTS),
  ...children(["azure:storage:TableEntity"], [byId("storageTableId", STORAGE_TABLE), byName("storageAccountName", STORAGE_ACCOUNT, "5.x")]),
  // Cosmos DB: the databases, containers, collections, keyspaces, graphs and tables of every API.
  ...children(
    [
      "azure:cosmosdb:SqlDatabase",
      "azure:cosmosdb:SqlContainer",
      "azure:cosmosdb:MongoDatabase",
      "azure:cosmosdb:MongoCollection",
      "azure:cosmosdb:CassandraKeyspace",
      "azure:cosmosdb:GremlinDatabase",
      "azure:cosmosdb:GremlinGraph",
      "azure:cosmosdb:Table",
    ],
    [byName("accountName", COSMOS_ACCOUNT)],
  ),
  ...children(["azure:cosmosdb:CassandraTable"], [byId("cassandraKeyspaceId", CASSANDRA_KEYSPACE)]),
  // Key Vault: secrets, keys and certificates (`Certifiate` is the SDK's deprecated misspelt alias).
  ...children(
    ["azure:keyvault:Secret", "azure:keyvault:Key", "azure:keyvault:Certificate", "azure:keyvault:Certifiate", "azure:keyvault:ManagedStorageAccount"],
    [byId("keyVaultId", KEY_VAULT)],
  ),
  ...children(["azure:keyvault:ManagedHardwareSecurityModuleKey"], [byId("managedHsmId", MANAGED_HSM)]),
  // PostgreSQL, MySQL and MariaDB databases.
  ...children(["azure:postgresql:Database"], [byName("serverName", POSTGRESQL_SERVER)]),
  ...children(["azure:postgresql:FlexibleServerDatabase"], [byId("serverId", POSTGRESQL_FLEXIBLE_SERVER)]),
  ...children(["azure:mysql:Database"], [byName("serverName", MYSQL_SERVER)], "5.x"),
  ...children(["azure:mysql:FlexibleDatabase"], [byName("serverName", MYSQL_FLEXIBLE_SERVER)]),
  ...children(["azure:mariadb:Database"], [byName("serverName", MARIADB_SERVER)], "5.x"),
  // Service Bus and Event Hubs entities (the `azure:eventhub` queue, topic and subscription are deprecated aliases).
  ...children(["azure:servicebus:Queue", "azure:servicebus:Topic", "azure:eventhub:Queue", "azure:eventhub:Topic"], [byId("namespaceId", SERVICEBUS_NAMESPACE)]),
  ...children(["azure:servicebus:Subscription", "azure:eventhub:Subscription"], [byId("topicId", SERVICEBUS_TOPIC)]),
  ...children(["azure:eventhub:EventHub"], [byId("namespaceId", EVENTHUB_NAMESPACE, "6.x"), byName("namespaceName", EVENTHUB_NAMESPACE)]),
  // AI model deployments run in their account.
  ...children(["azure:cognitive:Deployment"], [byId("cognitiveAccountId", COGNITIVE_ACCOUNT)]),
  // Synapse pools, Redis Enterprise databases, App Configuration keys and features.
  ...children(["azure:synapse:SqlPool", "azure:synapse:SparkPool"], [byId("synapseWorkspaceId", SYNAPSE_WORKSPACE)]),
  ...children(["azure:redis:EnterpriseDatabase"], [byId("clusterId", REDIS_ENTERPRISE_CLUSTER)]),
  ...children(["azure:appconfiguration:ConfigurationKey", "azure:appconfiguration:ConfigurationFeature"], [byId("configurationStoreId", APP_CONFIGURATION_STORE)]),
  // Compute that runs in its parent: AKS node pools, container apps in their environment, app and function slots.
  ...children(["azure:containerservice:KubernetesClusterNodePool"], [byId("kubernetesClusterId", KUBERNETES_CLUSTER)]),
  ...children(["azure:containerapp:App"], [byId("containerAppEnvironmentId", CONTAINER_APP_ENVIRONMENT)]),
  ...children(["azure:appservice:LinuxFunctionAppSlot", "azure:appservice:WindowsFunctionAppSlot"], [byId("functionAppId", FUNCTION_APP)]),
  ...children(["azure:appservice:LinuxWebAppSlot", "azure:appservice:WindowsWebAppSlot"], [byId("appServiceId", WEB_APP)]),
  // Backups and restore points are kept in their vault or collection.
  ...children(["azure:backup:ProtectedVM", "azure:backup:ProtectedFileShare"], [byName("recoveryVaultName", RECOVERY_VAULT)]),
  ...children(["azure:compute:RestorePoint"], [byId("virtualMachineRestorePointCollectionId", RESTORE_POINT_COLLECTION)]),
  // Log Analytics: tables and the data sources that collect into the workspace.
  ...children(["azure:loganalytics:WorkspaceTable", "azure:loganalytics:StorageInsights"], [byId("workspaceId", LOG_ANALYTICS_WORKSPACE)]),
  ...children(["azure:loganalytics:WorkspaceTableCustomLog", "azure:loganalytics:WorkspaceTableMicrosoft"], [byId("workspaceId", LOG_ANALYTICS_WORKSPACE)], "6.x"),
  ...children(
    ["azure:loganalytics:DataSourceWindowsEvent", "azure:loganalytics:DataSourceWindowsPerformanceCounter"],
    [byName("workspaceName", LOG_ANALYTICS_WORKSPACE)],
  ),
];

/** The classic child types located through their parent, by classic type key (`azure:mssql:Database`). */
export const CLASSIC_CHILD_TYPES: ReadonlyMap<string, ClassicChildType> = new Map(ROWS.map((row) => [row.type, row]));
