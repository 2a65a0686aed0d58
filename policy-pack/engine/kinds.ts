import { TypeToken } from "./tokens";

/** Names reviewers know better than the SDK's class names. */
const KIND_NAMES: Readonly<Record<string, string>> = {
  "resources:ResourceGroup": "Resource group",
  "cosmosdb:DatabaseAccount": "Cosmos DB account",
  "cognitiveservices:Account": "AI Services account",
  "cognitiveservices:Deployment": "AI model deployment",
  "sql:Server": "SQL server",
  "sql:Database": "SQL database",
  "keyvault:Vault": "Key Vault",
  "cdn:Profile": "CDN / Front Door profile",
  "frontdoor:FrontDoor": "Front Door",
  "botservice:Bot": "Bot",
  "monitor:ActionGroup": "Action group",
  "communication:CommunicationService": "Communication Services resource",
  "communication:EmailService": "Email Communication Services resource",
  "maps:Account": "Azure Maps account",
  "botservice:Channel": "Bot channel",
  "applicationinsights:WebTest": "Availability test",
  "web:StaticSite": "Static Web App",
  "datafactory:IntegrationRuntime": "Data Factory integration runtime",
  "synapse:IntegrationRuntime": "Synapse integration runtime",
  "azureactivedirectory:B2CTenant": "Azure AD B2C tenant",
  "azureactivedirectory:CIAMTenant": "External ID tenant",
  "powerplatform:EnterprisePolicy": "Power Platform enterprise policy",
  "iothub:IotHubResource": "IoT hub",
  "deviceprovisioningservices:IotDpsResource": "IoT Hub Device Provisioning Service",
  "eventgrid:Topic": "Event Grid topic",
  "eventgrid:Domain": "Event Grid domain",
  "azuresphere:DeviceGroup": "Azure Sphere device group",
  "azuresphere:Image": "Azure Sphere image",
  "azureplaywrightservice:Account": "Playwright Testing account",
  "loadtestservice:PlaywrightWorkspace": "Playwright workspace",
  "machinelearningservices:Registry": "Machine Learning registry",
  "devcenter:Pool": "Dev Box pool",
  "workloads:Monitor": "Azure Monitor for SAP solutions",
  "networkcloud:Cluster": "Operator Nexus cluster",
  "sql:ManagedInstance": "SQL managed instance",
  "dbforpostgresql:Server": "PostgreSQL flexible server",
  "dbformysql:Server": "MySQL flexible server",
  "dbforpostgresql:ServerGroupCluster": "Cosmos DB for PostgreSQL cluster",
  "redis:Redis": "Redis cache",
  "redisenterprise:Database": "Redis Enterprise database",
  "redisenterprise:RedisEnterprise": "Redis Enterprise cluster",
  "servicebus:Namespace": "Service Bus namespace",
  "eventhub:Namespace": "Event Hubs namespace",
  "notificationhubs:Namespace": "Notification Hubs namespace",
  "recoveryservices:Vault": "Recovery Services vault",
  "apimanagement:ApiManagementService": "API Management service",
  "databox:Job": "Data Box job",
  "synapse:SqlPool": "Synapse dedicated SQL pool",
  "dbforpostgresql:SingleServer": "PostgreSQL single server",
  "dbformysql:SingleServer": "MySQL single server",
  "dbformariadb:Server": "MariaDB server",
  "redis:LinkedServer": "Redis linked server",
  "keyvault:ManagedHsm": "Managed HSM",
  "containerregistry:Replication": "Container registry replica",
  "aad:DomainService": "Entra Domain Services domain",
  "eventhub:DisasterRecoveryConfig": "Event Hubs geo-DR alias",
  "servicebus:DisasterRecoveryConfig": "Service Bus geo-DR alias",
  "applicationinsights:Component": "Application Insights component",
  "resources:AzureCliScript": "Azure CLI deployment script",
  "resources:AzurePowerShellScript": "Azure PowerShell deployment script",
  "datadog:Monitor": "Datadog monitor",
  "elastic:Monitor": "Elastic monitor",
  // classic @pulumi/azure: replication
  "azure:cosmosdb:Account": "Cosmos DB account",
  "azure:mssql:Database": "SQL database",
  "azure:mssql:Server": "SQL server",
  "azure:sql:SqlServer": "SQL server",
  "azure:mssql:ManagedInstance": "SQL managed instance",
  "azure:mssql:FailoverGroup": "SQL failover group",
  "azure:sql:FailoverGroup": "SQL failover group",
  "azure:mssql:ManagedInstanceFailoverGroup": "SQL managed instance failover group",
  "azure:sql:ManagedInstanceFailoverGroup": "SQL managed instance failover group",
  "azure:postgresql:FlexibleServer": "PostgreSQL flexible server",
  "azure:mysql:FlexibleServer": "MySQL flexible server",
  "azure:postgresql:Server": "PostgreSQL single server",
  "azure:mysql:Server": "MySQL single server",
  "azure:mariadb:Server": "MariaDB server",
  "azure:redis:Cache": "Redis cache",
  "azure:redis:EnterpriseCluster": "Redis Enterprise cluster",
  "azure:redis:EnterpriseDatabase": "Redis Enterprise database",
  "azure:managedredis:ManagedRedis": "Managed Redis cache",
  "azure:managedredis:GeoReplication": "Managed Redis geo-replication group",
  "azure:eventhub:EventHubNamespace": "Event Hubs namespace",
  "azure:eventhub:EventhubNamespaceDisasterRecoveryConfig": "Event Hubs geo-DR alias",
  "azure:servicebus:NamespaceDisasterRecoveryConfig": "Service Bus geo-DR alias",
  "azure:notificationhub:Namespace": "Notification Hubs namespace",
  "azure:containerservice:Registry": "Container registry",
  "azure:appconfiguration:ConfigurationStore": "App Configuration store",
  "azure:apimanagement:Service": "API Management service",
  "azure:dataprotection:BackupVault": "Data Protection backup vault",
  "azure:netapp:Volume": "NetApp volume",
  "azure:storage:Account": "Storage account",
  "azure:storage:ObjectReplication": "Object replication policy",
  // classic @pulumi/azure: telemetry, data-location (and V21, V25 of processing)
  "azure:operationalinsights:AnalyticsWorkspace": "Log Analytics workspace",
  "azure:eventhub:EventHubNamespaceAuthorizationRule": "Event Hubs namespace authorization rule",
  "azure:monitoring:AadDiagnosticSetting": "Entra ID diagnostic setting",
  "azure:monitoring:LogProfile": "Activity log profile",
  "azure:monitoring:Workspace": "Azure Monitor workspace",
  "azure:appinsights:Insights": "Application Insights component",
  "azure:appinsights:WebTest": "Availability test",
  "azure:appinsights:StandardWebTest": "Standard availability test",
  "azure:communication:Service": "Communication Services resource",
  "azure:bot:ServiceAzureBot": "Azure bot",
  "azure:bot:ChannelsRegistration": "Bot channels registration",
  "azure:bot:ChannelAlexa": "Alexa bot channel",
  "azure:bot:ChannelDirectLine": "Direct Line bot channel",
  "azure:bot:ChannelDirectLineSpeech": "Direct Line Speech bot channel",
  "azure:bot:ChannelEmail": "Email bot channel",
  "azure:bot:ChannelFacebook": "Facebook bot channel",
  "azure:bot:ChannelLine": "LINE bot channel",
  "azure:bot:ChannelSlack": "Slack bot channel",
  "azure:bot:ChannelSms": "SMS bot channel",
  "azure:bot:ChannelTeams": "Teams bot channel",
  "azure:bot:ChannelWebChat": "Web Chat bot channel",
  "azure:aadb2c:Directory": "Azure AD B2C directory",
  "azure:iot:IotHubDps": "IoT Hub Device Provisioning Service",
  "azure:iot:IoTHub": "IoT hub",
  "azure:eventhub:EventGridTopic": "Event Grid topic",
  "azure:eventhub:Domain": "Event Grid domain",
  // classic @pulumi/azure: location and parents
  "azure:cosmosdb:SqlDatabase": "Cosmos DB SQL database",
  "azure:cosmosdb:SqlContainer": "Cosmos DB SQL container",
  "azure:cosmosdb:MongoDatabase": "Cosmos DB MongoDB database",
  "azure:cosmosdb:MongoCollection": "Cosmos DB MongoDB collection",
  "azure:cosmosdb:CassandraKeyspace": "Cosmos DB Cassandra keyspace",
  "azure:cosmosdb:CassandraTable": "Cosmos DB Cassandra table",
  "azure:cosmosdb:GremlinDatabase": "Cosmos DB Gremlin database",
  "azure:cosmosdb:GremlinGraph": "Cosmos DB Gremlin graph",
  "azure:cosmosdb:Table": "Cosmos DB table",
  "azure:maps:Account": "Azure Maps account",
  // classic @pulumi/azure: parents
  "azure:storage:Container": "Blob container",
  // classic @pulumi/azure: processing, opaque, transit, third-party, extended location
  "azure:cognitive:Deployment": "AI model deployment",
  "azure:datafactory:IntegrationRuntimeRule": "Data Factory integration runtime",
  "azure:datafactory:IntegrationRuntimeManaged": "Data Factory managed integration runtime",
  "azure:datafactory:IntegrationRuntimeSsis": "Data Factory SSIS integration runtime",
  "azure:synapse:IntegrationRuntimeAzure": "Synapse integration runtime",
  "azure:appservice:StaticSite": "Static Web App",
  "azure:appservice:StaticWebApp": "Static Web App",
  "azure:core:ResourceDeploymentScriptAzureCli": "Azure CLI deployment script",
  "azure:core:ResourceDeploymentScriptPowerShell": "Azure PowerShell deployment script",
  "azure:privatelink:Endpoint": "Private endpoint",
  "azure:cdn:FrontdoorOrigin": "Front Door origin",
  "azure:kusto:ClusterManagedPrivateEndpoint": "Data Explorer managed private endpoint",
  "azure:dashboard:GrafanaManagedPrivateEndpoint": "Managed Grafana private endpoint",
  "azure:lab:ServicePlan": "Lab plan",
  "azure:devcenter:ProjectPool": "Dev Box pool",
  "azure:workloadssap:SingleNodeVirtualInstance": "SAP virtual instance",
  "azure:workloadssap:ThreeTierVirtualInstance": "SAP virtual instance",
};

