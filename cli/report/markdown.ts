import { POLICY_DOCS_BASE } from "../../policy-pack/policies/docs-url";
import { auditSource, skippedByReason, someResources } from "./audit-text";
import { exemptionAdvice } from "./exemption-request";
import type { CheckReport, ReportPolicy, ReportReviewedPlace, ReportViolation } from "./model";
import { boundaryLabel, code, count, md, placeOf } from "./markdown-text";
import { pictureNodes, renderPicture, renderPictureTable } from "./picture";

/** Hidden first line of the comment; the workflow finds the comment to update by it. */
export const REPORT_MARKER = "<!-- data-boundary-report -->";

/** GitHub refuses comments over 65,536 characters; past this budget the per-violation details are left out. */
export const MAX_COMMENT_CHARS = 60_000;

/** Most violations listed per policy; the JSON and SARIF reports list them all. */
export const MAX_ROWS_PER_POLICY = 50;

const DOCS = POLICY_DOCS_BASE.replace(/\/policy-pack\/docs\/policies$/, "/docs");

const where = (v: { source: { file: string; line: number } | null; resourceId?: string | null }) =>
  v.source ? code(`${v.source.file}:${v.source.line}`) : v.resourceId ? code(v.resourceId) : "—";
/** The column of {@link where}: audits name deployed resources by id, the others by declaring line. */
const whereHeader = (report: CheckReport) => (report.audit ? "Resource id" : "Declared at");
const resourceCell = (v: { name: string; type: string }) => `**${md(v.name)}** ${code(v.type)}`;

function heading(report: CheckReport): string[] {
  const { mandatory, advisory, resources } = report.summary;
  const title = mandatory > 0 ? "## :no_entry: data-boundary: blocked" : "## :white_check_mark: data-boundary: passed";
  const counts = [
    mandatory > 0 ? `**${count(mandatory, "mandatory violation")}**` : "no mandatory violation",
    `${advisory} advisory`,
  ];
  if (report.exemptions.length > 0) counts.push(`${report.exemptions.length} exempted`);
  if (report.unusedExemptions.length > 0) counts.push(count(report.unusedExemptions.length, "unused exemption"));
  if (report.declarations.length > 0) counts.push(`${report.declarations.length} declared`);
  if (report.unusedDeclarations.length > 0) counts.push(count(report.unusedDeclarations.length, "unused declaration"));
  const checked = `${count(resources, "resource")} checked against ${md(boundaryLabel(report.boundary))} (${code(report.boundary.name)})`;
  const lines = [
    REPORT_MARKER,
    title,
    "",
    `${code(`${report.project} / ${report.stack}`)}: ${counts.join(", ")} · ${checked}.`,
  ];
  if (report.audit) {
    lines.push(
      "",
      `> Audit of deployed resources from ${md(auditSource(report.audit))}, judged by the pack as a preview would judge them; resources are named by their Azure resource id ([audit](${DOCS}/audit.md)).`,
    );
  }
  if (report.origin === "preview") {
    lines.push(
      "",
      "> Built from the engine events of a real `pulumi preview`: they carry no source lines and no inputs the engine could place, so the picture and the declaring lines are missing ([reports](" +
        `${DOCS}/reports.md)).`,
    );
  }
  return lines;
}

function picture(report: CheckReport): string[] {
  const nodes = pictureNodes(report);
  if (nodes.length === 0) return [];
  return [
    "",
    "### Where the data goes",
    "",
    ...renderPicture(report, nodes),
    "",
    "<details><summary>The same as a table</summary>",
    "",
    ...renderPictureTable(nodes),
    "",
    "</details>",
  ];
}

function groupByPolicy(report: CheckReport): [string, ReportViolation[]][] {
  const groups = new Map<string, ReportViolation[]>();
  for (const v of report.violations) groups.set(v.policy, [...(groups.get(v.policy) ?? []), v]);
  const order = (policy: string) => {
    const index = report.policies.findIndex((p) => p.name === policy);
    return index < 0 ? report.policies.length : index;
  };
  const blocking = (vs: ReportViolation[]) => (vs.some((v) => v.enforcementLevel === "mandatory") ? 0 : 1);
  return [...groups].sort(
    ([a, av], [b, bv]) => blocking(av) - blocking(bv) || order(a) - order(b) || a.localeCompare(b),
  );
}

function policyGroup(report: CheckReport, policy: string, violations: ReportViolation[], detailed: boolean): string[] {
  const info: ReportPolicy | undefined = report.policies.find((p) => p.name === policy);
  const level = violations.some((v) => v.enforcementLevel === "mandatory")
    ? "mandatory"
    : violations[0].enforcementLevel;
  const icon = level === "mandatory" ? ":no_entry:" : ":warning:";
  const lines = ["", `#### ${icon} ${code(policy)} · ${level} · ${count(violations.length, "violation")}`];
  if (info) lines.push("", `${md(info.description)}${info.url ? ` ([policy page](${info.url}))` : ""}`);
  lines.push("", `| Resource | ${whereHeader(report)} | Place | Country | Fix |`, "| --- | --- | --- | --- | --- |");
  const shown = violations.slice(0, MAX_ROWS_PER_POLICY);
  for (const v of shown) {
    const place = placeOf(v, report.places);
    const fix = place ? md(place.fix) : md(v.message);
    lines.push(
      `| ${resourceCell(v)} | ${where(v)} | ${place ? md(place.label) : "—"} | ${place?.country ? md(place.country) : "—"} | ${fix} |`,
    );
  }
  if (violations.length > shown.length)
    lines.push("", `… and ${count(violations.length - shown.length, "more violation")}: see the JSON or SARIF report.`);
  if (!detailed) return lines;
  lines.push("", `<details><summary>Messages and how to request an exemption</summary>`);
  for (const v of shown)
    lines.push("", `${resourceCell(v)}: ${md(v.message)}`, "", ...exemptionAdvice(v, placeOf(v, report.places)));
  lines.push("", "</details>");
  return lines;
}

