import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AzureNativeSdk } from "../../cli/host/azure-native-sdk";
import { createEngineService } from "../../cli/host/engine-service";
import { RunningServer, startServer } from "../../cli/host/grpc-server";
import { createPreviewMonitor, PreviewMonitor } from "../../cli/host/monitor";
import type { HostLogEntry, RegisteredResource } from "../../cli/host/types";
import * as components from "../../components";
import { BOUNDARY_PRESETS, CUSTOM_PRESET_ID } from "../../policy-pack/catalog";
import { PROVIDER_DIR, RunningPlugin, startPlugin } from "./plugin";

/** The stack of the program that uses the components, as the engine names it in Construct. */
const STACK_URN = "urn:pulumi:dev::consumer::pulumi:pulumi:Stack::consumer-dev";
const TENANT = "00000000-0000-0000-0000-0000000000aa";
const EXO = "00000000-0000-0000-0000-0000000000e1";
/** Wire signature of an output value (`@pulumi/pulumi` `runtime/rpc` `specialSigKey`, `specialOutputValueSig`). */
const OUTPUT_VALUE = { "4dabf18193072939515e22adb298388d": "d0e6a833031e9bbcd3f4e8bde6ca49a4" };
/** Start-up, GetSchema and Construct run the TypeScript analyzer once, 10-40 s on a shared machine. */
const PLUGIN_TIMEOUT_MS = 240_000;

let consumerDir: string;
let server: RunningServer;
let monitor: PreviewMonitor;
let plugin: RunningPlugin;
let servedSchema: string;
let printedSchema: Promise<{ exitCode: number; stdout: string; stderr: string }>;

