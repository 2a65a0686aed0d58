import { describe, expect, it } from "vitest";
import { resource, UNKNOWN } from "../helpers/facts";
import { resourceMessages } from "../helpers/evaluate";
import { replicationMessages } from "./replication-helpers";

describe("V13 replica resources", () => {
  it("leaves the location of registry, App Configuration, SignalR and Web PubSub replicas to the location policy", () => {
    const replicas = [
      resource("containerregistry:Replication", "us", { location: "eastus", registryName: "acr", resourceGroupName: "rg" }),
      resource("appconfiguration:Replica", "us", { location: "eastus", configStoreName: "config", resourceGroupName: "rg" }),
      resource("signalrservice:SignalRReplica", "us", { location: "eastus", resourceName: "signalr", resourceGroupName: "rg" }),
      resource("webpubsub:WebPubSubReplica", "us", { location: "eastus", resourceName: "pubsub", resourceGroupName: "rg" }),
    ];
    expect(replicas.map((r) => replicationMessages(r))).toEqual([[], [], [], []]);
    expect(resourceMessages(replicas[0])).toEqual([
      "Container registry replica 'us' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
  });

  it("reports API Management gateways, Domain Services replica sets, HSM regions and fleet locations outside the boundary", () => {
    expect(replicationMessages(resource("apimanagement:ApiManagementService", "apim", { location: "westeurope", resourceGroupName: "rg", additionalLocations: [{ location: "East US", sku: { name: "Premium", capacity: 1 } }] }))).toEqual([
      "API Management service 'apim' runs gateways, which may cache responses, in eastus (United States) through additionalLocations[0].location East US, outside the EU Data Boundary (EU + EFTA). Keep every entry of additionalLocations in a region inside the boundary, such as westeurope.",
    ]);
    expect(replicationMessages(resource("aad:DomainService", "aadds", { location: "westeurope", resourceGroupName: "rg", replicaSets: [{ location: "westeurope", subnetId: "/s/1" }, { location: "uksouth", subnetId: "/s/2" }] }))).toEqual([
      "Entra Domain Services domain 'aadds' replicates the directory to uksouth (United Kingdom) through replicaSets[1].location uksouth, outside the EU Data Boundary (EU + EFTA). Keep every entry of replicaSets in a region inside the boundary, such as westeurope.",
    ]);
    expect(replicationMessages(resource("keyvault:ManagedHsm", "hsm", { location: "westeurope", resourceGroupName: "rg", properties: { regions: [{ name: "westeurope", isPrimary: true }, { name: "eastus2" }] } }))).toEqual([
      "Managed HSM 'hsm' replicates its keys to eastus2 (United States) through properties.regions[1].name eastus2, outside the EU Data Boundary (EU + EFTA). Keep every entry of properties.regions in a region inside the boundary, such as westeurope.",
    ]);
    expect(replicationMessages(resource("azurefleet:Fleet", "fleet", { location: "westeurope", resourceGroupName: "rg", additionalLocationsProfile: { locationProfiles: [{ location: "centralus" }] } }))).toEqual([
      "Fleet 'fleet' runs virtual machines in centralus (United States) through additionalLocationsProfile.locationProfiles[0].location centralus, outside the EU Data Boundary (EU + EFTA). Keep every entry of additionalLocationsProfile.locationProfiles in a region inside the boundary, such as westeurope.",
    ]);
  });
});

describe("V14 gallery and image builder replication", () => {
  it("reports gallery image and application version target regions outside the boundary", () => {
    const publishingProfile = { targetRegions: [{ name: "westeurope", regionalReplicaCount: 1 }, { name: "eastus" }], targetExtendedLocations: [{ name: "westus", extendedLocation: { name: "microsoftlosangeles1", type: "EdgeZone" } }] };
    expect(replicationMessages(resource("compute:GalleryImageVersion", "1.0.0", { location: "westeurope", resourceGroupName: "rg", galleryName: "g", galleryImageName: "img", publishingProfile }))).toEqual([
      "Gallery image version '1.0.0' replicates the version to eastus (United States) through publishingProfile.targetRegions[1].name eastus, outside the EU Data Boundary (EU + EFTA). Keep every entry of publishingProfile.targetRegions in a region inside the boundary, such as westeurope.",
      "Gallery image version '1.0.0' replicates the version to westus (United States) through publishingProfile.targetExtendedLocations[0].name westus, outside the EU Data Boundary (EU + EFTA). Keep every entry of publishingProfile.targetExtendedLocations in a region inside the boundary, such as westeurope.",
    ]);
    expect(replicationMessages(resource("compute:GalleryApplicationVersion", "1.0.0", { location: "westeurope", resourceGroupName: "rg", publishingProfile: { source: { mediaLink: "https://x" }, targetRegions: [{ name: "northeurope" }] } }))).toEqual([]);
  });

  it("reads a script version's publishing profile under properties, and an access-control profile's target locations", () => {
    expect(replicationMessages(resource("compute:GalleryScriptVersion", "1.0.0", { location: "westeurope", resourceGroupName: "rg", properties: { publishingProfile: { source: { scriptLink: "https://x" }, targetRegions: [{ name: "japaneast" }] } } }))).toEqual([
      "Gallery script version '1.0.0' replicates the version to japaneast (Japan) through properties.publishingProfile.targetRegions[0].name japaneast, outside the EU Data Boundary (EU + EFTA). Keep every entry of properties.publishingProfile.targetRegions in a region inside the boundary, such as westeurope.",
    ]);
    expect(replicationMessages(resource("compute:GalleryInVMAccessControlProfileVersion", "1.0.0", { location: "westeurope", resourceGroupName: "rg", targetLocations: [{ name: "brazilsouth" }] }))).toEqual([
      "Gallery in VM access control profile version '1.0.0' replicates the version to brazilsouth (Brazil) through targetLocations[0].name brazilsouth, outside the EU Data Boundary (EU + EFTA). Keep every entry of targetLocations in a region inside the boundary, such as westeurope.",
    ]);
  });

  it("reports every image builder distribution target outside the boundary", () => {
    const template = resource("virtualmachineimages:VirtualMachineImageTemplate", "golden", {
      location: "westeurope",
      resourceGroupName: "rg",
      distribute: [
        { type: "SharedImage", galleryImageId: "/g/img", runOutputName: "shared", targetRegions: [{ name: "westeurope" }, { name: "eastus" }], replicationRegions: ["westus"] },
        { type: "ManagedImage", imageId: "/i/golden", location: "uksouth", runOutputName: "managed" },
        { type: "VHD", runOutputName: "vhd" },
      ],
    });
    expect(replicationMessages(template)).toEqual([
      "Virtual machine image template 'golden' distributes the image to eastus (United States) through distribute[0].targetRegions[1].name eastus, outside the EU Data Boundary (EU + EFTA). Distribute the image only to regions inside the boundary, such as westeurope.",
      "Virtual machine image template 'golden' distributes the image to westus (United States) through distribute[0].replicationRegions[0] westus, outside the EU Data Boundary (EU + EFTA). Distribute the image only to regions inside the boundary, such as westeurope.",
      "Virtual machine image template 'golden' distributes the image to uksouth (United Kingdom) through distribute[1].location uksouth, outside the EU Data Boundary (EU + EFTA). Distribute the image only to regions inside the boundary, such as westeurope.",
    ]);
  });

  it("reports an image builder distribution list unknown at preview once", () => {
    const template = resource("virtualmachineimages:VirtualMachineImageTemplate", "golden", { location: "westeurope", resourceGroupName: "rg", distribute: UNKNOWN });
    expect(replicationMessages(template)).toEqual([
      "Virtual machine image template 'golden' distributes the image to a place that cannot be proven at preview through distribute (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set distribute to a literal list whose regions are inside the boundary.",
    ]);
  });
});
