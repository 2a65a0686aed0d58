import { describe, expect, it } from "vitest";
import { resource, stackResource, UNKNOWN } from "../helpers/facts";
import { located, NL, replicationMessages, replicationStackMessages } from "./replication-helpers";

describe("V12 Event Hubs and Service Bus geo-DR", () => {
  it("resolves the partner namespace of a geo-DR configuration through the stack", () => {
    const home = located("eventhub:Namespace", "events-eu", "westeurope");
    for (const [partnerLocation, expected] of [
      ["northeurope", []],
      ["eastus", ["Event Hubs geo-DR alias 'alias' pairs its metadata with a namespace in eastus (United States) through partnerNamespace (unknown at preview), the location of event hubs namespace 'events-dr', outside the EU Data Boundary (EU + EFTA). Pair it only with a partner created in this stack inside the boundary."]],
    ] as const) {
      const partner = located("eventhub:Namespace", "events-dr", partnerLocation);
      const alias = stackResource(resource("eventhub:DisasterRecoveryConfig", "alias", { namespaceName: UNKNOWN, resourceGroupName: "rg", partnerNamespace: UNKNOWN }), { namespaceName: [home], partnerNamespace: [partner] });
      expect(replicationStackMessages(alias, [home, partner, alias])).toEqual(expected);
    }
  });

  it("reports a Service Bus partner namespace outside the stack as unproven", () => {
    const alias = stackResource(resource("servicebus:DisasterRecoveryConfig", "alias", { namespaceName: "bus-eu", resourceGroupName: "rg", partnerNamespace: "/subscriptions/s/resourceGroups/dr/providers/Microsoft.ServiceBus/namespaces/bus-dr" }));
    expect(replicationStackMessages(alias, [alias])).toEqual([
      "Service Bus geo-DR alias 'alias' pairs its metadata with a namespace in a place that cannot be proven at preview through partnerNamespace /subscriptions/s/resourceGroups/dr/providers/Microsoft.ServiceBus/namespaces/bus-dr, because the target is not a resource of this stack, not proven inside the EU Data Boundary (EU + EFTA). Declare the target with its region in boundary.externalResources (docs/external-resources.md), reference a resource created in this stack inside the boundary, or add a reviewed exemption.",
    ]);
  });
});

describe("V12 namespace geo-replication", () => {
  const replicas = (...regions: string[]) => ({ locations: regions.map((locationName, i) => ({ locationName, roleType: i === 0 ? "Primary" : "Secondary" })) });

  it("reports every Service Bus replica region outside the boundary", () => {
    const bus = resource("servicebus:Namespace", "bus", { location: "westeurope", resourceGroupName: "rg", sku: { name: "Premium" }, geoDataReplication: replicas("westeurope", "eastus") });
    expect(replicationMessages(bus)).toEqual([
      "Service Bus namespace 'bus' replicates messages to eastus (United States) through geoDataReplication.locations[1].locationName eastus, outside the EU Data Boundary (EU + EFTA). Keep every entry of geoDataReplication.locations in a region inside the boundary, such as westeurope.",
    ]);
    expect(replicationMessages({ ...bus, props: { ...bus.props, geoDataReplication: replicas("westeurope", "germanywestcentral") } })).toEqual([]);
  });

  it("reports Event Hubs replica regions from a locally generated package with a newer API", () => {
    const hub = resource("azure-native_eventhub_v20250501preview:eventhub:Namespace", "events", { location: "westeurope", resourceGroupName: "rg", geoDataReplication: replicas("westeurope", "northeurope") });
    expect(replicationMessages(hub)).toEqual([]);
    expect(replicationMessages(hub, NL)).toEqual([
      "Event Hubs namespace 'events' replicates events to northeurope (Ireland) through geoDataReplication.locations[1].locationName northeurope, outside the Netherlands. Keep every entry of geoDataReplication.locations in a region inside the boundary, such as westeurope.",
    ]);
  });
});

describe("V12 Notification Hubs replication region", () => {
  const hub = (replicationRegion?: string) =>
    resource("notificationhubs:Namespace", "push", { location: "westeurope", resourceGroupName: "rg", sku: { name: "Standard" }, ...(replicationRegion === undefined ? {} : { replicationRegion }) });

  it("maps the service's region names to regions", () => {
    expect(replicationMessages(hub("WestUs2"))).toEqual([
      "Notification Hubs namespace 'push' replicates its metadata to westus2 (United States) through replicationRegion WestUs2, outside the EU Data Boundary (EU + EFTA). Set replicationRegion to NorthEurope or None.",
    ]);
    expect(replicationMessages(hub("NorthEurope"))).toEqual([]);
    expect(replicationMessages(hub("NorthEurope"), NL)).toEqual([
      "Notification Hubs namespace 'push' replicates its metadata to northeurope (Ireland) through replicationRegion NorthEurope, outside the Netherlands. Set replicationRegion to None.",
    ]);
  });

  it("passes None", () => {
    expect(replicationMessages(hub("None"), NL)).toEqual([]);
  });

  it("reports Default, an unset value and a value it does not know as unproven", () => {
    expect(replicationMessages(hub("Default"))).toEqual([
      "Notification Hubs namespace 'push' replicates its metadata to an undocumented region through replicationRegion Default, because Microsoft does not document which region Default selects, not proven inside the EU Data Boundary (EU + EFTA). Set replicationRegion to NorthEurope or None.",
    ]);
    expect(replicationMessages(hub())).toEqual([
      "Notification Hubs namespace 'push' replicates its metadata to an undocumented region through replicationRegion (not set), because replicationRegion is not set and the service default, Default, selects a region Microsoft does not document, not proven inside the EU Data Boundary (EU + EFTA). Set replicationRegion to NorthEurope or None.",
    ]);
    expect(replicationMessages(hub("SwedenCentral"))).toEqual([
      "Notification Hubs namespace 'push' replicates its metadata to an undocumented region through replicationRegion SwedenCentral, because SwedenCentral is not a replicationRegion value the pack knows, not proven inside the EU Data Boundary (EU + EFTA). Set replicationRegion to NorthEurope or None.",
    ]);
  });

  it("reports a value unknown at preview as unproven", () => {
    expect(replicationMessages(hub(UNKNOWN))).toEqual([
      "Notification Hubs namespace 'push' replicates its metadata to a place that cannot be proven at preview through replicationRegion (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set replicationRegion to NorthEurope or None, as a literal value.",
    ]);
  });
});
