import * as path from "path";
import { beforeAll, describe, expect, it } from "vitest";
import { CliOutcome, runCli } from "../../cli/main";
import { CheckReport } from "../../cli/report/model";

/** The customer-held-keys stacks of the project's own program, one offline check each, run at once. */
const root = path.resolve(__dirname, "../..");
const STACKS = ["eudb-hyok", "ch-hyok"] as const;
const runs = new Map<string, CliOutcome & { report: CheckReport }>();

beforeAll(async () => {
  await Promise.all(
    STACKS.map(async (stack) => {
      const outcome = await runCli(["check", root, "--stack", stack, "--format", "json"]);
      runs.set(stack, { ...outcome, report: outcome.stdout ? JSON.parse(outcome.stdout) : undefined });
    }),
  );
}, 300_000);

describe.each(STACKS)("the %s stack (landing zone + customer-held keys)", (stack) => {
  it("passes the pack with exit 0 and no violation, against the boundary of its own policy config", () => {
    const { exitCode, stderr, report } = runs.get(stack)!;
    expect(stderr).toBe("");
    expect(exitCode).toBe(0);
    expect(report.violations).toEqual([]);
    expect(report.policyConfig).toBe(`stacks/policy-config.${stack}.json`);
  });

  it("builds the Managed HSM, the Customer Key vaults and the DKE key service", () => {
    const components = runs.get(stack)!.report.resources.filter((r) => r.type.startsWith("data-boundary:")).map((r) => `${r.type} ${r.name}`);
    expect(components).toEqual(
      expect.arrayContaining([
        "data-boundary:index:ManagedHsm hyok-hsm",
        "data-boundary:index:CustomerKeyVaults hyok-ck",
        "data-boundary:index:DkeKeyService hyok-dke",
      ]),
    );
  });
});
