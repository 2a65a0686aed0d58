/**
 * Generated Pulumi programs for benchmark 5: a TypeScript project of `n` azure-native resources in blocks of ten
 * (a resource group, storage accounts, a Log Analytics workspace with a diagnostic setting, a Cosmos DB account,
 * an Azure OpenAI account and deployment, a SQL server and database), linked through outputs as real programs are.
 * The project has the tsconfig of the repository's test programs (`noCheck`, as `tsx` and the mocks run it).
 */
import * as path from "node:path";
import { freshDir, writeFiles } from "./workspace";

/** Resources per block of the generated program. */
export const RESOURCES_PER_BLOCK = 10;

/** Project name of the generated programs. */
export const PROGRAM_PROJECT = "bench-program";
/** Stack of the generated programs (`Pulumi.bench.yaml` sets `azure-native:location`). */
export const PROGRAM_STACK = "bench";

const PROGRAM = (blocks: number) => `import * as azure from "@pulumi/azure-native";

// ${blocks} blocks of ${RESOURCES_PER_BLOCK} azure-native resources; every fourth block is outside the boundary.
for (let i = 0; i < ${blocks}; i++) {
  const location = i % 4 === 3 ? "eastus" : "westeurope";
  const rg = new azure.resources.ResourceGroup(\`rg\${i}\`, { location });
  const data = new azure.storage.StorageAccount(\`data\${i}\`, {
    resourceGroupName: rg.name,
    location: rg.location,
    kind: azure.storage.Kind.StorageV2,
    sku: { name: azure.storage.SkuName.Standard_LRS },
  });
  new azure.storage.StorageAccount(\`archive\${i}\`, {
    resourceGroupName: rg.name,
    kind: azure.storage.Kind.StorageV2,
    sku: { name: i % 2 === 0 ? azure.storage.SkuName.Standard_GRS : azure.storage.SkuName.Standard_ZRS },
  });
  const logs = new azure.operationalinsights.Workspace(\`logs\${i}\`, {
    resourceGroupName: rg.name,
    location,
    sku: { name: "PerGB2018" },
  });
  new azure.monitor.DiagnosticSetting(\`diag\${i}\`, {
    resourceUri: data.id,
    workspaceId: logs.id,
    metrics: [{ category: "Transaction", enabled: true }],
  });
  new azure.cosmosdb.DatabaseAccount(\`cosmos\${i}\`, {
    resourceGroupName: rg.name,
    location,
    databaseAccountOfferType: "Standard",
    locations: [{ locationName: location, failoverPriority: 0 }],
  });
  const ai = new azure.cognitiveservices.Account(\`ai\${i}\`, {
    resourceGroupName: rg.name,
    location,
    kind: "OpenAI",
    sku: { name: "S0" },
  });
  new azure.cognitiveservices.Deployment(\`gpt\${i}\`, {
    resourceGroupName: rg.name,
    accountName: ai.name,
    sku: { name: i % 2 === 0 ? "GlobalStandard" : "DataZoneStandard", capacity: 10 },
    properties: { model: { format: "OpenAI", name: "gpt-4o", version: "2024-08-06" } },
  });
  const sql = new azure.sql.Server(\`sql\${i}\`, {
    resourceGroupName: rg.name,
    location,
    administratorLogin: "benchadmin",
  });
  new azure.sql.Database(\`db\${i}\`, {
    resourceGroupName: rg.name,
    serverName: sql.name,
    location,
    requestedBackupStorageRedundancy: "Zone",
  });
}
`;

/**
 * Writes a program of `resources` azure-native resources (rounded up to a block) into `bench/.tmp/program-<name>`.
 * `nodeArgs` end up in `Pulumi.yaml`'s `runtime.options.nodeargs`, which the host passes to `node`.
 */
export function generateProgram(name: string, resources: number, nodeArgs: readonly string[] = []): string {
  const dir = freshDir(`program-${name}`);
  const blocks = Math.max(1, Math.ceil(resources / RESOURCES_PER_BLOCK));
  const nodeargs = nodeArgs.length > 0 ? `\n    nodeargs: "${nodeArgs.join(" ")}"` : "";
  writeFiles(dir, {
    "Pulumi.yaml": `name: ${PROGRAM_PROJECT}\nruntime:\n  name: nodejs\n  options:\n    typescript: true${nodeargs}\n`,
    [`Pulumi.${PROGRAM_STACK}.yaml`]: "config:\n  azure-native:location: westeurope\n",
    "package.json": JSON.stringify({ name: PROGRAM_PROJECT, private: true, main: "index.ts" }, null, 2),
    "tsconfig.json": JSON.stringify({ compilerOptions: { strict: true, noCheck: true }, files: ["index.ts"] }, null, 2),
    "index.ts": PROGRAM(blocks),
  });
  return dir;
}

/** The entry file of a generated program. */
export function programEntry(dir: string): string {
  return path.join(dir, "index.ts");
}
