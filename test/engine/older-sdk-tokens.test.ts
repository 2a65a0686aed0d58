import { describe, expect, it } from "vitest";
import { evaluateResource, resolveBoundary, StackView } from "../../policy-pack/engine";
import { resource, stackResource, UNKNOWN } from "../helpers/facts";
import { EUDB, resourceMessages, stackMessages } from "../helpers/evaluate";

const NL = resolveBoundary({ preset: "nl" });
const OUTSIDE = "outside the EU Data Boundary (EU + EFTA)";
const LOGS_FIX = "Send the logs to a target created in this stack inside the boundary.";

describe("tokens of azure-native 1.x and 2.x meet the rules of their 3.x type", () => {
  it("judges a 2.x diagnostic setting's workspace like a 3.x one", () => {
    const logs = stackResource(resource("operationalinsights:Workspace", "us-logs", { location: "eastus", resourceGroupName: "rg" }));
    for (const type of ["insights:DiagnosticSetting", "insights/v20210501preview:DiagnosticSetting", "monitor:DiagnosticSetting"]) {
      const diag = stackResource(resource(type, "diag", { resourceUri: UNKNOWN, workspaceId: UNKNOWN }), { workspaceId: [logs] });
      expect(stackMessages(diag, [logs, diag])).toEqual([
        `Diagnostic setting 'diag' sends logs to eastus (United States) through workspaceId (unknown at preview), the location of workspace 'us-logs', ${OUTSIDE}. ${LOGS_FIX}`,
      ]);
    }
  });

  it("passes a 2.x private DNS zone and virtual network link at global, and a record set in the zone", () => {
    const zone = stackResource(resource("network:PrivateZone", "zone", { location: "global", resourceGroupName: "rg", privateZoneName: "privatelink.blob.core.windows.net" }));
    const link = stackResource(resource("network:VirtualNetworkLink", "link", { location: "global", resourceGroupName: "rg", privateZoneName: "privatelink.blob.core.windows.net" }), { privateZoneName: [zone] });
    const record = stackResource(resource("network:PrivateRecordSet", "a", { resourceGroupName: "rg", privateZoneName: "privatelink.blob.core.windows.net", recordType: "A" }), { privateZoneName: [zone] });
    for (const r of [zone, link, record]) {
      expect(resourceMessages(r)).toEqual([]);
      expect(stackMessages(r, [zone, link, record])).toEqual([]);
    }
  });

  it("blocks a 2.x web test probing from the United States", () => {
    const test = resource("insights:WebTest", "ping", { location: "westeurope", resourceGroupName: "rg", locations: [{ location: "us-ca-sjc-azr" }] });
    expect(resourceMessages(test)).toEqual([
      `Availability test 'ping' sends test requests from westus (United States) through locations[0].location us-ca-sjc-azr, ${OUTSIDE}. Run the test only from locations inside the boundary: emea-nl-ams-azr, emea-gb-db3-azr, emea-fr-pra-edge or emea-ch-zrh-edge.`,
    ]);
  });

  it("blocks a geo-redundant account of an explicit API-version module whose pair is outside", () => {
    for (const type of ["storage/v20230101:StorageAccount", "azure-native_storage_v20230101:storage:StorageAccount"]) {
      const account = resource(type, "grs", { location: "westeurope", resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_GRS" } });
      expect(resourceMessages(account, NL)).toEqual([
        "Storage account 'grs' keeps a geo-redundant copy in northeurope (Ireland) through sku.name Standard_GRS, outside the Netherlands. Use Standard_ZRS or Standard_LRS, or a location whose pair is inside the boundary.",
      ]);
    }
  });
});

describe("an alias 3.x lists under several types is judged as each (fail closed)", () => {
  const cluster = (props: Record<string, unknown>) =>
    resource("documentdb:MongoCluster", "mongo", { location: "westeurope", resourceGroupName: "rg", ...props });

  it("applies the rules of every candidate, and reports each distinct place once", () => {
    // 3.x lists documentdb:MongoCluster under cosmosdb:MongoCluster and mongocluster:MongoCluster; only the
    // second has a replication rule, and it applies.
    const replica = cluster({ properties: { replicaParameters: { sourceLocation: "eastus", sourceResourceId: UNKNOWN } } });
    const places = evaluateResource(replica, EUDB).filter((p) => p.verdict !== "inside" && !p.viaStack);
    expect(places.map((p) => [p.rule, p.family])).toEqual([["replica-regions", "replication"]]);
    expect(places[0].message).toBe(
      `Mongo cluster 'mongo' replicates data from a cluster in eastus (United States) through properties.replicaParameters.sourceLocation eastus, ${OUTSIDE}. Replicate only from a cluster in a region inside the boundary, such as westeurope.`,
    );
    // The same cluster written with the 3.x token that has no such rule passes: only the union found it.
    expect(evaluateResource({ ...replica, type: "azure-native:cosmosdb:MongoCluster" }, EUDB).filter((p) => p.verdict !== "inside" && !p.viaStack)).toEqual([]);
  });

  it("names the written type in messages, whichever candidate found the place", () => {
    const rule = resource("securityinsights:NrtAlertRule", "nrt", { resourceGroupName: "rg", workspaceName: "sentinel" });
    const messages = evaluateResource(rule, EUDB, undefined, new StackView([stackResource(rule)])).filter((p) => p.verdict !== "inside").map((p) => p.message);
    expect(messages).toEqual([
      "Nrt alert rule 'nrt' is located in a place that cannot be proven at preview through workspaceName sentinel, not proven inside the EU Data Boundary (EU + EFTA). Create the parent that workspaceName names ('sentinel') in this stack in a region inside the boundary, such as westeurope, or declare it with its region in boundary.externalResources (docs/external-resources.md); the nrt alert rule has no location of its own.",
    ]);
  });
});

describe("older API shapes: an input the 3.x paths cannot read fails closed", () => {
  it("reports an input the 3.x shape does not have on a type the rules read", () => {
    const old = resource("storage/v20150615:StorageAccount", "old", { location: "westeurope", resourceGroupName: "rg", accountType: "Standard_GRS" });
    expect(resourceMessages(old)).toEqual([
      "Storage account 'old' may hold, in an input the rules cannot read, a setting that puts its data in a place that cannot be proven at preview through accountType Standard_GRS, because storage/v20150615:StorageAccount is an older API shape and azure-native 3.28.0's storage:StorageAccount, whose paths the rules read, has no input accountType, not proven inside the EU Data Boundary (EU + EFTA). Use the azure-native 3.x resource storage:StorageAccount (its current API shape), or add a reviewed exemption.",
    ]);
  });

  it("names every candidate of an ambiguous alias", () => {
    const messages = resourceMessages(resource("documentdb:MongoCluster", "mongo", { location: "westeurope", resourceGroupName: "rg", replicaParameters: { sourceLocation: "eastus" } }));
    expect(messages).toEqual([
      `Mongo cluster 'mongo' may hold, in an input the rules cannot read, a setting that puts its data in a place that cannot be proven at preview through replicaParameters {"sourceLocation":"eastus"}, because documentdb:MongoCluster is an older API shape and azure-native 3.28.0's cosmosdb:MongoCluster or mongocluster:MongoCluster, whose paths the rules read, has no input replicaParameters, not proven inside the EU Data Boundary (EU + EFTA). Use the azure-native 3.x resource cosmosdb:MongoCluster or mongocluster:MongoCluster (its current API shape), or add a reviewed exemption.`,
    ]);
  });

  it("leaves an older shape alone when all its inputs are 3.x inputs, and a 3.x token alone whatever its inputs", () => {
    const props = { location: "westeurope", resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_LRS" } };
    expect(resourceMessages(resource("storage/v20230101:StorageAccount", "ok", props))).toEqual([]);
    expect(resourceMessages(resource("storage:StorageAccount", "new", { ...props, inputOfANewerSdk: true }))).toEqual([]);
  });

  it("does not look at types no type-specific rule reads", () => {
    expect(resourceMessages(resource("storage/v20150615:Table", "t", { resourceGroupName: "rg", accountName: "a", tableName: "t", anything: 1 }))).toEqual([]);
  });
});
