import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import { FINGERPRINT_KEY, renderSarif } from "../../cli/report/sarif";
import { REPORT } from "./fixture";
import { expectGolden } from "./golden";

/**
 * The official SARIF 2.1.0 schema (OASIS, draft-04), as Microsoft's SARIF SDK ships it. Its `language` pattern is
 * not a valid Unicode regular expression, hence `unicodeRegExp: false`.
 */
const SCHEMA = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(SCHEMA);

const sarifOf = (report = REPORT) => JSON.parse(renderSarif(report, "0.1.0")) as Log;

describe("SARIF 2.1.0", () => {
  it("matches the golden file", () => {
    expectGolden("report.sarif", renderSarif(REPORT, "0.1.0"));
  });

  it("is valid against the official 2.1.0 schema", () => {
    const valid = validate(sarifOf());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("rejects what the schema forbids, so the validation is real", () => {
    const log = sarifOf() as unknown as { runs: { results: { level: string }[] }[] };
    log.runs[0].results[0].level = "fatal";
    expect(validate(log)).toBe(false);
  });

  it("describes every policy as a rule with its help, remediation, page and default level", () => {
    const rules = sarifOf().runs[0].tool.driver.rules!;
    expect(rules.map((r) => [r.id, r.defaultConfiguration?.level, r.helpUri?.split("/").pop()])).toEqual([
      ["boundary", "error", "boundary.md"],
      ["location-in-boundary", "error", "location-in-boundary.md"],
      ["replication-in-boundary", "error", "replication-in-boundary.md"],
      ["processing-in-boundary", "error", "processing-in-boundary.md"],
      ["telemetry-in-boundary", "error", "telemetry-in-boundary.md"],
      ["network-transit-in-boundary", "warning", "network-transit-in-boundary.md"],
      ["exemptions", "warning", "exemptions.md"],
    ]);
    expect(rules[1].shortDescription?.text).toBe("Every Azure resource is located in a region inside the boundary.");
    expect(rules[1].help?.text).toContain("How to fix: Set location to a region inside the boundary.");
  });

  it("puts each result at the line that declares its resource, under the program directory", () => {
    const results = sarifOf().runs[0].results!;
    expect(
      results.map((r) => [
        r.ruleId,
        r.level,
        r.locations?.[0].physicalLocation?.artifactLocation?.uri,
        r.locations?.[0].physicalLocation?.region?.startLine,
      ]),
    ).toEqual([
      ["location-in-boundary", "error", "infra/index.ts", 12],
      ["processing-in-boundary", "error", "infra/ai.ts", 20],
      ["location-in-boundary", "error", "infra/Pulumi.yaml", 1],
      ["network-transit-in-boundary", "warning", "infra/network.ts", 31],
      ["location-in-boundary", "error", "infra/components/edge.ts", 9],
      ["telemetry-in-boundary", "error", "infra/index.ts", 18],
      ["exemptions", "warning", "infra/policy-config.json", 1],
      ["exemptions", "warning", "infra/policy-config.json", 1],
    ]);
  });

  it("shows an applied exemption as an accepted suppression", () => {
    const exempted = sarifOf().runs[0].results![4];
    expect(exempted.suppressions).toEqual([
      {
        kind: "external",
        status: "accepted",
        justification:
          "The edge caches only public marketing assets | no personal data (boundary.exemptions[0], expires 2027-03-31)",
      },
    ]);
  });

  it("shows a place proven through a declaration as an accepted suppression, and an unused declaration as a warning", () => {
    const results = sarifOf().runs[0].results!;
    expect([results[5].suppressions, results[5].properties?.declaration, results[5].message.text]).toEqual([
      [
        {
          kind: "external",
          status: "accepted",
          justification:
            "The landing zone's hub workspace; every subscription sends its logs there. (boundary.externalResources[0], expires 2027-03-31)",
        },
      ],
      0,
      REPORT.declarations[0].message,
    ]);
    expect([results[7].ruleId, results[7].message.text, results[7].properties]).toEqual([
      "exemptions",
      "Unused external resource declaration boundary.externalResources[1]: no reference, resource group or parent of this stack matches its idPattern; correct the idPattern, or remove the declaration.",
      { declaration: 1 },
    ]);
  });

  it("keeps fingerprints when a resource moves to another line, and changes them when the finding changes", () => {
    const moved = {
      ...REPORT,
      violations: REPORT.violations.map((v) => ({
        ...v,
        source: v.source && { ...v.source, line: v.source.line + 7 },
      })),
    };
    const prints = (log: Log) => log.runs[0].results!.map((r) => r.partialFingerprints![FINGERPRINT_KEY]);
    expect(prints(sarifOf(moved))).toEqual(prints(sarifOf()));
    const changed = {
      ...REPORT,
      violations: REPORT.violations.map((v, i) =>
        i === 0 ? { ...v, message: v.message.replace("eastus", "westus") } : v,
      ),
    };
    expect(prints(sarifOf(changed))[0]).not.toBe(prints(sarifOf())[0]);
    expect(new Set(prints(sarifOf())).size).toBe(
      REPORT.violations.length +
        REPORT.exemptions.length +
        REPORT.unusedExemptions.length +
        REPORT.declarations.length +
        REPORT.unusedDeclarations.length,
    );
  });
});
