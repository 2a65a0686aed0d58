/**
 * Declarations of resources outside the stack (`boundary.externalResources`) through `check` and `report`, on a real
 * program whose diagnostic setting sends logs to the landing zone's hub workspace: the pack passes the declared
 * target, and every report shows the declaration applied, the unused one, and the same place in the picture.
 */
import * as fs from "fs";
import * as path from "path";
import type { Log } from "sarif";
import { beforeAll, describe, expect, it } from "vitest";
import { CliOutcome, runCli } from "../../cli/main";
import { CheckReport } from "../../cli/report/model";
import { scratchDir, writeScratchFile } from "../helpers/scratch";

const PROGRAM = path.resolve(__dirname, "../fixtures/programs/declared-hub");
const HUB = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/hub/providers/Microsoft.OperationalInsights/workspaces/hub-logs";
const REASON = "The landing zone's hub workspace; every subscription sends its logs there.";
const UNUSED_DETAIL = "no reference, resource group or parent of this stack matches its idPattern; correct the idPattern, or remove the declaration";
const DECLARED_MESSAGE = `Diagnostic setting 'data-to-hub' sends logs to westeurope (Netherlands) through workspaceId ${HUB}, the location boundary.externalResources[0] declares for the target outside the stack, inside the EU Data Boundary (EU + EFTA). Keep the declaration up to date, or reference a resource created in this stack inside the boundary.`;

const dir = scratchDir("declarations");
const config = writeScratchFile(dir, "policy-config.json", {
  boundary: {
    externalResources: [
      { id: HUB, location: "westeurope", reason: REASON, expires: "2099-12-31", approvedBy: "Platform Team", ticket: "PLAT-12" },
      { idPattern: "/subscriptions/*/resourceGroups/shared-*", location: "westeurope", reason: "The shared resource groups of the vending process.", expires: "2099-12-31", ticket: "PLAT-13" },
    ],
  },
});

async function check(...extra: string[]): Promise<{ outcome: CliOutcome; report: CheckReport }> {
  const outcome = await runCli(["check", PROGRAM, "--stack", "dev", "--format", "json", ...extra]);
  expect(outcome.stderr).toBe("");
  return { outcome, report: JSON.parse(outcome.stdout) };
}

/** The picture's places of the diagnostic setting: policy, verdict, label, country. */
const settingPlaces = (report: CheckReport) =>
  report.places.filter((p) => p.urn.endsWith("::data-to-hub")).map((p) => [p.policy, p.verdict, p.label, p.country]);

describe("a diagnostic setting that sends logs to the hub workspace outside the stack", () => {
  it("is blocked without a declaration, and the picture shows the same place not provable", async () => {
    const { outcome, report } = await check();
    expect(outcome.exitCode).toBe(1);
    expect(report.violations.map((v) => [v.name, v.policy, v.enforcementLevel])).toEqual([["data-to-hub", "telemetry-in-boundary", "mandatory"]]);
    expect(settingPlaces(report)).toEqual([["telemetry-in-boundary", "unproven", "not provable at preview", null]]);
    expect([report.declarations, report.unusedDeclarations]).toEqual([[], []]);
  });
});

describe("the same program with the hub workspace declared, and a declaration nothing uses", () => {
  const jsonFile = path.join(dir, "report.json");
  let outcome: CliOutcome;
  let report: CheckReport;
  const render = async (format: string) => (await runCli(["report", "--from-check", jsonFile, "--format", format])).stdout;

  beforeAll(async () => {
    ({ outcome, report } = await check("--policy-config", config));
    fs.writeFileSync(jsonFile, JSON.stringify(report));
  });

  it("passes, and lists the declaration applied and the unused one instead of advisory violations", () => {
    expect([outcome.exitCode, report.violations, report.summary]).toEqual([0, [], { resources: 5, mandatory: 0, advisory: 0 }]);
    expect(report.declarations).toEqual([
      {
        urn: "urn:pulumi:dev::declared-hub::azure-native:monitor:DiagnosticSetting::data-to-hub",
        type: "azure-native:monitor:DiagnosticSetting",
        name: "data-to-hub",
        source: { file: "index.ts", line: 14 },
        policy: "telemetry-in-boundary",
        message: DECLARED_MESSAGE,
        reason: REASON,
        approvedBy: "Platform Team",
        ticket: "PLAT-12",
        expires: "2099-12-31",
        index: 0,
      },
    ]);
    expect(report.unusedDeclarations).toEqual([{ index: 1, detail: UNUSED_DETAIL }]);
  });

  it("draws the declared target where the pack placed it: westeurope, inside", () => {
    expect(settingPlaces(report)).toEqual([["telemetry-in-boundary", "inside", "westeurope", "Netherlands"]]);
  });

  it("renders the declarations in the text report", async () => {
    const text = (await render("text")).split("\n");
    const start = text.indexOf("Declared resources outside the stack:");
    expect(text.slice(start)).toEqual([
      "Declared resources outside the stack:",
      "",
      "azure-native:monitor:DiagnosticSetting 'data-to-hub' index.ts:14",
      `  [declared] telemetry-in-boundary: ${DECLARED_MESSAGE}`,
      `    boundary.externalResources[0]: ${REASON} (approved by Platform Team, ticket PLAT-12; expires 2099-12-31)`,
      "",
      `Unused external resource declaration boundary.externalResources[1]: ${UNUSED_DETAIL}.`,
      "",
      "PASSED: no mandatory violation, 0 advisory, 1 declared, 5 resources checked.",
      "",
    ]);
  });

  it("renders the declarations in the Markdown comment", async () => {
    const markdown = (await render("markdown")).split("\n");
    expect(markdown[3]).toBe(
      "`declared-hub / dev`: no mandatory violation, 0 advisory, 1 declared, 1 unused declaration · 5 resources checked against the EU Data Boundary (EU + EFTA) (`eudb`).",
    );
    const start = markdown.indexOf("### Declared resources outside the stack");
    expect(markdown.slice(start + 4, start + 12)).toEqual([
      "| Resource | Declared at | Policy | Place | Reason | Approval | Expires |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      `| **data-to-hub** \`azure-native:monitor:DiagnosticSetting\` | \`index.ts:14\` | \`telemetry-in-boundary\` | westeurope (Netherlands) | ${REASON} | approved by Platform Team, ticket PLAT-12 | 2099-12-31 (\`boundary.externalResources[0]\`) |`,
      "",
      "**Unused declarations**",
      "",
      `- \`boundary.externalResources[1]\`: ${UNUSED_DETAIL}.`,
      "",
    ]);
  });

  it("renders the declaration as an accepted suppression and the unused one as a warning in SARIF", async () => {
    const results = (JSON.parse(await render("sarif")) as Log).runs[0].results!;
    expect(results.map((r) => [r.ruleId, r.level, r.suppressions?.[0].justification ?? null])).toEqual([
      ["telemetry-in-boundary", "error", `${REASON} (boundary.externalResources[0], expires 2099-12-31)`],
      ["exemptions", "warning", null],
    ]);
  });
});
