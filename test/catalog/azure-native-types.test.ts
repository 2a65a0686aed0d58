import * as fs from "fs";
import { describe, it, expect } from "vitest";
import {
  GENERATED_FROM,
  SDK_VERSION,
  azureNativeAliases,
  azureNativeTypeTokens,
  lookupAzureNativeType,
  lookupAzureNativeTypeIgnoringCase,
  resolveAzureNativeType,
  toModuleAndType,
} from "../../policy-pack/catalog/azure-native-types";
import { aliasesOf, buildAliasTable, withoutVersion } from "../../scripts/type-table-aliases";
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

  it("accepts the tokens of azure-native 1.x and 2.x and versioned modules, giving the 3.x type", () => {
    expect(toModuleAndType("azure-native:insights:DiagnosticSetting")).toBe("monitor:DiagnosticSetting");
    expect(toModuleAndType("azure-native:insights/v20210501preview:DiagnosticSetting")).toBe("monitor:DiagnosticSetting");
    expect(toModuleAndType("azure-native:storage/v20230101:StorageAccount")).toBe("storage:StorageAccount");
    expect(toModuleAndType("azure-native:network/v20200601:PrivateZone")).toBe("privatedns:PrivateZone");
    expect(lookupAzureNativeType("azure-native:insights:WebTest")).toBe(get("applicationinsights:WebTest"));
    expect(lookupAzureNativeType("network:VirtualNetworkLink")).toBe(get("privatedns:VirtualNetworkLink"));
  });

  it("returns frozen objects", () => {
    const info = get("storage:BlobContainer");
    expect(Object.isFrozen(info)).toBe(true);
    expect(Object.isFrozen(info.parents)).toBe(true);
  });
});

describe("aliases of older SDKs", () => {
  it("records each unversioned alias that is not a 3.x key, with its 3.x key or keys", () => {
    const aliases = azureNativeAliases();
    expect(aliases).toHaveLength(163);
    expect(aliases).toContain("insights:DiagnosticSetting");
    expect(aliases).not.toContain("storage:StorageAccount");
    expect(aliases.some((alias) => alias.includes("/"))).toBe(false);
  });

  it("resolves an alias several 3.x types list deliberately: its own name, else every candidate", () => {
    expect(resolveAzureNativeType("documentdb:SqlResourceSqlContainer")).toEqual({ key: "cosmosdb:SqlResourceSqlContainer" });
    expect(resolveAzureNativeType("cache:FirewallRule")).toEqual({ key: "redis:FirewallRule" });
    expect(resolveAzureNativeType("documentdb:MongoCluster")).toEqual({ key: "cosmosdb:MongoCluster", candidates: ["cosmosdb:MongoCluster", "mongocluster:MongoCluster"] });
    expect(resolveAzureNativeType("kusto:Database")).toEqual({ key: "kusto:ReadOnlyFollowingDatabase", candidates: ["kusto:ReadOnlyFollowingDatabase", "kusto:ReadWriteDatabase"] });
  });

  it("records the inputs of the types type-specific rules read, and only those", () => {
    expect(get("storage:StorageAccount").inputs?.has("sku")).toBe(true);
    expect(get("applicationinsights:WebTest").inputs?.has("locations")).toBe(true);
    expect(get("storage:Table").inputs).toBeUndefined();
  });

  it("reads the aliases a class declares, and drops versions and 3.x keys when it builds the table", () => {
    const js = `const aliasOpts = { aliases: [{ type: "azure-native:insights/v20210501preview:Thing" }, { type: "azure-native:insights:Thing" }] };`;
    expect(aliasesOf(js)).toEqual(["insights/v20210501preview:Thing", "insights:Thing"]);
    expect(aliasesOf("class NoAliases {}")).toEqual([]);
    expect(withoutVersion("insights/v20210501preview:Thing")).toBe("insights:Thing");
    expect(withoutVersion("insights:Thing")).toBe("insights:Thing");
    const keys = new Set(["monitor:Thing", "a:Pair", "a:PairTwin", "b:One", "c:One", "a:Old"]);
    const table = buildAliasTable(
      [
        { token: "monitor:Thing", aliases: ["insights/v1:Thing", "insights:Thing"] },
        { token: "a:Pair", aliases: ["old:Pair"] },
        { token: "a:PairTwin", aliases: ["old:Pair", "a:Old"] },
        { token: "b:One", aliases: ["x:Two"] },
        { token: "c:One", aliases: ["x:Two"] },
      ],
      keys,
    );
    expect(table).toEqual({ "insights:Thing": "monitor:Thing", "old:Pair": "a:Pair", "x:Two": ["b:One", "c:One"] });
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
    expect(countTypeTable(table)).toMatchObject({ types: 2288, location: 977, noLocation: 1311, aliases: 163, ambiguousAliases: 26 });
    expect(elapsed).toBeLessThan(10_000);
  }, 30_000);
});

describe("azure-native type table: lookups that ignore case, for ARM types", () => {
  it("finds a type however it is written, and nothing for a type the table lacks", () => {
    expect(lookupAzureNativeTypeIgnoringCase("storage:storageaccount")?.token).toBe("storage:StorageAccount");
    expect(lookupAzureNativeTypeIgnoringCase("NETWORK:PUBLICIPADDRESS")?.token).toBe("network:PublicIPAddress");
    expect(lookupAzureNativeTypeIgnoringCase("compute:Extension")).toBeUndefined();
  });

  it("finds an older SDK's alias however it is written, as the 3.x type it stands for", () => {
    expect(lookupAzureNativeTypeIgnoringCase("network:virtualnetworklink")?.token).toBe("privatedns:VirtualNetworkLink");
  });

  it("is never a guess: no two types differ only in case, and an alias spelled like a type stands for that type", () => {
    const types = azureNativeTypeTokens();
    expect(new Set(types.map((t) => t.toLowerCase())).size).toBe(types.length);
    const byLowerCase = new Map(types.map((t) => [t.toLowerCase(), t]));
    const clashes = azureNativeAliases().filter((alias) => byLowerCase.has(alias.toLowerCase()));
    expect(clashes.length).toBeGreaterThan(0);
    expect(clashes.filter((alias) => resolveAzureNativeType(alias).key !== byLowerCase.get(alias.toLowerCase()))).toEqual([]);
  });
});
