import { describe, expect, it } from "vitest";
import { classicResource, UNKNOWN } from "../helpers/facts";
import { resourceMessages } from "../helpers/evaluate";

const OUTSIDE = "outside the EU Data Boundary (EU + EFTA)";
const VIA = "because a Marketplace partner keeps the logs in its own cloud";
const FIX = "Remove partnerSolutionId and send the logs to a Log Analytics workspace inside the boundary, or add a reviewed exemption.";

const setting = (props: Record<string, unknown>) =>
  classicResource("azure:monitoring/diagnosticSetting:DiagnosticSetting", "diag", { targetResourceId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv", enabledLogs: [{ categoryGroup: "allLogs" }], ...props });

describe("classic diagnostic settings streaming to a Marketplace partner (V19, V34)", () => {
  it("reports any partnerSolutionId, naming a partner it knows", () => {
    const id = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Datadog/monitors/dd";
    expect(resourceMessages(setting({ partnerSolutionId: id }))).toEqual([
      `Diagnostic setting 'diag' sends logs to the third-party publisher Datadog (outside Azure) through partnerSolutionId ${id}, ${VIA}, ${OUTSIDE}. ${FIX}`,
    ]);
    expect(resourceMessages(setting({ partnerSolutionId: UNKNOWN }))).toEqual([
      `Diagnostic setting 'diag' sends logs to a third-party Marketplace partner (outside Azure) through partnerSolutionId (unknown at preview), ${VIA}, ${OUTSIDE}. ${FIX}`,
    ]);
  });

  it("leaves a setting without a partner to the telemetry policy", () => {
    expect(resourceMessages(setting({})).filter((m) => m.includes("Marketplace partner"))).toEqual([]);
  });
});

describe("classic third-party modules (V34)", () => {
  it("reports every resource of the classic partner modules of 5.x and 6.x", () => {
    const types = [
      "azure:datadog/monitor:Monitor",
      "azure:elasticcloud/elasticsearch:Elasticsearch",
      "azure:newrelic/monitor:Monitor",
      "azure:paloalto/localRulestack:LocalRulestack",
      "azure:dynatrace/monitor:Monitor",
    ];
    const findings = types.map((type) => resourceMessages(classicResource(type, "p", { location: "westeurope", resourceGroupName: "rg" })).filter((m) => m.includes("through type")));
    expect(findings.map((f) => f.length)).toEqual([1, 1, 1, 1, 1]);
    expect(findings[1][0]).toContain("sends data to the third-party publisher Elastic (outside Azure) through type azure:elasticcloud:Elasticsearch");
  });
});
