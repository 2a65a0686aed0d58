import { CheckReport, ReportViolation, SourceRef } from "./model";

/** ANSI styles for a terminal; plain text when colours are off. */
interface Styles {
  readonly bold: (s: string) => string;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly dim: (s: string) => string;
}

const ansi = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const COLOURS: Styles = { bold: ansi(1), red: ansi(31), yellow: ansi(33), green: ansi(32), dim: ansi(2) };
const PLAIN: Styles = { bold: (s) => s, red: (s) => s, yellow: (s) => s, green: (s) => s, dim: (s) => s };

const where = (source: SourceRef | null) => (source ? `${source.file}:${source.line}` : "(no source position)");

function groupByResource(violations: readonly ReportViolation[]): Map<string, ReportViolation[]> {
  const groups = new Map<string, ReportViolation[]>();
  for (const v of violations) groups.set(v.urn, [...(groups.get(v.urn) ?? []), v]);
  return groups;
}

/**
 * The report for a person at a terminal: violations grouped by resource with the file and line that declares it,
 * then a summary line. Colours only when `colour` is true (a TTY).
 */
export function renderText(report: CheckReport, colour: boolean): string {
  const s = colour ? COLOURS : PLAIN;
  const lines = [s.bold(`data-boundary check: ${report.project} / ${report.stack}, boundary ${report.boundary.name} (${report.boundary.regions.join(", ")})`), ""];
  for (const [, violations] of groupByResource(report.violations)) {
    const first = violations[0];
    lines.push(`${s.bold(`${first.type} '${first.name}'`)} ${s.dim(where(first.source))}`);
    for (const v of violations) {
      const level = v.enforcementLevel === "mandatory" ? s.red("mandatory") : s.yellow(v.enforcementLevel);
      lines.push(`  [${level}] ${v.policy}: ${v.message}`);
    }
    lines.push("");
  }
  const { resources, mandatory, advisory } = report.summary;
  const verdict = mandatory > 0 ? s.red(`BLOCKED: ${mandatory} mandatory violation(s)`) : s.green("PASSED: no mandatory violation");
  lines.push(`${verdict}, ${advisory} advisory, ${resources} resources checked.`);
  return `${lines.join("\n")}\n`;
}
