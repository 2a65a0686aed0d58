import * as path from "path";
import { resolveBoundary } from "../policy-pack/engine";
import { CliError } from "./cli-error";
import { HostResult, RegisteredResource, runProgram } from "./host";
import { analyzeStackLikePreview } from "./pack/analyze-all";
import { AnalyzedStackResource } from "./pack/analyzer-client";
import { startPolicyPack } from "./pack/start-pack";
import { PolicyPackConfigFile, toConfigureRequest } from "./policy-config";
import { CheckReport, ReportResource } from "./report/model";
import { toViolation } from "./report/violations";

/** The policy pack of this repository, the default `--policy-pack`. */
export const DEFAULT_PACK_DIR = path.resolve(__dirname, "../policy-pack");

/** What to check. */
export interface CheckOptions {
  readonly programDir: string;
  readonly stack: string;
  /** The parsed `--policy-config` file; `{}` for the pack's defaults. */
  readonly policyConfig: PolicyPackConfigFile;
  readonly packDir?: string;
  readonly timeoutMs?: number;
  /** Progress lines for long runs (the text report sends them to stderr). */
  readonly onProgress?: (line: string) => void;
}

function toAnalyzed(resource: RegisteredResource): AnalyzedStackResource {
  return {
    urn: resource.urn,
    type: resource.type,
    name: resource.name,
    properties: resource.inputs,
    provider: resource.provider && { urn: resource.provider.urn, type: resource.provider.type, name: resource.provider.name, properties: resource.provider.inputs },
    options: {},
    parent: resource.parent,
    dependencies: resource.dependencies,
    propertyDependencies: resource.propertyDependencies,
  };
}

function toReportResource(resource: RegisteredResource): ReportResource {
  return { urn: resource.urn, type: resource.type, name: resource.name, source: resource.sourcePosition ?? null };
}

function boundaryOf(policyConfig: PolicyPackConfigFile): CheckReport["boundary"] {
  const settings = (policyConfig.boundary ?? {}) as Record<string, unknown>;
  try {
    const boundary = resolveBoundary({ preset: settings.preset, regions: settings.regions });
    return { name: boundary.id, regions: boundary.regionNames };
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

/**
 * Runs the program as a first preview would, starts the pack as the CLI does, configures it, sends `Analyze` per
 * resource in registration order and then `AnalyzeStack`, and returns every diagnostic attached to the resource
 * and source line it concerns.
 */
export async function runCheck(options: CheckOptions): Promise<CheckReport> {
  const boundary = boundaryOf(options.policyConfig);
  options.onProgress?.(`Running ${options.programDir} as stack ${options.stack}...`);
  const host: HostResult = await runProgram({ programDir: options.programDir, stack: options.stack, timeoutMs: options.timeoutMs });
  options.onProgress?.(`Registered ${host.resources.length} resources; starting the policy pack...`);
  const pack = await startPolicyPack(options.packDir ?? DEFAULT_PACK_DIR);
  try {
    await pack.client.configure(toConfigureRequest(options.policyConfig, await pack.client.getAnalyzerInfo()));
    options.onProgress?.(`Analyzing ${host.resources.length} resources...`);
    const diagnostics = await analyzeStackLikePreview(pack.client, host.resources.map(toAnalyzed));
    const resources = host.resources.map(toReportResource);
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const violations = diagnostics.map((d) => toViolation(d, byUrn));
    return {
      project: host.project,
      stack: host.stack,
      boundary,
      resources,
      violations,
      summary: {
        resources: resources.length,
        mandatory: violations.filter((v) => v.enforcementLevel === "mandatory").length,
        advisory: violations.filter((v) => v.enforcementLevel === "advisory").length,
      },
    };
  } finally {
    await pack.stop();
  }
}
