import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeStackLikePreview } from "../../cli/pack/analyze-all";
import { AnalyzedStackResource, Json, UNKNOWN } from "../../cli/pack/analyzer-client";
import { RunningPack, startPolicyPack } from "../../cli/pack/start-pack";
import { classicWireProvider, PACK_DIR, violationText, wireResource } from "../helpers/pack";

let pack: RunningPack;

beforeAll(async () => {
  pack = await startPolicyPack(PACK_DIR);
  await pack.client.configure({});
});

afterAll(async () => {
  await pack?.stop();
});

/** The stack's default classic provider, located in westeurope by `azure:location`. */
const PROVIDER = classicWireProvider({ location: "westeurope" });

/** A classic resource behind the default classic provider. */
const classic = (type: string, name: string, properties: Record<string, Json>, propertyDependencies: Record<string, string[]> = {}): AnalyzedStackResource =>
  wireResource(type, name, properties, { provider: PROVIDER, propertyDependencies });

/** What the pack reported, as a preview would show it. */
const shown = (diagnostics: Awaited<ReturnType<typeof analyzeStackLikePreview>>) =>
  diagnostics.map((d) => [d.call, d.policyName, d.enforcementLevel, d.urn, violationText(d.message)]);

/** A classic program: a group and a workspace in `workspaceLocation`, and a diagnostic setting sending logs to it. */
function classicStack(workspaceLocation: string): AnalyzedStackResource[] {
  const group = classic("azure:core/resourceGroup:ResourceGroup", "rg", { location: "westeurope" });
  const workspace = classic(
    "azure:operationalinsights/analyticsWorkspace:AnalyticsWorkspace",
    "logs",
    { location: workspaceLocation, resourceGroupName: UNKNOWN, sku: "PerGB2018" },
    { resourceGroupName: [group.urn] },
  );
  const diag = classic(
    "azure:monitoring/diagnosticSetting:DiagnosticSetting",
    "diag",
    { targetResourceId: UNKNOWN, logAnalyticsWorkspaceId: UNKNOWN, enabledLogs: [{ categoryGroup: "allLogs" }] },
    { logAnalyticsWorkspaceId: [workspace.urn] },
  );
  return [group, workspace, diag];
}

describe("classic telemetry and data locations over the Analyzer protocol", () => {
  it("passes a classic diagnostic setting whose workspace of the stack is inside", async () => {
    expect(shown(await analyzeStackLikePreview(pack.client, classicStack("westeurope")))).toEqual([]);
  });

  it("blocks a classic diagnostic setting whose workspace is in eastus, at the boundary stack policy", async () => {
    const stack = classicStack("eastus");
    expect(shown(await analyzeStackLikePreview(pack.client, stack)).filter(([, policy]) => policy !== "location-in-boundary")).toEqual([
      [
        "analyzeStack",
        "boundary",
        "mandatory",
        stack[2].urn,
        "[telemetry-in-boundary] Diagnostic setting 'diag' sends logs to eastus (United States) through logAnalyticsWorkspaceId (unknown at preview), the location of Log Analytics workspace 'logs', outside the EU Data Boundary (EU + EFTA). Send the logs to a target created in this stack inside the boundary.",
      ],
    ]);
  });

  it("blocks a classic Communication Service left at azurerm's default data location", async () => {
    const acs = classic("azure:communication/service:Service", "acs", { resourceGroupName: "rg" });
    const result = await pack.client.analyze(acs);
    expect(result.diagnostics.map((d) => [d.policyName, d.enforcementLevel, violationText(d.message)])).toEqual([
      [
        "data-location-in-boundary",
        "mandatory",
        "Communication Services resource 'acs' stores data in United States (vocabulary value, United States) through dataLocation (not set), the service default United States, outside the EU Data Boundary (EU + EFTA). Set dataLocation to Europe, or to France, Germany, Norway or Switzerland.",
      ],
    ]);
  });
});
