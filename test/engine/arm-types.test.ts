/**
 * How the engine maps an ARM type to the azure-native type its rules key on: in any case (ARM ignores it, Resource
 * Graph writes lower case), child types by their parent's module and name, and a derived key for unknown types.
 * The audit (test/audit) and the opaque-template rules (opaque.test.ts) both rest on it.
 */
import { describe, expect, it } from "vitest";
import { mapArmType } from "../../policy-pack/engine/rules/opaque/arm-types";

const mapped = (armType: string) => {
  const { key, known, hasLocation } = mapArmType(armType);
  return [key, known, hasLocation];
};

describe("mapArmType", () => {
  it.each([
    ["Microsoft.Storage/storageAccounts", "storage:StorageAccount", true],
    ["microsoft.storage/storageaccounts", "storage:StorageAccount", true],
    ["MICROSOFT.NETWORK/PUBLICIPADDRESSES", "network:PublicIPAddress", true],
    ["microsoft.documentdb/databaseaccounts", "cosmosdb:DatabaseAccount", true],
    ["microsoft.web/sites", "web:WebApp", true],
  ])("maps the top-level type %s to %s, whatever its case", (armType, key, hasLocation) => {
    expect(mapped(armType)).toEqual([key, true, hasLocation]);
  });

  it.each([
    ["Microsoft.Compute/virtualMachines/extensions", "compute:VirtualMachineExtension", true],
    ["microsoft.compute/virtualmachines/extensions", "compute:VirtualMachineExtension", true],
    ["Microsoft.Network/privateDnsZones/virtualNetworkLinks", "privatedns:VirtualNetworkLink", true],
    ["microsoft.network/privatednszones/virtualnetworklinks", "privatedns:VirtualNetworkLink", true],
    ["Microsoft.Storage/storageAccounts/blobServices", "storage:BlobServiceProperties", false],
    ["microsoft.storage/storageaccounts/fileservices", "storage:FileServiceProperties", false],
    ["Microsoft.Web/sites/slots", "web:WebAppSlot", true],
    ["Microsoft.Compute/galleries/images/versions", "compute:GalleryImageVersion", true],
    ["Microsoft.Sql/servers/databases", "sql:Database", true],
    ["microsoft.resources/subscriptions/resourcegroups", "resources:ResourceGroup", true],
    ["Microsoft.Storage/storageAccounts/blobServices/containers", "storage:BlobContainer", false],
  ])("maps the child type %s to %s: its parent's module, then its parent's name and its own", (armType, key, hasLocation) => {
    expect(mapped(armType)).toEqual([key, true, hasLocation]);
  });

  it("does not take a top-level type for a child of the same name", () => {
    expect(mapArmType("Microsoft.Compute/galleries/images").key).toBe("compute:GalleryImage");
    expect(mapArmType("Microsoft.Compute/images").key).toBe("compute:Image");
    expect(mapArmType("microsoft.compute/virtualmachinescalesets/virtualmachines").key).toBe("compute:VirtualMachineScaleSetVM");
  });

  it("keeps a key derived from the type as written, marked unknown, for a type the SDK does not have", () => {
    expect(mapped("Contoso.Widgets/widgets")).toEqual(["contosowidgets:Widget", false, true]);
    expect(mapped("microsoft.classicstorage/storageaccounts")).toEqual(["classicstorage:Storageaccount", false, true]);
    expect(mapped("Microsoft.Web/sites/config")).toEqual(["web:Config", false, true]);
  });

  it("computes each distinct type once", () => {
    expect(mapArmType("Microsoft.Sql/servers/databases")).toBe(mapArmType("Microsoft.Sql/servers/databases"));
  });
});
