import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { describe, expect, it } from "vitest";
import { rawInputsOf, recordRawInputs } from "../../policy-pack/policies/raw-requests";

const SECRET = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "westeurope" };

/** An `Analyze` request's resource with real protobuf Structs, as the pack receives it. */
function wireResource(urn: string) {
  const properties = Struct.fromJavaScript({ location: SECRET, sku: { name: "Standard_LRS" } });
  const providerProperties = Struct.fromJavaScript({ location: "westeurope" });
  return { properties, providerProperties, getUrn: () => urn, getProperties: () => properties, getProvider: () => ({ getProperties: () => providerProperties }) };
}

describe("raw request inputs", () => {
  it("keep the wire form, secrets still marked, for as long as the call is in flight", () => {
    const resource = wireResource("urn:pulumi:dev::proj::azure-native:storage:StorageAccount::data");
    const forget = recordRawInputs([resource]);
    expect(rawInputsOf(resource.getUrn())).toEqual({ props: { location: SECRET, sku: { name: "Standard_LRS" } }, providerProps: { location: "westeurope" } });
    forget();
    expect(rawInputsOf(resource.getUrn())).toBeUndefined();
  });

  it("convert each Struct once: the SDK's later conversions of the same request get the recorded value", () => {
    const resource = wireResource("urn:pulumi:dev::proj::azure-native:storage:StorageAccount::logs");
    const forget = recordRawInputs([resource]);
    const recorded = rawInputsOf(resource.getUrn());
    expect(resource.properties.toJavaScript()).toBe(recorded?.props);
    expect(resource.properties.toJavaScript()).toBe(recorded?.props);
    expect(resource.providerProperties.toJavaScript()).toBe(recorded?.providerProps);
    forget();
  });
});
