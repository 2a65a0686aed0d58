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

/** The stack's default classic provider as the engine sends it. */
const PROVIDER = classicWireProvider({ location: "westeurope" }, "default_6_40_0");

/** What the pack reported, as a preview would show it. */
const shown = (diagnostics: Awaited<ReturnType<typeof analyzeStackLikePreview>>) =>
  diagnostics.map((d) => [d.call, d.policyName, d.enforcementLevel, violationText(d.message)]);

/**
 * A classic AI model deployment with the given deployment-type block (6.x `sku`, 5.x `scale`), in an account of the
 * stack in westeurope whose id the program passed as `cognitiveAccountId`.
 */
function deployment(block: Record<string, Json>): AnalyzedStackResource[] {
  const account = wireResource("azure:cognitive/account:Account", "ai", { location: "westeurope", resourceGroupName: "rg", kind: "OpenAI", skuName: "S0" }, { provider: PROVIDER });
  const gpt = wireResource(
    "azure:cognitive/deployment:Deployment",
    "gpt",
    { cognitiveAccountId: UNKNOWN, model: { format: "OpenAI", name: "gpt-4o", version: "2024-08-06" }, ...block },
    { provider: PROVIDER, propertyDependencies: { cognitiveAccountId: [account.urn] } },
  );
  return [account, gpt];
}

describe("classic processing and opaque carriers, over the Analyzer protocol", () => {
  it("blocks a classic 6.x GlobalStandard deployment at the resource policy", async () => {
    expect(shown(await analyzeStackLikePreview(pack.client, deployment({ sku: { name: "GlobalStandard", capacity: 1 } })))).toEqual([
      [
        "analyze",
        "processing-in-boundary",
        "mandatory",
        "AI model deployment 'gpt' processes prompts and responses in any geography where the model is deployed through sku.name GlobalStandard, outside the EU Data Boundary (EU + EFTA). Use sku.name DataZoneStandard (on an account in an EU member state) or Standard.",
      ],
    ]);
  });

  it("blocks the same deployment written for 5.x, and passes a Standard one", async () => {
    expect(shown(await analyzeStackLikePreview(pack.client, deployment({ scale: { type: "GlobalStandard" } })))).toEqual([
      [
        "analyze",
        "processing-in-boundary",
        "mandatory",
        "AI model deployment 'gpt' processes prompts and responses in any geography where the model is deployed through scale.type GlobalStandard, outside the EU Data Boundary (EU + EFTA). Use scale.type DataZoneStandard (on an account in an EU member state) or Standard.",
      ],
    ]);
    expect(shown(await analyzeStackLikePreview(pack.client, deployment({ scale: { type: "Standard" } })))).toEqual([]);
  });

  it("blocks a classic template deployment whose JSON template puts a storage account in eastus", async () => {
    const group = wireResource("azure:core/resourceGroup:ResourceGroup", "rg", { location: "westeurope", name: "rg" }, { provider: PROVIDER });
    const templateContent = JSON.stringify({
      $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
      contentVersion: "1.0.0.0",
      resources: [{ type: "Microsoft.Storage/storageAccounts", apiVersion: "2023-05-01", name: "logs", location: "eastus", sku: { name: "Standard_LRS" }, kind: "StorageV2" }],
    });
    const arm = wireResource("azure:core/resourceGroupTemplateDeployment:ResourceGroupTemplateDeployment", "arm", { resourceGroupName: "rg", deploymentMode: "Incremental", templateContent }, { provider: PROVIDER });
    expect(shown(await analyzeStackLikePreview(pack.client, [group, arm]))).toEqual([
      [
        "analyze",
        "opaque-deployment-proven",
        "mandatory",
        "Resource group template deployment 'arm' template resource Microsoft.Storage/storageAccounts 'logs' is located in eastus (United States) through templateContent.resources[0].location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
      ],
    ]);
  });
});
