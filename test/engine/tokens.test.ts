import { describe, expect, it } from "vitest";
import { keysOf, parseEscapeHatchToken, parseTypeToken } from "../../policy-pack/engine";

describe("parseTypeToken: every azure-native token resolves to its one 3.x key", () => {
  it("keeps a 3.x token as it is", () => {
    expect(parseTypeToken("azure-native:storage:StorageAccount")).toEqual({
      provider: "azure-native",
      module: "storage",
      type: "StorageAccount",
      key: "storage:StorageAccount",
      written: "storage:StorageAccount",
    });
  });

  it("maps the module of azure-native 1.x and 2.x to the 3.x key, keeping what was written", () => {
    expect(parseTypeToken("azure-native:insights:DiagnosticSetting")).toMatchObject({ module: "monitor", key: "monitor:DiagnosticSetting", written: "insights:DiagnosticSetting" });
    expect(parseTypeToken("azure-native:network:PrivateZone")?.key).toBe("privatedns:PrivateZone");
    expect(parseTypeToken("azure-native:network:VirtualNetworkLink")?.key).toBe("privatedns:VirtualNetworkLink");
    expect(parseTypeToken("azure-native:insights:WebTest")?.key).toBe("applicationinsights:WebTest");
    expect(parseTypeToken("azure-native:documentdb:DatabaseAccount")?.key).toBe("cosmosdb:DatabaseAccount");
  });

  it("strips the version of an explicit API-version module, and records it", () => {
    expect(parseTypeToken("azure-native:storage/v20230101:StorageAccount")).toEqual({
      provider: "azure-native",
      module: "storage",
      type: "StorageAccount",
      key: "storage:StorageAccount",
      written: "storage/v20230101:StorageAccount",
      apiVersion: "v20230101",
    });
    expect(parseTypeToken("azure-native:insights/v20210501preview:DiagnosticSetting")).toMatchObject({ key: "monitor:DiagnosticSetting", apiVersion: "v20210501preview" });
  });

  it("records the API version of a parameterized package", () => {
    expect(parseTypeToken("azure-native_storage_v20240101:storage:StorageAccount")).toMatchObject({ key: "storage:StorageAccount", written: "storage:StorageAccount", apiVersion: "v20240101" });
  });

  it("prefers the 3.x key over an alias of the same name that another 3.x type lists", () => {
    expect(parseTypeToken("azure-native:alertsmanagement:ActionRuleByName")?.key).toBe("alertsmanagement:ActionRuleByName");
    expect(parseTypeToken("azure-native:alertsmanagement:ActionRuleByName")?.candidates).toBeUndefined();
  });

  it("maps an alias several 3.x types list to the one of its own name", () => {
    const container = parseTypeToken("azure-native:documentdb:SqlResourceSqlContainer");
    expect(container).toMatchObject({ key: "cosmosdb:SqlResourceSqlContainer" });
    expect(container?.candidates).toBeUndefined();
  });

  it("lists every candidate of an alias no 3.x type of its name claims, the key first", () => {
    const rule = parseTypeToken("azure-native:securityinsights:NrtAlertRule")!;
    expect(rule.candidates).toEqual(["securityinsights:FusionAlertRule", "securityinsights:MicrosoftSecurityIncidentCreationAlertRule", "securityinsights:ScheduledAlertRule"]);
    expect(rule.key).toBe("securityinsights:FusionAlertRule");
    expect(keysOf(rule)).toEqual(rule.candidates);
    expect(keysOf(parseTypeToken("azure-native:storage:StorageAccount")!)).toEqual(["storage:StorageAccount"]);
  });

  it("keeps a type no SDK lists under its unversioned key, which no rule names", () => {
    expect(parseTypeToken("azure-native:storage/v20990101:FutureThing")).toMatchObject({ key: "storage:FutureThing", apiVersion: "v20990101" });
  });

  it("parses the classic provider and nothing else", () => {
    expect(parseTypeToken("azure:storage/account:Account")).toMatchObject({ provider: "azure", key: "azure:storage:Account", written: "azure:storage:Account" });
    expect(parseTypeToken("aws:s3/bucket:Bucket")).toBeUndefined();
    expect(parseTypeToken("pulumi:providers:azure-native")).toBeUndefined();
    expect(parseTypeToken("azure-native:storage")).toBeUndefined();
    expect(parseEscapeHatchToken("command:local:Command")).toMatchObject({ provider: "command", key: "command:local:Command" });
  });

  it("gives the same frozen token for the same string", () => {
    const token = parseTypeToken("azure-native:insights:DiagnosticSetting");
    expect(parseTypeToken("azure-native:insights:DiagnosticSetting")).toBe(token);
    expect(Object.isFrozen(token)).toBe(true);
  });
});
