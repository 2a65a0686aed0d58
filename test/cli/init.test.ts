/**
 * `data-boundary init` in temporary projects: where it writes the pack config (where `check` looks for it) and the
 * workflow (the git root, running the action on the project's folder), what it says next, and how it refuses: an
 * existing file without --force, a bad boundary with the pack's own message, a stack it cannot choose.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_PACK_DIR } from "../../cli/pack/configured-pack";
import { parseInitArguments } from "../../cli/init/arguments";
import { runInit } from "../../cli/init/init";
import { ACTION_REF } from "../../cli/init/workflow";
import { runCli } from "../../cli/main";
import { defaultPolicyConfigFile } from "../../cli/policy-config";
import { failure } from "../helpers/cli";

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

interface Layout {
  /** The project's folder under the repository root. Default: the root itself. */
  readonly projectDir?: string;
  /** Stack files to create. Default: dev. */
  readonly stacks?: readonly string[];
  readonly stackConfigDir?: string;
  /** Where package-lock.json (with a package.json) lies, relative to the root. Default: none. */
  readonly lockDir?: string;
  readonly git?: boolean;
}

/** A repository with a Pulumi project; returns the root and the project folder. */
function repository(layout: Layout = {}): { root: string; project: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "db-init-"));
  temporary.push(root);
  const project = path.join(root, layout.projectDir ?? ".");
  const stackDir = path.join(project, layout.stackConfigDir ?? ".");
  fs.mkdirSync(stackDir, { recursive: true });
  if (layout.git !== false) fs.mkdirSync(path.join(root, ".git"));
  const stackConfig = layout.stackConfigDir ? `stackConfigDir: ${layout.stackConfigDir}\n` : "";
  fs.writeFileSync(path.join(project, "Pulumi.yaml"), `name: demo\nruntime: nodejs\n${stackConfig}`);
  for (const stack of layout.stacks ?? ["dev"]) {
    fs.writeFileSync(path.join(stackDir, `Pulumi.${stack}.yaml`), "config:\n  azure-native:location: westeurope\n");
  }
  if (layout.lockDir !== undefined) {
    fs.writeFileSync(path.join(root, layout.lockDir, "package.json"), "{}\n");
    fs.writeFileSync(path.join(root, layout.lockDir, "package-lock.json"), "{}\n");
  }
  return { root, project };
}

const init = (project: string, ...extra: string[]) => runInit(parseInitArguments([project, ...extra]), project);
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, "utf8"));
const workflowOf = (root: string) => parse(fs.readFileSync(path.join(root, ".github/workflows/data-boundary.yml"), "utf8"));


describe("data-boundary init writes the stack's pack config where check looks for it", () => {
  it("writes policy-config.<stack>.json beside Pulumi.<stack>.yaml with the preset, and check then uses it", () => {
    const { project } = repository();
    init(project, "--preset", "ch");
    const file = path.join(project, "policy-config.dev.json");
    expect(fs.readFileSync(file, "utf8")).toBe('{\n  "boundary": {\n    "preset": "ch"\n  }\n}\n');
    expect(defaultPolicyConfigFile(project, "dev")).toBe(file);
  });

  it("follows stackConfigDir, and writes the regions of a custom boundary", () => {
    const { project } = repository({ stackConfigDir: "stacks" });
    init(project, "--preset", "custom", "--regions", "westeurope, northeurope");
    const file = path.join(project, "stacks", "policy-config.dev.json");
    expect(readJson(file)).toEqual({ boundary: { preset: "custom", regions: ["westeurope", "northeurope"] } });
    expect(defaultPolicyConfigFile(project, "dev")).toBe(file);
  });

  it("takes eudb by default and the project's only stack when --stack is not given", () => {
    const { project } = repository({ stacks: ["prod"] });
    init(project);
    expect(readJson(path.join(project, "policy-config.prod.json"))).toEqual({ boundary: { preset: "eudb" } });
  });

  it("says what it wrote and what to do next, with paths from the current folder", () => {
    const { project } = repository();
    expect(init(project, "--preset", "ch").split("\n")).toEqual([
      "Wrote policy-config.dev.json: the policy pack config of stack dev: boundary ch, Switzerland.",
      `Wrote .github/workflows/data-boundary.yml: the pull-request check of stack dev, with ${ACTION_REF}.`,
      "",
      "Next:",
      "  1. Give the components the same boundary in Pulumi.dev.yaml: data-boundary:preset ch (they check their inputs against eudb without it).",
      "  2. Check the program offline: npx data-boundary check . --stack dev",
      `  3. Enforce it in real previews: pulumi preview --stack dev --policy-pack ${path.relative(project, DEFAULT_PACK_DIR)} --policy-pack-config policy-config.dev.json`,
      "  4. Commit what was written, and protect policy-config.dev.json with CODEOWNERS: whoever can change it can move the boundary.",
      "",
    ]);
  });

  it("tells how to create the stack file when --stack names a stack that has none yet", () => {
    const { project } = repository({ stacks: [] });
    const lines = init(project, "--stack", "staging", "--no-workflow").split("\n");
    expect(lines[0]).toBe("Wrote policy-config.staging.json: the policy pack config of stack staging: boundary eudb, the EU Data Boundary (EU + EFTA).");
    expect(lines[3]).toBe(
      "  1. Create Pulumi.staging.yaml, which the check reads the stack's config from: pulumi stack init staging, then pulumi config set azure-native:location westeurope.",
    );
  });
});

