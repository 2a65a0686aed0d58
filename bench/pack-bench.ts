/**
 * Benchmarks 1 to 4: the pack's cold start, `Analyze` over mixed resources, `AnalyzeStack` scaling and peak
 * memory, each against generated minimal packs measured in the same run, interleaved.
 */
import * as path from "node:path";
import type { AnalyzedStackResource } from "../cli/pack/analyzer-client";
import type { RunningPack } from "../cli/pack/start-pack";
import { generateMinimalPack } from "./baseline-packs";
import { analyzeStackOnce, coldStart, peakRssKb, primeCache, startConfigured, startProfiled, type TsNodeCache } from "./pack-runs";
import { profileLines, summarizeProfile } from "./profile";
import type { Section } from "./report";
import { analyzeSection, memorySection, stackSection, startupSection, type Session, type Subject } from "./pack-sections";
import { mixedResources, stackResources } from "./resources";
import { ensureDir, REPO_ROOT } from "./workspace";

/** Sizes and repetitions of the pack benchmarks. */
export interface PackBenchConfig {
  readonly smoke: boolean;
  readonly runs: number;
  readonly analyzeCount: number;
  readonly stackSizes: readonly number[];
  /** Called with a short line before each step. */
  readonly progress: (line: string) => void;
}

function subjects(): Subject[] {
  return [
    { id: "ours", label: "data-boundary pack (compiled, as shipped)", dir: path.join(REPO_ROOT, "policy-pack") },
    { id: "ts", label: "minimal pack, TypeScript", dir: generateMinimalPack("ts") },
    { id: "js", label: "minimal pack, JavaScript", dir: generateMinimalPack("js") },
    { id: "js7", label: "minimal pack, JavaScript, seven policies", dir: generateMinimalPack("js", 7) },
  ];
}

/** Packs whose `AnalyzeStack` is measured: ours and the goal's baseline; the other minimal packs are context. */
const STACK_MEASURED: ReadonlySet<Subject["id"]> = new Set(["ours", "js"]);

/**
 * One run of every pack side by side: each starts (from its primed cache), then the `Analyze` calls alternate between
 * the running packs resource by resource, so that a load spike of the shared machine falls on all of them alike
 * instead of on whichever pack was running at the time; then peak memory, then `AnalyzeStack` pack by pack.
 */
async function runSideBySide(packs: readonly Subject[], caches: ReadonlyMap<string, TsNodeCache>, analyzed: readonly AnalyzedStackResource[], stacks: readonly AnalyzedStackResource[][]): Promise<Record<string, Session>> {
  const running: { subject: Subject; pack: RunningPack; analyzeMs: number; violating: number }[] = [];
  try {
    for (const subject of packs) {
      const cache = caches.get(subject.id)!;
      const env: Record<string, string> = cache.kind === "primed" ? { TS_NODE_CACHE_DIRECTORY: cache.dir } : {};
      running.push({ subject, pack: await startConfigured(subject.dir, { env }), analyzeMs: 0, violating: 0 });
    }
    for (const [i, resource] of analyzed.entries()) {
      for (const entry of inTurn(running, i)) {
        const started = performance.now();
        const result = await entry.pack.client.analyze(resource);
        entry.analyzeMs += performance.now() - started;
        if (result.diagnostics.some((d) => d.enforcementLevel === "mandatory")) entry.violating++;
      }
    }
    const measured: Record<string, Session> = {};
    for (const { subject, pack, analyzeMs, violating } of running) {
      const peakKb = peakRssKb(pack.pid);
      const stackMs: number[] = [];
      if (STACK_MEASURED.has(subject.id)) for (const resources of stacks) stackMs.push(await analyzeStackOnce(pack, resources));
      measured[subject.id] = { startupMs: pack.startupMs, analyzeMs, peakKb, violating, stackMs };
    }
    return measured;
  } finally {
    await Promise.all(running.map(({ pack }) => pack.stop()));
  }
}

