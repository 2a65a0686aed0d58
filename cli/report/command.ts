import * as fs from "fs";
import * as path from "path";
import { parseSettings } from "../../policy-pack/policies/settings";
import { formatOf, parseCommandLine } from "../command-line";
import { CliError } from "../cli-error";
import { startPolicyPack } from "../pack/start-pack";
import { readPolicyConfigFile } from "../policy-config";
import { relativePath, toReportPolicies } from "./assemble";
import { CheckReport } from "./model";
import { parseEngineEvents, reportFromEvents } from "./preview-events";
import { Format } from "./render";

/** The usage text of `report`. */
export const REPORT_USAGE = `Usage: data-boundary report (--from-check <report.json> | --from-preview <events>)
         [--format text|markdown|sarif|json] [--output <file>]
         [--policy-config <file>] [--policy-pack <dir>] [--program-dir <dir>]   (with --from-preview)

Renders a report again from the JSON of \`data-boundary check --format json\`, or from the engine events of a real
\`pulumi preview --policy-pack <dir> --event-log <file>\` (no source lines, no picture: docs/reports.md).
Exit codes: 0 no mandatory violation, 1 mandatory violations, 2 the report could not be made.`;

/** The parsed command line of `report`. */
export interface ReportArguments {
  readonly from: { readonly kind: "check" | "preview"; readonly file: string };
  readonly format: Format;
  readonly output?: string;
  readonly policyConfig?: string;
  readonly policyPack?: string;
  readonly programDir: string;
}

/** Parses `report` arguments; anything wrong is a {@link CliError} naming the argument and the expected form. */
export function parseReportArguments(argv: readonly string[]): ReportArguments {
  const { values } = parseCommandLine(argv, {
    "from-check": { type: "string" },
    "from-preview": { type: "string" },
    format: { type: "string", default: "text" },
    output: { type: "string", short: "o" },
    "policy-config": { type: "string" },
    "policy-pack": { type: "string" },
    "program-dir": { type: "string" },
  });
  const check = values["from-check"];
  const preview = values["from-preview"];
  if ((check === undefined) === (preview === undefined)) {
    throw new CliError(
      "--from-check or --from-preview is needed, not both; expected the JSON of data-boundary check, or the event log of a pulumi preview.",
    );
  }
  const format = formatOf(values.format);
  const previewOnly = (["policy-config", "policy-pack", "program-dir"] as const).find((o) => values[o] !== undefined);
  if (check !== undefined && previewOnly)
    throw new CliError(`--${previewOnly} only applies to --from-preview; a check report already carries it.`);
  return {
    from: check !== undefined ? { kind: "check", file: check } : { kind: "preview", file: preview! },
    format,
    output: values.output,
    policyConfig: values["policy-config"],
    policyPack: values["policy-pack"] && path.resolve(values["policy-pack"]),
    programDir: relativePath(values["program-dir"] ?? "."),
  };
}

function readText(option: string, file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    throw new CliError(`${option} ${file} cannot be read; expected a file.`);
  }
}

/** Reads the JSON of `data-boundary check --format json`; fields added since that version get their empty values. */
export function readCheckReport(file: string): CheckReport {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(readText("--from-check", file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `--from-check ${file} is not JSON (${(error as Error).message}); expected the output of data-boundary check --format json.`,
    );
  }
  const shaped =
    parsed &&
    typeof parsed === "object" &&
    ["resources", "violations"].every((k) => Array.isArray(parsed[k])) &&
    typeof parsed.summary === "object";
  if (!shaped)
    throw new CliError(
      `--from-check ${file} is not a data-boundary check report; expected the output of data-boundary check --format json.`,
    );
  const defaults = {
    origin: "check",
    programDir: ".",
    policyConfig: null,
    policies: [],
    exemptions: [],
    unusedExemptions: [],
    declarations: [],
    unusedDeclarations: [],
    places: [],
  };
  return { ...defaults, ...parsed } as unknown as CheckReport;
}

async function previewReport(args: ReportArguments, packDir: string): Promise<CheckReport> {
  const events = parseEngineEvents(readText("--from-preview", args.from.file), args.from.file);
  const config = args.policyConfig ? readPolicyConfigFile(args.policyConfig) : {};
  let settings;
  try {
    settings = parseSettings((config.boundary ?? {}) as Record<string, unknown>);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  const pack = await startPolicyPack(args.policyPack ?? packDir);
  try {
    const info = await pack.client.getAnalyzerInfo();
    return reportFromEvents(events, args.from.file, {
      packName: info.name,
      policies: toReportPolicies(info),
      boundary: { name: settings.boundary.id, regions: settings.boundary.regionNames },
      programDir: args.programDir,
      policyConfig: args.policyConfig ? relativePath(args.policyConfig) : null,
    });
  } finally {
    await pack.stop();
  }
}

/** The report `report` renders: read back from a check's JSON, or built from a preview's engine events. */
export async function buildReport(args: ReportArguments, packDir: string): Promise<CheckReport> {
  return args.from.kind === "check" ? readCheckReport(args.from.file) : previewReport(args, packDir);
}
