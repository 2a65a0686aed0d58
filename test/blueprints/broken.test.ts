import * as path from "path";
import { beforeAll, describe, expect, it } from "vitest";
import { CliOutcome, runCli } from "../../cli/main";
import { CheckReport } from "../../cli/report/model";

/**
 * One deliberately broken variant per blueprint (`test/fixtures/programs/broken-*`): the blueprint as shipped plus
 * one raw azure-native resource that bypasses the components, as a careless team would add it. The pack must
 * block exactly that resource. One run per variant, all at once, shared by the tests.
 */
const root = path.resolve(__dirname, "../..");
const VARIANTS = ["landing-zone", "customer-key", "ai-workload", "collaboration"] as const;
type Variant = (typeof VARIANTS)[number];

const runs = new Map<Variant, CliOutcome & { report: CheckReport }>();

beforeAll(async () => {
  await Promise.all(
    VARIANTS.map(async (variant) => {
      const program = path.join(root, "test/fixtures/programs", `broken-${variant}`);
      const config = path.join(root, "stacks/policy-config.eudb.json");
      const outcome = await runCli(["check", program, "--stack", "dev", "--policy-config", config, "--format", "json"]);
      runs.set(variant, { ...outcome, report: outcome.stdout ? JSON.parse(outcome.stdout) : undefined });
    }),
  );
}, 300_000);

/** Exit code, then each violation as [policy, resource type, resource name, level, declaring line]. */
function verdict(variant: Variant) {
  const { exitCode, stderr, report } = runs.get(variant)!;
  expect(stderr).toBe("");
  return {
    exitCode,
    violations: report.violations.map((v) => [v.policy, v.type, v.name, v.enforcementLevel, v.source && `${v.source.file}:${v.source.line}`]),
    messages: report.violations.map((v) => v.message),
  };
}

describe("broken variants of the blueprints are blocked, exactly at the unsafe override", () => {
  it("landing zone: a diagnostic setting to a workspace in eastus", () => {
    expect(verdict("landing-zone")).toEqual({
      exitCode: 1,
      violations: [
        ["location-in-boundary", "azure-native:operationalinsights:Workspace", "central-logs", "mandatory", "index.ts:9"],
        ["telemetry-in-boundary", "azure-native:monitor:DiagnosticSetting", "kv-to-central", "mandatory", "index.ts:14"],
      ],
      messages: [
        "Workspace 'central-logs' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
        "Diagnostic setting 'kv-to-central' sends logs to eastus (United States) through workspaceId (unknown at preview), the location of workspace 'central-logs', outside the EU Data Boundary (EU + EFTA). Send the logs to a target created in this stack inside the boundary.",
      ],
    });
  });

  it("Microsoft 365 Customer Key: a key vault in eastus", () => {
    expect(verdict("customer-key")).toEqual({
      exitCode: 1,
      violations: [["location-in-boundary", "azure-native:keyvault:Vault", "ck-dr", "mandatory", "index.ts:10"]],
      messages: [
        "Key Vault 'ck-dr' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
      ],
    });
  });

  it("AI workload: a GlobalStandard deployment created directly on the account", () => {
    expect(verdict("ai-workload")).toEqual({
      exitCode: 1,
      violations: [["processing-in-boundary", "azure-native:cognitiveservices:Deployment", "chat-global", "mandatory", "index.ts:10"]],
      messages: [
        "AI model deployment 'chat-global' processes prompts and responses in any geography where the model is deployed through sku.name GlobalStandard, outside the EU Data Boundary (EU + EFTA). Use sku.name DataZoneStandard (on an account in an EU member state) or Standard.",
      ],
    });
  });

  it("collaboration: a Communication Service whose data rests in the United States", () => {
    expect(verdict("collaboration")).toEqual({
      exitCode: 1,
      violations: [["data-location-in-boundary", "azure-native:communication:CommunicationService", "sms", "mandatory", "index.ts:10"]],
      messages: [
        "Communication Services resource 'sms' stores data in United States (vocabulary value, United States) through dataLocation United States, outside the EU Data Boundary (EU + EFTA). Set dataLocation to Europe, or to France, Germany, Norway or Switzerland.",
      ],
    });
  });
});
