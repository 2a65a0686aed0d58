import * as path from "path";
import type { AnalyzerInfo } from "../pack/analyzer-client";
import type { CheckReport, ReportPolicy, ReportViolation } from "./model";

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
