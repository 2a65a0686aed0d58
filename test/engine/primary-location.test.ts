import { describe, expect, it } from "vitest";
import { evaluateResource, resolveBoundary, ResourceFacts } from "../../policy-pack/engine";
import { provider, resource, stackResource, UNKNOWN } from "../helpers/facts";
import { resourceMessages, stackMessages } from "../helpers/evaluate";

const CH = resolveBoundary({ preset: "ch" });

/** Places the location family reports for a resource, judged alone. */
const evaluateLocationFamily = (facts: ResourceFacts) =>
  evaluateResource(facts, resolveBoundary({}), new Set(["location" as const])).filter((p) => p.verdict !== "inside").map((p) => p.message);

describe("primary location", () => {
  it("passes a resource in a region inside the boundary, in any spelling", () => {
    for (const location of ["West Europe", "westeurope", "WestEurope"]) {
      expect(resourceMessages(resource("storage:StorageAccount", "logs", { location, sku: { name: "Standard_LRS" } }))).toEqual([]);
    }
  });

  it("reports a resource in eastus with its country, path, boundary and fix", () => {
    expect(resourceMessages(resource("storage:StorageAccount", "logs", { location: "eastus", sku: { name: "Standard_LRS" } }))).toEqual([
      "Storage account 'logs' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
  });

  it("judges all three token forms alike", () => {
    for (const type of ["azure-native:keyvault:Vault", "azure-native_keyvault_v20240401:keyvault:Vault", "azure:keyvault/keyVault:KeyVault"]) {
      expect(resourceMessages(resource(type, "kv", { location: "eastus" }))).toHaveLength(1);
    }
  });

  it("ignores resources that are not Azure resources", () => {
    expect(resourceMessages(resource("random:index/randomString:RandomString", "suffix", { location: "eastus" }))).toEqual([]);
  });

  it("inherits the provider's location when the resource sets none", () => {
    const us = provider({ location: "eastus" }, "us");
    expect(resourceMessages(resource("keyvault:Vault", "kv", { resourceGroupName: "rg" }, us))).toEqual([
      "Key Vault 'kv' is located in eastus (United States) through location (not set), inherited from provider 'us', outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
  });

  it("leaves an unknown location to the stack policy, which reports it as unproven when nothing resolves it", () => {
    const vault = resource("keyvault:Vault", "kv", { location: UNKNOWN, resourceGroupName: "rg" });
    expect(resourceMessages(vault)).toEqual([]);
    expect(stackMessages(stackResource(vault), [stackResource(vault)])).toEqual([
      "Key Vault 'kv' is located in a place that cannot be proven at preview through location (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set location to a literal region inside the boundary, such as westeurope, because its value is computed and only known after deployment.",
    ]);
  });

  it("resolves an absent location through the resource group of the stack", () => {
    const group = stackResource(resource("resources:ResourceGroup", "rg", { location: "eastus" }));
    const vault = stackResource(resource("keyvault:Vault", "kv", { resourceGroupName: UNKNOWN }), { resourceGroupName: [group] });
    expect(stackMessages(vault, [group, vault])).toEqual([
      "Key Vault 'kv' is located in eastus (United States) through location (not set), inherited from resource group 'rg', outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
  });

  it("finds the resource group by its literal name when there is no property dependency", () => {
    const group = stackResource(resource("resources:ResourceGroup", "rg", { resourceGroupName: "rg-prod", location: "westeurope" }));
    const vault = stackResource(resource("keyvault:Vault", "kv", { resourceGroupName: "RG-Prod" }));
    expect(stackMessages(vault, [group, vault])).toEqual([]);
  });

  it("reports an absent location whose resource group is not in the stack", () => {
    const vault = stackResource(resource("keyvault:Vault", "kv", { resourceGroupName: "existing-rg" }));
    expect(stackMessages(vault, [vault])).toEqual([
      "Key Vault 'kv' is located in a place that cannot be proven at preview through location (not set), not proven inside the EU Data Boundary (EU + EFTA). Set location to a literal region inside the boundary, such as westeurope, or declare resource group 'existing-rg' with its region in boundary.externalResources (docs/external-resources.md): the group is not created by this stack, so its location cannot be read at preview.",
    ]);
  });

  it("lets a child resource inherit its parent's location through the parent-name input", () => {
    const account = stackResource(resource("storage:StorageAccount", "sa", { location: "eastus", sku: { name: "Standard_LRS" } }));
    const container = stackResource(resource("storage:BlobContainer", "data", { accountName: UNKNOWN, resourceGroupName: "rg" }), { accountName: [account] });
    expect(resourceMessages(container)).toEqual([]);
    expect(stackMessages(container, [account, container])).toEqual([
      "Blob container 'data' is located in eastus (United States) through location (none, a child resource), inherited from parent storage account 'sa', outside the EU Data Boundary (EU + EFTA). Set the location of storage account 'sa' to a region inside the boundary, such as westeurope; the blob container has no location of its own.",
    ]);
  });

  it("reports a child whose parent is not in the stack as unproven", () => {
    const container = stackResource(resource("storage:BlobContainer", "data", { accountName: "legacyaccount", resourceGroupName: "rg" }));
    expect(stackMessages(container, [container])).toEqual([
      "Blob container 'data' is located in a place that cannot be proven at preview through accountName legacyaccount, not proven inside the EU Data Boundary (EU + EFTA). Create the parent that accountName names ('legacyaccount') in this stack in a region inside the boundary, such as westeurope, or declare it with its region in boundary.externalResources (docs/external-resources.md); the blob container has no location of its own.",
    ]);
  });

  it("gives extension resources without location or parent no place", () => {
    expect(resourceMessages(resource("authorization:RoleAssignment", "ra", { scope: "/subscriptions/x", principalId: "p", roleDefinitionId: "r" }))).toEqual([]);
  });

  it("judges against a single-country boundary", () => {
    expect(resourceMessages(resource("keyvault:Vault", "kv", { location: "westeurope" }), CH)).toEqual([
      "Key Vault 'kv' is located in westeurope (Netherlands) through location westeurope, outside Switzerland. Set location to a region inside the boundary, such as switzerlandnorth.",
    ]);
  });

  it("reports a location that is not a string as unproven instead of skipping it", () => {
    expect(resourceMessages(resource("keyvault:Vault", "kv", { location: 42 }))).toEqual([
      "Key Vault 'kv' is located in a place that cannot be proven at preview through location 42, not proven inside the EU Data Boundary (EU + EFTA). Set location to a literal region inside the boundary, such as westeurope, because location must be a region name string.",
    ]);
  });
});

describe("global locations", () => {
  it("passes metadata-only global services", () => {
    for (const type of ["dns:Zone", "privatedns:PrivateZone", "trafficmanager:Profile"]) {
      expect(resourceMessages(resource(type, "g", { location: "global" })), type).toEqual([]);
    }
  });

  it("reports global services that process or cache data anywhere", () => {
    for (const type of ["cdn:Profile", "frontdoor:FrontDoor", "botservice:Bot", "monitor:ActionGroup"]) {
      expect(resourceMessages(resource(type, "g", { location: "Global" })), type).toHaveLength(1);
    }
    expect(resourceMessages(resource("cdn:Profile", "edge", { location: "global" }))).toEqual([
      "CDN / Front Door profile 'edge' serves and caches content at global points of presence through location global, because Front Door and CDN serve and cache content at points of presence around the world whatever their location, and are excluded from the EU Data Boundary, outside the EU Data Boundary (EU + EFTA). No location keeps it inside the boundary, so only a reviewed location-in-boundary exemption (docs/exemptions.md) can allow it; otherwise serve the content from a regional service inside the boundary, such as an Application Gateway or a storage static website.",
    ]);
  });

  it("reports global on a type not known to take it", () => {
    expect(resourceMessages(resource("storage:StorageAccount", "g", { location: "global", sku: { name: "Standard_LRS" } }))).toHaveLength(1);
  });
});

describe("secret values", () => {
  it("never shows a secret location, and still judges it", () => {
    const secret = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "eastus" };
    expect(resourceMessages(resource("keyvault:Vault", "kv", { location: secret }))).toEqual([
      "Key Vault 'kv' is located in a secret location through location [secret], outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
  });
});

describe("locations that are geography vocabularies", () => {
  it("leaves B2C, CIAM and Power Platform geographies to the data-location family", () => {
    expect(evaluateLocationFamily(resource("azureactivedirectory:B2CTenant", "b2c", { location: "Europe", resourceGroupName: "rg" }))).toEqual([]);
    expect(evaluateLocationFamily(resource("powerplatform:EnterprisePolicy", "pp", { location: "europe", kind: "Encryption", resourceGroupName: "rg" }))).toEqual([]);
  });

  it("passes an Azure Sphere catalog, whose location is always global", () => {
    expect(evaluateLocationFamily(resource("azuresphere:Catalog", "sphere", { location: "global", resourceGroupName: "rg" }))).toEqual([]);
  });
});

describe("region path parameters", () => {
  it("reads locationName as the own region of an instance failover group", () => {
    const group = stackResource(resource("sql:InstanceFailoverGroup", "fog", { locationName: "westeurope", resourceGroupName: "rg", partnerRegions: [{ location: "northeurope" }] }));
    expect(stackMessages(group, [group])).toEqual([]);
    const us = stackResource(resource("sql:InstanceFailoverGroup", "fog", { locationName: "eastus", resourceGroupName: "rg", partnerRegions: [{ location: "northeurope" }] }));
    expect(resourceMessages(us)).toEqual([
      "Instance failover group 'fog' is located in eastus (United States) through locationName eastus, outside the EU Data Boundary (EU + EFTA). Set locationName to a region inside the boundary, such as westeurope.",
    ]);
  });
});

describe("extended locations", () => {
  it("reports an edge zone as not proven inside, whatever the region", () => {
    const ip = resource("network:PublicIPAddress", "edge-ip", { location: "westeurope", resourceGroupName: "rg", extendedLocation: { name: "losangeles", type: "EdgeZone" } });
    expect(resourceMessages(ip)).toEqual([
      "Public IP address 'edge-ip' runs at a place that cannot be proven at preview through extendedLocation.name losangeles, because edge zones and Arc custom locations run outside the region, and no catalogue proves which country they are in, not proven inside the EU Data Boundary (EU + EFTA). Remove extendedLocation to run in the region itself, or add a reviewed exemption for the edge site.",
    ]);
  });

  it("adds nothing for a resource without an extended location", () => {
    expect(resourceMessages(resource("network:PublicIPAddress", "ip", { location: "westeurope", resourceGroupName: "rg" }))).toEqual([]);
  });
});

describe("parents of another service", () => {
  it("does not take a key vault for the storage account a container lives in", () => {
    const vault = stackResource(resource("keyvault:Vault", "kv", { location: "westeurope", resourceGroupName: "rg" }));
    const container = stackResource(resource("storage:BlobContainer", "data", { accountName: UNKNOWN, resourceGroupName: "rg" }), { accountName: [vault] });
    expect(stackMessages(container, [vault, container])).toEqual([
      "Blob container 'data' is located in a place that cannot be proven at preview through accountName (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Create the parent that accountName names in this stack in a region inside the boundary, such as westeurope, or declare it with its region in boundary.externalResources (docs/external-resources.md); the blob container has no location of its own.",
    ]);
  });
});
