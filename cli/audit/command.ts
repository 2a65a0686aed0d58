import * as path from "path";
import { formatOf, parseCommandLine } from "../command-line";
import { CliError } from "../cli-error";
import { Format } from "../report/render";
import { AuditSource } from "./run-audit";

/** The usage text of `audit`. */
export const AUDIT_USAGE = `Usage: data-boundary audit (--from-state <export.json> | --from-resource-graph <answer.json> [<page.json> ...])
         [--policy-config <file>] [--format text|markdown|sarif|json] [--output <file>] [--policy-pack <dir>]
         [--program-dir <dir>]   (with --from-state)

Judges resources that are already deployed with the data-boundary policy pack, as a preview would: the JSON of
\`pulumi stack export\` (on the deployed values), or the answers of an Azure Resource Graph query (every page of
it; docs/audit.md gives the query). Without --policy-config, a stack export is judged with
policy-config.<stack>.json next to Pulumi.<stack>.yaml in --program-dir (default: the current directory).
Exit codes: 0 no mandatory violation, 1 mandatory violations, 2 the audit could not run.`;

/** The parsed command line of `audit`. */
export interface AuditArguments {
  readonly source: AuditSource;
  readonly format: Format;
  readonly output?: string;
  readonly policyConfig?: string;
  readonly policyPack?: string;
  /** The project folder where a stack export's default policy config is looked for. */
  readonly programDir: string;
}

/** Parses `audit` arguments; anything wrong is a {@link CliError} naming the argument and the expected form. */
export function parseAuditArguments(argv: readonly string[]): AuditArguments {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      "from-state": { type: "string" },
      "from-resource-graph": { type: "string", multiple: true },
      format: { type: "string", default: "text" },
      output: { type: "string", short: "o" },
      "policy-config": { type: "string" },
      "policy-pack": { type: "string" },
      "program-dir": { type: "string" },
    },
    true,
  );
  const state = values["from-state"];
  const pages = [...(values["from-resource-graph"] ?? []), ...(values["from-resource-graph"] ? positionals : [])];
  if ((state === undefined) === (pages.length === 0)) {
    throw new CliError(
      "--from-state or --from-resource-graph is needed, not both; expected the JSON of pulumi stack export, or the JSON answer of an Azure Resource Graph query.",
    );
  }
  if (!values["from-resource-graph"] && positionals.length > 0)
    throw new CliError(`Unexpected argument "${positionals[0]}"; only --from-resource-graph takes more files (pages) after it.`);
  const format = formatOf(values.format);
  if (state === undefined && values["program-dir"] !== undefined)
    throw new CliError("--program-dir only applies to --from-state; a Resource Graph answer belongs to no project.");
  return {
    source: state !== undefined ? { kind: "state", file: state } : { kind: "resource-graph", files: pages },
    format,
    output: values.output,
    policyConfig: values["policy-config"],
    policyPack: values["policy-pack"] && path.resolve(values["policy-pack"]),
    programDir: path.resolve(values["program-dir"] ?? "."),
  };
}
