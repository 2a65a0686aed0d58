/**
 * The check step of the composite action (action/check.js) when there is no verdict: every way it fails gives exit
 * code 2 in the step outputs and a comment that says why, and the step itself exits 0 so that the comment is posted
 * before the action's last step fails the job. The verdicts (0 and 1) with an installed data-boundary are tested in
 * test/package/adopt.test.ts.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { afterEach, describe, expect, it } from "vitest";
import { REPORT_MARKER } from "../../cli/report/markdown";
import { ActionStepResult, runActionCheck } from "../helpers/action";

const REPO_ROOT = path.resolve(__dirname, "../..");
const VALID = { INPUT_COMMENT: "true", INPUT_SARIF: "true" };

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function step(cwd: string, inputs: Record<string, string>): Promise<ActionStepResult> {
  const result = await runActionCheck(cwd, inputs);
  temporary.push(result.outDir);
  return result;
}

/** The comment written when the check could not run, for an error text. */
const couldNotRun = (error: string) =>
  [REPORT_MARKER, "## :warning: data-boundary: the check could not run", "", "```", error, "```", ""].join("\n");

/** Checks the no-verdict contract and returns the comment's text. */
function noVerdict(result: ActionStepResult, commentFile: string): string {
  expect(result.status).toBe(0);
  expect(result.outputs).toEqual({ "exit-code": "2", report: "", "comment-file": commentFile, "sarif-file": "" });
  return fs.readFileSync(commentFile, "utf8");
}

describe("the action's check step without a verdict", () => {
  it("says data-boundary is not installed when no folder from the program upwards has it", async () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "db-action-workspace-"));
    temporary.push(workspace);
    fs.mkdirSync(path.join(workspace, "infra"));
    const result = await step(workspace, { ...VALID, INPUT_PROGRAM_DIR: "infra", INPUT_STACK: "dev" });
    const error =
      "data-boundary is not installed for the program in infra: add it to the project (npm install data-boundary) and install the project's dependencies in a step before this action.";
    expect(noVerdict(result, path.join(result.outDir, "files", "infra-dev.md"))).toBe(couldNotRun(error));
    expect(result.stderr).toBe(`${error}\n`);
  });

  it("refuses a comment or sarif input that is not true or false, and an empty stack", async () => {
    const badComment = await step(REPO_ROOT, { INPUT_COMMENT: "yes", INPUT_SARIF: "true", INPUT_STACK: "dev" });
    expect(noVerdict(badComment, path.join(badComment.outDir, "files", "data-boundary.md"))).toBe(
      couldNotRun(`The input 'comment' is "yes"; expected "true" or "false".`),
    );
    const badSarif = await step(REPO_ROOT, { INPUT_COMMENT: "true", INPUT_SARIF: "", INPUT_STACK: "dev" });
    expect(noVerdict(badSarif, path.join(badSarif.outDir, "files", "data-boundary.md"))).toBe(
      couldNotRun(`The input 'sarif' is ""; expected "true" or "false".`),
    );
    const noStack = await step(REPO_ROOT, { ...VALID, INPUT_STACK: "" });
    expect(noVerdict(noStack, path.join(noStack.outDir, "files", "data-boundary.md"))).toBe(
      couldNotRun("The input 'stack' is empty; expected the name of a stack whose Pulumi.<stack>.yaml holds its config."),
    );
  });

  it("in this repository (uses: ./), runs its own CLI and shows the CLI's one-line error", async () => {
    const programDir = "test/fixtures/programs/all-eu";
    const result = await step(REPO_ROOT, { ...VALID, INPUT_PROGRAM_DIR: programDir, INPUT_STACK: "nope" });
    const stackFile = path.join(REPO_ROOT, programDir, "Pulumi.nope.yaml");
    expect(noVerdict(result, path.join(result.outDir, "files", "test-fixtures-programs-all-eu-nope.md"))).toBe(
      couldNotRun(`data-boundary: No configuration for stack 'nope': expected ${stackFile} (the stack's Pulumi.nope.yaml).`),
    );
  });
});
