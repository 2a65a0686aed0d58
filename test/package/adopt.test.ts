/**
 * Adopting data-boundary in another repository, end to end and offline: `npm pack` of this repository (which builds
 * it), then an install of the tarball in a Pulumi TypeScript project under the system's temporary folder, outside
 * this repository, beside @pulumi/pulumi, @pulumi/azure-native, TypeScript and @types/node at the versions of this
 * repository's lockfile. A user runs `npm install <tarball> @pulumi/pulumi @pulumi/azure-native`, which resolves the
 * tarball's dependencies and peers from the registry and writes the project's lockfile. Offline, npm cannot resolve
 * (it needs the registry's package documents, which `npm ci` does not cache), so the test writes that lockfile
 * itself, with the tarball as a `file:` dependency, and installs it with `npm ci --offline` from the tarballs `npm ci`
 * cached; `npm ls --all` then proves that the tree meets every dependency and peer range the package declares. Then,
 * as the user would: the program's `index.ts` imports three components and type-checks under `strict`;
 * `data-boundary init` and `data-boundary check` run from the installed package with the project's own SDK; the
 * action's check step runs it in a workspace; and the shipped pack starts as `pulumi preview --policy-pack` starts
 * it and packs for publishing.
 */
import { execFileSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import { createRequire } from "module";
import * as os from "os";
import * as path from "path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPolicyPack } from "../../cli/pack/start-pack";
import { REPORT_MARKER } from "../../cli/report/markdown";
import { runActionCheck } from "../helpers/action";
import { ProcessResult, runProcess } from "../helpers/process";

const REPO_ROOT = path.resolve(__dirname, "../..");
const MINUTES = 60_000;

/** The user's program: three components, and a resource group placed where the stack config says. */
const PROGRAM = `import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import { KeyVault, ResourceGroup, StorageAccount } from "data-boundary/components";

const config = new pulumi.Config();
const group = new ResourceGroup("app", { location: "westeurope" });

export const storageAccountId = new StorageAccount("data", { resourceGroupName: group.name, location: "westeurope" }).resourceId;

export const vaultId = new KeyVault("keys", {
  resourceGroupName: group.name,
  location: "westeurope",
  tenantId: config.require("tenantId"),
}).resourceId;

const legacyLocation = config.get("legacyLocation");
if (legacyLocation) {
  new resources.ResourceGroup("legacy", { location: legacyLocation });
}
`;

/** The line of the resource the `us` stack places in eastus, as the report must name it. */
const LEGACY_LINE = PROGRAM.split("\n").findIndex((line) => line.includes('new resources.ResourceGroup("legacy"')) + 1;

/** The tsconfig.json of Pulumi's TypeScript project template. */
const TSCONFIG = {
  compilerOptions: {
    strict: true,
    outDir: "bin",
    target: "es2020",
    module: "commonjs",
    moduleResolution: "node",
    sourceMap: true,
    experimentalDecorators: true,
    pretty: true,
    noFallthroughCasesInSwitch: true,
    noImplicitReturns: true,
    forceConsistentCasingInFileNames: true,
  },
  files: ["index.ts"],
};

const STACK_CONFIG = `config:
  azure-native:location: westeurope
  adopter:tenantId: 00000000-0000-0000-0000-000000000000
`;

let workspace: string;
let project: string;
let env: NodeJS.ProcessEnv;

/**
 * The environment of the processes a user would start: without the npm_* variables of an enclosing `npm test`
 * (npm_config_local_prefix would point npm at this repository), with Pulumi's ts-node cache inside the workspace.
 */
function userEnvironment(cacheDir: string): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(
    ([key]) => !key.startsWith("npm_") || /^npm_config_(cache|userconfig|globalconfig)$/.test(key),
  );
  return { ...Object.fromEntries(kept), TS_NODE_CACHE_DIRECTORY: cacheDir };
}

