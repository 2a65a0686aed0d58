import { createRequire } from "node:module";
import * as path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { AzureClassicSdk } from "./azure-classic-sdk";
import { AzureNativeSdk } from "./azure-native-sdk";
import { createEngineService } from "./engine-service";
import { startServer } from "./grpc-server";
import { HostError } from "./host-error";
import { createPreviewMonitor } from "./monitor";
import { toPulumiConfigEnv } from "./program-config";
import { runProgramProcess, type ProgramExit } from "./program-process";
import { loadProject, type ProjectSettings } from "./project";
import type { HostLogEntry, HostResult, RegisteredResource } from "./types";

/** Organization a program is told it runs in: the default of the CLI's self-managed (DIY) backends. */
const OFFLINE_ORGANIZATION = "organization";

/** Keeps the SDK's per-promise debug stacks out of source mapping (see the file); errors keep mapped stacks. */
const PROMISE_STACKS_PRELOAD = path.join(__dirname, "promise-stacks.cjs");

/** Default limit for one program run. */
export const DEFAULT_TIMEOUT_MS = 300_000;

/** Exit code with which `cmd/run` says it already reported the error (`nodeJSProcessExitedAfterLoggingUserActionableMessage`). */
const ERROR_ALREADY_REPORTED = 32;

/** Variables that `cmd/run` derives from its arguments or that the host sets; inherited values are dropped. */
const HOST_CONTROLLED_ENV = [
  "PULUMI_CONFIG",
  "PULUMI_CONFIG_SECRET_KEYS",
  "PULUMI_NODEJS_TYPESCRIPT",
  "PULUMI_NODEJS_TSCONFIG_PATH",
  "PULUMI_NODEJS_ORGANIZATION",
  "PULUMI_NODEJS_PROJECT",
  "PULUMI_NODEJS_ROOT_DIRECTORY",
  "PULUMI_NODEJS_STACK",
  "PULUMI_NODEJS_DRY_RUN",
  "PULUMI_NODEJS_PARALLEL",
  "PULUMI_NODEJS_MONITOR",
  "PULUMI_NODEJS_ENGINE",
  "PULUMI_NODEJS_SYNC",
];

/** What to run. */
export interface RunProgramOptions {
  /** Directory holding the project's `Pulumi.yaml`. */
  programDir: string;
  /** Stack whose `Pulumi.<stack>.yaml` provides the configuration. */
  stack: string;
  /** Milliseconds before the program is stopped; defaults to {@link DEFAULT_TIMEOUT_MS}. */
  timeoutMs?: number;
  /**
   * Told of each resource as the monitor records it, in registration order (providers and the stack included), as
   * the engine's step generator sees them; `pulumi preview` sends each to the policy packs' `Analyze` at that point.
   */
  onRegistered?: (resource: RegisteredResource) => void;
}

/**
 * Runs a Pulumi Node.js program the way `pulumi preview` does for a new stack, without the CLI: the
 * host serves the resource monitor and engine on 127.0.0.1 and starts the SDK's own language runtime
 * entry, `node <@pulumi/pulumi/cmd/run> --monitor --engine --organization --project --root-directory
 * --stack --pwd --dry-run <entry>`, with `PULUMI_CONFIG`, `PULUMI_CONFIG_SECRET_KEYS` and, for
 * TypeScript, `PULUMI_NODEJS_TYPESCRIPT=true` (pulumi/pulumi `sdk/nodejs/cmd/pulumi-language-nodejs`).
 * @returns every registered resource in registration order, with the logs and configuration.
 * @throws HostError when the project cannot be read, the program fails or does not finish in time; the
 *   message carries the program's own error text.
 */
