import { beforeAll, describe, expect, it } from "vitest";
import { runProgram, UNKNOWN, type HostResult } from "../../cli/host";
import { DEFAULT_AZURE_PROVIDER, fixtureDir, resourceNamed, urnOf } from "./fixtures";

const stackUrn = urnOf("all-eu", "pulumi:pulumi:Stack", "all-eu-dev");
const providerUrn = urnOf("all-eu", DEFAULT_AZURE_PROVIDER.type, DEFAULT_AZURE_PROVIDER.name);
const rgUrn = urnOf("all-eu", "azure-native:resources:ResourceGroup", "rg");
const accountUrn = urnOf("all-eu", "azure-native:storage:StorageAccount", "data");

describe("program host: all-eu", () => {
  let result: HostResult;
  /** Each resource the host reported as registered, and whether the run had already ended then. */
  const reported: { urn: string; afterTheRun: boolean }[] = [];
  beforeAll(async () => {
    let finished = false;
    result = await runProgram({
      programDir: fixtureDir("all-eu"),
      stack: "dev",
      onRegistered: (resource) => reported.push({ urn: resource.urn, afterTheRun: finished }),
    });
    finished = true;
  });

  it("returns the project, the stack and every resource in registration order", () => {
    expect(result.project).toBe("all-eu");
    expect(result.stack).toBe("dev");
    expect(result.resources.map((resource) => resource.urn)).toEqual([stackUrn, providerUrn, rgUrn, accountUrn]);
  });

  it("reports each resource as it is registered, while the program runs, in registration order", () => {
    expect(reported).toEqual([stackUrn, providerUrn, rgUrn, accountUrn].map((urn) => ({ urn, afterTheRun: false })));
  });

  it("registers the default azure-native provider from the (empty) stack config", () => {
    expect(resourceNamed(result, DEFAULT_AZURE_PROVIDER.name)).toEqual({
      urn: providerUrn,
      type: DEFAULT_AZURE_PROVIDER.type,
      name: DEFAULT_AZURE_PROVIDER.name,
      custom: true,
      external: false,
      inputs: { version: "3.28.0" },
      propertyDependencies: {},
      dependencies: [],
    });
  });

  it("records the resource group as the first preview presents it", () => {
    expect(resourceNamed(result, "rg")).toEqual({
      urn: rgUrn,
      type: "azure-native:resources:ResourceGroup",
      name: "rg",
      custom: true,
      external: false,
      parent: stackUrn,
      provider: { urn: providerUrn, ...DEFAULT_AZURE_PROVIDER, inputs: { version: "3.28.0" } },
      inputs: { location: "westeurope" },
      propertyDependencies: {},
      dependencies: [],
      sourcePosition: { file: "index.ts", line: 3 },
    });
  });

  it("lets rg.location flow as a known value and rg.name as unknown, with property dependencies", () => {
    const account = resourceNamed(result, "data");
    expect(account.inputs).toEqual({
      kind: "StorageV2",
      location: "westeurope",
      resourceGroupName: UNKNOWN,
      sku: { name: "Standard_LRS" },
    });
    expect(account.propertyDependencies).toEqual({ location: [rgUrn], resourceGroupName: [rgUrn] });
    expect(account.dependencies).toEqual([rgUrn]);
    expect(account.sourcePosition).toEqual({ file: "index.ts", line: 5 });
    expect(account.locationDefault).toBeUndefined();
  });

  it("gives the stack resource no parent, provider or source position", () => {
    const stack = resourceNamed(result, "all-eu-dev");
    expect(stack).toMatchObject({ type: "pulumi:pulumi:Stack", custom: false, inputs: {} });
    expect(stack.parent).toBeUndefined();
    expect(stack.provider).toBeUndefined();
    expect(stack.sourcePosition).toBeUndefined();
  });
});
