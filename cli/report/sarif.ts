import type { Log, ReportingDescriptor, Result } from "sarif";
import { CheckReport } from "./model";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** SARIF 2.1.0 for code scanning: one rule per policy, one result per violation at the declaring line. */
export function renderSarif(report: CheckReport, toolVersion: string): string {
  const policies = [...new Set(report.violations.map((v) => v.policy))].sort();
  const rules: ReportingDescriptor[] = policies.map((id) => ({ id, name: id }));
  const results: Result[] = report.violations.map((v) => ({
    ruleId: v.policy,
    ruleIndex: policies.indexOf(v.policy),
    level: v.enforcementLevel === "mandatory" ? "error" : "warning",
    message: { text: v.message },
    locations: v.source
      ? [{ physicalLocation: { artifactLocation: { uri: v.source.file }, region: { startLine: v.source.line } } }]
      : [],
    properties: { urn: v.urn },
  }));
  const log: Log = {
    version: "2.1.0",
    $schema: SARIF_SCHEMA,
    runs: [{ tool: { driver: { name: "data-boundary", version: toolVersion, rules } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