const run = (command: string, args: string[], cwd: string): Promise<ProcessResult> => runProcess(command, args, { cwd, env });

/** Runs a command that must succeed, and says what it printed when it does not. */
async function succeed(command: string, args: string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} in ${cwd} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** What a project's package.json declares, and its lockfile's root entry repeats. */
interface ProjectManifest {
  readonly name: string;
  readonly version: string;
  readonly dependencies: Record<string, string>;
  readonly devDependencies: Record<string, string>;
}

/** The lockfile entry npm writes for a package installed from a local tarball, read from the tarball itself. */
function tarballEntry(tarballPath: string, spec: string): object {
  const shipped = JSON.parse(execFileSync("tar", ["-xOzf", tarballPath, "package/package.json"], { encoding: "utf8" }));
  const integrity = `sha512-${createHash("sha512").update(fs.readFileSync(tarballPath)).digest("base64")}`;
  const { version, license, dependencies, peerDependencies, bin, engines } = shipped;
  return { version, resolved: spec, integrity, license, dependencies, peerDependencies, bin, engines };
}

/**
 * The project's lockfile as `npm install <tarball>` would write it: this repository's installed packages under
 * node_modules (without its workspace and their links; `npm ci` leaves out what the project does not reach) and the
 * tarball under node_modules/data-boundary.
 */
function projectLockfile(manifest: ProjectManifest, tarballPath: string, spec: string): object {
  const lock = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package-lock.json"), "utf8"));
  const packages = Object.entries(lock.packages as Record<string, { link?: boolean }>).filter(
    ([location, entry]) => location.startsWith("node_modules/") && !entry.link,
  );
  const installed = { ...Object.fromEntries(packages), "node_modules/data-boundary": tarballEntry(tarballPath, spec) };
  return { ...lock, name: manifest.name, version: manifest.version, packages: { "": manifest, ...installed } };
}

/** The installed version of a package in this repository, which the project pins so that the lockfile has it. */
const repoVersion = (name: string): string => createRequire(path.join(REPO_ROOT, "package.json"))(`${name}/package.json`).version;

beforeAll(async () => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), "data-boundary-adopt-"));
  project = path.join(workspace, "project");
  env = userEnvironment(path.join(workspace, "ts-node-cache"));
  fs.mkdirSync(project);

  await succeed("npm", ["pack", "--pack-destination", workspace], REPO_ROOT);
  const tarball = fs.readdirSync(workspace).find((name) => /^data-boundary-.*\.tgz$/.test(name));
  if (!tarball) throw new Error(`npm pack wrote no data-boundary tarball to ${workspace}.`);

  const spec = `file:../${tarball}`;
  const manifest: ProjectManifest = {
    name: "adopter",
    version: "1.0.0",
    dependencies: {
      "@pulumi/azure-native": repoVersion("@pulumi/azure-native"),
      "@pulumi/pulumi": repoVersion("@pulumi/pulumi"),
      "data-boundary": spec,
    },
    devDependencies: { "@types/node": repoVersion("@types/node"), typescript: repoVersion("typescript") },
  };
  fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ ...manifest, private: true, main: "index.ts" }, null, 2));
  fs.writeFileSync(path.join(project, "package-lock.json"), JSON.stringify(projectLockfile(manifest, path.join(workspace, tarball), spec), null, 2));
  await succeed("npm", ["ci", "--offline", "--no-audit", "--no-fund"], project);

  fs.writeFileSync(path.join(project, "Pulumi.yaml"), "name: adopter\nruntime:\n  name: nodejs\n  options:\n    typescript: true\n");
  fs.writeFileSync(path.join(project, "Pulumi.dev.yaml"), STACK_CONFIG);
  fs.writeFileSync(path.join(project, "Pulumi.us.yaml"), `${STACK_CONFIG}  adopter:legacyLocation: eastus\n`);
  fs.writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
  fs.writeFileSync(path.join(project, "index.ts"), PROGRAM);
}, 15 * MINUTES);

