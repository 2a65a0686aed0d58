import { expect } from "vitest";
import { runCli } from "../../cli/main";

/** Runs the CLI and checks the failure contract: exit 2, no stdout, one line on stderr; returns that line. */
export async function failure(argv: string[]): Promise<string> {
  const outcome = await runCli(argv);
  expect(outcome.exitCode).toBe(2);
  expect(outcome.stdout).toBe("");
  expect(outcome.stderr.endsWith("\n")).toBe(true);
  expect(outcome.stderr.trimEnd().split("\n")).toHaveLength(1);
  return outcome.stderr.trimEnd();
}