/** Runs `npx data-boundary schema` (the package's bin) in its own process, as a user would. */
function printSchema(): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const bin = path.resolve(__dirname, "../../cli/bin/data-boundary.js");
  return new Promise((resolve) =>
    execFile(process.execPath, [bin, "schema"], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ exitCode: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

beforeAll(async () => {
  consumerDir = fs.mkdtempSync(path.join(os.tmpdir(), "data-boundary-consumer-"));
  const logs: HostLogEntry[] = [];
  monitor = createPreviewMonitor({
    project: "consumer",
    stack: "dev",
    organization: "organization",
    programDir: consumerDir,
    config: { values: {}, secretKeys: [] },
    sdk: AzureNativeSdk.locate(PROVIDER_DIR),
    classicSdk: undefined, // the components use azure-native only
    logs,
  });
  server = await startServer(monitor.service, createEngineService(logs));
  printedSchema = printSchema();
  plugin = await startPlugin(PROVIDER_DIR, server.address, consumerDir, PLUGIN_TIMEOUT_MS);
  await plugin.configure();
  servedSchema = await plugin.schema();
}, PLUGIN_TIMEOUT_MS * 2);

afterAll(async () => {
  await plugin?.stop();
  await server?.stop();
  fs.rmSync(consumerDir, { recursive: true, force: true });
});

/** The resources registered under the component `urn` (its whole subtree), in registration order. */
function subtree(urn: string): RegisteredResource[] {
  const inside = new Set([urn]);
  return monitor.resources.filter((r) => r.parent !== undefined && inside.has(r.parent) && inside.add(r.urn));
}

function registered(type: string, name: string): RegisteredResource {
  const found = monitor.resources.find((r) => r.type === type && r.name === name);
  if (!found) throw new Error(`${type} '${name}' was not registered; registered: ${monitor.resources.map((r) => `${r.type} ${r.name}`).join(", ")}`);
  return found;
}

describe("the component package, started as the engine starts a Node.js plugin", () => {
  it("reports the version of provider/package.json, which is the repository's", async () => {
    const version = (pkg: string) => JSON.parse(fs.readFileSync(pkg, "utf8")).version;
    expect(await plugin.version()).toBe(version(path.join(PROVIDER_DIR, "package.json")));
    expect(version(path.join(PROVIDER_DIR, "package.json"))).toBe(version(path.join(PROVIDER_DIR, "..", "package.json")));
  });

  it("GetSchema returns exactly what `data-boundary schema` prints", async () => {
    const printed = await printedSchema;
    expect(printed).toEqual({ exitCode: 0, stdout: `${servedSchema}\n`, stderr: "" });
    expect(JSON.parse(servedSchema).resources).toHaveProperty(["data-boundary:index:StorageAccount", "isComponent"], true);
  }, PLUGIN_TIMEOUT_MS);

  it("Construct of a StorageAccount registers the component, its earlier token as an alias, and an in-boundary, zone-redundant account under it", async () => {
    const { urn, state } = await plugin.construct(
      { type: "data-boundary:index:StorageAccount", name: "st", parent: STACK_URN, inputs: { resourceGroupName: "rg-data", location: "westeurope" } },
      server.address,
    );
    expect(urn).toBe("urn:pulumi:dev::consumer::data-boundary:index:StorageAccount::st");
    expect(registered("data-boundary:index:StorageAccount", "st")).toMatchObject({ urn, custom: false, parent: STACK_URN });
    // A stack deployed before the components were served keeps them: the token they had then is an alias.
    expect(registered("data-boundary:index:StorageAccount", "st").aliases).toEqual([{ type: "data-boundary:storage:StorageAccount" }]);
    expect(subtree(urn).map((r) => `${r.type} ${r.name}`)).toEqual(["azure-native:storage:StorageAccount st"]);
    expect(registered("azure-native:storage:StorageAccount", "st").inputs).toMatchObject({
      resourceGroupName: "rg-data",
      location: "westeurope",
      sku: { name: "Standard_ZRS" },
      kind: "StorageV2",
      allowCrossTenantReplication: false,
      allowBlobPublicAccess: false,
      publicNetworkAccess: "Disabled",
      minimumTlsVersion: "TLS1_2",
    });
    expect(state.skuName).toBe("Standard_ZRS");
  });

  it("Construct of a KeyVault with a key registers the vault (purge protection, RBAC) and the key under the component", async () => {
    const { urn } = await plugin.construct(
      {
        type: "data-boundary:index:KeyVault",
        name: "kv",
        parent: STACK_URN,
        inputs: { resourceGroupName: "rg-keys", location: "swedencentral", tenantId: TENANT, hsmBackedKeys: true, keys: [{ name: "cmk" }] },
      },
      server.address,
    );
    expect(subtree(urn).map((r) => `${r.type} ${r.name}`)).toEqual(["azure-native:keyvault:Vault kv", "azure-native:keyvault:Key kv-key-cmk"]);
    expect(registered("azure-native:keyvault:Vault", "kv").inputs).toMatchObject({
      location: "swedencentral",
      properties: { tenantId: TENANT, sku: { family: "A", name: "premium" }, enablePurgeProtection: true, enableRbacAuthorization: true, publicNetworkAccess: "Disabled" },
    });
    expect(registered("azure-native:keyvault:Key", "kv-key-cmk").inputs).toMatchObject({ keyName: "cmk", properties: { kty: "RSA-HSM", keySize: 3072 } });
  });

  it("Construct of the Customer Key vault pair under the stack's `ch` boundary puts both vaults in Switzerland", async () => {
    const { urn } = await plugin.construct(
      {
        type: "data-boundary:index:CustomerKeyVaults",
        name: "ck",
        parent: STACK_URN,
        config: { "data-boundary:preset": "ch" },
        inputs: {
          resourceGroupName: "rg-ck",
          primaryLocation: "switzerlandnorth",
          secondaryLocation: "switzerlandwest",
          acknowledgeRestrictedRegion: true,
          tenantId: TENANT,
          microsoft365ServicePrincipals: { exchangeOnline: EXO },
        },
      },
      server.address,
    );
    const vaults = subtree(urn).filter((r) => r.type === "azure-native:keyvault:Vault");
    expect(vaults.map((v) => [v.name, v.inputs.location])).toEqual([["ck-primary", "switzerlandnorth"], ["ck-secondary", "switzerlandwest"]]);
    expect(subtree(urn).filter((r) => r.type === "data-boundary:index:KeyVault").map((r) => r.parent)).toEqual([urn, urn]);
    expect(registered("azure-native:keyvault:Key", "ck-secondary-key-m365-customer-key").inputs.properties).toMatchObject({ kty: "RSA-HSM", keySize: 2048, keyOps: ["wrapKey", "unwrapKey"] });
    expect(registered("azure-native:authorization:RoleAssignment", "ck-primary-role-0").inputs).toMatchObject({ principalId: EXO, principalType: "ServicePrincipal" });
  });

  it("accepts an Output where the schema takes an Input: a resource group name from another resource", async () => {
    const rgName = { ...OUTPUT_VALUE, dependencies: ["urn:pulumi:dev::consumer::azure-native:resources:ResourceGroup::rg"] };
    const { urn } = await plugin.construct(
      { type: "data-boundary:index:LogAnalyticsWorkspace", name: "law", parent: STACK_URN, inputs: { resourceGroupName: rgName, location: "northeurope" } },
      server.address,
    );
    const workspace = registered("azure-native:operationalinsights:Workspace", "law");
    expect(workspace.parent).toBe(urn);
    expect(workspace.inputs).toMatchObject({ resourceGroupName: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", location: "northeurope" });
    expect(workspace.propertyDependencies.resourceGroupName).toEqual(["urn:pulumi:dev::consumer::azure-native:resources:ResourceGroup::rg"]);
  });

  describe("fails Construct with the component's error, before anything is registered", () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [
        "a location outside the boundary",
        { resourceGroupName: "rg", location: "eastus" },
        "Storage account 'st-bad' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
      ],
      [
        "a geo-redundant SKU whose pair leaves the country",
        { resourceGroupName: "rg", location: "westeurope", sku: "Standard_GRS", boundary: "nl" },
        "Storage account 'st-bad' keeps a geo-redundant copy in northeurope (Ireland) through sku.name Standard_GRS, outside the Netherlands. Use Standard_ZRS or Standard_LRS, or a location whose pair is inside the boundary.",
      ],
      [
        "a location known only later (an output of another resource)",
        { resourceGroupName: "rg", location: { ...OUTPUT_VALUE, dependencies: ["urn:pulumi:dev::consumer::azure-native:resources:ResourceGroup::rg"] } },
        "StorageAccount 'st-bad' received location as a computed value (an output of another resource, a value unknown during preview, or a secret). " +
          "The component needs it known when it is built, to check it against the boundary before anything is created. " +
          "Pass location as a plain value, such as a literal in the program or a stack config value.",
      ],
      [
        "a SKU the schema does not list",
        { resourceGroupName: "rg", location: "westeurope", sku: "Standard_GRS2" },
        "StorageAccount 'st-bad' has sku \"Standard_GRS2\"; expected one of Standard_LRS, Standard_ZRS, Standard_GRS, Standard_RAGRS, Standard_GZRS, Standard_RAGZRS, Premium_LRS, Premium_ZRS. Set each to one of the values listed.",
      ],
      [
        "a boundary the catalogue does not know",
        { resourceGroupName: "rg", location: "westeurope", boundary: "uk" },
        'StorageAccount \'st-bad\' has boundary "uk"; expected one of eudb, eu, ch, de, fr, se, no, nl, ie, pl, it, es, at, be, dk, custom. Set each to one of the values listed.',
      ],
    ];
    it.each(cases)("%s", async (_case, inputs, message) => {
      const before = monitor.resources.length;
      await expect(plugin.construct({ type: "data-boundary:index:StorageAccount", name: "st-bad", parent: STACK_URN, inputs }, server.address)).rejects.toThrow(new Error(message));
      expect(monitor.resources.slice(before)).toEqual([]);
    });
  });
});

/** A property of the served schema, as these tests read it. */
interface Property {
  readonly $ref?: string;
  readonly plain?: boolean;
  readonly description?: string;
}

describe("the schema it serves", () => {
  const schema = () => JSON.parse(servedSchema);
  const resources = (): Record<string, { isComponent: boolean; description: string; inputProperties: Record<string, Property> }> => schema().resources;
  const enumValues = (type: string) => (schema().types[`data-boundary:index:${type}`].enum as { value: unknown }[]).map((member) => member.value);

  it("has one component resource per ComponentResource that components/index.ts exports, named data-boundary:index:<class>", () => {
    const exported = (Object.values(components) as unknown[]).filter(
      (value): value is typeof pulumi.ComponentResource => typeof value === "function" && value.prototype instanceof pulumi.ComponentResource,
    );
    expect(exported).toHaveLength(14);
    expect(Object.keys(resources()).sort()).toEqual(exported.map((cls) => `data-boundary:index:${cls.name}`).sort());
    expect(Object.values(resources()).every((r) => r.isComponent === true)).toBe(true);
  });

  it("uses a package name and type tokens Pulumi's metaschema accepts, and depends on no other package's schema", () => {
    // Patterns of pulumi/pulumi pkg/codegen/schema/pulumi.json: `name`, and `$defs.token`.
    const tokens = [...Object.keys(resources()), ...Object.keys(schema().types)];
    expect(schema().name).toMatch(/^[a-zA-Z][-a-zA-Z0-9_]*$/);
    expect(tokens.filter((token) => !/^[a-zA-Z][-a-zA-Z0-9_]*:([^0-9][a-zA-Z0-9._/-]*)?:[^0-9][a-zA-Z0-9._/-]*$/.test(token))).toEqual([]);
    expect(schema().dependencies).toEqual([]);
  });

  it("describes each component and each input from the JSDoc", () => {
    const storage = resources()["data-boundary:index:StorageAccount"];
    expect(storage.description.startsWith("A storage account that keeps its data inside the boundary: zone- or locally-redundant by default")).toBe(true);
    expect(storage.inputProperties.location.description).toBe("Required. A region inside the boundary, as a plain string so that it is checked before anything is created.");
    const undescribed = Object.entries(resources()).flatMap(([token, r]) => Object.entries(r.inputProperties).filter(([, p]) => !p.description).map(([key]) => `${token}.${key}`));
    expect(undescribed).toEqual([]);
    expect(servedSchema).not.toContain("[object Object]");
  });

  it("serves the SKUs, choices and boundary presets as enums, the presets from the catalogue", () => {
    expect(enumValues("BoundaryPresetName")).toEqual([...BOUNDARY_PRESETS.map((p) => p.id), CUSTOM_PRESET_ID]);
    expect(enumValues("StorageSkuName")).toEqual(Object.values(components.StorageSkuName));
    expect(enumValues("ManagedHsmSku")).toEqual(Object.values(components.ManagedHsmSku));
    const skus = Object.entries(resources()).filter(([, r]) => r.inputProperties.sku).map(([token, r]) => [token, r.inputProperties.sku.$ref]);
    expect(skus).toEqual([
      ["data-boundary:index:StorageAccount", "#/types/data-boundary:index:StorageSkuName"],
      ["data-boundary:index:KeyVault", "#/types/data-boundary:index:KeyVaultSku"],
      ["data-boundary:index:LogAnalyticsWorkspace", "#/types/data-boundary:index:LogAnalyticsSku"],
      ["data-boundary:index:PostgreSqlFlexibleServer", "#/types/data-boundary:index:PostgreSqlSkuArgs"],
      ["data-boundary:index:ManagedHsm", "#/types/data-boundary:index:ManagedHsmSku"],
    ]);
    expect(Object.values(resources()).every((r) => r.inputProperties.boundary.$ref === "#/types/data-boundary:index:BoundaryPresetName")).toBe(true);
  });

  it("marks the inputs the components check before creating anything as plain, and references to other resources as inputs", () => {
    const storage = resources()["data-boundary:index:StorageAccount"].inputProperties;
    expect([storage.location.plain, storage.sku.plain, storage.boundary.plain, storage.resourceGroupName.plain]).toEqual([true, true, true, undefined]);
  });
});
