import { describe, expect, it } from "vitest";
import { evaluateResource, PropertyBag, resolveBoundary, StackResource, StackView } from "../../policy-pack/engine";
import { ExternalResource } from "../../policy-pack/engine/external";
import { CLASSIC_DEFAULT_PROVIDER, classicProvider, classicResource, resource, stackResource, UNKNOWN } from "../helpers/facts";
import { resourceMessages, stackMessages } from "../helpers/evaluate";

const SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";
const IN_SUBSCRIPTION = classicProvider({ location: "westeurope", subscriptionId: SUBSCRIPTION });
const OUTSIDE = "outside the EU Data Boundary (EU + EFTA)";
const NOT_PROVEN = "not proven inside the EU Data Boundary (EU + EFTA)";
/** The backups of a database left at azurerm's default storageAccountType, Geo, go to the server's pair. */
const GEO_BACKUP_FIX = "Set storageAccountType to Zone or Local, or use a location whose pair is inside the boundary.";
const SERVER_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/hub/providers/Microsoft.Sql/servers/shared-sql`;

/** A classic resource of the stack behind `withProvider` (the default classic provider unless given). */
function classic(type: string, name: string, props: PropertyBag, dependsOn: Record<string, StackResource[]> = {}, withProvider = CLASSIC_DEFAULT_PROVIDER) {
  return stackResource(classicResource(type, name, props, withProvider), dependsOn);
}

const sqlServer = (location: string, props: PropertyBag = {}, withProvider = CLASSIC_DEFAULT_PROVIDER) =>
  classic("azure:mssql/server:Server", "srv", { location, resourceGroupName: "rg", version: "12.0", ...props }, {}, withProvider);

/** A classic SQL database whose serverId the program computed from `server` (`server.id`). */
const databaseOf = (server: StackResource) => classic("azure:mssql/database:Database", "db", { serverId: UNKNOWN }, { serverId: [server] });

/** A classic SQL database with a literal serverId, behind `withProvider`. */
const databaseAt = (serverId: string, withProvider = IN_SUBSCRIPTION) => classic("azure:mssql/database:Database", "db", { serverId }, {}, withProvider);

/** Location-family messages of the stack policy for `target` with the given declarations. */
function locationMessages(target: StackResource, resources: StackResource[], declared: ExternalResource[] = []): string[] {
  const view = new StackView(resources, declared);
  return evaluateResource(target, resolveBoundary({}), new Set(["location" as const]), view)
    .filter((p) => p.verdict !== "inside")
    .map((p) => p.message);
}

describe("classic children located through a parent of the stack", () => {
  it("takes the location of the SQL server its serverId was computed from", () => {
    const server = sqlServer("eastus");
    const database = databaseOf(server);
    expect(stackMessages(database, [server, database])).toEqual([
      `SQL database 'db' is located in eastus (United States) through location (none, a child resource), inherited from parent SQL server 'srv', ${OUTSIDE}. Set the location of SQL server 'srv' to a region inside the boundary, such as westeurope; the SQL database has no location of its own.`,
      `SQL database 'db' keeps geo-redundant backups in westus (United States) through storageAccountType (not set), ${OUTSIDE}. ${GEO_BACKUP_FIX}`,
    ]);
    const inside = sqlServer("westeurope");
    expect(stackMessages(databaseOf(inside), [inside, databaseOf(inside)])).toEqual([]);
  });

  it("leaves the inherited location to the stack policy", () => {
    expect(resourceMessages(databaseOf(sqlServer("eastus")))).toEqual([]);
  });

  it("follows a parent that is itself located through its resource group", () => {
    const group = classic("azure:core/resourceGroup:ResourceGroup", "rg", { location: "eastus" });
    const vault = classic("azure:keyvault/keyVault:KeyVault", "vault", { location: UNKNOWN, resourceGroupName: UNKNOWN, tenantId: UNKNOWN }, { resourceGroupName: [group] });
    const secret = classic("azure:keyvault/secret:Secret", "secret", { keyVaultId: UNKNOWN, value: "x" }, { keyVaultId: [vault] });
    expect(stackMessages(secret, [group, vault, secret])).toEqual([
      `Secret 'secret' is located in eastus (United States) through location (none, a child resource), inherited from parent key vault 'vault', ${OUTSIDE}. Set the location of key vault 'vault' to a region inside the boundary, such as westeurope; the secret has no location of its own.`,
    ]);
  });

  it("takes a literal ARM id that names a parent of the stack in the same subscription", () => {
    const server = sqlServer("eastus", { name: "shared-sql", resourceGroupName: "hub" }, IN_SUBSCRIPTION);
    const database = databaseAt(SERVER_ID);
    expect(stackMessages(database, [server, database])).toEqual([
      `SQL database 'db' is located in eastus (United States) through location (none, a child resource), inherited from parent SQL server 'srv', ${OUTSIDE}. Set the location of SQL server 'srv' to a region inside the boundary, such as westeurope; the SQL database has no location of its own.`,
      `SQL database 'db' keeps geo-redundant backups in westus (United States) through storageAccountType (not set), ${OUTSIDE}. ${GEO_BACKUP_FIX}`,
    ]);
  });

  it("takes the Cosmos DB account a database names by literal name in its group, over the group's location", () => {
    const group = classic("azure:core/resourceGroup:ResourceGroup", "rg", { name: "rg-data", location: "westeurope" });
    const account = classic("azure:cosmosdb/account:Account", "cosmos", { name: "cosmos-prod", resourceGroupName: "rg-data", location: "eastus" });
    const database = classic("azure:cosmosdb/sqlDatabase:SqlDatabase", "sqldb", { accountName: "Cosmos-Prod", resourceGroupName: UNKNOWN }, { resourceGroupName: [group] });
    expect(stackMessages(database, [group, account, database])).toEqual([
      `Cosmos DB SQL database 'sqldb' is located in eastus (United States) through location (none, a child resource), inherited from parent Cosmos DB account 'cosmos', ${OUTSIDE}. Set the location of Cosmos DB account 'cosmos' to a region inside the boundary, such as westeurope; the Cosmos DB SQL database has no location of its own.`,
    ]);
  });

  it("does not take an account of the same name in another group", () => {
    const account = classic("azure:cosmosdb/account:Account", "cosmos", { name: "cosmos-prod", resourceGroupName: "rg-other", location: "westeurope" });
    const database = classic("azure:cosmosdb/sqlDatabase:SqlDatabase", "sqldb", { accountName: "cosmos-prod", resourceGroupName: "rg-data" });
    expect(stackMessages(database, [account, database])).toEqual([
      `Cosmos DB SQL database 'sqldb' is located in a place that cannot be proven at preview through accountName cosmos-prod, ${NOT_PROVEN}. Create the parent that accountName names ('cosmos-prod') in this stack in a region inside the boundary, such as westeurope, or declare it with its region in boundary.externalResources (docs/external-resources.md); the Cosmos DB SQL database has no location of its own.`,
    ]);
  });

  it("takes an AI model deployment's account from cognitiveAccountId", () => {
    const account = classic("azure:cognitive/account:Account", "ai", { kind: "OpenAI", location: "swedencentral", resourceGroupName: "rg", skuName: "S0" });
    const deployment = classic("azure:cognitive/deployment:Deployment", "gpt", { cognitiveAccountId: UNKNOWN }, { cognitiveAccountId: [account] });
    expect(locationMessages(deployment, [account, deployment])).toEqual([]);
    const us = classic("azure:cognitive/account:Account", "ai", { kind: "OpenAI", location: "eastus", resourceGroupName: "rg", skuName: "S0" });
    const usDeployment = classic("azure:cognitive/deployment:Deployment", "gpt", { cognitiveAccountId: UNKNOWN }, { cognitiveAccountId: [us] });
    expect(locationMessages(usDeployment, [us, usDeployment])).toEqual([
      `AI model deployment 'gpt' is located in eastus (United States) through location (none, a child resource), inherited from parent account 'ai', ${OUTSIDE}. Set the location of account 'ai' to a region inside the boundary, such as westeurope; the AI model deployment has no location of its own.`,
    ]);
  });
});

describe("classic storage children, 5.x and 6.x inputs", () => {
  const account = (location: string) => classic("azure:storage/account:Account", "logs", { name: "logsprod", resourceGroupName: "rg", location, accountTier: "Standard" });

  it("5.x: takes the account a container names by storageAccountName, which has no group", () => {
    const us = account("eastus");
    const container = classic("azure:storage/container:Container", "data", { storageAccountName: "logsprod" });
    expect(stackMessages(container, [us, container])).toEqual([
      `Blob container 'data' is located in eastus (United States) through location (none, a child resource), inherited from parent storage account 'logs', ${OUTSIDE}. Set the location of storage account 'logs' to a region inside the boundary, such as westeurope; the blob container has no location of its own.`,
    ]);
    const inside = account("westeurope");
    expect(stackMessages(container, [inside, container])).toEqual([]);
  });

  it("5.x: does not take an account of that name behind a provider of another subscription", () => {
    const us = classic("azure:storage/account:Account", "logs", { name: "logsprod", resourceGroupName: "rg", location: "westeurope" }, {}, classicProvider({ subscriptionId: SUBSCRIPTION }, "hub"));
    const container = classic("azure:storage/container:Container", "data", { storageAccountName: "logsprod" });
    expect(stackMessages(container, [us, container])).toEqual([
      `Blob container 'data' is located in a place that cannot be proven at preview through storageAccountName logsprod, ${NOT_PROVEN}. Create the parent that storageAccountName names ('logsprod') in this stack in a region inside the boundary, such as westeurope, or declare it with its region in boundary.externalResources (docs/external-resources.md); the blob container has no location of its own.`,
    ]);
  });

  it("6.x: takes the account a container's storageAccountId was computed from", () => {
    const us = account("eastus");
    const container = classic("azure:storage/container:Container", "data", { storageAccountId: UNKNOWN }, { storageAccountId: [us] });
    expect(stackMessages(container, [us, container])).toEqual([
      `Blob container 'data' is located in eastus (United States) through location (none, a child resource), inherited from parent storage account 'logs', ${OUTSIDE}. Set the location of storage account 'logs' to a region inside the boundary, such as westeurope; the blob container has no location of its own.`,
    ]);
  });

  it("takes an azure-native account a container's storageAccountId was computed from, in a program that mixes both SDKs", () => {
    const native = stackResource(resource("storage:StorageAccount", "native", { location: "eastus", resourceGroupName: "rg" }));
    const container = classic("azure:storage/container:Container", "data", { storageAccountId: UNKNOWN }, { storageAccountId: [native] });
    expect(stackMessages(container, [native, container])).toEqual([
      `Blob container 'data' is located in eastus (United States) through location (none, a child resource), inherited from parent storage account 'native', ${OUTSIDE}. Set the location of storage account 'native' to a region inside the boundary, such as westeurope; the blob container has no location of its own.`,
    ]);
  });

  it("6.x: takes a blob's container from storageContainerId, and the container's account", () => {
    const us = account("eastus");
    const container = classic("azure:storage/container:Container", "data", { storageAccountId: UNKNOWN }, { storageAccountId: [us] });
    const blob = classic("azure:storage/blob:Blob", "file", { storageContainerId: UNKNOWN, type: "Block" }, { storageContainerId: [container] });
    expect(stackMessages(blob, [us, container, blob])).toEqual([
      `Blob 'file' is located in eastus (United States) through location (none, a child resource), inherited from parent blob container 'data', ${OUTSIDE}. Set the location of storage account 'logs' to a region inside the boundary, such as westeurope; the blob container has no location of its own.`,
    ]);
  });
});

describe("classic children whose parent is outside the stack", () => {
  const declared: ExternalResource = { key: "boundary.externalResources[0]", id: SERVER_ID, location: "germanywestcentral" };

  it("does not prove a literal serverId of a server the stack does not create", () => {
    expect(stackMessages(databaseAt(SERVER_ID), [databaseAt(SERVER_ID)])).toEqual([
      `SQL database 'db' is located in a place that cannot be proven at preview through serverId ${SERVER_ID}, ${NOT_PROVEN}. Create the parent that serverId names ('${SERVER_ID}') in this stack in a region inside the boundary, such as westeurope, or declare it with its region in boundary.externalResources (docs/external-resources.md); the SQL database has no location of its own.`,
    ]);
  });

  it("takes the region the pack config declares for that id", () => {
    const database = databaseAt(SERVER_ID);
    expect(locationMessages(database, [database], [declared])).toEqual([]);
    const view = new StackView([database], [declared]);
    const [place] = evaluateResource(database, resolveBoundary({}), new Set(["location" as const]), view);
    expect(place.message).toBe(
      `SQL database 'db' is located in germanywestcentral (Germany) through serverId ${SERVER_ID}, inherited from its parent outside the stack, as boundary.externalResources[0] declares it, inside the EU Data Boundary (EU + EFTA). Create the parent that serverId names ('${SERVER_ID}') in this stack in a region inside the boundary, such as westeurope, or declare it with its region in boundary.externalResources (docs/external-resources.md); the SQL database has no location of its own.`,
    );
  });

  it("takes a declared parent named by literal name in the child's group", () => {
    const account: ExternalResource = {
      key: "boundary.externalResources[1]",
      id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-data/providers/Microsoft.DocumentDB/databaseAccounts/cosmos-prod`,
      location: "westeurope",
    };
    const database = classic("azure:cosmosdb/sqlDatabase:SqlDatabase", "sqldb", { accountName: "cosmos-prod", resourceGroupName: "rg-data" }, {}, IN_SUBSCRIPTION);
    expect(locationMessages(database, [database], [account])).toEqual([]);
    expect(locationMessages(database, [database])).toHaveLength(1);
  });

  it("does not prove a serverId that is unknown at preview and computed from no server of the stack", () => {
    const reference = stackResource(resource("pulumi:pulumi:StackReference", "hub", { name: "org/hub/prod" }));
    const database = classic("azure:mssql/database:Database", "db", { serverId: UNKNOWN }, { serverId: [reference] });
    expect(stackMessages(database, [reference, database])).toEqual([
      `SQL database 'db' is located in a place that cannot be proven at preview through serverId (unknown at preview), ${NOT_PROVEN}. Create the parent that serverId names in this stack in a region inside the boundary, such as westeurope, or declare it with its region in boundary.externalResources (docs/external-resources.md); the SQL database has no location of its own.`,
    ]);
  });
});