describe("data-boundary init writes the pull-request workflow at the root of the repository", () => {
  it("checks the project's folder with the action after npm ci where the lockfile is", () => {
    const { root, project } = repository({ projectDir: "infra", lockDir: "." });
    init(project);
    const workflow = workflowOf(root);
    expect(workflow.on).toEqual({ pull_request: null });
    expect(workflow.permissions).toEqual({ contents: "read", "pull-requests": "write", "security-events": "write" });
    expect(workflow.jobs.check.strategy.matrix).toEqual({ stack: ["dev"] });
    expect(workflow.jobs.check.steps).toEqual([
      { uses: "actions/checkout@v4" },
      { uses: "actions/setup-node@v4", with: { "node-version": 20, cache: "npm", "cache-dependency-path": "package-lock.json" } },
      { run: "npm ci" },
      { uses: ACTION_REF, with: { "program-dir": "infra", stack: "${{ matrix.stack }}" } },
    ]);
  });

  it("installs in the project's folder when the lockfile is there", () => {
    const { root, project } = repository({ projectDir: "deploy/azure", lockDir: "deploy/azure" });
    init(project);
    const steps = workflowOf(root).jobs.check.steps;
    expect(steps[1].with["cache-dependency-path"]).toBe("deploy/azure/package-lock.json");
    expect(steps[2]).toEqual({ run: "npm ci", "working-directory": "deploy/azure" });
    expect(steps[3].with["program-dir"]).toBe("deploy/azure");
  });

  it("uses npm install without the npm cache when there is no lockfile, and the project folder without git", () => {
    const { project } = repository({ git: false });
    init(project);
    const steps = workflowOf(project).jobs.check.steps;
    expect(steps[1]).toEqual({ uses: "actions/setup-node@v4", with: { "node-version": 20 } });
    expect(steps[2]).toEqual({ run: "npm install" });
    expect(steps[3].with["program-dir"]).toBe(".");
  });

  it("writes no workflow with --no-workflow", () => {
    const { root, project } = repository();
    init(project, "--no-workflow");
    expect(fs.existsSync(path.join(root, ".github"))).toBe(false);
    expect(fs.existsSync(path.join(project, "policy-config.dev.json"))).toBe(true);
  });
});

