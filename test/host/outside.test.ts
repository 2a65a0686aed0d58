import { beforeAll, describe, expect, it } from "vitest";
import { runProgram, UNKNOWN, type HostResult } from "../../cli/host";
import { fixtureDir, resourceNamed, urnOf } from "./fixtures";

describe("program host: outside", () => {
  let result: HostResult;
  beforeAll(async () => {
    result = await runProgram({ programDir: fixtureDir("outside"), stack: "dev" });
  });

  it("keeps an explicit location outside the boundary as written", () => {
    const account = resourceNamed(result, "us");
    expect(account.urn).toBe(urnOf("outside", "azure-native:storage:StorageAccount", "us"));
    expect(account.inputs.location).toBe("eastus");
    expect(account.sourcePosition).toEqual({ file: "index.ts", line: 5 });
  });

  it("sets no location when the resource group name is known but the group is not in this preview", () => {
    const account = resourceNamed(result, "unplaced");
    expect(account.inputs).toEqual({
      kind: "StorageV2",
      resourceGroupName: "existing-rg",
      sku: { name: "Standard_LRS" },
    });
    expect(account.locationDefault).toBeUndefined();
  });

  it("answers an azure-native invoke with unknowns, so a location read from it is unknown", () => {
    const account = resourceNamed(result, "mirror");
    expect(account.inputs.location).toBe(UNKNOWN);
    expect(account.locationDefault).toBeUndefined();
    expect(result.logs).toContainEqual({
      severity: "warning",
      message:
        "Invoke 'azure-native:resources:getResourceGroup' was answered with unknown values: " +
        "the offline check does not call the cloud.",
    });
  });

  it("records a resource read with .get as external, with unknown state and the default provider", () => {
    expect(resourceNamed(result, "legacy")).toMatchObject({
      urn: urnOf("outside", "azure-native:storage:StorageAccount", "legacy"),
      custom: true,
      external: true,
      inputs: {},
      provider: { name: "default_3_28_0" },
      sourcePosition: { file: "index.ts", line: 27 },
    });
  });

  it("registers a single default provider for all resources", () => {
    const providers = result.resources.filter((resource) => resource.type.startsWith("pulumi:providers:"));
    expect(providers.map((provider) => provider.name)).toEqual(["default_3_28_0"]);
  });
});
