import * as fs from "fs";
import * as path from "path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../cli/main";
import { CheckReport } from "../../cli/report/model";
import { scratchDir } from "../helpers/scratch";

const programs = path.resolve(__dirname, "../fixtures/programs");
const program = (name: string) => path.join(programs, name);
const scratch = scratchDir("config");

async function checkJson(name: string, extra: string[] = []) {
  const outcome = await runCli(["check", program(name), "--stack", "dev", "--format", "json", ...extra]);
  return { ...outcome, report: outcome.stdout ? (JSON.parse(outcome.stdout) as CheckReport) : undefined };
}

const brief = (report: CheckReport | undefined) =>
  report?.violations.map((v) => [v.name, v.policy, v.enforcementLevel, v.source ? `${v.source.file}:${v.source.line}` : null]);

describe("data-boundary check on real programs", () => {
  it("passes an all-EU program whose storage account takes rg.location, with exit 0", async () => {
    const { exitCode, report, stderr } = await checkJson("all-eu");
    expect(stderr).toBe("");
    expect(exitCode).toBe(0);
    expect(report?.violations).toEqual([]);
    expect(report?.summary).toEqual({ resources: 4, mandatory: 0, advisory: 0 });
    expect(report?.boundary.name).toBe("eudb");
  });

  it("blocks resources outside the boundary with exit 1, naming URNs and the declaring lines", async () => {
    const { exitCode, report } = await checkJson("outside");
    expect(exitCode).toBe(1);
    expect(brief(report)).toEqual([
      ["us", "location-in-boundary", "mandatory", "index.ts:5"],
      ["unplaced", "location-in-boundary", "mandatory", "index.ts:12"],
      ["mirror", "location-in-boundary", "mandatory", "index.ts:20"],
    ]);
    expect(report?.violations[0].urn).toBe("urn:pulumi:dev::outside::azure-native:storage:StorageAccount::us");
  });

  it("blocks an explicit provider in eastus that the resources inherit their location from", async () => {
    const { exitCode, report } = await checkJson("provider-eastus");
    expect(exitCode).toBe(1);
    expect(report?.violations.map((v) => v.message)).toEqual([
      "Resource group 'rg' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
      "Storage account 'data' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
  });

  it("checks resources inside a user's ComponentResource under their parents' URNs", async () => {
    const { exitCode, report } = await checkJson("component");
    expect(exitCode).toBe(0);
    expect(report?.resources.map((r) => r.urn)).toContain(
      "urn:pulumi:dev::component::acme:data:Platform$acme:data:Storage$azure-native:storage:StorageAccount::platform-storage-account",
    );
  });

  it("takes azure-native:location from the stack file, as a preview of a new stack does", async () => {
    const { exitCode, report } = await checkJson("config-location");
    expect(exitCode).toBe(0);
    expect(report?.violations).toEqual([]);
  });

  it("judges the same program against a boundary chosen in the policy config", async () => {
    const file = path.join(scratch, "ch.json");
    fs.writeFileSync(file, JSON.stringify({ boundary: { preset: "ch" } }));
    const { exitCode, report } = await checkJson("all-eu", ["--policy-config", file]);
    expect(exitCode).toBe(1);
    expect(report?.boundary).toEqual({ name: "ch", regions: ["switzerlandnorth", "switzerlandwest"] });
    expect(brief(report)).toEqual([
      ["rg", "location-in-boundary", "mandatory", "index.ts:3"],
      ["data", "location-in-boundary", "mandatory", "index.ts:5"],
    ]);
  });
});

describe("data-boundary check failures exit 2 with one clear message", () => {
  it("shows the program's own error when it throws", async () => {
    const { exitCode, stdout, stderr } = await checkJson("throws");
    expect(exitCode).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("boom: missing setting");
  });

  it("names the package a program imports but that is not installed", async () => {
    const { exitCode, stderr } = await checkJson("missing-import");
    expect(exitCode).toBe(2);
    expect(stderr).toContain("@acme/not-installed");
  });

  it("names a missing stack file", async () => {
    const { exitCode, stderr } = await runCli(["check", program("all-eu"), "--stack", "prod"]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain("Pulumi.prod.yaml");
  });

  it("rejects a missing --stack with the usage", async () => {
    const { exitCode, stderr } = await runCli(["check", program("all-eu")]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain("data-boundary: --stack is missing; expected the name of a stack whose Pulumi.<stack>.yaml holds its config, e.g. --stack dev.");
  });

  it("rejects an unknown format", async () => {
    const { exitCode, stderr } = await runCli(["check", program("all-eu"), "--stack", "dev", "--format", "xml"]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain('data-boundary: --format is "xml"; expected one of text, markdown, sarif, json.');
  });

  it("rejects a policy config naming a policy the pack does not have", async () => {
    const file = path.join(scratch, "unknown-policy.json");
    fs.writeFileSync(file, JSON.stringify({ "allowed-locations": "mandatory" }));
    const { exitCode, stderr } = await runCli(["check", program("all-eu"), "--stack", "dev", "--policy-config", file]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain('Policy config names "allowed-locations", which the pack does not have');
  });

  it("rejects an unknown boundary preset before running the program", async () => {
    const file = path.join(scratch, "unknown-preset.json");
    fs.writeFileSync(file, JSON.stringify({ boundary: { preset: "europe" } }));
    const { exitCode, stderr } = await runCli(["check", program("all-eu"), "--stack", "dev", "--policy-config", file]);
    expect(exitCode).toBe(2);
    expect(stderr).toBe('data-boundary: boundary.preset is "europe"; expected one of eudb, eu, ch, de, fr, se, no, nl, ie, pl, it, es, at, be, dk, custom.\n');
  });
});
