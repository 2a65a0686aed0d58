import { beforeAll, describe, expect, it } from "vitest";
import { runProgram, UNKNOWN, type HostResult } from "../../cli/host";
import { DEFAULT_AZURE_PROVIDER, fixtureDir, resourceNamed, urnOf } from "./fixtures";

const platformUrn = urnOf("component", "acme:data:Platform", "platform");
const storageUrn = urnOf("component", "acme:data:Platform$acme:data:Storage", "platform-storage");
const rgUrn = urnOf("component", "acme:data:Platform$azure-native:resources:ResourceGroup", "platform-rg");
const accountUrn = urnOf(
  "component",
  "acme:data:Platform$acme:data:Storage$azure-native:storage:StorageAccount",
  "platform-storage-account",
);

describe("program host: component", () => {
  let result: HostResult;
  beforeAll(async () => {
    result = await runProgram({ programDir: fixtureDir("component"), stack: "dev" });
  });

  it("builds URNs from the parent type chain and records the parents", () => {
    expect(resourceNamed(result, "platform")).toMatchObject({
      urn: platformUrn,
      custom: false,
      parent: urnOf("component", "pulumi:pulumi:Stack", "component-dev"),
      sourcePosition: { file: "index.ts", line: 26 },
    });
    expect(resourceNamed(result, "platform-storage")).toMatchObject({
      urn: storageUrn,
      custom: false,
      parent: platformUrn,
      sourcePosition: { file: "index.ts", line: 21 },
    });
    expect(resourceNamed(result, "platform-rg")).toMatchObject({ urn: rgUrn, parent: platformUrn });
    expect(resourceNamed(result, "platform-storage-account")).toMatchObject({ urn: accountUrn, parent: storageUrn });
  });

  it("gives components no provider and their custom children the default provider", () => {
    expect(resourceNamed(result, "platform").provider).toBeUndefined();
    expect(resourceNamed(result, "platform-storage-account").provider).toMatchObject(DEFAULT_AZURE_PROVIDER);
    const defaultProvider = resourceNamed(result, DEFAULT_AZURE_PROVIDER.name);
    expect(defaultProvider.parent).toBeUndefined();
    const order = result.resources.map((resource) => resource.urn);
    expect(order.indexOf(defaultProvider.urn)).toBeLessThan(order.indexOf(rgUrn));
  });

  it("points source positions at the lines inside the component constructors", () => {
    expect(resourceNamed(result, "platform-rg").sourcePosition).toEqual({ file: "index.ts", line: 20 });
    expect(resourceNamed(result, "platform-storage-account").sourcePosition).toEqual({ file: "index.ts", line: 7 });
  });

  it("tracks the dependency on the resource group across components", () => {
    expect(resourceNamed(result, "platform-storage-account")).toMatchObject({
      inputs: { location: "westeurope", resourceGroupName: UNKNOWN },
      propertyDependencies: { resourceGroupName: [rgUrn] },
    });
  });
});
