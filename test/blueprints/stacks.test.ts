import * as path from "path";
import { beforeAll, describe, expect, it } from "vitest";
import { CliOutcome, runCli } from "../../cli/main";
import { CheckReport } from "../../cli/report/model";

/**
 * The project's own blueprints (`stacks/index.ts`) through the offline check, one run per stack shared by the tests
 * below. Each run costs 10-30 s, so the three run at once.
 */
const root = path.resolve(__dirname, "../..");
const STACKS = {
  eudb: { primary: "westeurope", secondary: "northeurope", dataLocation: "Europe" },
  ch: { primary: "switzerlandnorth", secondary: "switzerlandwest", dataLocation: "Switzerland" },
  de: { primary: "germanywestcentral", secondary: "germanynorth", dataLocation: "Germany" },
} as const;
type Stack = keyof typeof STACKS;

const runs = new Map<Stack, CliOutcome & { report: CheckReport }>();

beforeAll(async () => {
  await Promise.all(
    (Object.keys(STACKS) as Stack[]).map(async (stack) => {
      // ch without --policy-config: the check must find stacks/policy-config.ch.json by itself (README's command).
      const config = stack === "ch" ? [] : ["--policy-config", `stacks/policy-config.${stack}.json`];
      const outcome = await runCli(["check", root, "--stack", stack, ...config, "--format", "json"]);
      runs.set(stack, { ...outcome, report: outcome.stdout ? JSON.parse(outcome.stdout) : undefined });
    }),
  );
}, 300_000);

/** The places the pack's engine found for one resource, as `policy verdict label`. */
const placesOf = (report: CheckReport, name: string) =>
  report.places.filter((p) => p.urn.endsWith(`::${name}`)).map((p) => `${p.policy} ${p.verdict} ${p.label}`);

describe.each(Object.keys(STACKS) as Stack[])("the %s blueprints", (stack) => {
  const expected = STACKS[stack];

  it("pass the pack with exit 0 and no violation at all, judged against their own boundary", () => {
    const { exitCode, stderr, report } = runs.get(stack)!;
    expect(stderr).toBe("");
    expect(exitCode).toBe(0);
    expect(report.violations).toEqual([]);
    expect(report.summary.mandatory).toBe(0);
    expect(report.boundary.name).toBe(stack);
    expect(report.policyConfig).toBe(`stacks/policy-config.${stack}.json`);
  });

  it("build all four blueprints, and every place of every resource is proven inside", () => {
    const { report } = runs.get(stack)!;
    const components = report.resources.filter((r) => r.type.startsWith("data-boundary:")).map((r) => `${r.type} ${r.name}`);
    expect(components).toEqual(
      expect.arrayContaining([
        "data-boundary:index:BoundaryGuardrail lz-guardrail",
        "data-boundary:index:LogAnalyticsWorkspace lz-law",
        "data-boundary:index:KeyVault lz-kv",
        "data-boundary:index:CustomerKeyVaults ck",
        "data-boundary:index:AiServicesAccount ai",
        "data-boundary:index:StorageAccount ai-st",
        "data-boundary:index:CosmosDbAccount ai-cosmos",
        "data-boundary:index:CommunicationServices collab-acs",
      ]),
    );
    expect(report.places.length).toBeGreaterThan(30);
    expect(report.places.filter((p) => p.verdict !== "inside")).toEqual([]);
  });

  it("put the Customer Key vaults in two regions and the data where the boundary says", () => {
    const { report } = runs.get(stack)!;
    expect(placesOf(report, "ck-primary")).toContain(`location-in-boundary inside ${expected.primary}`);
    expect(placesOf(report, "ck-secondary")).toContain(`location-in-boundary inside ${expected.secondary}`);
    expect(placesOf(report, "collab-acs")).toContainEqual(expect.stringMatching(new RegExp(`^data-location-in-boundary inside ${expected.dataLocation} `)));
    expect(placesOf(report, "ai")).toEqual([`location-in-boundary inside ${expected.primary}`]);
  });

  it("prove every diagnostic setting's target through the landing zone's workspace", () => {
    const { report } = runs.get(stack)!;
    const settings = report.resources.filter((r) => r.type === "azure-native:monitor:DiagnosticSetting").map((r) => r.name);
    expect(settings.sort()).toEqual(["ai-cosmos-diag-0", "ai-diag-0", "ai-st-diag-0", "ck-primary-diag-0", "ck-secondary-diag-0", "collab-acs-diag-0", "lz-kv-diag-0"]);
    for (const name of settings) expect(placesOf(report, name)).toEqual([`telemetry-in-boundary inside ${expected.primary}`]);
  });
});
