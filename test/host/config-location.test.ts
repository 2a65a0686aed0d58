import { beforeAll, describe, expect, it } from "vitest";
import { runProgram, UNKNOWN, type HostResult } from "../../cli/host";
import { DEFAULT_AZURE_PROVIDER, fixtureDir, resourceNamed, UNKNOWN_SECRET } from "./fixtures";

const defaultProviderInputs = { location: "westeurope", clientSecret: UNKNOWN_SECRET, version: "3.28.0" };

describe("program host: config-location", () => {
  let result: HostResult;
  beforeAll(async () => {
    result = await runProgram({ programDir: fixtureDir("config-location"), stack: "dev" });
  });

  it("hands the program the configuration as the CLI does", () => {
    expect(result.config).toEqual({
      values: {
        "azure-native:location": "westeurope",
        "azure-native:clientSecret": UNKNOWN,
        "config-location:dbPassword": UNKNOWN,
        "config-location:owner": "data-team",
        "config-location:replicas": "3",
        "config-location:limits": '{"maxAccounts":2,"regions":["westeurope","northeurope"]}',
      },
      secretKeys: ["azure-native:clientSecret", "config-location:dbPassword"],
    });
  });

  it("builds the default provider's inputs from the azure-native config, secure values as unknown secrets", () => {
    expect(resourceNamed(result, DEFAULT_AZURE_PROVIDER.name).inputs).toEqual(defaultProviderInputs);
    expect(resourceNamed(result, "rg").provider?.inputs).toEqual(defaultProviderInputs);
  });

  it("defaults the resource group's location from azure-native:location", () => {
    expect(resourceNamed(result, "rg")).toMatchObject({
      inputs: { location: "westeurope" },
      locationDefault: "provider-config",
    });
  });

  it("passes a secure value the program reads as an unknown secret", () => {
    expect(resourceNamed(result, "rg").inputs.tags).toEqual({ owner: "data-team", password: UNKNOWN_SECRET });
  });

  it("prefers the provider config over an unknown resource group", () => {
    expect(resourceNamed(result, "data")).toMatchObject({
      inputs: { location: "westeurope", resourceGroupName: UNKNOWN },
      locationDefault: "provider-config",
    });
  });
});
