/**
 * Resource Graph rows become the resources a preview would send: ARM types (lower case, as Resource Graph writes
 * them) mapped to azure-native tokens with the engine's own ARM mapping, ARM bodies reshaped into SDK inputs,
 * resource groups and parents linked by id. Pure: no pack.
 */
import { describe, expect, it } from "vitest";
import { estateTypeOf } from "../../cli/audit/arm-types";
import { readResourceGraphEstate } from "../../cli/audit/resource-graph-estate";
import { scratchDir, writeScratchFile } from "../helpers/scratch";
import { DATA_ONLY, PAGE_1, PAGE_2, readFixture, REST_ANSWER, SUBSCRIPTION } from "./helpers";

const dir = scratchDir("audit");
const write = (name: string, content: unknown) => writeScratchFile(dir, name, content);

const byName = (files: string[]) => new Map(readResourceGraphEstate(files).resources.map((r) => [r.analyzed.name, r]));

describe("ARM types, whatever their case", () => {
  it("map to the token the rules key on", () => {
    expect(estateTypeOf("microsoft.storage/storageaccounts")).toEqual({ token: "azure-native:storage:StorageAccount", known: true, hasLocation: true, parents: [] });
    expect(estateTypeOf("Microsoft.Storage/storageAccounts").token).toBe("azure-native:storage:StorageAccount");
    expect(estateTypeOf("microsoft.documentdb/databaseaccounts").token).toBe("azure-native:cosmosdb:DatabaseAccount");
    expect(estateTypeOf("microsoft.web/serverfarms").token).toBe("azure-native:web:AppServicePlan");
    expect(estateTypeOf("microsoft.network/publicipaddresses").token).toBe("azure-native:network:PublicIPAddress");
    expect(estateTypeOf("microsoft.resources/subscriptions/resourcegroups").token).toBe("azure-native:resources:ResourceGroup");
    expect(estateTypeOf("microsoft.sql/servers/databases")).toEqual({ token: "azure-native:sql:Database", known: true, hasLocation: true, parents: ["serverName"] });
  });

  it("map the child types named after their parent, in their parent's module, or as settings singletons", () => {
    expect(estateTypeOf("microsoft.compute/virtualmachines/extensions")).toEqual({ token: "azure-native:compute:VirtualMachineExtension", known: true, hasLocation: true, parents: ["vmName"] });
    expect(estateTypeOf("microsoft.network/privatednszones/virtualnetworklinks")).toEqual({ token: "azure-native:privatedns:VirtualNetworkLink", known: true, hasLocation: true, parents: ["privateZoneName"] });
    expect(estateTypeOf("microsoft.storage/storageaccounts/blobservices")).toEqual({ token: "azure-native:storage:BlobServiceProperties", known: true, hasLocation: false, parents: ["accountName"] });
  });

  it("keep a derived token, marked unknown, for a type the SDK does not have", () => {
    expect(estateTypeOf("microsoft.classicstorage/storageaccounts")).toEqual({ token: "azure-native:classicstorage:Storageaccount", known: false, hasLocation: true, parents: [] });
    expect(estateTypeOf("Contoso.Widgets/widgets")).toMatchObject({ token: "azure-native:contosowidgets:Widget", known: false });
  });
});