/** The items in the order of turn `turn`: each goes first in turn, so that none always follows the same one. */
function inTurn<T>(items: readonly T[], turn: number): T[] {
  return items.map((_, i) => items[(i + turn) % items.length]);
}

/** Runs benchmarks 1–4 and returns their report sections. */
export async function runPackBenchmarks(config: PackBenchConfig): Promise<Section[]> {
  const packs = subjects();
  const empty: Record<string, number[]> = { ours: [], ts: [], js: [], js7: [] };
  const emptyPeak: Record<string, number[]> = { ours: [], ts: [], js: [], js7: [] };
  const caches = new Map<string, TsNodeCache>();
  if (config.smoke) {
    // Smoke: keep one persistent cache per pack, so that only the very first smoke run pays for compiling.
    for (const pack of packs) caches.set(pack.id, { kind: "primed", dir: ensureDir(`ts-node-cache/smoke-${pack.id}`) });
  } else {
    for (let run = 0; run < config.runs; run++) {
      for (const pack of inTurn(packs, run)) {
        config.progress(`cold start ${run + 1}/${config.runs} (empty ts-node cache): ${pack.label}`);
        const measured = await coldStart(pack.dir, { kind: "empty" });
        empty[pack.id].push(measured.startupMs);
        emptyPeak[pack.id].push(measured.peakKb);
      }
    }
    for (const pack of packs) caches.set(pack.id, (await primeCache(pack.dir, pack.id)).cache);
  }

  const analyzed = mixedResources(config.analyzeCount);
  const stacks = config.stackSizes.map((size) => stackResources(size));
  const sessionsOf: Record<string, Session[]> = { ours: [], ts: [], js: [], js7: [] };
  for (let run = 0; run < config.runs; run++) {
    config.progress(`session ${run + 1}/${config.runs}: every pack starts, ${analyzed.length} × Analyze alternating between them, AnalyzeStack`);
    const measured = await runSideBySide(inTurn(packs, run), caches, analyzed, stacks);
    for (const pack of packs) sessionsOf[pack.id].push(measured[pack.id]);
  }
  const ours = packs[0];
  const oursCache = caches.get(ours.id)!;
  config.progress(`CPU profile of our pack during ${analyzed.length} × Analyze`);
  const analyzeProfile = await profiled(ours, oursCache, "pack-analyze", `our pack's process during ${analyzed.length} × Analyze`, async (pack) => {
    for (const resource of analyzed) await pack.client.analyze(resource);
  });
  const largest = stacks[stacks.length - 1];
  config.progress(`CPU profile of our pack during AnalyzeStack at ${largest.length}`);
  const stackProfile = await profiled(ours, oursCache, "pack-stack", `our pack's process during AnalyzeStack of ${largest.length.toLocaleString("en")} resources`, async (pack) => {
    await analyzeStackOnce(pack, largest);
  });
  if (config.smoke) {
    // Smoke runs no separate empty-cache starts: the session starts stand in, so that every figure exists.
    for (const pack of packs) {
      empty[pack.id] = sessionsOf[pack.id].map((s) => s.startupMs);
      emptyPeak[pack.id] = sessionsOf[pack.id].map((s) => s.peakKb);
    }
  }
  return [
    startupSection(packs, empty, emptyPeak, sessionsOf),
    analyzeSection(packs, sessionsOf, analyzed.length, analyzeProfile),
    stackSection(sessionsOf, config.stackSizes, stackProfile),
    memorySection(packs, sessionsOf),
  ];
}

/** Runs `work` on a freshly started, profiled pack and returns the profile's summary as report lines. */
async function profiled(subject: Subject, cache: TsNodeCache, name: string, title: string, work: (pack: RunningPack) => Promise<void>): Promise<string[]> {
  const run = await startProfiled(subject.dir, cache, name);
  let file: string | undefined;
  try {
    await run.begin();
    await work(run.pack);
  } finally {
    file = await run.finish();
  }
  return file ? profileLines(title, summarizeProfile(file, 10)) : [`(no profile was written for ${title})`, ""];
}

