import { beforeAll, describe, expect, it } from "vitest";
import { runProgram, UNKNOWN, type HostResult } from "../../cli/host";
import { fixtureDir, resourceNamed, urnOf } from "./fixtures";

const stackUrn = urnOf("provider-eastus", "pulumi:pulumi:Stack", "provider-eastus-dev");
const providerUrn = urnOf("provider-eastus", "pulumi:providers:azure-native", "us");
const rgUrn = urnOf("provider-eastus", "azure-native:resources:ResourceGroup", "rg");
const providerInputs = { environment: "public", location: "eastus", version: "3.28.0" };

describe("program host: provider-eastus", () => {
  let result: HostResult;
  beforeAll(async () => {
    result = await runProgram({ programDir: fixtureDir("provider-eastus"), stack: "dev" });
  });

  it("registers the explicit provider and no default provider", () => {
    expect(result.resources.map((resource) => resource.urn)).toEqual([
      stackUrn,
      providerUrn,
      rgUrn,
      urnOf("provider-eastus", "azure-native:storage:StorageAccount", "data"),
    ]);
    expect(resourceNamed(result, "us")).toMatchObject({
      type: "pulumi:providers:azure-native",
      parent: stackUrn,
      inputs: providerInputs,
      sourcePosition: { file: "index.ts", line: 3 },
    });
  });

  it("points resources at the explicit provider with its inputs", () => {
    expect(resourceNamed(result, "data").provider).toEqual({
      urn: providerUrn,
      type: "pulumi:providers:azure-native",
      name: "us",
      inputs: providerInputs,
    });
  });

  it("defaults location from the provider config, before looking at the resource group", () => {
    expect(resourceNamed(result, "rg")).toMatchObject({
      inputs: { location: "eastus" },
      locationDefault: "provider-config",
    });
    expect(resourceNamed(result, "data")).toMatchObject({
      inputs: { location: "eastus", resourceGroupName: UNKNOWN },
      locationDefault: "provider-config",
      propertyDependencies: { resourceGroupName: [rgUrn] },
    });
  });
});
