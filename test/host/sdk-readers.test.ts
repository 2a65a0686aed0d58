/**
 * The host reads resource inputs and function results from the SDK the program itself installs: azure-native in the
 * 3.x layout and the 2.x one (with explicit API-version modules), and the classic @pulumi/azure. Each reader is given a
 * program folder whose node_modules/@pulumi/<pkg> links to a copy the repository installs (see test/corpus/stage.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { describe, expect, it } from "vitest";
import { UNKNOWN } from "../../cli/host";
import { AzureClassicSdk } from "../../cli/host/azure-classic-sdk";
import { AzureNativeSdk } from "../../cli/host/azure-native-sdk";
import { answerInvoke } from "../../cli/host/invoke-answers";
import { linkInstalledSdk } from "../corpus/stage";
import { scratchDir } from "../helpers/scratch";

const scratch = scratchDir("sdk-readers");

/** A program folder that resolves `pkg` to the installed copy of `major`. */
function programWith(pkg: string, major: number): string {
  const dir = fs.mkdtempSync(path.join(scratch, "program-"));
  linkInstalledSdk(dir, pkg, major);
  return dir;
}

describe("AzureNativeSdk on the 2.x layout", () => {
  const sdk = AzureNativeSdk.locate(programWith("@pulumi/azure-native", 2));

  it("reads inputs of v2 module names and of explicit API-version modules", () => {
    expect(sdk?.resourceInputs("azure-native:insights:Component")).toContain("location");
    expect(sdk?.resourceInputs("azure-native:insights:DiagnosticSetting")).not.toContain("location");
    expect(sdk?.resourceInputs("azure-native:storage/v20230101:StorageAccount")).toEqual(
      expect.arrayContaining(["accountName", "location", "sku"]),
    );
    expect(sdk?.resourceInputs("azure-native:recoveryservices/v20240101:Vault")).toContain("location");
  });

  it("reads function results, and knows nothing of a module or member it does not ship", () => {
    expect(sdk?.functionResults("azure-native:authorization:getClientConfig")).toEqual([
      "clientId",
      "objectId",
      "subscriptionId",
      "tenantId",
    ]);
    expect(sdk?.resourceInputs("azure-native:storage/v20990101:StorageAccount")).toBeUndefined();
    expect(sdk?.resourceInputs("azure-native:storage/../storage:StorageAccount")).toBeUndefined();
  });
});

describe("AzureClassicSdk", () => {
  const sdk = AzureClassicSdk.locate(programWith("@pulumi/azure", 5));

  it("reads a function's results from the file its token names", () => {
    expect(sdk?.functionResults("azure:core/getClientConfig:getClientConfig")).toEqual([
      "clientId",
      "id",
      "objectId",
      "subscriptionId",
      "tenantId",
    ]);
  });

  it("reads a resource's inputs from the file its token names", () => {
    expect(sdk?.resourceInputs("azure:keyvault/keyVault:KeyVault")).toEqual(
      expect.arrayContaining(["location", "resourceGroupName", "tenantId"]),
    );
    expect(sdk?.resourceInputs("azure:storage/container:Container")).not.toContain("location");
  });

  it("knows nothing of other packages, malformed tokens or files it does not ship", () => {
    expect(sdk?.functionResults("azure-native:authorization:getClientConfig")).toBeUndefined();
    expect(sdk?.functionResults("azure:core:getClientConfig")).toBeUndefined();
    expect(sdk?.functionResults("azure:core/getNothing:getNothing")).toBeUndefined();
    expect(sdk?.functionResults("azure:core/../getClientConfig:getClientConfig")).toBeUndefined();
  });

  it("is absent for a program without @pulumi/azure", () => {
    expect(AzureClassicSdk.locate(fs.mkdtempSync(path.join(scratch, "bare-")))).toBeUndefined();
  });
});

describe("answerInvoke with the program's SDKs", () => {
  const classic = AzureClassicSdk.locate(programWith("@pulumi/azure", 5));
  const native = AzureNativeSdk.locate(programWith("@pulumi/azure-native", 2));

  it("answers a classic function with every result field unknown", () => {
    expect(answerInvoke([native, classic], "azure:core/getClientConfig:getClientConfig")).toEqual({
      clientId: UNKNOWN,
      id: UNKNOWN,
      objectId: UNKNOWN,
      subscriptionId: UNKNOWN,
      tenantId: UNKNOWN,
    });
  });

  it("refuses a classic function when the program has no classic SDK", () => {
    expect(() => answerInvoke([native, undefined], "azure:core/getClientConfig:getClientConfig")).toThrow(
      "The offline check cannot run 'azure:core/getClientConfig:getClientConfig': it would need the provider and a cloud account.",
    );
  });
});
