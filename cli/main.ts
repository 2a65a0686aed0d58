import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { runCheck } from "./check";
import { CliError } from "./cli-error";
import { HostError } from "./host";
import { readPolicyConfigFile } from "./policy-config";
import { renderJson } from "./report/json";
import { renderMarkdown } from "./report/markdown";
import { CheckReport } from "./report/model";
import { renderSarif } from "./report/sarif";
import { renderText } from "./report/text";

/** The usage text, printed with `--help` and after an argument error. */
export const USAGE = `Usage: data-boundary check [programDir] --stack <name> [--policy-config <file>]
         [--format text|markdown|sarif|json] [--output <file>] [--policy-pack <dir>] [--timeout <seconds>]

Runs the Pulumi TypeScript program in programDir (default: the current directory) as a first preview of a new
stack would, without the Pulumi CLI or a cloud account, and judges it with the data-boundary policy pack.
Exit codes: 0 no mandatory violation, 1 mandatory violations, 2 the check could not run.`;

const FORMATS = ["text", "markdown", "sarif", "json"] as const;
type Format = (typeof FORMATS)[number];

/** The parsed command line of `check`. */
export interface CheckArguments {
  readonly programDir: string;
  readonly stack: string;
  readonly policyConfig?: string;
  readonly format: Format;
  readonly output?: string;
  readonly policyPack?: string;
  readonly timeoutMs?: number;
}

/** Parses `check` arguments; anything wrong is a {@link CliError} naming the argument and the expected form. */
export function parseCheckArguments(argv: readonly string[]): CheckArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        stack: { type: "string", short: "s" },
        "policy-config": { type: "string" },
        format: { type: "string", default: "text" },
        output: { type: "string", short: "o" },
        "policy-pack": { type: "string" },
        timeout: { type: "string" },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}.`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new CliError(`Expected at most one programDir, got ${positionals.map((p) => `"${p}"`).join(" ")}.`);
  if (!values.stack) throw new CliError("--stack is missing; expected the name of a stack whose Pulumi.<stack>.yaml holds its config, e.g. --stack dev.");
  if (!(FORMATS as readonly string[]).includes(values.format!)) {
    throw new CliError(`--format is "${values.format}"; expected one of ${FORMATS.join(", ")}.`);
  }
  const seconds = values.timeout === undefined ? undefined : Number(values.timeout);
  if (seconds !== undefined && !(Number.isFinite(seconds) && seconds > 0)) {
    throw new CliError(`--timeout is "${values.timeout}"; expected a number of seconds greater than 0.`);
  }
  return {
    programDir: path.resolve(positionals[0] ?? "."),
    stack: values.stack,
    policyConfig: values["policy-config"],
    format: values.format as Format,
    output: values.output,
    policyPack: values["policy-pack"] && path.resolve(values["policy-pack"]),
    timeoutMs: seconds === undefined ? undefined : seconds * 1000,
  };
}

function render(report: CheckReport, format: Format, colour: boolean): string {
  switch (format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
    case "sarif":
      return renderSarif(report, require("../package.json").version);
    case "text":
      return renderText(report, colour);
  }
}

/** What a run printed and its exit code; `main` writes it, tests read it. */
export interface CliOutcome {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the command line and returns what to print: 0 without mandatory violations, 1 with, 2 when the check
 * could not run (bad arguments, missing files, a failing program or pack). Never 0 on a failure.
 */
export async function runCli(argv: readonly string[], io = { colour: false, progress: (_line: string) => {} }): Promise<CliOutcome> {
  if (argv[0] === "--help" || argv[0] === "-h" || argv.length === 0) return { exitCode: argv.length === 0 ? 2 : 0, stdout: `${USAGE}\n`, stderr: "" };
  try {
    if (argv[0] !== "check") throw new CliError(`Unknown command "${argv[0]}"; expected "check".`);
    const args = parseCheckArguments(argv.slice(1));
    const policyConfig = args.policyConfig ? readPolicyConfigFile(args.policyConfig) : {};
    const report = await runCheck({ programDir: args.programDir, stack: args.stack, policyConfig, packDir: args.policyPack, timeoutMs: args.timeoutMs, onProgress: io.progress });
    const rendered = render(report, args.format, io.colour && !args.output);
    const exitCode = report.summary.mandatory > 0 ? 1 : 0;
    if (!args.output) return { exitCode, stdout: rendered, stderr: "" };
    fs.writeFileSync(args.output, rendered);
    return { exitCode, stdout: "", stderr: `Wrote ${args.format} report to ${args.output}.\n` };
  } catch (error) {
    const known = error instanceof CliError || error instanceof HostError;
    const message = known ? error.message : `${(error as Error)?.message ?? error}`;
    return { exitCode: 2, stdout: "", stderr: `data-boundary: ${message}\n${error instanceof CliError && /^--|Expected|Unknown command/.test(message) ? `\n${USAGE}\n` : ""}` };
  }
}

/** The `data-boundary` executable. */
export async function main(argv: readonly string[]): Promise<number> {
  const outcome = await runCli(argv, {
    colour: process.stdout.isTTY === true,
    progress: (line) => {
      if (process.stderr.isTTY) process.stderr.write(`${line}\n`);
    },
  });
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  return outcome.exitCode;
}
