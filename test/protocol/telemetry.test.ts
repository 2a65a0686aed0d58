import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeStackLikePreview } from "../../cli/pack/analyze-all";
import { UNKNOWN } from "../../cli/pack/analyzer-client";
import { RunningPack, startPolicyPack } from "../../cli/pack/start-pack";
import { PACK_DIR, violationText, wireResource } from "../helpers/pack";

let pack: RunningPack;

beforeAll(async () => {
  pack = await startPolicyPack(PACK_DIR);
});

afterAll(async () => {
  await pack?.stop();
});

describe("telemetry and third-party egress over the Analyzer protocol", () => {
  it("lists both policies as mandatory", async () => {
    const info = await pack.client.getAnalyzerInfo();
    const levels = Object.fromEntries(info.policies.map((p) => [p.name, p.enforcementLevel]));
    expect([levels["telemetry-in-boundary"], levels["third-party-egress-blocked"]]).toEqual(["mandatory", "mandatory"]);
  });

  it("blocks a diagnostic setting whose workspace of the stack is outside, in the boundary stack policy", async () => {
    await pack.client.configure({});
    const workspace = wireResource("azure-native:operationalinsights:Workspace", "logs", { location: "westeurope", resourceGroupName: "rg" });
    const usWorkspace = wireResource("azure-native:operationalinsights:Workspace", "us-logs", { location: "eastus", resourceGroupName: "rg" });
    const diag = {
      ...wireResource("azure-native:monitor:DiagnosticSetting", "diag", { resourceUri: UNKNOWN, workspaceId: UNKNOWN }),
      propertyDependencies: { workspaceId: [usWorkspace.urn] },
    };
    const diagnostics = await analyzeStackLikePreview(pack.client, [workspace, usWorkspace, diag]);
    expect(diagnostics.filter((d) => d.policyName !== "location-in-boundary").map((d) => [d.call, d.policyName, d.enforcementLevel, d.urn, violationText(d.message)])).toEqual([
      ["analyzeStack", "boundary", "mandatory", diag.urn, "[telemetry-in-boundary] Diagnostic setting 'diag' sends logs to eastus (United States) through workspaceId (unknown at preview), the location of workspace 'us-logs', outside the EU Data Boundary (EU + EFTA). Send the logs to a target created in this stack inside the boundary."],
    ]);
    const inside = { ...diag, propertyDependencies: { workspaceId: [workspace.urn] } };
    expect(await analyzeStackLikePreview(pack.client, [workspace, inside])).toEqual([]);
  });

  it("blocks a Marketplace partner and a diagnostic setting streaming to one, per resource", async () => {
    const monitor = wireResource("azure-native:datadog:Monitor", "dd", { location: "westeurope", resourceGroupName: "rg" });
    const diag = wireResource("azure-native:monitor:DiagnosticSetting", "diag", { resourceUri: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/app", marketplacePartnerId: UNKNOWN });
    const results = [await pack.client.analyze(monitor), await pack.client.analyze(diag)];
    expect(results.flatMap((r) => r.diagnostics).map((d) => [d.policyName, d.enforcementLevel, violationText(d.message)])).toEqual([
      ["third-party-egress-blocked", "mandatory", "Datadog monitor 'dd' sends data to the third-party publisher Datadog (outside Azure) through type datadog:Monitor, because the monitored resources' logs and metrics are shipped to the publisher's SaaS and stored in the site it chooses, outside the EU Data Boundary (EU + EFTA). Use Azure Monitor with a Log Analytics workspace inside the boundary instead, or add a reviewed exemption."],
      ["third-party-egress-blocked", "mandatory", "Diagnostic setting 'diag' sends logs to a third-party Marketplace partner (outside Azure) through marketplacePartnerId (unknown at preview), because a Marketplace partner keeps the logs in its own cloud, outside the EU Data Boundary (EU + EFTA). Remove marketplacePartnerId and send the logs to a Log Analytics workspace inside the boundary, or add a reviewed exemption."],
    ]);
  });
});
