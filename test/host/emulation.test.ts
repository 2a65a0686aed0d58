import { describe, expect, it } from "vitest";
import { UNKNOWN } from "../../cli/host";
import { AzureNativeSdk } from "../../cli/host/azure-native-sdk";
import { checkClassicLocation, checkLocation } from "../../cli/host/check-location";
import { defaultProviderName, DefaultProviders } from "../../cli/host/default-providers";
import { answerInvoke } from "../../cli/host/invoke-answers";
import { userSourcePosition } from "../../cli/host/source-position";
import type { RegisteredResource } from "../../cli/host/types";
import { makeUrn } from "../../cli/host/urn";
import { makeSecret } from "../../cli/host/wire-values";
import { fixtureDir } from "./fixtures";

describe("makeUrn", () => {
  it("leaves the root stack out of the type chain and joins component types with $", () => {
    const stack = makeUrn("dev", "p", undefined, "pulumi:pulumi:Stack", "p-dev");
    expect(stack).toBe("urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev");
    const component = makeUrn("dev", "p", stack, "acme:x:C", "c");
    expect(component).toBe("urn:pulumi:dev::p::acme:x:C::c");
    expect(makeUrn("dev", "p", component, "azure-native:storage:StorageAccount", "a")).toBe(
      "urn:pulumi:dev::p::acme:x:C$azure-native:storage:StorageAccount::a",
    );
  });
});

describe("defaultProviderName", () => {
  it("follows ProviderRequest.DefaultName", () => {
    expect(defaultProviderName({ pkg: "azure-native", version: "3.28.0", pluginDownloadUrl: "" })).toBe(
      "default_3_28_0",
    );
    expect(defaultProviderName({ pkg: "azure-native", version: "3.0.0-alpha.1+build5", pluginDownloadUrl: "" })).toBe(
      "default_3_0_0_alpha_1_build5",
    );
    expect(defaultProviderName({ pkg: "pulumi", version: "", pluginDownloadUrl: "" })).toBe("default");
    expect(
      defaultProviderName({ pkg: "x", version: "1.2.3", pluginDownloadUrl: "https://example.com/plugins" }),
    ).toBe("default_1_2_3_https___example.com_plugins");
  });
});

describe("DefaultProviders", () => {
  const register = (type: string, name: string, inputs: RegisteredResource["inputs"]): RegisteredResource => ({
    urn: `urn:pulumi:dev::p::${type}::${name}`,
    type,
    name,
    custom: true,
    external: false,
    inputs,
    propertyDependencies: {},
    dependencies: [],
  });

  it("registers one provider per request and refuses packages listed in pulumi:disable-default-providers", () => {
    const providers = new DefaultProviders(
      { values: { "pulumi:disable-default-providers": '["random"]', "azure-native:location": "westeurope" }, secretKeys: [] },
      register,
    );
    const first = providers.providerFor({ pkg: "azure-native", version: "3.28.0", pluginDownloadUrl: "" });
    expect(providers.providerFor({ pkg: "azure-native", version: "3.28.0", pluginDownloadUrl: "" })).toBe(first);
    expect(first.inputs).toEqual({ location: "westeurope", version: "3.28.0" });
    expect(() => providers.providerFor({ pkg: "random", version: "4.0.0", pluginDownloadUrl: "" })).toThrow(
      /Default provider for 'random' disabled/,
    );
  });
});

describe("checkLocation", () => {
  it("fills location from the provider config first, unwrapping secrets", () => {
    expect(checkLocation({ resourceGroupName: UNKNOWN }, true, { location: "eastus" })).toEqual({
      inputs: { resourceGroupName: UNKNOWN, location: "eastus" },
      locationDefault: "provider-config",
    });
    expect(checkLocation({}, true, { location: makeSecret("westeurope") }).inputs.location).toBe("westeurope");
    expect(checkLocation({}, true, { location: makeSecret(UNKNOWN) }).inputs.location).toBe(UNKNOWN);
  });

  it("makes location unknown when the resource group name is unknown, and leaves it unset otherwise", () => {
    expect(checkLocation({ resourceGroupName: UNKNOWN }, true, {})).toEqual({
      inputs: { resourceGroupName: UNKNOWN, location: UNKNOWN },
      locationDefault: "unknown-resource-group",
    });
    expect(checkLocation({ resourceGroupName: "known" }, true, {})).toEqual({ inputs: { resourceGroupName: "known" } });
    expect(checkLocation({}, true, {})).toEqual({ inputs: {} });
  });

  it("keeps an explicit location and ignores types without a location input", () => {
    expect(checkLocation({ location: "northeurope" }, true, { location: "eastus" }).inputs.location).toBe("northeurope");
    expect(checkLocation({ accountName: "a" }, false, { location: "eastus" })).toEqual({ inputs: { accountName: "a" } });
  });
});

