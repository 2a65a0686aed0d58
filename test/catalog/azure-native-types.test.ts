import * as fs from "fs";
import { describe, it, expect } from "vitest";
import {
  GENERATED_FROM,
  SDK_VERSION,
  azureNativeTypeTokens,
  lookupAzureNativeType,
  toModuleAndType,
} from "../../policy-pack/catalog/azure-native-types";
import {
  DEFAULT_OUT,
  DEFAULT_SDK_DIR,
  buildTypeTable,
  countTypeTable,
  isOwnName,
  namedPhrase,
  serializeTypeTable,
} from "../../scripts/generate-type-table";

const get = (t: string) => {
  const info = lookupAzureNativeType(t);
  if (!info) throw new Error(`${t} missing from the type table`);
  return info;
};

describe("azure-native type table: pinned facts", () => {
  it("is generated from the installed SDK version", () => {
    expect(GENERATED_FROM).toBe("@pulumi/azure-native@3.28.0");
    expect(SDK_VERSION).toBe("3.28.0");
  });

  it("storage:StorageAccount has location and rg", () => {
    expect(get("storage:StorageAccount")).toMatchObject({ location: true, rg: true, parents: [], scope: [] });
  });

  it("storage:BlobContainer has no location and lives in its account", () => {
    expect(get("storage:BlobContainer")).toMatchObject({ location: false, rg: true, parents: ["accountName"] });
  });

  it("cognitiveservices:Deployment lives in its account", () => {
    expect(get("cognitiveservices:Deployment")).toMatchObject({ location: false, parents: ["accountName"] });
  });

  it("sql:Database has location and parent serverName", () => {
    expect(get("sql:Database")).toMatchObject({ location: true, rg: true, parents: ["serverName"] });
  });

  it("resources:ResourceGroup has location", () => {
    expect(get("resources:ResourceGroup").location).toBe(true);
  });

  it("keyvault:Secret lives in its vault", () => {
    expect(get("keyvault:Secret")).toMatchObject({ location: false, parents: ["vaultName"] });
  });

  it("monitor:DiagnosticSetting is an extension on resourceUri without location", () => {
    expect(get("monitor:DiagnosticSetting")).toMatchObject({ location: false, rg: false, scope: ["resourceUri"] });
  });

  it("covers the children named in vectors.md V02 and a few heuristic edge cases", () => {
    expect(get("sql:FailoverGroup")).toMatchObject({ location: false, parents: ["serverName"] });
    // The own name input of keyvault:Key is optional; the vault JSDoc mentions "key" but names the parent.
    expect(get("keyvault:Key").parents).toEqual(["vaultName"]);
    // web:* children name the app with the bare `name` input.
    expect(get("web:WebAppSlot").parents).toEqual(["name"]);
    // cdn echoes profileName as an output; it is still the parent.
    expect(get("cdn:AFDEndpoint").parents).toEqual(["profileName"]);
    // Body display names are never parents.
    expect(get("apimanagement:Product").parents).toEqual(["serviceName"]);
    expect(get("authorization:RoleAssignment").scope).toEqual(["scope"]);
    // A required `resourceId` that is the export destination is not a scope.
    expect(get("operationalinsights:DataExport").scope).toEqual([]);
  });

  it("has 2,288 types, 977 with location, 1,311 without (vectors.md §0/V01/V02)", () => {
    const tokens = azureNativeTypeTokens();
    expect(tokens).toHaveLength(2288);
    const withLocation = tokens.filter((t) => get(t).location).length;
    expect(withLocation).toBe(977);
    expect(tokens.length - withLocation).toBe(1311);
  });
});

describe("lookupAzureNativeType", () => {
  it("accepts full and parameterized tokens", () => {
    expect(toModuleAndType("azure-native:storage:BlobContainer")).toBe("storage:BlobContainer");
    expect(toModuleAndType("azure-native_storage_v20240101:storage:BlobContainer")).toBe("storage:BlobContainer");
    expect(lookupAzureNativeType("azure-native:sql:Database")).toBe(get("sql:Database"));
  });

  it("returns undefined for unknown types and prototype keys", () => {
    expect(lookupAzureNativeType("storage:NoSuchThing")).toBeUndefined();
    expect(lookupAzureNativeType("constructor")).toBeUndefined();
    expect(lookupAzureNativeType("__proto__")).toBeUndefined();
    expect(lookupAzureNativeType("storage:storageaccount")).toBeUndefined();
    expect(lookupAzureNativeType("aws:s3:Bucket")).toBeUndefined();
  });

  it("returns frozen objects", () => {
    const info = get("storage:BlobContainer");
    expect(Object.isFrozen(info)).toBe(true);
    expect(Object.isFrozen(info.parents)).toBe(true);
  });
});

describe("generator heuristics", () => {
  const m = (name: string, doc: string) => ({ name, doc, required: true, type: "pulumi.Input<string>" });

  it("extracts the named phrase from JSDoc", () => {
    expect(namedPhrase("The name of the key vault which contains the key to be created.")).toEqual(["key", "vault"]);
    expect(namedPhrase("Cosmos DB database account name.")).toEqual(["cosmos", "db", "database", "account"]);
    expect(namedPhrase("Gets or sets the name of the certificate.")).toEqual(["certificate"]);
    expect(namedPhrase("Properties of the secret")).toBeUndefined();
  });

  it("tells own names from parent names", () => {
    expect(isOwnName(m("secretName", "Name of the secret."), "Secret")).toBe(true);
    expect(isOwnName(m("failoverGroupName", "The name of the failover group."), "FailoverGroup")).toBe(true);
    expect(isOwnName(m("serverName", "The name of the server containing the failover group."), "FailoverGroup")).toBe(false);
    expect(isOwnName(m("vaultName", "The name of the key vault which contains the key to be created."), "Key")).toBe(false);
    expect(isOwnName(m("name", "Name of the app."), "WebAppSlot")).toBe(false);
    expect(isOwnName(m("name", "Gets or sets the name of the certificate."), "Certificate")).toBe(true);
    expect(isOwnName(m("hostPoolName", "The name of the host pool"), "PrivateEndpointConnectionByHostPool")).toBe(false);
  });
});

describe("freshness", () => {
  it("the committed JSON equals what the generator produces from the installed SDK", () => {
    const t0 = Date.now();
    const table = buildTypeTable(DEFAULT_SDK_DIR);
    const elapsed = Date.now() - t0;
    const committed = fs.readFileSync(DEFAULT_OUT, "utf8");
    // On failure: re-run `npx tsx scripts/generate-type-table.ts` and review the diff.
    expect(serializeTypeTable(table)).toBe(committed);
    expect(countTypeTable(table)).toMatchObject({ types: 2288, location: 977, noLocation: 1311 });
    expect(elapsed).toBeLessThan(10_000);
  }, 30_000);
});
