/**
 * Replays the policy calls of a `pulumi preview` against a running pack.
 *
 * The engine calls `Analyze` once per resource, in registration order, as each registration is processed, with the
 * provider-checked inputs and the provider resource; after the last resource it calls `AnalyzeStack` once with
 * every resource, its parent and property dependencies (pulumi/pulumi `pkg/resource/deploy/step_generator.go`).
 * The engine also calls `Remediate` before each `Analyze`; it changes nothing for packs without remediation
 * policies, and is not replayed here.
 */
import type { AnalyzeDiagnostic, AnalyzedStackResource, AnalyzerClient, AnalyzeResult } from "./analyzer-client";

/** A diagnostic from a replayed preview, tagged with the call that produced it. */
export type PreviewDiagnostic =
  | (AnalyzeDiagnostic & {
      call: "analyze";
      /** The resource being analyzed; the engine reports the violation against it. */
      analyzedUrn: string;
    })
  | (AnalyzeDiagnostic & { call: "analyzeStack" });

/** The diagnostics of one `Analyze`, tagged with the resource analysed. */
function analyzeDiagnostics(result: AnalyzeResult, analyzedUrn: string): PreviewDiagnostic[] {
  return result.diagnostics.map((d) => ({ ...d, call: "analyze" as const, analyzedUrn }));
}

/** The diagnostics of `AnalyzeStack`, tagged with the call. */
function stackDiagnostics(result: AnalyzeResult): PreviewDiagnostic[] {
  return result.diagnostics.map((d) => ({ ...d, call: "analyzeStack" as const }));
}

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
        this.diagnostics.push(...analyzeDiagnostics(await (await this.client).analyze(resource), resource.urn));
      }),
    );
  }

  /** Waits for every queued `Analyze`, sends one `AnalyzeStack` with every resource, and returns all diagnostics in the order the pack produced them. */
  async finish(): Promise<PreviewDiagnostic[]> {
    await this.queue;
    return [...this.diagnostics, ...stackDiagnostics(await (await this.client).analyzeStack(this.resources))];
  }

  /** Marks a queued step as handled, so that a failure waits for {@link finish} instead of crashing the process. */
  private track(step: Promise<void>): Promise<void> {
    step.catch(() => undefined);
    return step;
  }
}

/**
 * Sends `Analyze` for each resource in the given (registration) order, then one `AnalyzeStack` with all of them,
 * and returns every diagnostic: those of `Analyze` in resource order, then those of `AnalyzeStack`. With `inFlight`
 * above 1, that many `Analyze` calls are on the wire at once: the pack answers them one after another in the order
 * sent, as it would answer the engine, and only the round trips overlap. The first failing call fails the whole.
 */
export async function analyzeStackLikePreview(
  client: AnalyzerClient,
  resources: readonly AnalyzedStackResource[],
  inFlight = 1,
): Promise<PreviewDiagnostic[]> {
  const perResource: PreviewDiagnostic[][] = new Array(resources.length);
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (next < resources.length && !failed) {
      const index = next++;
      try {
        perResource[index] = analyzeDiagnostics(await client.analyze(resources[index]), resources[index].urn);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(inFlight, resources.length)) }, lane));
  return [...perResource.flat(), ...stackDiagnostics(await client.analyzeStack(resources))];
}
