import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runProcess } from "./process";

/** The check step of the composite action, run as action.yml runs it. */
export const ACTION_CHECK_SCRIPT = path.resolve(__dirname, "../../action/check.js");

/** What the step wrote to GITHUB_OUTPUT, and its exit status and stderr. */
export interface ActionStepResult {
  readonly status: number | null;
  readonly outputs: Record<string, string>;
  readonly stderr: string;
  /** The folder the step wrote its files to (DATA_BOUNDARY_OUT_DIR); the caller removes it. */
  readonly outDir: string;
}

/**
 * Runs `node action/check.js` in `cwd` (the workspace) with the action's inputs as environment variables, a fake
 * GITHUB_OUTPUT file and a fresh DATA_BOUNDARY_OUT_DIR, as the composite action's step does.
 */
export async function runActionCheck(
  cwd: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ActionStepResult> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "db-action-"));
  const outputFile = path.join(outDir, "github-output");
  fs.writeFileSync(outputFile, "");
  const inherited = Object.fromEntries(
    Object.entries(env).filter(([key]) => !key.startsWith("INPUT_") && key !== "GITHUB_OUTPUT"),
  );
  const result = await runProcess(process.execPath, [ACTION_CHECK_SCRIPT], {
    cwd,
    env: { ...inherited, ...inputs, GITHUB_OUTPUT: outputFile, DATA_BOUNDARY_OUT_DIR: path.join(outDir, "files") },
  });
  const outputs = Object.fromEntries(
    fs
      .readFileSync(outputFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  return { status: result.status, outputs, stderr: result.stderr, outDir };
}
