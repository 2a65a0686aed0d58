import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HostError, runProgram } from "../../cli/host";
import { fixtureDir } from "./fixtures";

async function failureOf(run: Promise<unknown>): Promise<HostError> {
  const error = await run.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

describe("program host: failures", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "host-failures-"));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it("reports the program's own error when it throws", async () => {
    const error = await failureOf(runProgram({ programDir: fixtureDir("throws"), stack: "dev" }));
    expect(error.message).toContain(`The Pulumi program in ${fixtureDir("throws")} (stack 'dev') failed`);
    expect(error.message).toContain("Error: boom: missing setting");
    expect(error.message).toContain("index.ts:5");
    expect(error.message).not.toContain("\u001b[");
    expect(error.message).not.toMatch(/cli\/host/);
  });

  it("names the package that is not installed", async () => {
    const error = await failureOf(runProgram({ programDir: fixtureDir("missing-import"), stack: "dev" }));
    expect(error.message).toContain("Cannot find module '@acme/not-installed'");
  });

  it("stops a program that never finishes and says so", async () => {
    const started = Date.now();
    const error = await failureOf(
      runProgram({ programDir: fixtureDir("never-finishes"), stack: "dev", timeoutMs: 2_000 }),
    );
    expect(error.message).toBe(
      `The Pulumi program in ${fixtureDir("never-finishes")} (stack 'dev') did not finish within 2 s ` +
        "and was stopped. It reported no error message.",
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("explains that @pulumi/pulumi is missing for a program outside any node_modules", async () => {
    fs.writeFileSync(path.join(scratch, "Pulumi.yaml"), "name: lonely\nruntime: nodejs\n");
    fs.writeFileSync(path.join(scratch, "Pulumi.dev.yaml"), "config: {}\n");
    const error = await failureOf(runProgram({ programDir: scratch, stack: "dev" }));
    expect(error.message).toBe(
      `@pulumi/pulumi is not installed for the program in ${scratch}: ` +
        "expected node_modules/@pulumi/pulumi in that folder or above it (run 'npm install').",
    );
  });
});