export async function runProgram(options: RunProgramOptions): Promise<HostResult> {
  const settings = loadProject(options.programDir, options.stack);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const runScript = resolveRunScript(settings.programDir);
  const logs: HostLogEntry[] = [];
  const monitor = createPreviewMonitor({
    project: settings.name,
    stack: settings.stack,
    organization: OFFLINE_ORGANIZATION,
    programDir: settings.programDir,
    config: settings.config,
    sdk: AzureNativeSdk.locate(settings.programDir),
    classicSdk: AzureClassicSdk.locate(settings.programDir),
    logs,
    onRegistered: options.onRegistered,
  });
  const server = await startServer(monitor.service, createEngineService(logs));
  let exit: ProgramExit;
  try {
    exit = await runProgramProcess({
      args: [...settings.nodeArgs, runScript, ...runArguments(settings, server.address)],
      cwd: settings.programDir,
      env: programEnvironment(settings),
      timeoutMs,
    });
  } finally {
    await server.stop();
  }
  const failure = describeFailure(settings, exit, logs, timeoutMs);
  if (failure !== undefined) {
    throw new HostError(failure);
  }
  for (const output of [exit.stdout, exit.stderr]) {
    if (output.trim() !== "") {
      logs.push({ severity: "info", message: stripVTControlCharacters(output).trim() });
    }
  }
  return { project: settings.name, stack: settings.stack, resources: monitor.resources, logs, config: settings.config };
}

function resolveRunScript(programDir: string): string {
  try {
    return createRequire(path.join(programDir, "index.js")).resolve("@pulumi/pulumi/cmd/run");
  } catch {
    throw new HostError(
      `@pulumi/pulumi is not installed for the program in ${programDir}: ` +
        `expected node_modules/@pulumi/pulumi in that folder or above it (run 'npm install').`,
    );
  }
}

function runArguments(settings: ProjectSettings, address: string): string[] {
  return [
    "--monitor", address,
    "--engine", address,
    "--organization", OFFLINE_ORGANIZATION,
    "--project", settings.name,
    "--root-directory", settings.projectDir,
    "--stack", settings.stack,
    "--pwd", settings.programDir,
    "--dry-run",
    settings.entryPoint,
  ];
}

function programEnvironment(settings: ProjectSettings): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of HOST_CONTROLLED_ENV) {
    delete env[key];
  }
  env.PULUMI_CONFIG = JSON.stringify(toPulumiConfigEnv(settings.config));
  env.PULUMI_CONFIG_SECRET_KEYS = JSON.stringify(settings.config.secretKeys);
  if (settings.typescript) {
    env.PULUMI_NODEJS_TYPESCRIPT = "true";
  }
  if (settings.tsconfigPath !== undefined) {
    env.PULUMI_NODEJS_TSCONFIG_PATH = settings.tsconfigPath;
  }
  // Through NODE_OPTIONS rather than the command line: `cmd/run` reads `--require` in its own argv as a custom loader.
  env.NODE_OPTIONS = [env.NODE_OPTIONS, `--require ${JSON.stringify(PROMISE_STACKS_PRELOAD)}`].filter(Boolean).join(" ");
  return env;
}

function describeFailure(
  settings: ProjectSettings,
  exit: ProgramExit,
  logs: HostLogEntry[],
  timeoutMs: number,
): string | undefined {
  const errors = logs.filter((entry) => entry.severity === "error").map((entry) => entry.message.trim());
  const subject = `The Pulumi program in ${settings.programDir} (stack '${settings.stack}')`;
  if (exit.startError !== undefined) {
    return `${subject} could not be started: ${exit.startError.message}`;
  }
  if (exit.timedOut) {
    return withDetails(`${subject} did not finish within ${timeoutMs / 1000} s and was stopped.`, errors, exit.stderr);
  }
  if (exit.exitCode === 0 && errors.length === 0) {
    return undefined;
  }
  const code = exit.exitCode === 0 || exit.exitCode === ERROR_ALREADY_REPORTED ? "" : ` (exit code ${exit.exitCode})`;
  return withDetails(`${subject} failed${code}:`, errors, exit.stderr);
}

/** The headline, then each logged error and the stderr output as paragraphs of their own (see `oneLine` in cli/main). */
function withDetails(headline: string, errors: string[], stderr: string): string {
  const details = [...errors, stripVTControlCharacters(stderr).trim()].filter((text) => text !== "");
  return details.length === 0 ? `${headline} It reported no error message.` : `${headline}\n${details.join("\n\n")}`;
}
