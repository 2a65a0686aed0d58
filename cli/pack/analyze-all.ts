/**
 * Replays the policy calls of a `pulumi preview` against a running pack.
 *
 * The engine calls `Analyze` once per resource, in registration order, as each registration is processed, with the
 * provider-checked inputs and the provider resource; after the last resource it calls `AnalyzeStack` once with
 * every resource, its parent and property dependencies (pulumi/pulumi `pkg/resource/deploy/step_generator.go`).
 * The engine also calls `Remediate` before each `Analyze`; it changes nothing for packs without remediation
 * policies, and is not replayed here.
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
 * A preview's policy calls, fed while the program still registers resources, as the engine does: each resource
 * given to {@link analyze} gets its `Analyze` as soon as the pack is ready and the previous `Analyze` has answered,
 * and {@link finish} sends `AnalyzeStack` with all of them. A pack that fails to start or a call that fails makes
 * {@link finish} reject; nothing is lost or reported in between.
 */
export class PreviewReplay {
  private readonly resources: AnalyzedStackResource[] = [];
  private readonly diagnostics: PreviewDiagnostic[] = [];
  private queue: Promise<void>;

  /** @param client resolves once the pack is configured; a rejection fails {@link finish}. */
  constructor(private readonly client: Promise<AnalyzerClient>) {
    this.queue = this.track(client.then(() => undefined));
  }

  /** Queues `Analyze` of one resource, in the order of the calls. */
  analyze(resource: AnalyzedStackResource): void {
    this.resources.push(resource);
    this.queue = this.track(
      this.queue.then(async () => {
        const result = await (await this.client).analyze(resource);
        const analyzedUrn = resource.urn;
        this.diagnostics.push(...result.diagnostics.map((d) => ({ ...d, call: "analyze" as const, analyzedUrn })));
      }),
    );
  }

  /** Waits for every queued `Analyze`, sends one `AnalyzeStack` with every resource, and returns all diagnostics in the order the pack produced them. */
  async finish(): Promise<PreviewDiagnostic[]> {
    await this.queue;
    const stackResult = await (await this.client).analyzeStack(this.resources);
    return [...this.diagnostics, ...stackResult.diagnostics.map((d) => ({ ...d, call: "analyzeStack" as const }))];
  }

  /** Marks a queued step as handled, so that a failure waits for {@link finish} instead of crashing the process. */
  private track(step: Promise<void>): Promise<void> {
    step.catch(() => undefined);
    return step;
  }
}

/**
 * Sends `Analyze` for each resource in the given (registration) order, then one `AnalyzeStack` with all
 * of them, and returns every diagnostic in the order the pack produced them.
 */
export function analyzeStackLikePreview(client: AnalyzerClient, resources: AnalyzedStackResource[]): Promise<PreviewDiagnostic[]> {
  const replay = new PreviewReplay(Promise.resolve(client));
  resources.forEach((resource) => replay.analyze(resource));
  return replay.finish();
}
