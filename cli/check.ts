import { HostResult, RegisteredResource, runProgram } from "./host";
import { PreviewReplay } from "./pack/analyze-all";
import { AnalyzedStackResource } from "./pack/analyzer-client";
import { packSettings, startConfiguredPack } from "./pack/configured-pack";
import { PolicyPackConfigFile } from "./policy-config";
import { assembleReport, engineView } from "./report/assemble";
import { CheckReport, ReportResource } from "./report/model";

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

function toReportResource(resource: RegisteredResource): ReportResource {
  return { urn: resource.urn, type: resource.type, name: resource.name, source: resource.sourcePosition ?? null };
}

/**
 * Runs the program as a first preview would while starting the pack as the CLI does, sends `Analyze` for each resource
 * as the program registers it (as the engine does) and `AnalyzeStack` at the end, and returns every diagnostic
 * attached to the resource and source line it concerns, the exemptions the pack applied, and every place for the
 * picture (computed by the pack's engine on the same inputs).
 */
export async function runCheck(options: CheckOptions): Promise<CheckReport> {
  const settings = packSettings(options.policyConfig);
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
    return assembleReport({
      project: host.project,
      stack: host.stack,
      origin: "check",
      programDir: options.programDir,
      policyConfigFile: options.policyConfigFile,
      settings,
      info,
      resources: host.resources.map(toReportResource),
      diagnostics,
      placed: host.resources.map((resource) => engineView(toAnalyzed(resource))),
    });
  } finally {
    await pack.stop();
  }
}