afterAll(async () => {
  // Asynchronously: removing an installed node_modules takes long enough to starve the test worker's messages.
  if (workspace) await fs.promises.rm(workspace, { recursive: true, force: true });
}, 5 * MINUTES);

describe("the installed package", () => {
  it("ships compiled JavaScript with declarations, the compiled pack and the bin, and no TypeScript source", () => {
    const installed = path.join(project, "node_modules", "data-boundary");
    const files = (fs.readdirSync(installed, { recursive: true }) as string[]).map((file) => file.split(path.sep).join("/"));
    expect(files.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining([
        "cli/bin/data-boundary.js",
        "dist/cli/main.js",
        "dist/cli/host/promise-stacks.cjs",
        "dist/components/index.js",
        "dist/components/index.d.ts",
        "policy-pack/package.json",
        "policy-pack/PulumiPolicy.yaml",
        "policy-pack/bin/index.js",
      ]),
    );
  });

  it("ships the Apache-2.0 licence that package.json names, as the repository's LICENSE file", () => {
    const installed = path.join(project, "node_modules", "data-boundary");
    expect(JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8")).license).toBe("Apache-2.0");
    const licence = fs.readFileSync(path.join(installed, "LICENSE"), "utf8");
    expect(licence).toBe(fs.readFileSync(path.join(REPO_ROOT, "LICENSE"), "utf8"));
    expect(licence.split("\n").slice(1, 3).map((line) => line.trim())).toEqual(["Apache License", "Version 2.0, January 2004"]);
  });

  it("meets the package's peer ranges with the project's own SDKs: npm ls finds nothing invalid or missing", async () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(project, "node_modules", "data-boundary", "package.json"), "utf8"));
    expect(Object.keys(shipped.peerDependencies).sort()).toEqual(["@pulumi/azure-native", "@pulumi/pulumi"]);
    const listed = await run("npm", ["ls", "--all"], project);
    expect(listed.stderr).toBe("");
    expect(listed.status).toBe(0);
  });

  it("leaves exactly one copy of @pulumi/pulumi: the program, the components and the shipped pack load the same SDK", async () => {
    expect((await succeed("npm", ["ls", "--all", "--parseable", "@pulumi/pulumi"], project)).trim().split("\n")).toEqual([
      path.join(project, "node_modules", "@pulumi", "pulumi"),
    ]);
    const sdk = createRequire(path.join(project, "index.ts")).resolve("@pulumi/pulumi");
    const components = createRequire(path.join(project, "node_modules/data-boundary/dist/components/index.js"));
    const pack = createRequire(path.join(project, "node_modules/data-boundary/policy-pack/PulumiPolicy.yaml"));
    expect(components.resolve("@pulumi/pulumi")).toBe(sdk);
    expect(createRequire(pack.resolve("@pulumi/policy")).resolve("@pulumi/pulumi")).toBe(sdk);
  });

  it("type-checks the user's index.ts, which imports three components, under strict with the project's TypeScript", async () => {
    const result = await run(process.execPath, [path.join(project, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "."], project);
    expect(`${result.stdout}${result.stderr}`).toBe("");
    expect(result.status).toBe(0);
  }, 10 * MINUTES);
});

