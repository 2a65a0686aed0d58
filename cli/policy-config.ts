import Ajv from "ajv";
import * as fs from "fs";
import * as path from "path";
import { loadProject } from "./host/project";
import { AnalyzerInfo, EnforcementLevel, PolicyConfig } from "./pack/analyzer-client";
import { CliError } from "./cli-error";

const LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

/** The policy pack config as `pulumi preview --policy-pack-config <file>` reads it. */
export type PolicyPackConfigFile = Record<string, unknown>;

/** Reads a `--policy-pack-config` JSON file; a missing or malformed file is a {@link CliError} naming it. */
export function readPolicyConfigFile(file: string): PolicyPackConfigFile {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new CliError(`--policy-config ${file} cannot be read; expected a JSON file such as {"boundary": {"preset": "ch"}}.`);
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
    return parsed as PolicyPackConfigFile;
  } catch (error) {
    throw new CliError(`--policy-config ${file} is not a JSON object (${(error as Error).message}); expected a JSON object such as {"boundary": {"preset": "ch"}}.`);
  }
}

/**
 * The policy config a stack uses when `--policy-config` is not given: `policy-config.<stack>.json` in the folder of
 * the stack's `Pulumi.<stack>.yaml` (the project's `stackConfigDir`), when that file exists, so that each stack is
 * judged against its own boundary. Otherwise none: the pack's defaults. A project or stack that cannot be read
 * gives none here; the check then reports that error itself.
 */
export function defaultPolicyConfigFile(programDir: string, stack: string): string | undefined {
  let stackFile: string;
  try {
    stackFile = loadProject(programDir, stack).stackFile;
  } catch {
    return undefined;
  }
  const file = policyConfigFileOf(path.dirname(stackFile), stack);
  return fs.existsSync(file) ? file : undefined;
}

/** Where the policy config of `stack` belongs: `policy-config.<stack>.json` in the folder of its stack file. */
export function policyConfigFileOf(stackDir: string, stack: string): string {
  return path.join(stackDir, `policy-config.${path.basename(stack)}.json`);
}

function levelOf(key: string, value: unknown): EnforcementLevel {
  if (typeof value === "string" && (LEVELS as readonly string[]).includes(value)) return value as EnforcementLevel;
  throw new CliError(`Policy config ${key} is ${JSON.stringify(value)}; expected one of ${LEVELS.join(", ")}.`);
}

/**
 * Turns the config file into the `Configure` request the CLI sends: every policy of the pack gets its level
 * (its own entry, else `all`, else the pack's default) and its properties, validated against the policy's config
 * schema as the CLI does. Unknown policy names are errors, never ignored.
 */
export function toConfigureRequest(file: PolicyPackConfigFile, info: AnalyzerInfo): Record<string, PolicyConfig> {
  const known = new Map(info.policies.map((p) => [p.name, p]));
  const unknown = Object.keys(file).filter((k) => k !== "all" && !known.has(k));
  if (unknown.length > 0) {
    throw new CliError(`Policy config names ${unknown.map((k) => `"${k}"`).join(", ")}, which the pack does not have; expected "all" or one of ${[...known.keys()].join(", ")}.`);
  }
  const all = file.all === undefined ? undefined : levelOf("all", file.all);
  const ajv = new Ajv({ allErrors: true, strict: false });
  const request: Record<string, PolicyConfig> = {};
  for (const policy of info.policies) {
    const entry = file[policy.name];
    const { enforcementLevel, ...properties } = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>) : {};
    const level = typeof entry === "string" ? levelOf(policy.name, entry) : enforcementLevel !== undefined ? levelOf(`${policy.name}.enforcementLevel`, enforcementLevel) : all ?? policy.enforcementLevel;
    if (policy.configSchema && Object.keys(properties).length > 0) {
      const validate = ajv.compile({ type: "object", ...policy.configSchema });
      if (!validate(properties)) {
        const first = validate.errors![0];
        throw new CliError(`Policy config ${policy.name}${first.instancePath.replace(/\//g, ".")} ${first.message} (value ${JSON.stringify(first.instancePath ? properties[first.instancePath.split("/")[1]] : properties)}).`);
      }
    }
    request[policy.name] = { enforcementLevel: level, properties: properties as PolicyConfig["properties"] };
  }
  return request;
}