function violations(report: CheckReport, detailed: boolean): string[] {
  if (report.violations.length === 0) return [];
  return [
    "",
    "### Violations",
    ...groupByPolicy(report).flatMap(([policy, vs]) => policyGroup(report, policy, vs, detailed)),
  ];
}

/** The places reviewed entries of `boundary.<list>` allowed or proved: resource, line, policy, place and review. */
function reviewedTable(report: CheckReport, entries: readonly ReportReviewedPlace[], list: string): string[] {
  const lines = [
    `| Resource | ${whereHeader(report)} | Policy | Place | Reason | Approval | Expires |`,
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const e of entries) {
    const place = placeOf(e, report.places);
    const label = place ? md(place.country ? `${place.label} (${place.country})` : place.label) : "—";
    const approval = [e.approvedBy && `approved by ${md(e.approvedBy)}`, e.ticket && `ticket ${md(e.ticket)}`]
      .filter(Boolean)
      .join(", ");
    lines.push(
      `| ${resourceCell(e)} | ${where(e)} | ${code(e.policy)} | ${label} | ${md(e.reason)} | ${approval} | ${e.expires} (${code(`boundary.${list}[${e.index}]`)}) |`,
    );
  }
  return lines;
}

function exemptions(report: CheckReport): string[] {
  const lines: string[] = [];
  if (report.exemptions.length > 0)
    lines.push("", "### Applied exemptions", "", ...reviewedTable(report, report.exemptions, "exemptions"));
  if (report.unusedExemptions.length > 0) {
    lines.push("", "### Unused exemptions", "");
    for (const u of report.unusedExemptions)
      lines.push(`- ${code(`boundary.exemptions[${u.index}]`)} (${code(u.policy)}): ${md(u.detail)}.`);
  }
  return lines;
}

/** The places proven through declarations of resources outside the stack, and the declarations nothing used. */
function declarations(report: CheckReport): string[] {
  if (report.declarations.length === 0 && report.unusedDeclarations.length === 0) return [];
  const lines = [
    "",
    "### Declared resources outside the stack",
    "",
    `Places proven inside through a reviewed declaration in ${code("boundary.externalResources")}, whose region the pack takes on trust ([declarations](${DOCS}/external-resources.md)).`,
  ];
  if (report.declarations.length > 0)
    lines.push("", ...reviewedTable(report, report.declarations, "externalResources"));
  if (report.unusedDeclarations.length > 0) {
    lines.push("", "**Unused declarations**", "");
    for (const u of report.unusedDeclarations)
      lines.push(`- ${code(`boundary.externalResources[${u.index}]`)}: ${md(u.detail)}.`);
  }
  return lines;
}

/** An audit's types the pack does not know (judged by location only) and the entries it left out. */
function auditSections(report: CheckReport): string[] {
  if (!report.audit) return [];
  const lines: string[] = [];
  const types = report.audit.unknownTypes;
  if (types.length > 0) {
    lines.push(
      "",
      "### Types not known to the pack",
      "",
      "The pack has no rules for these types: each resource was judged by its location and resource group only.",
      "",
      "| Type | Sent as | Resources |",
      "| --- | --- | --- |",
    );
    for (const type of types.slice(0, MAX_ROWS_PER_POLICY))
      lines.push(`| ${code(type.type)} | ${code(type.token)} | ${type.resources.length}: ${someResources(type, code)} |`);
    if (types.length > MAX_ROWS_PER_POLICY) lines.push("", `… and ${count(types.length - MAX_ROWS_PER_POLICY, "more type")}: see the JSON report.`);
  }
  const skipped = skippedByReason(report.audit);
  if (skipped.length > 0) lines.push("", "### Not judged", "", ...skipped.map((s) => `- ${count(s.count, "entry", "entries")}: ${md(s.reason)}.`));
  return lines;
}

function footer(report: CheckReport): string[] {
  const picture = report.places.length > 0 ? "; the picture comes from the pack's engine on the same inputs" : "";
  return [
    "",
    `<sub>Verdicts, exemptions and declarations come from the data-boundary policy pack${picture}. [How exemptions work](${DOCS}/exemptions.md) · [About this report](${DOCS}/reports.md)</sub>`,
  ];
}

/**
 * One pull-request comment: the hidden marker, a summary line, the picture of where the data goes (Mermaid,
 * plus a table), the violations grouped by policy with resource, declaring line, place, country and fix, how to
 * request an exemption, the applied and unused exemptions, the places proven through declarations of resources
 * outside the stack and the unused declarations. Over {@link MAX_COMMENT_CHARS}, the per-violation
 * details are left out.
 */
export function renderMarkdown(report: CheckReport): string {
  const render = (detailed: boolean) =>
    [
      ...heading(report),
      ...picture(report),
      ...violations(report, detailed),
      ...exemptions(report),
      ...declarations(report),
      ...auditSections(report),
      ...footer(report),
    ].join("\n") + "\n";
  const full = render(true);
  return full.length <= MAX_COMMENT_CHARS ? full : render(false);
}
