import { describe, expect, it } from "vitest";
import { PreviewReplay } from "../../cli/pack/analyze-all";
import type { AnalyzeDiagnostic, AnalyzedStackResource, AnalyzerClient, AnalyzeResult } from "../../cli/pack/analyzer-client";
import { wireResource } from "../helpers/pack";

/** What a fake pack was asked, in order. */
type Call = { call: "analyze"; urn: string } | { call: "analyzeStack"; urns: string[] };

function diagnostic(policyName: string, message: string): AnalyzeDiagnostic {
  return { policyName, policyPackName: "fake", policyPackVersion: "0.0.1", description: "", message, enforcementLevel: "mandatory", urn: "" };
}

/** A pack that answers each `Analyze` after a delay that shrinks with each call, so that answers would overtake each other if sent together. */
function fakePack(calls: Call[]): AnalyzerClient {
  let delay = 30;
  const answer = (diagnostics: AnalyzeDiagnostic[]): Promise<AnalyzeResult> =>
    new Promise((resolve) => setTimeout(() => resolve({ diagnostics, notApplicable: [] }), (delay = Math.max(0, delay - 10))));
  return {
    analyze: (resource: AnalyzedStackResource) => {
      calls.push({ call: "analyze", urn: resource.urn });
      return answer([diagnostic("per-resource", `analyzed ${resource.name}`)]);
    },
    analyzeStack: (resources: AnalyzedStackResource[]) => {
      calls.push({ call: "analyzeStack", urns: resources.map((r) => r.urn) });
      return answer([diagnostic("stack", `analyzed ${resources.length} resources`)]);
    },
  } as unknown as AnalyzerClient;
}

const [a, b, c] = ["a", "b", "c"].map((name) => wireResource("azure-native:storage:StorageAccount", name, { location: "westeurope" }));

describe("PreviewReplay: Analyze as resources register, then AnalyzeStack", () => {
  it("queues resources given before the pack is ready and sends them one at a time, in order, then the stack", async () => {
    const calls: Call[] = [];
    let ready: (client: AnalyzerClient) => void = () => undefined;
    const replay = new PreviewReplay(new Promise((resolve) => (ready = resolve)));
    replay.analyze(a);
    replay.analyze(b);
    expect(calls).toEqual([]);
    ready(fakePack(calls));
    replay.analyze(c);
    const diagnostics = await replay.finish();
    expect(calls).toEqual([
      { call: "analyze", urn: a.urn },
      { call: "analyze", urn: b.urn },
      { call: "analyze", urn: c.urn },
      { call: "analyzeStack", urns: [a.urn, b.urn, c.urn] },
    ]);
    expect(diagnostics.map((d) => [d.call, d.message, d.call === "analyze" ? d.analyzedUrn : ""])).toEqual([
      ["analyze", "analyzed a", a.urn],
      ["analyze", "analyzed b", b.urn],
      ["analyze", "analyzed c", c.urn],
      ["analyzeStack", "analyzed 3 resources", ""],
    ]);
  });

  it("fails finish with the pack's start error, not before and not as an unhandled rejection", async () => {
    const replay = new PreviewReplay(Promise.reject(new Error("Policy pack x failed to start: it exited (code 1) before printing its port.")));
    replay.analyze(a);
    await new Promise((resolve) => setTimeout(resolve, 10)); // an unhandled rejection would fail the test run here
    await expect(replay.finish()).rejects.toThrow("Policy pack x failed to start: it exited (code 1) before printing its port.");
  });
});