describe("npx data-boundary in the project", () => {
  it("init writes the stack's pack config, which check then uses by default", async () => {
    const result = await run("npx", ["--no-install", "data-boundary", "init", "--stack", "dev"], project);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe(
      "Wrote policy-config.dev.json: the policy pack config of stack dev: boundary eudb, the EU Data Boundary (EU + EFTA).",
    );
    expect(fs.existsSync(path.join(project, ".github/workflows/data-boundary.yml"))).toBe(true);
  });

  it("passes the compliant program with exit 0, running it with the project's SDK", async () => {
    const result = await run("npx", ["--no-install", "data-boundary", "check", ".", "--stack", "dev"], project);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toMatch(/^data-boundary check: adopter \/ dev, boundary eudb \(.*\) from policy-config\.dev\.json$/);
    expect(result.stdout).toMatch(/\nPASSED: no mandatory violation, 0 advisory, \d+ resources checked\.\n/);
    // Pulumi's ts-node kept the compiled program where TS_NODE_CACHE_DIRECTORY says: what the action caches.
    const cached = fs.readdirSync(env.TS_NODE_CACHE_DIRECTORY!, { recursive: true }) as string[];
    expect(cached.filter((file) => file.endsWith(".js")).length).toBeGreaterThan(0);
  }, 10 * MINUTES);

  it("blocks the resource group placed in eastus with exit 1, naming it and its index.ts line", async () => {
    const result = await run("npx", ["--no-install", "data-boundary", "check", ".", "--stack", "us"], project);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      [
        `azure-native:resources:ResourceGroup 'legacy' index.ts:${LEGACY_LINE}`,
        "  [mandatory] location-in-boundary: Resource group 'legacy' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
      ].join("\n"),
    );
    expect(result.stdout).toMatch(/\nBLOCKED: 1 mandatory violation\(s\), 0 advisory, \d+ resources checked\.\n/);
  }, 10 * MINUTES);
});

describe("the action's check step in a workspace that holds the project", () => {
  it("runs the installed check and writes exit code 1, the comment and the SARIF on the declaring line", async () => {
    const inputs = { INPUT_PROGRAM_DIR: "project", INPUT_STACK: "us", INPUT_COMMENT: "true", INPUT_SARIF: "true" };
    const result = await runActionCheck(workspace, inputs, env);
    try {
      const files = path.join(result.outDir, "files");
      expect(result.status).toBe(0);
      expect(result.outputs).toEqual({
        "exit-code": "1",
        report: path.join(files, "project-us.json"),
        "comment-file": path.join(files, "project-us.md"),
        "sarif-file": path.join(files, "project-us.sarif"),
      });
      const comment = fs.readFileSync(result.outputs["comment-file"], "utf8");
      expect(comment.split("\n")[0]).toBe(REPORT_MARKER);
      expect(comment).toContain("legacy");
      const sarif = JSON.parse(fs.readFileSync(result.outputs["sarif-file"], "utf8"));
      const locations = sarif.runs[0].results.map((r: { locations: { physicalLocation: unknown }[] }) => r.locations[0].physicalLocation);
      expect(locations).toEqual([{ artifactLocation: { uri: "project/index.ts" }, region: { startLine: LEGACY_LINE } }]);
    } finally {
      fs.rmSync(result.outDir, { recursive: true, force: true });
    }
  }, 10 * MINUTES);
});

describe("the shipped policy pack", () => {
  const packDir = () => path.join(project, "node_modules", "data-boundary", "policy-pack");

  it("starts as pulumi preview --policy-pack node_modules/data-boundary/policy-pack starts it", async () => {
    const pack = await startPolicyPack(packDir());
    try {
      const info = await pack.client.getAnalyzerInfo();
      expect(info.name).toBe("data-boundary");
      expect(info.policies.map((policy) => policy.name)).toContain("location-in-boundary");
    } finally {
      await pack.stop();
    }
  });

  it("packs for pulumi policy publish from the installed folder, with nothing to build", async () => {
    const packed = JSON.parse(await succeed("npm", ["pack", "--dry-run", "--json"], packDir()));
    const files: string[] = packed[0].files.map((file: { path: string }) => file.path);
    expect(files).toEqual(expect.arrayContaining(["package.json", "PulumiPolicy.yaml", "bin/index.js"]));
    expect(files.filter((file) => !/^bin\/.*\.(js|json)$/.test(file)).sort()).toEqual(["PulumiPolicy.yaml", "package.json"]);
  });
});