describe("pages of one az graph query", () => {
  const estate = readResourceGraphEstate([PAGE_1, PAGE_2]);

  it("hold every row of both pages, in order, under the estate's project and stack", () => {
    expect(estate.resources.map((r) => [r.analyzed.type, r.analyzed.name])).toEqual([
      ["azure-native:storage:StorageAccount", "stdataweu01"],
      ["azure-native:storage:StorageAccount", "stlegacyus"],
      ["azure-native:web:AppServicePlan", "asp-web-weu"],
      ["azure-native:web:WebApp", "app-orders-weu"],
      ["azure-native:dns:Zone", "contoso.eu"],
      ["azure-native:cosmosdb:DatabaseAccount", "cosmos-orders"],
      ["azure-native:classicstorage:Storageaccount", "stclassicweu"],
      ["azure-native:privatedns:PrivateZone", "privatelink.blob.core.windows.net"],
    ]);
    expect([estate.project, estate.stack, estate.source]).toEqual(["resource-graph", "estate", "resource-graph"]);
    expect(estate.skipped).toEqual([]);
  });

  it("name each resource by its id, in its URN and as its resource id", () => {
    const legacy = estate.resources[1];
    const id = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-legacy-us/providers/Microsoft.Storage/storageAccounts/stlegacyus`;
    expect(legacy.resourceId).toBe(id);
    expect(legacy.analyzed.urn).toBe(`urn:pulumi:estate::resource-graph::azure-native:storage:StorageAccount::${id}`);
  });

  it("give the rules the SDK's shape: properties flattened beside sku, kind and location, unset columns left out", () => {
    expect(estate.resources[1].analyzed.properties).toEqual({
      primaryLocation: "eastus",
      secondaryLocation: "westus",
      statusOfPrimary: "available",
      statusOfSecondary: "available",
      creationTime: "2019-06-02T14:05:10.0000000Z",
      location: "eastus",
      sku: { name: "Standard_RAGRS", tier: "Standard" },
      kind: "StorageV2",
      tags: { owner: "platform-team" },
      properties: readFixture(PAGE_1).data[1].properties,
      resourceGroupName: "rg-legacy-us",
    });
  });

  it("keep locations as ARM wrote them: display names and global", () => {
    const locations = estate.resources.map((r) => r.analyzed.properties.location);
    expect(locations).toEqual(["westeurope", "eastus", "West Europe", "West Europe", "global", "West Europe", "westeurope", "global"]);
  });

  it("mark the types the pack does not know with the type as Resource Graph wrote it", () => {
    expect(estate.resources.filter((r) => r.unknownType).map((r) => r.unknownType)).toEqual(["microsoft.classicstorage/storageaccounts"]);
  });

  it("link nothing the estate does not hold: no resource group rows here", () => {
    expect(estate.resources.every((r) => Object.keys(r.analyzed.propertyDependencies!).length === 0)).toBe(true);
  });
});

describe("other answer shapes", () => {
  it("a REST answer (objectArray) and a bare data array give the same resources as az's shape", () => {
    expect([...byName([DATA_ONLY]).keys()]).toEqual(["stdataweu01", "contoso.eu"]);
    expect([...byName([REST_ANSWER]).keys()]).toEqual(["stdataweu01", "sql-orders-neu", "orders"]);
  });

  it("a REST answer in table form (columns and rows)", () => {
    const rows = readFixture(DATA_ONLY);
    const columns = Object.keys(rows[0]);
    const file = write("table.json", {
      totalRecords: 2,
      count: 2,
      data: { columns: columns.map((name) => ({ name, type: "string" })), rows: rows.map((row: Record<string, unknown>) => columns.map((c) => row[c])) },
      resultTruncated: "false",
    });
    expect(readResourceGraphEstate([file]).resources.map((r) => r.analyzed.properties)).toEqual(readResourceGraphEstate([DATA_ONLY]).resources.map((r) => r.analyzed.properties));
  });

  it("a resource seen twice (overlapping queries) is judged once and listed as skipped", () => {
    const again = readFixture(DATA_ONLY)[0];
    again.id = again.id.toUpperCase();
    const file = write("again.json", [again]);
    const estate = readResourceGraphEstate([DATA_ONLY, file]);
    expect(estate.resources).toHaveLength(2);
    expect(estate.skipped).toEqual([{ resource: again.id, reason: "the same resource id appears in an earlier row" }]);
  });
});

describe("links to what the estate holds", () => {
  it("a database names its server and depends on the server's row; every resource names its group", () => {
    const resources = byName([REST_ANSWER]);
    const server = resources.get("sql-orders-neu")!;
    const database = resources.get("orders")!.analyzed;
    expect(database.type).toBe("azure-native:sql:Database");
    expect(database.properties).toMatchObject({ serverName: "sql-orders-neu", resourceGroupName: "rg-sql-neu", location: "northeurope" });
    expect(database.propertyDependencies).toEqual({ serverName: [server.analyzed.urn] });
  });

  it("a resource group row (ResourceContainers) is the group its resources depend on", () => {
    const rows = readFixture(DATA_ONLY);
    const group = {
      id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-data-weu`,
      name: "rg-data-weu",
      type: "microsoft.resources/subscriptions/resourcegroups",
      location: "westeurope",
      kind: "",
      sku: null,
      properties: { provisioningState: "Succeeded" },
      resourceGroup: "rg-data-weu",
      subscriptionId: SUBSCRIPTION,
    };
    const estate = readResourceGraphEstate([write("with-group.json", [group, rows[0]])]);
    const [groupResource, account] = estate.resources.map((r) => r.analyzed);
    expect(groupResource.properties).toMatchObject({ resourceGroupName: "rg-data-weu", location: "westeurope" });
    expect(account.propertyDependencies).toEqual({ resourceGroupName: [groupResource.urn] });
  });

  it("a child type without a location input and an empty location lives in its parent", () => {
    const container = {
      id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-data-weu/providers/Microsoft.Storage/storageAccounts/stdataweu01/blobServices/default/containers/exports`,
      name: "exports",
      type: "microsoft.storage/storageaccounts/blobservices/containers",
      location: "",
      kind: "",
      sku: null,
      properties: { publicAccess: "None" },
    };
    const estate = readResourceGraphEstate([DATA_ONLY, write("container.json", [container])]);
    const analyzed = estate.resources[2].analyzed;
    expect(analyzed.type).toBe("azure-native:storage:BlobContainer");
    expect(analyzed.properties).toEqual({ publicAccess: "None", properties: { publicAccess: "None" }, resourceGroupName: "rg-data-weu", accountName: "stdataweu01" });
    expect(analyzed.propertyDependencies).toEqual({ accountName: [estate.resources[0].analyzed.urn] });
  });

  it("a child of a top-level resource names it by its one parent input, whatever that input's stem", () => {
    const vm = {
      id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-vm/providers/Microsoft.Compute/virtualMachines/vm-app-01`,
      name: "vm-app-01",
      type: "microsoft.compute/virtualmachines",
      location: "westeurope",
      kind: "",
      sku: null,
      properties: {},
    };
    const extension = { ...vm, id: `${vm.id}/extensions/AzureMonitorLinuxAgent`, name: "AzureMonitorLinuxAgent", type: "microsoft.compute/virtualmachines/extensions" };
    const [machine, child] = readResourceGraphEstate([write("vm.json", [vm, extension])]).resources.map((r) => r.analyzed);
    expect(child.type).toBe("azure-native:compute:VirtualMachineExtension");
    expect(child.properties).toMatchObject({ vmName: "vm-app-01", location: "westeurope" });
    expect(child.propertyDependencies).toEqual({ vmName: [machine.urn] });
  });
});
