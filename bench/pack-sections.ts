/**
 * The report sections of benchmarks 1 to 4, rendered from the measurements `pack-bench.ts` takes.
 */
import { ratioLine, sampleRow, table, type Section } from "./report";
import { formatKb, formatMs, formatRatio, ratio, summarize, type Sample } from "./stats";

/** A pack under measurement. */
export interface Subject {
  readonly id: "ours" | "ts" | "js" | "js7";
  readonly label: string;
  readonly dir: string;
}

/** What one pack session measured: a start from a primed cache, `Analyze` over every resource, then `AnalyzeStack`. */
export interface Session {
  readonly startupMs: number;
  readonly analyzeMs: number;
  readonly peakKb: number;
  readonly violating: number;
  readonly stackMs: readonly number[];
}

const pick = (sessions: Record<string, Session[]>, id: string, field: (s: Session) => number): Sample => summarize(sessions[id].map(field));

/** Benchmark 1: empty- and primed-cache starts. */
export function startupSection(packs: Subject[], empty: Record<string, number[]>, emptyPeak: Record<string, number[]>, sessions: Record<string, Session[]>): Section {
  const cold = (id: string) => summarize(empty[id]);
  const warm = (id: string) => pick(sessions, id, (s) => s.startupMs);
  const rows = packs.flatMap((p) => [
    sampleRow(`${p.label}, empty cache`, cold(p.id), formatMs),
    sampleRow(`${p.label}, primed cache`, warm(p.id), formatMs),
  ]);
  return {
    title: "1. Cold start until the pack serves its port",
    lines: [
      "Spawn of `node <@pulumi/pulumi/cmd/run-policy-pack> <engine> .` in the pack directory (as the CLI does) until the port",
      "is printed. Our pack ships compiled (`main: bin/index.js`, built by `npm ci`), so Pulumi loads plain JavaScript. A",
      "TypeScript pack is loaded through Pulumi's vendored ts-node 7 **with type checking**, which caches the compiled",
      "files in `TS_NODE_CACHE_DIRECTORY` (default: a folder in the OS temp dir): an *empty* cache is a fresh CI machine or",
      "the first preview after the pack changed, a *primed* cache every later preview on the same machine. The TypeScript",
      "minimal pack shows what shipping the pack as TypeScript (as it did before) would cost.",
      "",
      ...table(["pack", "median (min–max)", "runs"], rows),
      ratioLine("empty cache, ours / JavaScript minimal pack (the goal's baseline)", cold("ours"), cold("js"), 1.15),
      ratioLine("primed cache, ours / JavaScript minimal pack", warm("ours"), warm("js"), 1.15),
      ratioLine("empty cache, ours / TypeScript minimal pack", cold("ours"), cold("ts")),
      ratioLine("empty cache, TypeScript minimal pack / JavaScript minimal pack (the cost of ts-node)", cold("ts"), cold("js")),
      `- peak memory right after an empty-cache start: ours ${formatKb(summarize(emptyPeak.ours).median)}, TypeScript minimal ${formatKb(summarize(emptyPeak.ts).median)}, JavaScript minimal ${formatKb(summarize(emptyPeak.js).median)}`,
    ],
    figures: {
      "startup.empty.ours/js": ratio(cold("ours"), cold("js")),
      "startup.primed.ours/js": ratio(warm("ours"), warm("js")),
      "startup.empty.ours/ts": ratio(cold("ours"), cold("ts")),
    },
  };
}

