/**
 * Replays the policy calls of a `pulumi preview` against a running pack.
 *
 * The engine calls `Analyze` once per resource, in registration order, with the provider-checked inputs
 * and the provider resource; after the last resource it calls `AnalyzeStack` once with every resource,
 * its parent and property dependencies (pulumi/pulumi `pkg/resource/deploy/step_generator.go`).
 * The engine also calls `Remediate` before each `Analyze`; it changes nothing for packs without
 * remediation policies, and is not replayed here.
 */
import type { AnalyzeDiagnostic, AnalyzedStackResource, AnalyzerClient } from "./analyzer-client";

/** A diagnostic from a replayed preview, tagged with the call that produced it. */
export type PreviewDiagnostic =
  | (AnalyzeDiagnostic & {
      call: "analyze";
      /** The resource being analyzed; the engine reports the violation against it. */
      analyzedUrn: string;
    })
  | (AnalyzeDiagnostic & { call: "analyzeStack" });

/**
 * Sends `Analyze` for each resource in the given (registration) order, then one `AnalyzeStack` with all
 * of them, and returns every diagnostic in the order the pack produced them.
 */
export async function analyzeStackLikePreview(
  client: AnalyzerClient,
  resources: AnalyzedStackResource[],
): Promise<PreviewDiagnostic[]> {
  const diagnostics: PreviewDiagnostic[] = [];
  for (const resource of resources) {
    const result = await client.analyze(resource);
    const analyzedUrn = resource.urn;
    diagnostics.push(...result.diagnostics.map((d) => ({ ...d, call: "analyze" as const, analyzedUrn })));
  }
  const stackResult = await client.analyzeStack(resources);
  diagnostics.push(...stackResult.diagnostics.map((d) => ({ ...d, call: "analyzeStack" as const })));
  return diagnostics;
}
