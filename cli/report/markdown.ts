import { CheckReport } from "./model";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A Markdown summary for a pull-request comment: a verdict line and one table row per violation. */
export function renderMarkdown(report: CheckReport): string {
  const { resources, mandatory, advisory } = report.summary;
  const verdict = mandatory > 0 ? `:no_entry: **Blocked**: ${mandatory} mandatory violation(s)` : ":white_check_mark: **Passed**: no mandatory violation";
  const lines = [
    `## data-boundary: ${report.project} / ${report.stack}`,
    "",
    `${verdict}, ${advisory} advisory, ${resources} resources checked against boundary \`${report.boundary.name}\`.`,
  ];
  if (report.violations.length > 0) {
    lines.push("", "| Level | Policy | Resource | Source | Message |", "| --- | --- | --- | --- | --- |");
    for (const v of report.violations) {
      const source = v.source ? `\`${v.source.file}:${v.source.line}\`` : "";
      lines.push(`| ${v.enforcementLevel} | \`${v.policy}\` | \`${cell(v.type)}\` ${cell(v.name)} | ${source} | ${cell(v.message)} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}