/** Benchmark 2: `Analyze` time per pack, with the profile of our pack during the calls. */
export function analyzeSection(packs: Subject[], sessions: Record<string, Session[]>, count: number, profile: string[]): Section {
  const analyze = (id: string) => pick(sessions, id, (s) => s.analyzeMs);
  const perCall = (id: string) => analyze(id).median / count;
  return {
    title: `2. \`Analyze\` over ${count.toLocaleString("en")} mixed resources`,
    lines: [
      `${count.toLocaleString("en")} sequential \`Analyze\` calls per pack (as one preview sends them), cycling through every vector the engine's`,
      "rule tables cover (`bench/vectors.ts` reads the tables) in azure-native, versioned azure-native, classic and command",
      "token forms, alternately violating and compliant. All packs of a run are started side by side and the calls alternate",
      "between them resource by resource; a pack's time is the sum of its own calls, so load from other work on the shared",
      "machine falls on every pack alike.",
      "",
      ...table(["pack", "median (min–max)", "runs", "per call", "resources with a mandatory violation"], packs.map((p) => [
        ...sampleRow(p.label, analyze(p.id), formatMs),
        `${perCall(p.id).toFixed(2)} ms`,
        `${sessions[p.id][0].violating} of ${count}`,
      ])),
      ratioLine("ours / JavaScript minimal pack (the goal's baseline)", analyze("ours"), analyze("js"), 1.25),
      ratioLine("ours / TypeScript minimal pack", analyze("ours"), analyze("ts")),
      ratioLine("seven-policy / one-policy JavaScript minimal pack (what @pulumi/policy spends on seven policies, as ours has)", analyze("js7"), analyze("js")),
      ratioLine("ours / seven-policy JavaScript minimal pack (our rules, places and messages)", analyze("ours"), analyze("js7")),
      "",
      "Where our pack's time goes during the calls (one extra run; self time, the pack's own code is `policy-pack/`):",
      "",
      ...profile,
    ],
    figures: {
      "analyze.ours/js": ratio(analyze("ours"), analyze("js")),
      "analyze.ours/ts": ratio(analyze("ours"), analyze("ts")),
      "analyze.ours/js7": ratio(analyze("ours"), analyze("js7")),
    },
  };
}

/** Benchmark 3: `AnalyzeStack` time per size, growth from the smallest to the largest, and the profile. */
export function stackSection(sessions: Record<string, Session[]>, sizes: readonly number[], profile: string[]): Section {
  const at = (id: string, index: number) => pick(sessions, id, (s) => s.stackMs[index]);
  const last = sizes.length - 1;
  const growth = (id: string) => ratio(at(id, last), at(id, 0));
  const rows = sizes.map((size, i) => [size.toLocaleString("en"), ...sampleRow("", at("ours", i), formatMs).slice(1, 2), ...sampleRow("", at("js", i), formatMs).slice(1, 2), formatRatio(ratio(at("ours", i), at("js", i)))]);
  const factor = sizes[last] / sizes[0];
  return {
    title: `3. \`AnalyzeStack\` at ${sizes.map((s) => s.toLocaleString("en")).join(", ")} resources`,
    lines: [
      "One `AnalyzeStack` call (request encoding included) on a running pack. Resources come in groups of 20 that take",
      "their resource group's name (and every third one its location) as unknown outputs through property dependencies;",
      "every other group sits under a component parent; every reference input depends on a target created just before it.",
      "",
      ...table(["resources", "ours, median (min–max)", "JavaScript minimal pack", "ours / minimal"], rows),
      `- growth ${sizes[last].toLocaleString("en")} / ${sizes[0].toLocaleString("en")} (×${factor} resources): ours **${formatRatio(growth("ours"))}** (goal ≤ ${(factor * 1.1).toFixed(0)}x: ${growth("ours") <= factor * 1.1 ? "met, linear" : "missed"}), minimal pack ${formatRatio(growth("js"))}`,
      "",
      "Where our pack's time goes in the largest call (one extra run; a quadratic look-up would show as one function of",
      "`policy-pack/` dominating):",
      "",
      ...profile,
    ],
    figures: { "stack.growth.ours": growth("ours"), "stack.growth.js": growth("js"), "stack.largest.ours/js": ratio(at("ours", last), at("js", last)) },
  };
}

/** Benchmark 4: peak resident memory after the `Analyze` run. */
export function memorySection(packs: Subject[], sessions: Record<string, Session[]>): Section {
  const peak = (id: string) => pick(sessions, id, (s) => s.peakKb);
  return {
    title: "4. Peak resident memory of the pack",
    lines: [
      "`VmHWM` of the pack process (`/proc/<pid>/status`) right after the `Analyze` run of benchmark 2 (the TypeScript minimal",
      "pack started from a primed ts-node cache; an empty cache adds the TypeScript compiler's own peak, see benchmark 1).",
      "",
      ...table(["pack", "median (min–max)", "runs"], packs.map((p) => sampleRow(p.label, peak(p.id), formatKb))),
      ratioLine("ours / JavaScript minimal pack (the goal's baseline)", peak("ours"), peak("js"), 1.2),
      ratioLine("ours / TypeScript minimal pack", peak("ours"), peak("ts")),
    ],
    figures: { "memory.ours/js": ratio(peak("ours"), peak("js")), "memory.ours/ts": ratio(peak("ours"), peak("ts")) },
  };
}
