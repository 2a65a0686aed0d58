import * as fs from "fs";
import * as path from "path";
import { AUDIT_USAGE, parseAuditArguments } from "./audit/command";
import { runAudit } from "./audit/run-audit";
import { runCheck } from "./check";
import { CliError } from "./cli-error";
import { formatOf, parseCommandLine, programDirOf } from "./command-line";
import { HostError } from "./host";
import { INIT_USAGE, parseInitArguments } from "./init/arguments";
import { runInit } from "./init/init";
import { DEFAULT_PACK_DIR } from "./pack/configured-pack";
import { PACKAGE_VERSION } from "./package-root";
import { defaultPolicyConfigFile, readPolicyConfigFile } from "./policy-config";
import { buildReport, parseReportArguments, REPORT_USAGE } from "./report/command";
import { CheckReport } from "./report/model";
import { Format, renderReport } from "./report/render";
import { buildSchema, SCHEMA_USAGE } from "./schema/command";

/** The usage text, printed with `--help` and without arguments (an argument error is one line, see {@link oneLine}). */
export const USAGE = `Usage: data-boundary check [programDir] --stack <name> [--policy-config <file>]
         [--format text|markdown|sarif|json] [--output <file>] [--policy-pack <dir>] [--timeout <seconds>]

Runs the Pulumi TypeScript program in programDir (default: the current directory) as a first preview of a new
stack would, without the Pulumi CLI or a cloud account, and judges it with the data-boundary policy pack.
Without --policy-config, policy-config.<stack>.json next to Pulumi.<stack>.yaml is used when it exists.
Exit codes: 0 no mandatory violation, 1 mandatory violations, 2 the check could not run.

${REPORT_USAGE}

${AUDIT_USAGE}

${INIT_USAGE}

${SCHEMA_USAGE}`;

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
  const { values, positionals } = parseCommandLine(
    argv,
    {
      stack: { type: "string", short: "s" },
      "policy-config": { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string", short: "o" },
      "policy-pack": { type: "string" },
      timeout: { type: "string" },
    },
    true,
  );
  const programDir = programDirOf(positionals);
  if (!values.stack)
    throw new CliError(
      "--stack is missing; expected the name of a stack whose Pulumi.<stack>.yaml holds its config, e.g. --stack dev.",
    );
  const format = formatOf(values.format);
  const seconds = values.timeout === undefined ? undefined : Number(values.timeout);
  if (seconds !== undefined && !(Number.isFinite(seconds) && seconds > 0)) {
    throw new CliError(`--timeout is "${values.timeout}"; expected a number of seconds greater than 0.`);
  }
  return {
    programDir,
    stack: values.stack,
    policyConfig: values["policy-config"],
    format,
    output: values.output,
    policyPack: values["policy-pack"] && path.resolve(values["policy-pack"]),
    timeoutMs: seconds === undefined ? undefined : seconds * 1000,
  };
}

/** What a run printed and its exit code; `main` writes it, tests read it. */
export interface CliOutcome {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

/** Renders the report, to stdout or `--output`; exit code 1 when it has mandatory violations. */
function write(report: CheckReport, args: { format: Format; output?: string }, colour: boolean): CliOutcome {
  const rendered = renderReport(report, args.format, {
    colour: colour && !args.output,
    toolVersion: PACKAGE_VERSION,
  });
  const exitCode = report.summary.mandatory > 0 ? 1 : 0;
  if (!args.output) return { exitCode, stdout: rendered, stderr: "" };
  fs.writeFileSync(args.output, rendered);
  return { exitCode, stdout: "", stderr: `Wrote ${args.format} report to ${args.output}.\n` };
}

/**
 * Runs the command line and returns what to print: 0 without mandatory violations, 1 with, 2 when the check
 * could not run (bad arguments, missing files, a failing program or pack). Never 0 on a failure.
 */
export async function runCli(
  argv: readonly string[],
  io = { colour: false, progress: (_line: string) => {} },
): Promise<CliOutcome> {
  if (argv[0] === "--help" || argv[0] === "-h" || argv.length === 0)
    return { exitCode: argv.length === 0 ? 2 : 0, stdout: `${USAGE}\n`, stderr: "" };
  try {
    if (argv[0] === "report") {
      const args = parseReportArguments(argv.slice(1));
      return write(await buildReport(args, DEFAULT_PACK_DIR), args, io.colour);
    }
    if (argv[0] === "audit") {
      const args = parseAuditArguments(argv.slice(1));
      const report = await runAudit({
        source: args.source,
        policyConfigFile: args.policyConfig,
        programDir: args.programDir,
        packDir: args.policyPack,
        onProgress: io.progress,
      });
      return write(report, args, io.colour);
    }
    if (argv[0] === "init") return { exitCode: 0, stdout: runInit(parseInitArguments(argv.slice(1))), stderr: "" };
    if (argv[0] === "schema") return { exitCode: 0, stdout: `${await buildSchema(argv.slice(1))}\n`, stderr: "" };
    if (argv[0] !== "check") {
      throw new CliError(`Unknown command "${argv[0]}"; expected "check", "report", "audit", "init" or "schema".`);
    }
    const args = parseCheckArguments(argv.slice(1));
    const policyConfigFile = args.policyConfig ?? defaultPolicyConfigFile(args.programDir, args.stack);
    const policyConfig = policyConfigFile ? readPolicyConfigFile(policyConfigFile) : {};
    const report = await runCheck({
      programDir: args.programDir,
      stack: args.stack,
      policyConfig,
      policyConfigFile,
      packDir: args.policyPack,
      timeoutMs: args.timeoutMs,
      onProgress: io.progress,
    });
    return write(report, args, io.colour);
  } catch (error) {
    const known = error instanceof CliError || error instanceof HostError;
    const message = known ? error.message : `${(error as Error)?.message ?? error}`;
    return { exitCode: 2, stdout: "", stderr: `data-boundary: ${oneLine(message)}\n` };
  }
}

/**
 * A failure as one line: the message's first line, then the cause, with runs of white space made one space and the
 * cause cut at 300 characters. The details are read as paragraphs, which a blank line or a stack frame ends. The cause
 * is the first error (a `...Error...` line and the lines that continue its message, so that a message over several
 * lines, such as JSON, stays whole); without one, the last line, or its whole paragraph when that line only closes
 * brackets (JSON the program printed). Stack frames are dropped, and the usage is left to `--help`.
 */
export function oneLine(message: string): string {
  const [headline, ...details] = message.trim().split("\n").map((line) => line.trim());
  const paragraphs = [[]] as string[][];
  for (const line of details) {
    const current = paragraphs[paragraphs.length - 1];
    if (line !== "" && !/^at /.test(line)) current.push(line);
    else if (current.length > 0) paragraphs.push([]);
  }
  const written = paragraphs.filter((paragraph) => paragraph.length > 0);
  if (written.length === 0) return headline;
  const isError = (line: string) => /^[A-Za-z]*Error\b/.test(line);
  const withError = written.find((paragraph) => paragraph.some(isError));
  const last = written[written.length - 1];
  const cause = withError
    ? withError.slice(withError.findIndex(isError))
    : /^[\]})]+[,;]?$/.test(last[last.length - 1])
      ? last
      : last.slice(-1);
  const text = cause.join(" ").replace(/\s+/g, " ");
  return `${headline} ${text.length > 300 ? `${text.slice(0, 299)}…` : text}`;
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
