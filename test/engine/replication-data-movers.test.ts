import { describe, expect, it } from "vitest";
import { resource, stackResource, UNKNOWN } from "../helpers/facts";
import { located, replicationMessages, replicationStackMessages } from "./replication-helpers";

describe("V06 storage object replication", () => {
  const source = located("storage:StorageAccount", "src", "westeurope", { sku: { name: "Standard_LRS" }, kind: "StorageV2" });
  const policy = (destination: ReturnType<typeof located>) =>
    stackResource(
      resource("storage:ObjectReplicationPolicy", "orp", { accountName: UNKNOWN, resourceGroupName: "rg", sourceAccount: UNKNOWN, destinationAccount: UNKNOWN, rules: [{ sourceContainer: "in", destinationContainer: "out" }] }),
      { accountName: [source], sourceAccount: [source], destinationAccount: [destination] },
    );

  it("reports a destination account of this stack outside the boundary", () => {
    const destination = located("storage:StorageAccount", "dst", "eastus", { sku: { name: "Standard_LRS" }, kind: "StorageV2" });
    const replication = policy(destination);
    expect(replicationStackMessages(replication, [source, destination, replication])).toEqual([
      "Object replication policy 'orp' replicates blobs to eastus (United States) through destinationAccount (unknown at preview), the location of storage account 'dst', outside the EU Data Boundary (EU + EFTA). Pair it only with a partner created in this stack inside the boundary.",
    ]);
  });

  it("passes a destination account of this stack inside the boundary", () => {
    const destination = located("storage:StorageAccount", "dst", "northeurope", { sku: { name: "Standard_LRS" }, kind: "StorageV2" });
    const replication = policy(destination);
    expect(replicationStackMessages(replication, [source, destination, replication])).toEqual([]);
  });

  it("reports a destination named literally, which the stack cannot place, as unproven", () => {
    const replication = stackResource(resource("storage:ObjectReplicationPolicy", "orp", { accountName: "src", resourceGroupName: "rg", sourceAccount: "src", destinationAccount: "partnerdst" }));
    expect(replicationStackMessages(replication, [replication])).toEqual([
      "Object replication policy 'orp' replicates blobs to a place that cannot be proven at preview through destinationAccount partnerdst, because the target is not a resource of this stack, not proven inside the EU Data Boundary (EU + EFTA). Reference a resource created in this stack inside the boundary, so that its location can be read at preview, or add a reviewed exemption.",
    ]);
  });
});

describe("V18 NetApp, Data Explorer, Data Box and Search", () => {
  it("reports a NetApp replication partner by its region and by the remote volume of this stack", () => {
    const remote = located("netapp:CapacityPoolVolume", "vol-us", "eastus", { accountName: "anf-us", poolName: "pool", creationToken: "vol-us", subnetId: "/s", usageThreshold: 107374182400 });
    const volume = stackResource(
      resource("netapp:CapacityPoolVolume", "vol-dr", {
        location: "westeurope",
        accountName: "anf-eu",
        poolName: "pool",
        resourceGroupName: "rg",
        dataProtection: { replication: { endpointType: "dst", remoteVolumeRegion: "eastus", remoteVolumeResourceId: UNKNOWN, replicationSchedule: "hourly" } },
      }),
      { dataProtection: [remote] },
    );
    expect(replicationMessages(volume)).toEqual([
      "Capacity pool volume 'vol-dr' replicates the volume with a volume in eastus (United States) through dataProtection.replication.remoteVolumeRegion eastus, outside the EU Data Boundary (EU + EFTA). Replicate only with a volume in a region inside the boundary, such as westeurope.",
    ]);
    expect(replicationStackMessages(volume, [remote, volume])).toEqual([
      "Capacity pool volume 'vol-dr' replicates the volume with a volume in eastus (United States) through dataProtection.replication.remoteVolumeResourceId (unknown at preview), the location of capacity pool volume 'vol-us', outside the EU Data Boundary (EU + EFTA). Pair it only with a partner created in this stack inside the boundary.",
    ]);
  });

  it("reports a Data Explorer follower of a leader cluster outside the boundary", () => {
    const leader = located("kusto:Cluster", "adx-us", "eastus", { sku: { name: "Standard_E8ads_v5", tier: "Standard" } });
    const follower = stackResource(
      resource("kusto:AttachedDatabaseConfiguration", "follow", { location: "westeurope", clusterName: "adx-eu", databaseName: "*", resourceGroupName: "rg", clusterResourceId: UNKNOWN, defaultPrincipalsModificationKind: "Union" }),
      { clusterResourceId: [leader] },
    );
    expect(replicationStackMessages(follower, [leader, follower])).toEqual([
      "Attached database configuration 'follow' follows the databases of a cluster in eastus (United States) through clusterResourceId (unknown at preview), the location of cluster 'adx-us', outside the EU Data Boundary (EU + EFTA). Create it from a source created in this stack inside the boundary.",
    ]);
  });

  it("reports a Data Box preferred datacentre and a Search shared private link region outside the boundary", () => {
    const job = resource("databox:Job", "import", { location: "westeurope", resourceGroupName: "rg", transferType: "ImportToAzure", sku: { name: "DataBox" }, details: { jobDetailsType: "DataBox", contactDetails: {}, preferences: { preferredDataCenterRegion: ["westeurope", "uksouth"] } } });
    expect(replicationMessages(job)).toEqual([
      "Data Box job 'import' ships data to a datacentre in uksouth (United Kingdom) through details.preferences.preferredDataCenterRegion[1] uksouth, outside the EU Data Boundary (EU + EFTA). Keep every entry of details.preferences.preferredDataCenterRegion in a region inside the boundary, such as westeurope.",
    ]);
    const link = resource("search:SharedPrivateLinkResource", "aks", { searchServiceName: "search", resourceGroupName: "rg", properties: { groupId: "management", privateLinkResourceId: "/x/aks", resourceRegion: "eastus" } });
    expect(replicationMessages(link)).toEqual([
      "Shared private link resource 'aks' reaches a resource in eastus (United States) through properties.resourceRegion eastus, outside the EU Data Boundary (EU + EFTA). Set properties.resourceRegion to a region inside the boundary, such as westeurope.",
    ]);
  });
});
