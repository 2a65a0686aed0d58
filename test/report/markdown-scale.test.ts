/**
 * The Markdown comment at the scale of an audit of a large estate: it stays under GitHub's comment limit whatever
 * the report holds, caps each long table with how many rows it left out, and gives the violations the room first.
 */
import { describe, expect, it } from "vitest";
import { MAX_COMMENT_CHARS, MAX_TABLE_ROWS, OMITTED_NOTE, renderMarkdown } from "../../cli/report/markdown";
import { MAX_CELL_CHARS } from "../../cli/report/markdown-text";
import { CheckReport, ReportDeclaration, ReportExemption, ReportViolation } from "../../cli/report/model";
import { REPORT } from "./fixture";

const SUBSCRIPTION = "/subscriptions/3f2b6c1e-8d4a-4e7b-9c1f-2a5d7e9b0c13";
const accountId = (i: number) => `${SUBSCRIPTION}/resourceGroups/rg-data-${Math.floor(i / 25)}/providers/Microsoft.Storage/storageAccounts/stdata${i}`;

/** `n` places of one wildcard exemption, as an audit of `n` edge profiles reports them. */
function wildcardExemptions(n: number): ReportExemption[] {
  const [edge] = REPORT.exemptions;
  return Array.from({ length: n }, (_, i) => ({ ...edge, urn: `${edge.urn}-${i}`, name: `edge-${i}`, source: null, resourceId: accountId(i) }));
}

/** `n` violations of each of `policies`, with the long messages of real places. */
function violationsOf(policies: readonly string[], n: number): ReportViolation[] {
  const [logs] = REPORT.violations;
  return policies.flatMap((policy) =>
    Array.from({ length: n }, (_, i) => ({ ...logs, policy, urn: `${logs.urn}-${policy}-${i}`, name: `logs-${i}`, source: null, resourceId: accountId(i) })),
  );
}

function declarationsOf(n: number): ReportDeclaration[] {
  const [declared] = REPORT.declarations;
  return Array.from({ length: n }, (_, i) => ({ ...declared, urn: `${declared.urn}-${i}`, name: `logs-${i}`, resourceId: accountId(i) }));
}

const audit: CheckReport["audit"] = {
  source: "resource-graph",
  files: ["estate-1.json", "estate-2.json"],
  unknownTypes: Array.from({ length: 300 }, (_, i) => ({ type: `microsoft.contoso${i}/widgets`, token: `azure-native:contoso${i}:Widget`, resources: [accountId(i)] })),
  skipped: [],
};

const linesOf = (markdown: string) => markdown.split("\n");

describe("the Markdown comment of a large audit", () => {
  it("caps a wildcard exemption over 20,000 resources, and the other long lists, under the comment limit", () => {
    const report: CheckReport = {
      ...REPORT,
      audit,
      exemptions: wildcardExemptions(20_000),
      unusedExemptions: Array.from({ length: 300 }, (_, i) => ({ ...REPORT.unusedExemptions[0], index: i + 1 })),
      declarations: declarationsOf(1_000),
      unusedDeclarations: Array.from({ length: 120 }, (_, i) => ({ ...REPORT.unusedDeclarations[0], index: i + 1 })),
    };
    const markdown = renderMarkdown(report);
    expect(markdown.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    const lines = linesOf(markdown);
    const capped = lines.filter((line) => line.startsWith("… and "));
    expect(capped.slice(0, 4)).toEqual([
      "… and 19950 more exemptions: see the JSON or SARIF report.",
      "… and 250 more unused exemptions: see the JSON or SARIF report.",
      "… and 950 more declarations: see the JSON or SARIF report.",
      "… and 70 more unused declarations: see the JSON or SARIF report.",
    ]);
    // The unknown types come last: the room left takes fewer than 50 of their rows.
    expect(capped[4]).toMatch(/^… and (2[5-9]\d) more types: see the JSON report\.$/);
    const exemptionRows = lines.filter((line) => line.includes("(`boundary.exemptions["));
    expect(exemptionRows).toHaveLength(MAX_TABLE_ROWS);
    expect(lines).not.toContain(OMITTED_NOTE);
  });

  it("gives the violations the room first, and says which sections it had to leave out", () => {
    const policies = ["location-in-boundary", "replication-in-boundary", "processing-in-boundary", "telemetry-in-boundary"];
    const report: CheckReport = {
      ...REPORT,
      audit,
      violations: violationsOf(policies, 2_000),
      summary: { resources: 28_000, mandatory: 8_000, advisory: 0 },
      exemptions: wildcardExemptions(20_000),
      declarations: declarationsOf(1_000),
    };
    const markdown = renderMarkdown(report);
    expect(markdown.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    const lines = linesOf(markdown);
    const groups = lines.filter((line) => line.startsWith("#### "));
    expect(groups).toEqual(policies.map((policy) => `#### :no_entry: \`${policy}\` · mandatory · 2000 violations`));
    const firstViolations = lines.indexOf("### Violations");
    const firstExemptions = lines.indexOf("### Applied exemptions");
    expect(firstViolations).toBeGreaterThan(0);
    expect(firstExemptions === -1 || firstExemptions > firstViolations).toBe(true);
    expect(lines.filter((line) => line.startsWith("… and ") && line.endsWith("more violations: see the JSON or SARIF report."))).toHaveLength(policies.length);
    expect(markdown).not.toContain("<details><summary>Messages and how to request an exemption</summary>");
    expect(lines[lines.length - 4]).toBe(OMITTED_NOTE);
  });

  it("clips a long text in a table cell, so that one long row does not push the others out", () => {
    const long = "x".repeat(70_000);
    const [edge] = REPORT.exemptions;
    const report: CheckReport = {
      ...REPORT,
      violations: REPORT.violations.map((v) => ({ ...v, message: long })),
      places: [],
      exemptions: [{ ...edge, reason: long }, ...wildcardExemptions(3)],
    };
    const markdown = renderMarkdown(report);
    expect(markdown.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    const lines = linesOf(markdown);
    expect(lines.filter((line) => line.includes(`| ${"x".repeat(MAX_CELL_CHARS - 1)}… |`))).toHaveLength(report.violations.length + 1);
    expect(lines.filter((line) => line.includes("(`boundary.exemptions["))).toHaveLength(4);
    expect(lines).not.toContain(OMITTED_NOTE);
  });
});
