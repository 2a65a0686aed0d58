import * as path from "path";
import type { StackResource } from "../../policy-pack/engine";
import type { PackSettings } from "../../policy-pack/policies/settings";
import type { PreviewDiagnostic } from "../pack/analyze-all";
import type { AnalyzedStackResource, AnalyzerInfo } from "../pack/analyzer-client";
import type { CheckReport, ReportPolicy, ReportResource, ReportViolation } from "./model";
import { computePlaces } from "./places";
import { PolicyDiagnostic, sortDiagnostics, withoutDescription } from "./violations";

/** The rule metadata of every policy, as `GetAnalyzerInfo` describes it. */
export function toReportPolicies(info: AnalyzerInfo): ReportPolicy[] {
  return info.policies.map((p) => ({
    name: p.name,
    displayName: p.displayName,
    description: p.description,
    enforcementLevel: p.enforcementLevel,
    severity: p.severity ?? null,
    remediationSteps: p.remediationSteps ?? null,
    url: p.url ?? null,
  }));
}

/** The counts of the summary line. */
export function summarize(resources: number, violations: readonly ReportViolation[]): CheckReport["summary"] {
  return {
    resources,
    mandatory: violations.filter((v) => v.enforcementLevel === "mandatory").length,
    advisory: violations.filter((v) => v.enforcementLevel === "advisory").length,
  };
}

/** A path relative to the working directory, `/`-separated, `.` for the working directory itself. */
export function relativePath(dir: string, cwd: string = process.cwd()): string {
  return path.relative(cwd, path.resolve(dir)).split(path.sep).join("/") || ".";
}

/** The engine's view of a resource as the pack received it: the same wire inputs, provider and graph edges. */
export function engineView(resource: AnalyzedStackResource): StackResource {
  const provider = resource.provider && {
    urn: resource.provider.urn,
    type: resource.provider.type,
    name: resource.provider.name,
    props: resource.provider.properties,
  };
  return {
    urn: resource.urn,
    type: resource.type,
    name: resource.name,
    props: resource.properties,
    provider,
    parent: resource.parent,
    propertyDependencies: resource.propertyDependencies ?? {},
  };
}

function toPolicyDiagnostic(diagnostic: PreviewDiagnostic): PolicyDiagnostic {
  return {
    policyName: diagnostic.policyName,
    urn: diagnostic.urn || (diagnostic.call === "analyze" ? diagnostic.analyzedUrn : ""),
    enforcementLevel: diagnostic.enforcementLevel,
    text: withoutDescription(diagnostic.message, diagnostic.description),
  };
}

/** What one judged run gives the report: who ran, what the pack said, and the resources it was said about. */
export interface JudgedRun {
  readonly project: string;
  readonly stack: string;
  readonly origin: CheckReport["origin"];
  /** The program directory (`.` for an audit), made relative to where the command ran. */
  readonly programDir: string;
  readonly policyConfigFile?: string;
  readonly settings: PackSettings;
  readonly info: AnalyzerInfo;
  readonly resources: readonly ReportResource[];
  /** Every diagnostic of `Analyze` and `AnalyzeStack`, in the order the pack produced them. */
  readonly diagnostics: readonly PreviewDiagnostic[];
  /** The resources whose places the picture shows, as the engine sees them. */
  readonly placed: readonly StackResource[];
}

/**
 * The report of a judged run: the pack's diagnostics attached to the resources they concern and sorted into
 * violations, applied and unused exemptions, places proven through declarations and unused declarations, plus
 * every place the pack's engine finds for the picture.
 */
export function assembleReport(run: JudgedRun): CheckReport {
  const sorted = sortDiagnostics(run.diagnostics.map(toPolicyDiagnostic), new Map(run.resources.map((r) => [r.urn, r])));
  const { boundary } = run.settings;
  return {
    project: run.project,
    stack: run.stack,
    boundary: { name: boundary.id, regions: boundary.regionNames },
    resources: run.resources,
    violations: sorted.violations,
    summary: summarize(run.resources.length, sorted.violations),
    origin: run.origin,
    programDir: relativePath(run.programDir),
    policyConfig: run.policyConfigFile ? relativePath(run.policyConfigFile) : null,
    policies: toReportPolicies(run.info),
    exemptions: sorted.exemptions,
    unusedExemptions: sorted.unusedExemptions,
    declarations: sorted.declarations,
    unusedDeclarations: sorted.unusedDeclarations,
    places: computePlaces(run.placed, run.settings),
  };
}
