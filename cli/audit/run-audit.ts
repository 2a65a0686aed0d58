import * as grpc from "@grpc/grpc-js";
import { CliError } from "../cli-error";
import { analyzeStackLikePreview } from "../pack/analyze-all";
import { AnalyzerCallError } from "../pack/analyzer-client";
import { packSettings, startConfiguredPack } from "../pack/configured-pack";
import { defaultPolicyConfigFile, readPolicyConfigFile } from "../policy-config";
import { assembleReport, engineView, relativePath } from "../report/assemble";
import { CheckReport, ReportUnknownType } from "../report/model";
import type { Estate } from "./estate";
import { readResourceGraphEstate } from "./resource-graph-estate";
import { RESOURCE_GRAPH_OPTION } from "./resource-graph-file";
import { readStateEstate, STATE_OPTION } from "./state-file";

/**
 * `Analyze` calls on the wire at once. The pack answers one at a time either way; overlapping the round trips made
 * an audit's `Analyze` phase about twice as fast on this machine (more lanes gained nothing).
 */
const ANALYZE_IN_FLIGHT = 8;

/** Where the deployed resources come from. */
export type AuditSource =
  | { readonly kind: "state"; readonly file: string }
  | { readonly kind: "resource-graph"; readonly files: readonly string[] };

/** What to audit, and with which pack and config. */
export interface AuditOptions {
  readonly source: AuditSource;
  /** The `--policy-config` file; without it, a stack export's stack config folder is searched as `check` does. */
  readonly policyConfigFile?: string;
  /** The project folder of a stack export, where `policy-config.<stack>.json` is looked for. */
  readonly programDir: string;
  readonly packDir?: string;
  /** Progress lines for long runs. */
  readonly onProgress?: (line: string) => void;
}

function readEstate(source: AuditSource): Estate {
  const estate = source.kind === "state" ? readStateEstate(source.file) : readResourceGraphEstate(source.files);
  if (estate.resources.length > 0) return estate;
  const [option, files] = source.kind === "state" ? [STATE_OPTION, source.file] : [RESOURCE_GRAPH_OPTION, source.files.join(", ")];
  throw new CliError(`${option} ${files} holds no resource to judge; expected at least one deployed resource (check the stack, or the query's subscriptions and management groups).`);
}

/** The types the pack does not know, each with the resources of that type. */
function unknownTypes(estate: Estate): ReportUnknownType[] {
  const byType = new Map<string, { type: string; token: string; resources: string[] }>();
  for (const resource of estate.resources) {
    if (resource.unknownType === undefined) continue;
    const key = resource.unknownType.toLowerCase();
    const entry = byType.get(key) ?? { type: resource.unknownType, token: resource.analyzed.type, resources: [] };
    entry.resources.push(resource.resourceId ?? resource.analyzed.urn);
    byType.set(key, entry);
  }
  return [...byType.values()].sort((a, b) => b.resources.length - a.resources.length || a.type.localeCompare(b.type));
}

/** The report with each entry's resource id and the audit's own section. */
function withAudit(report: CheckReport, estate: Estate): CheckReport {
  const ids = new Map(estate.resources.map((r) => [r.analyzed.urn, r.resourceId]));
  const idOf = <T extends { urn: string }>(entry: T): T => ({ ...entry, resourceId: ids.get(entry.urn) ?? null });
  return {
    ...report,
    resources: report.resources.map(idOf),
    violations: report.violations.map(idOf),
    exemptions: report.exemptions.map(idOf),
    declarations: report.declarations.map(idOf),
    audit: {
      source: estate.source,
      files: estate.files.map((file) => relativePath(file)),
      unknownTypes: unknownTypes(estate),
      skipped: estate.skipped,
    },
  };
}

/** A message too large for the pack, as one line that says how to make it fit; any other error as it is. */
export function tooLarge(error: unknown, count: number): unknown {
  if (!(error instanceof AnalyzerCallError) || error.code !== grpc.status.RESOURCE_EXHAUSTED) return error;
  return new CliError(`${error.method} of ${count} resources is larger than the policy pack accepts in one message (${error.details}); expected a smaller estate: audit it subscription by subscription (docs/audit.md).`);
}

/**
 * Judges deployed resources with the pack as a preview would: the pack starts as the CLI starts it and is
 * configured from the policy config, gets `Analyze` for each resource in the order of the source and then one
 * `AnalyzeStack` with all of them, and its diagnostics become the report, each entry carrying its resource id.
 */
export async function runAudit(options: AuditOptions): Promise<CheckReport> {
  const estate = readEstate(options.source);
  options.onProgress?.(`Read ${estate.resources.length} resources; starting the policy pack...`);
  const policyConfigFile = options.policyConfigFile ?? (estate.source === "state" ? defaultPolicyConfigFile(options.programDir, estate.stack) : undefined);
  const policyConfig = policyConfigFile ? readPolicyConfigFile(policyConfigFile) : {};
  const settings = packSettings(policyConfig);
  const { pack, info } = await startConfiguredPack({ packDir: options.packDir, policyConfig, onProgress: options.onProgress });
  try {
    const analyzed = estate.resources.map((resource) => resource.analyzed);
    options.onProgress?.(`Analyzing ${analyzed.length} resources...`);
    const diagnostics = await analyzeStackLikePreview(pack.client, analyzed, ANALYZE_IN_FLIGHT).catch((error: unknown) => {
      throw tooLarge(error, analyzed.length);
    });
    options.onProgress?.("Writing the report...");
    const report = assembleReport({
      project: estate.project,
      stack: estate.stack,
      origin: "audit",
      programDir: ".",
      policyConfigFile,
      settings,
      info,
      resources: analyzed.map((r) => ({ urn: r.urn, type: r.type, name: r.name, source: null })),
      diagnostics,
      placed: analyzed.map(engineView),
    });
    return withAudit(report, estate);
  } finally {
    await pack.stop();
  }
}
