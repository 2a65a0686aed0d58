import * as fs from "fs";
import * as path from "path";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../cli/report/markdown";
import { parseEngineEvents, PreviewReportOptions, reportFromEvents } from "../../cli/report/preview-events";
import { REPORT } from "./fixture";
import { expectGolden } from "./golden";

const EVENTS = path.join(__dirname, "preview/events.jsonl");
const DIGEST = path.join(__dirname, "preview/digest.json");
const OPTIONS: PreviewReportOptions = {
  packName: "data-boundary",
  policies: REPORT.policies,
  boundary: REPORT.boundary,
  programDir: ".",
  policyConfig: null,
};

const fromEvents = (text: string) => reportFromEvents(parseEngineEvents(text, "events.jsonl"), "events.jsonl", OPTIONS);

describe("reports from the engine events of a real pulumi preview", () => {
  const report = fromEvents(fs.readFileSync(EVENTS, "utf8"));

  it("takes the pack's policy events only, without colour tags and policy descriptions, sorted as the check sorts them", () => {
    expect(
      report.violations.map((v) => [v.name, v.type, v.policy, v.enforcementLevel, v.source, v.message.slice(0, 40)]),
    ).toEqual([
      [
        "logs",
        "azure-native:storage:StorageAccount",
        "location-in-boundary",
        "mandatory",
        null,
        "Storage account 'logs' is located in eas",
      ],
      [
        "data",
        "azure-native:storage:StorageAccount",
        "location-in-boundary",
        "mandatory",
        null,
        "Storage account 'data' is located in a p",
      ],
    ]);
    expect(
      report.exemptions.map((e) => [e.name, e.policy, e.reason, e.approvedBy, e.ticket, e.expires, e.index]),
    ).toEqual([
      [
        "edge",
        "location-in-boundary",
        "Public marketing assets only, no personal data",
        "Jane Doe",
        "SEC-42",
        "2027-03-31",
        0,
      ],
    ]);
    expect(report.unusedExemptions).toEqual([
      {
        policy: "replication-in-boundary",
        index: 1,
        detail: "its resource pattern matches no resource of this stack; correct the pattern, or remove the exemption",
      },
    ]);
    expect([report.project, report.stack, report.origin, report.summary, report.places]).toEqual([
      "web",
      "dev",
      "preview",
      { resources: 5, mandatory: 2, advisory: 0 },
      [],
    ]);
  });

  it("renders a comment that says what preview events cannot carry", () => {
    expectGolden("report-from-preview.md", renderMarkdown(report));
  });

  it("reads a JSON array of events and Pulumi Cloud's { events } as well as JSON lines", () => {
    const events = fs
      .readFileSync(EVENTS, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(fromEvents(JSON.stringify(events))).toEqual(report);
    expect(fromEvents(JSON.stringify({ events }))).toEqual(report);
  });

  it("refuses the digest of pulumi preview --json, which leaves policy events out", () => {
    expect(() => parseEngineEvents(fs.readFileSync(DIGEST, "utf8"), "digest.json")).toThrow(
      "--from-preview digest.json is the digest of `pulumi preview --json`, which leaves policy events out; write them with `pulumi preview --event-log <file>`, or run `pulumi preview --json` with PULUMI_ENABLE_STREAMING_JSON_PREVIEW=true.",
    );
  });

  it("refuses events that show no run of the pack, rather than report a pass", () => {
    const withoutPack = fs
      .readFileSync(EVENTS, "utf8")
      .split("\n")
      .filter((line) => !line.includes('"data-boundary'));
    expect(() => fromEvents(withoutPack.join("\n"))).toThrow(
      "--from-preview events.jsonl shows no run of the data-boundary policy pack; run the preview with --policy-pack and write its events with --event-log <file>.",
    );
  });

  it("names the line that is not JSON", () => {
    expect(() => parseEngineEvents('{"sequence": 0}\nnot json\n', "events.jsonl")).toThrow(
      /^--from-preview events.jsonl line 2 is not JSON \(/,
    );
  });
});