describe("classic resources that hold no data of their own", () => {
  it("give a role assignment and a diagnostic setting no location finding", () => {
    const server = sqlServer("eastus");
    const assignment = classic("azure:authorization/assignment:Assignment", "ra", { scope: UNKNOWN, principalId: "p", roleDefinitionName: "Reader" }, { scope: [server] });
    const workspace = classic("azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace", "logs", { location: "westeurope", resourceGroupName: "rg" });
    const setting = classic(
      "azure:monitoring/diagnosticSetting:DiagnosticSetting",
      "diag",
      { targetResourceId: UNKNOWN, logAnalyticsWorkspaceId: UNKNOWN },
      { targetResourceId: [server], logAnalyticsWorkspaceId: [workspace] },
    );
    const stack = [server, workspace, assignment, setting];
    expect(locationMessages(assignment, stack)).toEqual([]);
    expect(locationMessages(setting, stack)).toEqual([]);
  });
});

describe("classic compute and backups that run or are kept in their parent", () => {
  it("places an AKS node pool in its cluster, and a node pool of a cluster outside the stack is not proven", () => {
    const cluster = classic("azure:containerservice/kubernetesCluster:KubernetesCluster", "aks", { location: "eastus", resourceGroupName: "rg", dnsPrefix: "aks" });
    const pool = classic("azure:containerservice/kubernetesClusterNodePool:KubernetesClusterNodePool", "gpu", { kubernetesClusterId: UNKNOWN, vmSize: "Standard_NC6s_v3" }, { kubernetesClusterId: [cluster] });
    expect(locationMessages(pool, [cluster, pool])).toEqual([
      `Kubernetes cluster node pool 'gpu' is located in eastus (United States) through location (none, a child resource), inherited from parent Kubernetes cluster 'aks', ${OUTSIDE}. Set the location of Kubernetes cluster 'aks' to a region inside the boundary, such as westeurope; the Kubernetes cluster node pool has no location of its own.`,
    ]);
    const alone = classic("azure:containerservice/kubernetesClusterNodePool:KubernetesClusterNodePool", "gpu", { kubernetesClusterId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks", vmSize: "Standard_NC6s_v3" });
    expect(locationMessages(alone, [alone])).toHaveLength(1);
  });

  it("places a protected VM's backups in the Recovery Services vault it names, over the group's location", () => {
    const group = classic("azure:core/resourceGroup:ResourceGroup", "rg", { location: "westeurope", name: "rg" });
    const vault = classic("azure:recoveryservices/vault:Vault", "rsv", { location: "eastus", resourceGroupName: "rg", name: "rsv-us", sku: "Standard" });
    const backup = classic("azure:backup/protectedVM:ProtectedVM", "vm-backup", { recoveryVaultName: "rsv-us", resourceGroupName: "rg", sourceVmId: UNKNOWN, backupPolicyId: UNKNOWN });
    expect(locationMessages(backup, [group, vault, backup])).toEqual([
      `Protected VM 'vm-backup' is located in eastus (United States) through location (none, a child resource), inherited from parent Recovery Services vault 'rsv', ${OUTSIDE}. Set the location of Recovery Services vault 'rsv' to a region inside the boundary, such as westeurope; the protected VM has no location of its own.`,
    ]);
  });
});
