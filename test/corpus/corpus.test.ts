/**
 * Real public Pulumi programs (test/fixtures/corpus, each with its SOURCE.md) checked end to end with
 * `data-boundary check`, each with the SDK major its package.json pins (azure-native 2.x, the classic azure 5.x), and
 * the azure-native 2.x programs again with 3.x where they build on it unchanged or with the small adaptation the
 * manifest records. The expected verdicts are in manifest.ts. A run whose expectation needs issue #14 part A in the
 * pack says so in its name.
 */
import * as fs from "fs";
import * as path from "path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../cli/main";
import type { CheckReport } from "../../cli/report/model";
import { scratchDir } from "../helpers/scratch";
import { CORPUS, type CorpusRun } from "./manifest";
import { CORPUS_DIR, linkInstalledSdk, pinnedMajor, stageProgram } from "./stage";

/** A program run loads a whole SDK: the 2.x one holds 59,000 files, slow to read the first time after `npm ci`. */
const RUN_TIMEOUT_MS = 300_000;

const scratch = scratchDir("corpus");

// The programs are run as they are, with their own (or no) tsconfig.json: without type checking, as with
// `"noCheck": true`, since a type check of a program importing an SDK's root costs about 15 s per run.
const savedTranspileOnly = process.env.PULUMI_NODEJS_TRANSPILE_ONLY;
beforeAll(() => {
  process.env.PULUMI_NODEJS_TRANSPILE_ONLY = "true";
});
afterAll(() => {
  if (savedTranspileOnly === undefined) delete process.env.PULUMI_NODEJS_TRANSPILE_ONLY;
  else process.env.PULUMI_NODEJS_TRANSPILE_ONLY = savedTranspileOnly;
});

function runName(run: CorpusRun): string {
  const verdict =
    run.blocked.length === 0 ? "passes" : `blocks ${run.blocked.map(([name, policy]) => `${name} (${policy})`).join(", ")}`;
  const partA = run.needsPartA === undefined ? "" : " [needs #14 part A]";
  return `${run.sdk}, boundary ${run.preset ?? "eudb"}: ${verdict}${partA}`;
}

/** Runs `data-boundary check --format json` on a staged copy and returns the exit code and the report. */
async function check(program: string, run: CorpusRun, index: number): Promise<{ exitCode: number; report: CheckReport }> {
  const label = `${program}-${index}`;
  const dir = stageProgram(program, scratch, label, { majors: run.majors, adaptations: run.adaptations });
  const args = ["check", dir, "--stack", "dev", "--format", "json"];
  if (run.preset !== undefined) {
    const config = path.join(scratch, `${label}.policy.json`);
    fs.writeFileSync(config, JSON.stringify({ boundary: { preset: run.preset } }));
    args.push("--policy-config", config);
  }
  const outcome = await runCli(args);
  expect(outcome.stderr).toBe("");
  return { exitCode: outcome.exitCode, report: JSON.parse(outcome.stdout) as CheckReport };
}

describe.each(CORPUS)("corpus program $name", ({ name, runs }) => {
  it.each(runs.map((run, index) => ({ run, index, title: runName(run) })))(
    "$title",
    async ({ run, index }) => {
      const { exitCode, report } = await check(name, run, index);
      expect(report.resources.map((resource) => resource.type)).toEqual(expect.arrayContaining([...run.tokens]));
      const mandatory = report.violations
        .filter((violation) => violation.enforcementLevel === "mandatory")
        .map((violation) => [violation.name, violation.policy])
        .sort((a, b) => (a[0] === b[0] ? a[1].localeCompare(b[1]) : a[0].localeCompare(b[0])));
      expect(mandatory).toEqual(run.blocked);
      expect(exitCode).toBe(run.blocked.length === 0 ? 0 : 1);
    },
    RUN_TIMEOUT_MS,
  );
});

describe("the corpus is complete and attributed", () => {
  const folders = fs
    .readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "LICENSES")
    .map((entry) => entry.name)
    .sort();

  it("has one manifest entry per program folder, and no entry without a folder", () => {
    expect(CORPUS.map((program) => program.name).sort()).toEqual(folders);
  });

  it.each(folders)("%s has a SOURCE.md naming its repository, commit and an MIT or Apache-2.0 licence", (folder) => {
    const source = fs.readFileSync(path.join(CORPUS_DIR, folder, "SOURCE.md"), "utf8");
    expect(source).toMatch(/^Repository: https:\/\/github\.com\/pulumi\/[\w-]+$/m);
    expect(source).toMatch(/@ [0-9a-f]{40}/);
    expect(source).toMatch(/^Licence: (MIT|Apache-2\.0), /m);
  });

  it.each(folders)("%s has a package.json pinning @pulumi/pulumi and its Azure SDK", (folder) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, folder, "package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies)).toEqual(expect.arrayContaining(["@pulumi/pulumi"]));
    expect(Object.keys(manifest.dependencies).some((pkg) => pkg === "@pulumi/azure-native" || pkg === "@pulumi/azure")).toBe(true);
  });
});

describe("staging a corpus program", () => {
  it("reads the major of exact, caret and tilde pins", () => {
    expect([pinnedMajor("2.92.0"), pinnedMajor("^2.0.0"), pinnedMajor("~5.1"), pinnedMajor(" 3.28.0 ")]).toEqual([2, 2, 5, 3]);
  });

  it("refuses a pin without a major version", () => {
    expect(() => pinnedMajor("latest")).toThrow('Cannot read a major version from the pin "latest"; expected e.g. 2.92.0 or ^2.0.0.');
  });

  it("refuses an adaptation that does not apply, naming the file and the text", () => {
    const adaptations = [{ file: "index.ts", from: "no such text", to: "" }];
    expect(() => stageProgram("functions", scratch, "adaptation", { adaptations })).toThrow(
      'Adaptation of functions/index.ts does not apply: "no such text" is not in it.',
    );
  });

  it("refuses a major the repository does not install", () => {
    expect(() => linkInstalledSdk(fs.mkdtempSync(path.join(scratch, "major-")), "@pulumi/azure-native", 1)).toThrow(
      "@pulumi/azure-native 1.x is not installed for the corpus; see INSTALLED_SDKS.",
    );
  });
});
