import { POLICY_DOCS_BASE } from "../../policy-pack/policies/docs-url";
import { auditSource, skippedByReason, someResources } from "./audit-text";
import { exemptionAdvice } from "./exemption-request";
import type { CheckReport, ReportAudit, ReportPolicy, ReportReviewedPlace, ReportViolation } from "./model";
import { Budget, fitRows } from "./markdown-budget";
import { boundaryLabel, cell, code, count, md, placeOf } from "./markdown-text";
import { pictureNodes, renderPicture, renderPictureTable } from "./picture";

/** Hidden first line of the comment; the workflow finds the comment to update by it. */
export const REPORT_MARKER = "<!-- data-boundary-report -->";

/**
 * GitHub refuses comments over 65,536 characters: the comment never exceeds this budget (the action adds a key line
 * in front). Past it, the per-violation details are left out first, then rows of the longest tables.
 */
export const MAX_COMMENT_CHARS = 60_000;

/** Most rows of one table or list (each policy's violations, the exemptions, ...); the JSON and SARIF reports list them all. */
export const MAX_TABLE_ROWS = 50;

/** The last line of a comment that had to leave sections out to stay under the size limit. */
export const OMITTED_NOTE =
  "Some sections were left out to keep this comment under GitHub's size limit; the JSON and SARIF reports list everything.";

/** The last line of a capped table or list. */
const more = (noun: string, report = "the JSON or SARIF report") => (left: number) => `… and ${count(left, `more ${noun}`, `more ${noun}s`)}: see ${report}.`;

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
  for (const v of report.violations) {
    const group = groups.get(v.policy);
    if (group) group.push(v);
    else groups.set(v.policy, [v]);
  }
  const order = (policy: string) => {
    const index = report.policies.findIndex((p) => p.name === policy);
    return index < 0 ? report.policies.length : index;
  };
  const blocking = (vs: ReportViolation[]) => (vs.some((v) => v.enforcementLevel === "mandatory") ? 0 : 1);
  return [...groups].sort(
    ([a, av], [b, bv]) => blocking(av) - blocking(bv) || order(a) - order(b) || a.localeCompare(b),
  );
}

function violationRow(report: CheckReport, v: ReportViolation): string {
  const place = placeOf(v, report.places);
  const fix = cell(place ? place.fix : v.message);
  return `| ${resourceCell(v)} | ${where(v)} | ${place ? md(place.label) : "—"} | ${place?.country ? md(place.country) : "—"} | ${fix} |`;
}

function policyGroup(report: CheckReport, policy: string, violations: ReportViolation[], detailed: boolean, budget: Budget): string[] {
  const info: ReportPolicy | undefined = report.policies.find((p) => p.name === policy);
  const level = violations.some((v) => v.enforcementLevel === "mandatory")
    ? "mandatory"
    : violations[0].enforcementLevel;
  const icon = level === "mandatory" ? ":no_entry:" : ":warning:";
  const head = ["", `#### ${icon} ${code(policy)} · ${level} · ${count(violations.length, "violation")}`];
  if (info) head.push("", `${md(info.description)}${info.url ? ` ([policy page](${info.url}))` : ""}`);
  head.push("", `| Resource | ${whereHeader(report)} | Place | Country | Fix |`, "| --- | --- | --- | --- | --- |");
  const table = fitRows(budget, head, violations, (v) => violationRow(report, v), MAX_TABLE_ROWS, more("violation"));
  if (!detailed || table.shown === 0) return table.lines;
  const details = ["", `<details><summary>Messages and how to request an exemption</summary>`];
  for (const v of violations.slice(0, table.shown))
    details.push("", `${resourceCell(v)}: ${md(v.message)}`, "", ...exemptionAdvice(v, placeOf(v, report.places)));
  details.push("", "</details>");
  return [...table.lines, ...budget.section(details)];
}

function violations(report: CheckReport, detailed: boolean, budget: Budget): string[] {
  if (report.violations.length === 0) return [];
  const title = budget.section(["", "### Violations"]);
  if (title.length === 0) return [];
  // Each policy gets an equal part of the room left, in turn (what one does not use goes to the next), so that the
  // long rows of one policy never push another policy out of the comment.
  const groups = groupByPolicy(report);
  return [
    ...title,
    ...groups.flatMap(([policy, vs], i) => {
      const part = budget.share(groups.length - i);
      const lines = policyGroup(report, policy, vs, detailed, part);
      budget.spend(part);
      return lines;
    }),
  ];
}