describe("checkClassicLocation", () => {
  const RESOURCE_GROUP = "azure:core/resourceGroup:ResourceGroup";
  const VAULT = "azure:keyvault/keyVault:KeyVault";

  it("gives a classic resource group the provider's location, as plain text", () => {
    expect(checkClassicLocation(RESOURCE_GROUP, {}, true, { location: "westeurope" })).toEqual({
      inputs: { location: "westeurope" },
      locationDefault: "provider-config",
    });
    expect(checkClassicLocation(RESOURCE_GROUP, {}, true, { location: makeSecret(UNKNOWN) }).inputs.location).toBe(UNKNOWN);
    expect(checkClassicLocation(RESOURCE_GROUP, {}, true, {})).toEqual({ inputs: {} });
  });

  it("makes any other resource's location unknown when it names a resource group, known or not", () => {
    for (const resourceGroupName of ["existing-rg", UNKNOWN]) {
      expect(checkClassicLocation(VAULT, { resourceGroupName }, true, { location: "westeurope" })).toEqual({
        inputs: { resourceGroupName, location: UNKNOWN },
        locationDefault: "resource-group-lookup",
      });
    }
    expect(checkClassicLocation(VAULT, {}, true, { location: "westeurope" })).toEqual({ inputs: {} });
  });

  it("keeps an explicit location and ignores types without a location input", () => {
    expect(checkClassicLocation(VAULT, { location: "northeurope", resourceGroupName: "rg" }, true, {}).inputs.location).toBe(
      "northeurope",
    );
    expect(checkClassicLocation("azure:storage/container:Container", { resourceGroupName: "rg" }, false, {})).toEqual({
      inputs: { resourceGroupName: "rg" },
    });
  });
});

describe("AzureNativeSdk", () => {
  const sdk = AzureNativeSdk.locate(fixtureDir("all-eu"));

  it("reads top-level inputs from the Args interface, with acronym file names", () => {
    expect(sdk?.resourceInputs("azure-native:resources:ResourceGroup")).toEqual(
      expect.arrayContaining(["location", "resourceGroupName", "tags"]),
    );
    expect(sdk?.resourceInputs("azure-native:storage:BlobContainer")).not.toContain("location");
    expect(sdk?.resourceInputs("azure-native:cdn:AFDEndpoint")).toContain("location");
    expect(sdk?.resourceInputs("azure-native:storage:NoSuchThing")).toBeUndefined();
  });

  it("answers azure-native invokes with unknown result fields and refuses others", () => {
    expect(answerInvoke([sdk], "azure-native:authorization:getClientConfig")).toEqual({
      clientId: UNKNOWN,
      objectId: UNKNOWN,
      subscriptionId: UNKNOWN,
      tenantId: UNKNOWN,
    });
    expect(() => answerInvoke([sdk], "random:index:getThing")).toThrow(
      "The offline check cannot run 'random:index:getThing': it would need the provider and a cloud account. " +
        "Only functions of azure-native and of the classic azure package are answered (with unknown values); " +
        "pass the value through the stack config instead.",
    );
  });
});

describe("userSourcePosition", () => {
  it("skips frames inside node_modules and makes the path relative to the program", () => {
    const dir = "/work/app";
    expect(
      userSourcePosition(dir, { uri: "file:///work/app/node_modules/@pulumi/azure-native/provider.js", line: 80 }, [
        { uri: "file:///work/app/node_modules/@pulumi/pulumi/resource.js", line: 10 },
        { uri: "file:///work/app/src/index.ts", line: 3 },
      ]),
    ).toEqual({ file: "src/index.ts", line: 3 });
    expect(userSourcePosition(dir, undefined, [])).toBeUndefined();
  });
});