/** Kind names by token key (by written token for an ambiguous alias), looked up or derived once per type the stack uses. */
const kindsByKey = new Map<string, string>();

/**
 * "Storage account" for `storage:StorageAccount`: the kind of resource as messages name it. A token that
 * azure-native 3.x lists under several types is named after its written type name, the same whichever candidate it
 * is judged as.
 */
export function resourceKind(token: TypeToken): string {
  const cacheKey = token.candidates ? token.written : token.key;
  const known = kindsByKey.get(cacheKey);
  if (known) return known;
  const kind = token.candidates
    ? kindFromTypeName(token.written.slice(token.written.lastIndexOf(":") + 1))
    : KIND_NAMES[token.key] ?? KIND_NAMES[`${token.module}:${token.type}`] ?? kindFromTypeName(token.type);
  kindsByKey.set(cacheKey, kind);
  return kind;
}

/** "Flexible server" for `FlexibleServer`, keeping acronyms: "SQL pool" for `SQLPool`. */
function kindFromTypeName(type: string): string {
  const words = type.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2");
  const [first, ...rest] = words.split(" ");
  return [first, ...rest.map((w) => (/^[A-Z]{2,}/.test(w) ? w : w.toLowerCase()))].join(" ");
}

/** Names that stay capitalised in a sentence although they have one capital. */
const PROPER_NAMES: ReadonlySet<string> = new Set(["Azure", "Cosmos", "Redis", "Synapse", "Entra", "Grafana", "Databricks", "Kubernetes", "Windows", "Linux", "Front", "Door", "Enterprise", "Log", "Analytics", "Recovery", "Services", "Teams", "Alexa", "Slack", "Facebook"]);

/** An acronym or product name written with more than one capital ("SQL", "AI", "IoT", "MySQL"), or a proper name. */
const keepsItsCase = (word: string) => /[A-Z].*[A-Z]/.test(word) || PROPER_NAMES.has(word);

/**
 * The kind as it reads in the middle of a sentence: "SQL server" and "AI model deployment" keep their acronyms,
 * "Key Vault" becomes "key vault".
 */
export function resourceKindInSentence(token: TypeToken): string {
  return resourceKind(token).split(" ").map((word) => (keepsItsCase(word) ? word : word.toLowerCase())).join(" ");
}