/** The places reviewed entries of `boundary.<list>` allowed or proved: resource, line, policy, place and review. */
function reviewedTable(report: CheckReport, title: string[], entries: readonly ReportReviewedPlace[], list: string, noun: string, budget: Budget): string[] {
  const head = [
    ...title,
    "",
    `| Resource | ${whereHeader(report)} | Policy | Place | Reason | Approval | Expires |`,
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  const row = (e: ReportReviewedPlace) => {
    const place = placeOf(e, report.places);
    const label = place ? md(place.country ? `${place.label} (${place.country})` : place.label) : "—";
    const approval = [e.approvedBy && `approved by ${md(e.approvedBy)}`, e.ticket && `ticket ${md(e.ticket)}`]
      .filter(Boolean)
      .join(", ");
    return `| ${resourceCell(e)} | ${where(e)} | ${code(e.policy)} | ${label} | ${cell(e.reason)} | ${approval} | ${e.expires} (${code(`boundary.${list}[${e.index}]`)}) |`;
  };
  return fitRows(budget, head, entries, row, MAX_TABLE_ROWS, more(noun)).lines;
}

function exemptions(report: CheckReport, budget: Budget): string[] {
  const unused = (u: CheckReport["unusedExemptions"][number]) => `- ${code(`boundary.exemptions[${u.index}]`)} (${code(u.policy)}): ${md(u.detail)}.`;
  return [
    ...reviewedTable(report, ["", "### Applied exemptions"], report.exemptions, "exemptions", "exemption", budget),
    ...fitRows(budget, ["", "### Unused exemptions", ""], report.unusedExemptions, unused, MAX_TABLE_ROWS, more("unused exemption")).lines,
  ];
}

/** The places proven through declarations of resources outside the stack, and the declarations nothing used. */
function declarations(report: CheckReport, budget: Budget): string[] {
  const title = [
    "",
    "### Declared resources outside the stack",
    "",
    `Places proven inside through a reviewed declaration in ${code("boundary.externalResources")}, whose region the pack takes on trust ([declarations](${DOCS}/external-resources.md)).`,
  ];
  const applied = reviewedTable(report, title, report.declarations, "externalResources", "declaration", budget);
  const unused = (u: CheckReport["unusedDeclarations"][number]) => `- ${code(`boundary.externalResources[${u.index}]`)}: ${md(u.detail)}.`;
  const unusedHead = [...(applied.length > 0 ? [] : title), "", "**Unused declarations**", ""];
  return [...applied, ...fitRows(budget, unusedHead, report.unusedDeclarations, unused, MAX_TABLE_ROWS, more("unused declaration")).lines];
}

/** An audit's types the pack does not know (judged by location only) and the entries it left out. */
function auditSections(report: CheckReport, budget: Budget): string[] {
  if (!report.audit) return [];
  const typesHead = [
    "",
    "### Types not known to the pack",
    "",
    "The pack has no rules for these types: each resource was judged by its location and resource group only.",
    "",
    "| Type | Sent as | Resources |",
    "| --- | --- | --- |",
  ];
  const typeRow = (type: ReportAudit["unknownTypes"][number]) => `| ${code(type.type)} | ${code(type.token)} | ${type.resources.length}: ${someResources(type, code)} |`;
  const skippedRow = (s: { reason: string; count: number }) => `- ${count(s.count, "entry", "entries")}: ${md(s.reason)}.`;
  return [
    ...fitRows(budget, typesHead, report.audit.unknownTypes, typeRow, MAX_TABLE_ROWS, more("type", "the JSON report")).lines,
    ...fitRows(budget, ["", "### Not judged", ""], skippedByReason(report.audit), skippedRow, MAX_TABLE_ROWS, more("reason", "the JSON report")).lines,
  ];
}

function footer(report: CheckReport): string[] {
  const picture = report.places.length > 0 ? "; the picture comes from the pack's engine on the same inputs" : "";
  return [
    "",
    `<sub>Verdicts, exemptions and declarations come from the data-boundary policy pack${picture}. [How exemptions work](${DOCS}/exemptions.md) · [About this report](${DOCS}/reports.md)</sub>`,
  ];
}

/** The comment within {@link MAX_COMMENT_CHARS}: sections take the budget violations first; `cut` when any did not fit. */
function render(report: CheckReport, detailed: boolean): { text: string; cut: boolean } {
  const budget = new Budget(MAX_COMMENT_CHARS);
  const top = heading(report);
  const bottom = footer(report);
  const omitted = ["", OMITTED_NOTE];
  budget.take([...top, ...bottom, ...omitted]);
  const found = violations(report, detailed, budget);
  const drawn = budget.section(picture(report));
  const rest = [...exemptions(report, budget), ...declarations(report, budget), ...auditSections(report, budget)];
  const lines = [...top, ...drawn, ...found, ...rest, ...(budget.omitted > 0 ? omitted : []), ...bottom];
  return { text: `${lines.join("\n")}\n`, cut: budget.cut };
}

/**
 * One pull-request comment: the hidden marker, a summary line, the picture of where the data goes (Mermaid,
 * plus a table), the violations grouped by policy with resource, declaring line, place, country and fix, how to
 * request an exemption, the applied and unused exemptions, the places proven through declarations of resources
 * outside the stack and the unused declarations. It stays within {@link MAX_COMMENT_CHARS} whatever the report's
 * size: each table shows at most {@link MAX_TABLE_ROWS} rows and says how many more there are; when everything does
 * not fit, the per-violation details are left out, then the violations take the room first, and the sections that
 * still do not fit are left out with a note.
 */
export function renderMarkdown(report: CheckReport): string {
  const full = render(report, true);
  return full.cut ? render(report, false).text : full.text;
}