describe("data-boundary init refuses with one line and writes nothing", () => {
  const shown = (file: string) => path.relative(process.cwd(), file);

  it("when a file exists, unless --force", async () => {
    const { root, project } = repository();
    const config = path.join(project, "policy-config.dev.json");
    const workflow = path.join(root, ".github/workflows/data-boundary.yml");
    fs.writeFileSync(config, "{}\n");
    expect(await failure(["init", project])).toBe(
      `data-boundary: ${shown(config)} already exists; nothing was written. Pass --force to overwrite.`,
    );
    expect(fs.existsSync(workflow)).toBe(false);
    expect(fs.readFileSync(config, "utf8")).toBe("{}\n");

    expect((await runCli(["init", project, "--force"])).exitCode).toBe(0);
    expect(readJson(config)).toEqual({ boundary: { preset: "eudb" } });
    expect(await failure(["init", project])).toBe(
      `data-boundary: ${shown(config)} and ${shown(workflow)} already exist; nothing was written. Pass --force to overwrite.`,
    );
  });

  it("when only the workflow exists, pointing to --no-workflow for a second stack", async () => {
    const { root, project } = repository({ stacks: ["dev", "prod"] });
    init(project, "--stack", "dev");
    const workflow = path.join(root, ".github/workflows/data-boundary.yml");
    const before = fs.readFileSync(workflow, "utf8");
    expect(await failure(["init", project, "--stack", "prod"])).toBe(
      `data-boundary: ${shown(workflow)} already exists; nothing was written. Pass --force to overwrite, or --no-workflow to write the pack config alone.`,
    );
    expect(fs.existsSync(path.join(project, "policy-config.prod.json"))).toBe(false);
    init(project, "--stack", "prod", "--no-workflow");
    expect(readJson(path.join(project, "policy-config.prod.json"))).toEqual({ boundary: { preset: "eudb" } });
    expect(fs.readFileSync(workflow, "utf8")).toBe(before);
  });

  it("on a bad preset, with the pack's own message: the one check gives for the same config", async () => {
    const { root, project } = repository();
    const message = await failure(["init", project, "--preset", "xx"]);
    expect(message).toBe(
      'data-boundary: boundary.preset is "xx"; expected one of eudb, eu, ch, de, fr, se, no, nl, ie, pl, it, es, at, be, dk, custom.',
    );
    const config = path.join(root, "bad.json");
    fs.writeFileSync(config, JSON.stringify({ boundary: { preset: "xx" } }));
    expect(await failure(["check", project, "--stack", "dev", "--policy-config", config])).toBe(message);
    expect(fs.readdirSync(project).sort()).toEqual([".git", "Pulumi.dev.yaml", "Pulumi.yaml", "bad.json"]);
  });

  it("on a custom boundary without regions, or with a region the catalogue does not know", async () => {
    const { project } = repository();
    expect(await failure(["init", project, "--preset", "custom"])).toBe(
      'data-boundary: boundary.regions is null; with preset "custom" it must be a non-empty list of Azure region names, such as ["westeurope", "northeurope"].',
    );
    expect(await failure(["init", project, "--preset", "custom", "--regions", "westeurope,nowhere"])).toBe(
      'data-boundary: boundary.regions contains "nowhere", which is not an available Azure region in the catalogue; use programmatic region names such as "westeurope" or "switzerlandnorth".',
    );
  });

  it("when it cannot choose the stack", async () => {
    const none = repository({ stacks: [] }).project;
    expect(await failure(["init", none])).toBe(
      `data-boundary: --stack is missing, and ${none} has no Pulumi.<stack>.yaml to take it from; expected e.g. --stack dev.`,
    );
    const several = repository({ stacks: ["dev", "prod"] }).project;
    expect(await failure(["init", several])).toBe(
      `data-boundary: --stack is missing, and ${several} has several stacks (dev, prod); expected one of them, e.g. --stack dev.`,
    );
    expect(await failure(["init", several, "--stack", " "])).toBe('data-boundary: --stack is " "; expected the name of a stack, e.g. --stack dev.');
  });

  it("when given more than one program folder, as check says it", async () => {
    expect(await failure(["init", "a", "b"])).toBe('data-boundary: Expected at most one programDir, got "a" "b".');
  });

  it("outside a Pulumi project", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "db-init-"));
    temporary.push(dir);
    expect(await failure(["init", dir])).toBe(
      `data-boundary: No Pulumi project found: expected ${path.join(dir, "Pulumi.yaml")} (a Pulumi.yaml with 'name' and 'runtime').`,
    );
  });
});
