import { auditSource, skippedByReason, someResources } from "./audit-text";
import { CheckReport, ReportReviewedPlace, ReportViolation, SourceRef } from "./model";

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

/** The declaring line, else (audits) the resource id. */
const where = (entry: { source: SourceRef | null; resourceId?: string | null }) =>
  entry.source ? `${entry.source.file}:${entry.source.line}` : entry.resourceId ?? "(no source position)";

/** An audit's unknown types and left-out entries. */
function auditLines(report: CheckReport, s: Styles): string[] {
  if (!report.audit) return [];
  const lines: string[] = [];
  for (const type of report.audit.unknownTypes) {
    const sentAs = type.token === type.type ? "" : ` (sent as ${type.token})`;
    lines.push(s.yellow(`Type not known to the pack, judged by location only: ${type.type}${sentAs}, ${type.resources.length} resource(s): ${someResources(type)}.`), "");
  }
  for (const { reason, count } of skippedByReason(report.audit)) lines.push(s.dim(`Not judged: ${count} entr${count === 1 ? "y" : "ies"}, ${reason}.`), "");
  return lines;
}

function groupByResource(violations: readonly ReportViolation[]): Map<string, ReportViolation[]> {
  const groups = new Map<string, ReportViolation[]>();
  for (const v of violations) groups.set(v.urn, [...(groups.get(v.urn) ?? []), v]);
  return groups;
}

/** Each place a reviewed entry of `boundary.<list>` allowed or proved: its resource, the place and the review. */
function reviewedLines(entries: readonly ReportReviewedPlace[], tag: string, list: string, s: Styles): string[] {
  return entries.flatMap((e) => {
    const approval = [e.approvedBy && `approved by ${e.approvedBy}`, e.ticket && `ticket ${e.ticket}`].filter(Boolean).join(", ");
    return [
      `${s.bold(`${e.type} '${e.name}'`)} ${s.dim(where(e))}`,
      `  [${tag}] ${e.policy}: ${e.message}`,
      s.dim(`    boundary.${list}[${e.index}]: ${e.reason} (${approval}; expires ${e.expires})`),
      "",
    ];
  });
}

/**
 * The report for a person at a terminal: violations grouped by resource with the file and line that declares it,
 * the applied and unused exemptions, the places proven through declarations of resources outside the stack and the
 * unused declarations, then a summary line. Colours only when `colour` is true (a TTY).
 */
export function renderText(report: CheckReport, colour: boolean): string {
  const s = colour ? COLOURS : PLAIN;
  const command = report.audit ? "audit" : "check";
  const from = report.audit ? ` from ${auditSource(report.audit)}` : "";
  const lines = [
    s.bold(
      `data-boundary ${command}: ${report.project} / ${report.stack}${from}, boundary ${report.boundary.name} (${report.boundary.regions.join(", ")})` +
        (report.policyConfig ? ` from ${report.policyConfig}` : ""),
    ),
    "",
  ];
  for (const [, violations] of groupByResource(report.violations)) {
    const first = violations[0];
    lines.push(`${s.bold(`${first.type} '${first.name}'`)} ${s.dim(where(first))}`);
    for (const v of violations) {
      const level = v.enforcementLevel === "mandatory" ? s.red("mandatory") : s.yellow(v.enforcementLevel);
      lines.push(`  [${level}] ${v.policy}: ${v.message}`);
    }
    lines.push("");
  }
  lines.push(...reviewedLines(report.exemptions, "exempted", "exemptions", s));
  for (const u of report.unusedExemptions)
    lines.push(s.yellow(`Unused exemption boundary.exemptions[${u.index}] (${u.policy}): ${u.detail}.`), "");
  if (report.declarations.length > 0 || report.unusedDeclarations.length > 0) lines.push(s.bold("Declared resources outside the stack:"), "");
  lines.push(...reviewedLines(report.declarations, "declared", "externalResources", s));
  for (const u of report.unusedDeclarations)
    lines.push(s.yellow(`Unused external resource declaration boundary.externalResources[${u.index}]: ${u.detail}.`), "");
  lines.push(...auditLines(report, s));
  const { resources, mandatory, advisory } = report.summary;
  const verdict =
    mandatory > 0 ? s.red(`BLOCKED: ${mandatory} mandatory violation(s)`) : s.green("PASSED: no mandatory violation");
  const exempted = report.exemptions.length > 0 ? `, ${report.exemptions.length} exempted` : "";
  const declared = report.declarations.length > 0 ? `, ${report.declarations.length} declared` : "";
  lines.push(`${verdict}, ${advisory} advisory${exempted}${declared}, ${resources} resources checked.`);
  return `${lines.join("\n")}\n`;
}
