import * as path from "path";
import { StackResource } from "../policy-pack/engine";
import { PackSettings, parseSettings } from "../policy-pack/policies/settings";
import { CliError } from "./cli-error";
import { HostResult, RegisteredResource, runProgram } from "./host";
import { PreviewDiagnostic, PreviewReplay } from "./pack/analyze-all";
import { AnalyzedStackResource, AnalyzerInfo } from "./pack/analyzer-client";
import { ensurePackBuilt } from "./pack/pack-build";
import { RunningPack, startPolicyPack } from "./pack/start-pack";
import { PACKAGE_ROOT } from "./package-root";
import { PolicyPackConfigFile, toConfigureRequest } from "./policy-config";
import { relativePath, summarize, toReportPolicies } from "./report/assemble";
import { CheckReport, ReportResource } from "./report/model";
import { computePlaces } from "./report/places";
import { PolicyDiagnostic, sortDiagnostics, withoutDescription } from "./report/violations";

/** The default `--policy-pack`: the pack shipped with this CLI, `policy-pack/` of the repository or the installed package. */
export const DEFAULT_PACK_DIR = path.join(PACKAGE_ROOT, "policy-pack");

/** What to check. */
export interface CheckOptions {
  readonly programDir: string;
  readonly stack: string;
  /** The parsed `--policy-config` file; `{}` for the pack's defaults. */
  readonly policyConfig: PolicyPackConfigFile;
  /** Where `policyConfig` was read from, for the reports; absent without a file. */
  readonly policyConfigFile?: string;
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
    provider: resource.provider && {
      urn: resource.provider.urn,
      type: resource.provider.type,
      name: resource.provider.name,
      properties: resource.provider.inputs,
    },
    options: {},
    parent: resource.parent,
    dependencies: resource.dependencies,
    propertyDependencies: resource.propertyDependencies,
  };
}

/** The engine's view of a registered resource: the same wire inputs the pack receives. */
function toStackResource(resource: RegisteredResource): StackResource {
  const provider = resource.provider && {
    urn: resource.provider.urn,
    type: resource.provider.type,
    name: resource.provider.name,
    props: resource.provider.inputs,
  };
  return {
    urn: resource.urn,
    type: resource.type,
    name: resource.name,
    props: resource.inputs,
    provider,
    parent: resource.parent,
    propertyDependencies: resource.propertyDependencies,
  };
}

function toReportResource(resource: RegisteredResource): ReportResource {
  return { urn: resource.urn, type: resource.type, name: resource.name, source: resource.sourcePosition ?? null };
}

function toPolicyDiagnostic(diagnostic: PreviewDiagnostic): PolicyDiagnostic {
  return {
    policyName: diagnostic.policyName,
    urn: diagnostic.urn || (diagnostic.call === "analyze" ? diagnostic.analyzedUrn : ""),
    enforcementLevel: diagnostic.enforcementLevel,
    text: withoutDescription(diagnostic.message, diagnostic.description),
  };
}

/** The pack-wide settings of the config file, validated by the pack's own rules before anything runs. */
export function settingsOf(policyConfig: PolicyPackConfigFile): PackSettings {
  try {
    return parseSettings((policyConfig.boundary ?? {}) as Record<string, unknown>);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

/** Starts the pack as the CLI does (rebuilding a stale compiled pack first), and configures it once it serves. */
async function startConfiguredPack(options: CheckOptions): Promise<{ pack: RunningPack; info: AnalyzerInfo }> {
  const packDir = options.packDir ?? DEFAULT_PACK_DIR;
  await ensurePackBuilt(packDir, options.onProgress);
  const pack = await startPolicyPack(packDir);
  try {
    const info = await pack.client.getAnalyzerInfo();
    await pack.client.configure(toConfigureRequest(options.policyConfig, info));
    return { pack, info };
  } catch (error) {
    await pack.stop();
    throw error;
  }
}

/**
 * Runs the program as a first preview would while starting the pack as the CLI does, sends `Analyze` for each resource
 * as the program registers it (as the engine does) and `AnalyzeStack` at the end, and returns every diagnostic
 * attached to the resource and source line it concerns, the exemptions the pack applied, and every place for the
 * picture (computed by the pack's engine on the same inputs).
 */
export async function runCheck(options: CheckOptions): Promise<CheckReport> {
  const settings = settingsOf(options.policyConfig);
  options.onProgress?.(`Running ${options.programDir} as stack ${options.stack}...`);
  // The pack starts while the program runs, and analyses each resource as it is registered: both are child
  // processes, and the pack's work overlaps the program's. A program failure still wins and stops the pack.
  const packStarting = startConfiguredPack(options);
  packStarting.catch(() => undefined); // handled below; keeps a failed start from being an unhandled rejection meanwhile
  const replay = new PreviewReplay(packStarting.then(({ pack }) => pack.client));
  let host: HostResult;
  try {
    host = await runProgram({
      programDir: options.programDir,
      stack: options.stack,
      timeoutMs: options.timeoutMs,
      // Resources read with `.get()` are not analysed: the engine runs no analyzer on a read step, and offline their
      // state cannot be read. References to them stay unproven, as they would for any resource outside the stack.
      onRegistered: (resource) => {
        if (!resource.external) replay.analyze(toAnalyzed(resource));
      },
    });
  } catch (error) {
    await packStarting.then(
      ({ pack }) => pack.stop(),
      () => undefined,
    );
    throw error;
  }
  options.onProgress?.(`Registered ${host.resources.length} resources; waiting for the policy pack...`);
  const { pack, info } = await packStarting;
  try {
    options.onProgress?.(`Analyzing ${host.resources.length} resources...`);
    const diagnostics = await replay.finish();
    const resources = host.resources.map(toReportResource);
    const sorted = sortDiagnostics(diagnostics.map(toPolicyDiagnostic), new Map(resources.map((r) => [r.urn, r])));
    return {
      project: host.project,
      stack: host.stack,
      boundary: { name: settings.boundary.id, regions: settings.boundary.regionNames },
      resources,
      violations: sorted.violations,
      summary: summarize(resources.length, sorted.violations),
      origin: "check",
      programDir: relativePath(options.programDir),
      policyConfig: options.policyConfigFile ? relativePath(options.policyConfigFile) : null,
      policies: toReportPolicies(info),
      exemptions: sorted.exemptions,
      unusedExemptions: sorted.unusedExemptions,
      places: computePlaces(host.resources.map(toStackResource), settings.boundary, settings.neverExempt),
    };
  } finally {
    await pack.stop();
  }
}
