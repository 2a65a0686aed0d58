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

async function session(subject: Subject, cache: TsNodeCache, analyzed: readonly AnalyzedStackResource[], stacks: readonly AnalyzedStackResource[][]): Promise<Session> {
  const env: Record<string, string> = cache.kind === "primed" ? { TS_NODE_CACHE_DIRECTORY: cache.dir } : {};
  const pack = await startConfigured(subject.dir, { env });
  try {
    let violating = 0;
    const started = performance.now();
    for (const resource of analyzed) {
      const result = await pack.client.analyze(resource);
      if (result.diagnostics.some((d) => d.enforcementLevel === "mandatory")) violating++;
    }
    const analyzeMs = performance.now() - started;
    const peakKb = peakRssKb(pack.pid);
    const stackMs: number[] = [];
    for (const resources of stacks) stackMs.push(await analyzeStackOnce(pack, resources));
    return { startupMs: pack.startupMs, analyzeMs, peakKb, violating, stackMs };
  } finally {
    await pack.stop();
  }
}

/** The packs in the order of run `run`: each goes first in turn, so that no pack always follows the same one. */
function inTurn(packs: readonly Subject[], run: number): Subject[] {
  return packs.map((_, i) => packs[(i + run) % packs.length]);
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
  const sessions: Record<string, Session[]> = { ours: [], ts: [], js: [], js7: [] };
  for (let run = 0; run < config.runs; run++) {
    for (const pack of inTurn(packs, run)) {
      config.progress(`session ${run + 1}/${config.runs} (start, ${analyzed.length} × Analyze, AnalyzeStack): ${pack.label}`);
      // AnalyzeStack is compared with the JavaScript pack, the goal's baseline; the other minimal packs are context.
      sessions[pack.id].push(await session(pack, caches.get(pack.id)!, analyzed, pack.id === "ours" || pack.id === "js" ? stacks : []));
    }
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
      empty[pack.id] = sessions[pack.id].map((s) => s.startupMs);
      emptyPeak[pack.id] = sessions[pack.id].map((s) => s.peakKb);
    }
  }
  return [
    startupSection(packs, empty, emptyPeak, sessions),
    analyzeSection(packs, sessions, analyzed.length, analyzeProfile),
    stackSection(sessions, config.stackSizes, stackProfile),
    memorySection(packs, sessions),
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

