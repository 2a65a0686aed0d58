/**
 * `npm run bench`: measures the policy pack, the offline check and the audit against their floors in one run and
 * writes `BENCHMARKS.md` at the repository root. `npm run bench -- --smoke` (or `BENCH_SMOKE=1`) runs every benchmark
 * once at toy sizes, only to show that they still run, and writes `bench/.tmp/BENCHMARKS.smoke.md` instead.
 * `BENCH_RUNS=<n>` overrides the number of runs per figure (default 5; the audit of 50,000 resources runs at most 3).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ensurePackBuilt } from "../cli/pack/pack-build";
import { auditRuns, auditSizes, runAuditBenchmarks } from "./audit-bench";
import { runCheckBenchmarks } from "./check-bench";
import { runPackBenchmarks } from "./pack-bench";
import { renderReport, type Section } from "./report";
import { REPO_ROOT, TMP_ROOT } from "./workspace";

/** What to run. */
export interface BenchOptions {
  /** One run of each benchmark at toy sizes. */
  readonly smoke: boolean;
  /** Runs per figure (ignored in smoke mode). */
  readonly runs?: number;
  /** Progress lines (default: stderr). */
  readonly progress?: (line: string) => void;
}

/** The outcome of a benchmark run. */
export interface BenchResult {
  readonly sections: readonly Section[];
  /** Every named figure of every section. */
  readonly figures: Record<string, number>;
  readonly markdown: string;
  /** Where the report was written. */
  readonly file: string;
}

/** Runs every benchmark, writes the report and returns it. */
export async function runBenchmarks(options: BenchOptions): Promise<BenchResult> {
  const startedAt = new Date();
  const clock = performance.now();
  const loadBefore = os.loadavg();
  const progress = options.progress ?? ((line: string) => process.stderr.write(`[bench ${((performance.now() - clock) / 1000).toFixed(0)} s] ${line}\n`));
  const runs = options.smoke ? 1 : options.runs ?? 5;
  // The pack is measured as it ships, compiled; a build here keeps the figures from being those of an older pack.
  await ensurePackBuilt(path.join(REPO_ROOT, "policy-pack"), progress);
  const sections: Section[] = [
    ...(await runPackBenchmarks({
      smoke: options.smoke,
      runs,
      analyzeCount: options.smoke ? 40 : 2_000,
      stackSizes: options.smoke ? [40, 160] : [1_000, 5_000, 10_000],
      progress,
    })),
    await runCheckBenchmarks({ smoke: options.smoke, runs, sizes: options.smoke ? [10] : [100, 1_000], progress }),
    await runAuditBenchmarks({ smoke: options.smoke, runs: auditRuns(options.smoke, runs), sizes: auditSizes(options.smoke), progress }),
  ];
  const markdown = renderReport(sections, { smoke: options.smoke, runs, startedAt, durationMs: performance.now() - clock, loadBefore, loadAfter: os.loadavg() });
  const file = options.smoke ? path.join(TMP_ROOT, "BENCHMARKS.smoke.md") : path.join(REPO_ROOT, "BENCHMARKS.md");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, markdown);
  const figures = Object.assign({}, ...sections.map((s) => s.figures)) as Record<string, number>;
  return { sections, figures, markdown, file };
}

if (require.main === module) {
  const smoke = process.argv.includes("--smoke") || process.env.BENCH_SMOKE === "1";
  const runs = process.env.BENCH_RUNS ? Number(process.env.BENCH_RUNS) : undefined;
  runBenchmarks({ smoke, runs }).then(
    (result) => {
      process.stdout.write(`${result.markdown}\n`);
      process.stderr.write(`Written to ${path.relative(process.cwd(), result.file)}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`Benchmark failed: ${(error as Error)?.stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
}
