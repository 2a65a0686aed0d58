import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import * as fs from "fs";
import * as path from "path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../cli/main";
import { REPORT_MARKER } from "../../cli/report/markdown";
import { CheckReport } from "../../cli/report/model";
import { scratchDir, writeScratchFile } from "../helpers/scratch";

const OUTSIDE = path.resolve(__dirname, "../fixtures/programs/outside");
const EVENTS = path.resolve(__dirname, "../report/preview/events.jsonl");
const DIGEST = path.resolve(__dirname, "../report/preview/digest.json");
const dir = scratchDir("report");

const exemption = (name: string, extra: Record<string, unknown> = {}) => ({
  policy: "location-in-boundary",
  resource: { type: "azure-native:storage:StorageAccount", name },
  reason: "The account's group is an existing EU group run by the platform team",
  expires: "2099-12-31",
  approvedBy: "Jane Doe",
  ...extra,
});

const writeConfig = (name: string, config: unknown) => writeScratchFile(dir, name, config);

describe("data-boundary check with exemptions, then report from its JSON", () => {
  const jsonFile = path.join(dir, "report.json");
  let report: CheckReport;
  let exitCode: number;

  beforeAll(async () => {
    const config = writeConfig("policy.json", {
      boundary: { exemptions: [exemption("unplaced", { ticket: "PLAT-7" }), exemption("us"), exemption("gone")] },
    });
    const outcome = await runCli([
      "check",
      OUTSIDE,
      "--stack",
      "dev",
      "--policy-config",
      config,
      "--format",
      "json",
      "--output",
      jsonFile,
    ]);
    exitCode = outcome.exitCode;
    report = JSON.parse(fs.readFileSync(jsonFile, "utf8"));
  });

  it("applies the exemption through the real pack and reports the others as unused", () => {
    expect(exitCode).toBe(1);
    expect(report.exemptions.map((e) => [e.name, e.policy, e.index, e.ticket, e.source])).toEqual([
      ["unplaced", "location-in-boundary", 0, "PLAT-7", { file: "index.ts", line: 12 }],
    ]);
    expect(report.violations.some((v) => v.name === "unplaced")).toBe(false);
    expect(report.violations.find((v) => v.name === "us")?.message).toBe(
      "Storage account 'us' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope. (boundary.exemptions[1] matches this resource, but boundary.neverExempt[0] forbids exempting places outside the EU and EFTA.)",
    );
    expect(report.unusedExemptions).toEqual([
      {
        policy: "location-in-boundary",
        index: 1,
        detail:
          "it matches azure-native:storage:StorageAccount 'us', but boundary.neverExempt[0] forbids exempting places outside the EU and EFTA; fix the resource, and remove the exemption",
      },
      {
        policy: "location-in-boundary",
        index: 2,
        detail: "its resource pattern matches no resource of this stack; correct the pattern, or remove the exemption",
      },
    ]);
    expect(report.programDir).toBe("test/fixtures/programs/outside");
  });

  it("computes every place for the picture with the pack's engine, inside ones included", () => {
    const place = (name: string) =>
      report.places
        .filter((p) => p.urn.endsWith(`::${name}`))
        .map((p) => [p.policy, p.verdict, p.label, p.country, p.neverExempt]);
    expect(place("rg")).toEqual([["location-in-boundary", "inside", "westeurope", "Netherlands", null]]);
    expect(place("us")).toEqual([
      [
        "location-in-boundary",
        "outside",
        "eastus",
        "United States",
        "boundary.neverExempt[0] forbids exempting places outside the EU and EFTA",
      ],
    ]);
  });

  it("renders Markdown and valid SARIF from the JSON, with the same exit code", async () => {
    const markdown = await runCli(["report", "--from-check", jsonFile, "--format", "markdown"]);
    expect([markdown.exitCode, markdown.stdout.split("\n")[0]]).toEqual([1, REPORT_MARKER]);
    const sarif = await runCli(["report", "--from-check", jsonFile, "--format", "sarif"]);
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const log = JSON.parse(sarif.stdout);
    expect(ajv.validate(require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), log)).toBe(true);
    const exempted = log.runs[0].results.find((r: { suppressions?: unknown[] }) => r.suppressions);
    expect(exempted.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "test/fixtures/programs/outside/index.ts" },
      region: { startLine: 12 },
    });
  });
});

describe("bad exemptions stop the check before the program runs", () => {
  it("names the entry, the field, the value and the expected form", async () => {
    const config = writeConfig("short.json", {
      boundary: { exemptions: [exemption("unplaced", { reason: "temporary" })] },
    });
    const outcome = await runCli(["check", OUTSIDE, "--stack", "dev", "--policy-config", config]);
    expect([outcome.exitCode, outcome.stdout, outcome.stderr]).toEqual([
      2,
      "",
      'data-boundary: boundary.exemptions[0].reason is "temporary" (9 characters); expected at least 20 characters saying why the place is acceptable.\n',
    ]);
  });
});

describe("data-boundary report --from-preview", () => {
  it("renders the pack's policy events of a real preview, exit 1 on mandatory violations", async () => {
    const outcome = await runCli(["report", "--from-preview", EVENTS, "--format", "json"]);
    const report = JSON.parse(outcome.stdout) as CheckReport;
    expect([outcome.exitCode, report.origin, report.violations.length, report.exemptions.length]).toEqual([
      1,
      "preview",
      2,
      1,
    ]);
    expect(report.policies.find((p) => p.name === "exemptions")?.enforcementLevel).toBe("advisory");
  });

  it("refuses the digest of pulumi preview --json with exit 2", async () => {
    const outcome = await runCli(["report", "--from-preview", DIGEST]);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain(
      `data-boundary: --from-preview ${DIGEST} is the digest of \`pulumi preview --json\`, which leaves policy events out;`,
    );
  });
});

describe("report arguments", () => {
  it.each([
    [
      ["report"],
      "data-boundary: --from-check or --from-preview is needed, not both; expected the JSON of data-boundary check, or the event log of a pulumi preview.\n",
    ],
    [
      ["report", "--from-check", "a.json", "--from-preview", "b.jsonl"],
      "data-boundary: --from-check or --from-preview is needed, not both; expected the JSON of data-boundary check, or the event log of a pulumi preview.\n",
    ],
    [
      ["report", "--from-check", "a.json", "--program-dir", "infra"],
      "data-boundary: --program-dir only applies to --from-preview; a check report already carries it.\n",
    ],
    [
      ["report", "a.json"],
      "data-boundary: Unexpected argument 'a.json'. This command does not take positional arguments.\n",
    ],
    [
      ["report", "--from-check", "a.json", "--format", "html"],
      'data-boundary: --format is "html"; expected one of text, markdown, sarif, json.\n',
    ],
    [
      ["report", "--from-check", path.join(dir, "missing.json")],
      `data-boundary: --from-check ${path.join(dir, "missing.json")} cannot be read; expected a file.\n`,
    ],
  ])("rejects %j", async (argv, message) => {
    const outcome = await runCli(argv);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr.startsWith(message)).toBe(true);
  });

  it("rejects JSON that is not a check report", async () => {
    const file = writeConfig("not-a-report.json", { boundary: {} });
    const outcome = await runCli(["report", "--from-check", file]);
    expect(outcome.stderr.split("\n")[0]).toBe(
      `data-boundary: --from-check ${file} is not a data-boundary check report; expected the output of data-boundary check --format json.`,
    );
  });
});
