import * as fs from "fs";
import * as path from "path";
import { exampleRegion } from "../../policy-pack/engine/examples";
import { PackSettings } from "../../policy-pack/policies/settings";
import { DEFAULT_PACK_DIR, packSettings } from "../pack/configured-pack";
import { CliError } from "../cli-error";
import { findUp } from "../find-up";
import { stackConfigDir } from "../host/project";
import { policyConfigFileOf } from "../policy-config";
import { InitArguments } from "./arguments";
import { ACTION_REF, renderWorkflow } from "./workflow";

/** Where the workflow goes, under the root of the git repository. */
const WORKFLOW_FILE = path.join(".github", "workflows", "data-boundary.yml");

const STACK_FILE = /^Pulumi\.(.+)\.yaml$/;

/** A file `init` writes, and what it is for the summary. */
interface PlannedFile {
  readonly file: string;
  readonly content: string;
  readonly purpose: string;
}

/** The stack named by `--stack`, else the only `Pulumi.<stack>.yaml` of the project. */
function chooseStack(stackDir: string, stack: string | undefined): string {
  if (stack !== undefined) {
    if (stack.trim() === "") throw new CliError(`--stack is ${JSON.stringify(stack)}; expected the name of a stack, e.g. --stack dev.`);
    return stack;
  }
  const stacks = fs.existsSync(stackDir)
    ? fs.readdirSync(stackDir).flatMap((name) => STACK_FILE.exec(name)?.[1] ?? []).sort()
    : [];
  if (stacks.length === 1) return stacks[0];
  throw new CliError(
    stacks.length === 0
      ? `--stack is missing, and ${stackDir} has no Pulumi.<stack>.yaml to take it from; expected e.g. --stack dev.`
      : `--stack is missing, and ${stackDir} has several stacks (${stacks.join(", ")}); expected one of them, e.g. --stack ${stacks[0]}.`,
  );
}

/** The pack config `init` writes, checked by the pack's own settings parser (the one-line error `check` would give). */
function policyConfig(args: InitArguments): { content: string; settings: PackSettings } {
  const boundary = args.regions === undefined ? { preset: args.preset } : { preset: args.preset, regions: args.regions };
  const config = { boundary };
  return { content: `${JSON.stringify(config, null, 2)}\n`, settings: packSettings(config) };
}

/** The workflow, with the project's folder and the folder to install from, relative to the repository root. */
function workflow(programDir: string, stack: string): { file: string; content: string } {
  const root = findUp(programDir, (dir) => fs.existsSync(path.join(dir, ".git"))) ?? programDir;
  const lockDir = findUp(programDir, (dir) => fs.existsSync(path.join(dir, "package-lock.json")), root);
  const installDir = lockDir ?? findUp(programDir, (dir) => fs.existsSync(path.join(dir, "package.json")), root) ?? programDir;
  const relative = (dir: string) => path.relative(root, dir).split(path.sep).join("/") || ".";
  return {
    file: path.join(root, WORKFLOW_FILE),
    content: renderWorkflow({
      programDir: relative(programDir),
      stack,
      installDir: relative(installDir),
      lockfile: lockDir !== undefined,
    }),
  };
}

/** What to do next, with paths as `fromCwd` shows them. */
function nextSteps(
  args: InitArguments,
  { stack, stackDir, configFile, settings }: { stack: string; stackDir: string; configFile: string; settings: PackSettings },
  fromCwd: (file: string) => string,
): string[] {
  const steps: string[] = [];
  const stackFile = path.join(stackDir, `Pulumi.${path.basename(stack)}.yaml`);
  if (!fs.existsSync(stackFile)) {
    steps.push(
      `Create ${fromCwd(stackFile)}, which the check reads the stack's config from: pulumi stack init ${stack}, then pulumi config set azure-native:location ${exampleRegion(settings.boundary)}.`,
    );
  }
  if (settings.boundary.id !== "eudb") {
    const regions = settings.boundary.regions ? ` and data-boundary:regions [${[...settings.boundary.regions].join(", ")}]` : "";
    steps.push(
      `Give the components the same boundary in ${fromCwd(stackFile)}: data-boundary:preset ${settings.boundary.id}${regions} (they check their inputs against eudb without it).`,
    );
  }
  steps.push(`Check the program offline: npx data-boundary check ${fromCwd(args.programDir)} --stack ${stack}`);
  steps.push(
    `Enforce it in real previews: pulumi preview --stack ${stack} --policy-pack ${fromCwd(DEFAULT_PACK_DIR)} --policy-pack-config ${fromCwd(configFile)}`,
  );
  steps.push(`Commit what was written, and protect ${fromCwd(configFile)} with CODEOWNERS: whoever can change it can move the boundary.`);
  return steps.map((step, index) => `  ${index + 1}. ${step}`);
}

/**
 * Writes the policy pack config of the stack and, unless `--no-workflow`, the pull-request workflow. Nothing is written
 * when any of those files exists, unless `--force`; a bad boundary is refused with the pack's own message.
 * @param cwd The folder the paths in the summary are shown from.
 * @returns what was written and what to do next.
 * @throws CliError (or HostError for an unreadable Pulumi.yaml) naming what is wrong; nothing was written then.
 */
export function runInit(args: InitArguments, cwd = process.cwd()): string {
  const fromCwd = (file: string): string => path.relative(cwd, file) || ".";
  const { content, settings } = policyConfig(args);
  const stackDir = stackConfigDir(args.programDir);
  const stack = chooseStack(stackDir, args.stack);
  const configFile = policyConfigFileOf(stackDir, stack);
  const planned: PlannedFile[] = [
    {
      file: configFile,
      content,
      purpose: `the policy pack config of stack ${stack}: boundary ${settings.boundary.id}, ${settings.boundary.label}`,
    },
  ];
  if (args.workflow) {
    const purpose = `the pull-request check of stack ${stack}, with ${ACTION_REF}`;
    planned.push({ ...workflow(args.programDir, stack), purpose });
  }
  const existing = planned.filter((p) => fs.existsSync(p.file));
  if (existing.length > 0 && !args.force) {
    const onlyWorkflow = existing.length === 1 && existing[0] !== planned[0];
    throw new CliError(
      `${existing.map((p) => fromCwd(p.file)).join(" and ")} already ${existing.length === 1 ? "exists" : "exist"}; nothing was written. Pass --force to overwrite${onlyWorkflow ? ", or --no-workflow to write the pack config alone" : ""}.`,
    );
  }
  for (const { file, content: text } of planned) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return [
    ...planned.map((p) => `Wrote ${fromCwd(p.file)}: ${p.purpose}.`),
    "",
    "Next:",
    ...nextSteps(args, { stack, stackDir, configFile, settings }, fromCwd),
    "",
  ].join("\n");
}
