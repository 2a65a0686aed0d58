/**
 * Benchmark 6: `data-boundary audit` of generated Resource Graph estates (`audit-estate.ts`), each audit in its own
 * process (`audit-runner.ts`), against one `AnalyzeStack` of the same resources on a running pack, measured in the
 * same run and interleaved: the call a preview makes once with every resource, and the one that decides whether an
 * estate fits in one run (the audit adds an `Analyze` per resource, reading the files and the report).
 */
import * as path from "node:path";
import { readResourceGraphEstate } from "../cli/audit/resource-graph-estate";
import { writeEstatePages } from "./audit-estate";
import { runNode } from "./node-process";
import { analyzeStackOnce, peakRssKb, startConfigured } from "./pack-runs";
import { ratioLine, table, type Section } from "./report";
import { formatKb, formatMs, formatRatio, formatSample, ratio, summarize, type Sample } from "./stats";
import { freshDir, REPO_ROOT } from "./workspace";

/** Sizes and repetitions of benchmark 6. */
export interface AuditBenchConfig {
  readonly smoke: boolean;
  readonly runs: number;
  /** Estate sizes, smallest first; three or more show whether memory grows linearly. */
  readonly sizes: readonly number[];
  readonly progress: (line: string) => void;
}

/** What `audit-runner.ts` prints for one audit. */
interface AuditRun {
  readonly ms: number;
  readonly readMs: number;
  readonly startMs: number;
  readonly analyzeMs: number;
  readonly reportMs: number;
  readonly peakKb: number;
  readonly packPeakKb: number;
  readonly resources: number;
  readonly mandatory: number;
}

/** One `AnalyzeStack` of the estate in a fresh pack: its time and the pack's peak memory after it. */
interface StackRun {
  readonly ms: number;
  readonly packPeakKb: number;
}

async function timedAudit(files: readonly string[]): Promise<AuditRun> {
  const { code, stdout, stderr } = await runNode(["--import", "tsx", path.join(__dirname, "audit-runner.ts"), ...files]);
  const line = stdout.trim().split("\n").pop();
  if (code !== 0 || !line) throw new Error(`The audit of ${files.length} pages failed (exit ${code}):\n${stderr.slice(-2000)}`);
  return JSON.parse(line) as AuditRun;
}

async function timedStack(files: readonly string[]): Promise<StackRun> {
  const analyzed = readResourceGraphEstate(files).resources.map((r) => r.analyzed);
  const pack = await startConfigured(path.join(REPO_ROOT, "policy-pack"));
  try {
    const ms = await analyzeStackOnce(pack, analyzed);
    return { ms, packPeakKb: peakRssKb(pack.pid) };
  } finally {
    await pack.stop();
  }
}

/** Runs benchmark 6 and returns its report section. */
export async function runAuditBenchmarks(config: AuditBenchConfig): Promise<Section> {
  const estates = config.sizes.map((size) => writeEstatePages(freshDir(`audit-estate-${size}`), size));
  const audits: AuditRun[][] = config.sizes.map(() => []);
  const stacks: StackRun[][] = config.sizes.map(() => []);
  for (let run = 0; run < config.runs; run++) {
    for (const [i, size] of config.sizes.entries()) {
      config.progress(`audit ${run + 1}/${config.runs} of ${size.toLocaleString("en")} Resource Graph rows, and AnalyzeStack of the same resources`);
      const stackFirst = run % 2 === 1;
      if (stackFirst) stacks[i].push(await timedStack(estates[i]));
      audits[i].push(await timedAudit(estates[i]));
      if (!stackFirst) stacks[i].push(await timedStack(estates[i]));
    }
  }
  return render(config, audits, stacks);
}

/** kB per resource between two sizes: how much a peak grows for each resource added. */
function perResource(peaks: readonly Sample[], sizes: readonly number[], from: number, to: number): number {
  return (peaks[to].median - peaks[from].median) / (sizes[to] - sizes[from]);
}

function render(config: AuditBenchConfig, audits: AuditRun[][], stacks: StackRun[][]): Section {
  const sizes = config.sizes;
  const of = <T>(runs: T[][], field: (run: T) => number) => runs.map((r) => summarize(r.map(field)));
  const total = of(audits, (r) => r.ms);
  const stack = of(stacks, (r) => r.ms);
  const auditPeak = of(audits, (r) => r.peakKb);
  const packPeak = of(audits, (r) => r.packPeakKb);
  const stackPeak = of(stacks, (r) => r.packPeakKb);
  const phase = (field: (r: AuditRun) => number) => of(audits, field);
  const [read, start, analyze, report] = [phase((r) => r.readMs), phase((r) => r.startMs), phase((r) => r.analyzeMs), phase((r) => r.reportMs)];
  const last = sizes.length - 1;
  const factor = sizes[last] / sizes[0];
  const rows = sizes.map((size, i) => [
    size.toLocaleString("en"),
    formatSample(total[i], formatMs),
    formatSample(stack[i], formatMs),
    formatRatio(ratio(total[i], stack[i])),
    `${formatMs(read[i].median)} / ${formatMs(start[i].median)} / ${formatMs(analyze[i].median)} / ${formatMs(report[i].median)}`,
    formatKb(auditPeak[i].median),
    formatKb(packPeak[i].median),
    formatKb(stackPeak[i].median),
  ]);
  const slope = (peaks: Sample[]) => sizes.slice(1).map((size, i) => `${perResource(peaks, sizes, i, i + 1).toFixed(1)} kB (${sizes[i].toLocaleString("en")}→${size.toLocaleString("en")})`).join(", ");
  const linearity = (peaks: Sample[]) => (sizes.length < 3 ? Number.NaN : perResource(peaks, sizes, last - 1, last) / perResource(peaks, sizes, 0, 1));
  const growth = ratio(total[last], total[0]);
  return {
    title: `6. Audit of a Resource Graph estate at ${sizes.map((s) => s.toLocaleString("en")).join(", ")} resources`,
    lines: [
      "`data-boundary audit --from-resource-graph` of a generated estate (`bench/audit-estate.ts`: pages of 1,000 rows as",
      "`az graph query -o json` writes them, about 760 bytes a row, nine common types with ARM's casing, one row in ten",
      "outside the boundary), each audit in its own process (`bench/audit-runner.ts`) from reading the pages to the",
      "finished report: the pack's start, one `Analyze` per resource (eight on the wire at once), one `AnalyzeStack`,",
      "the report with every place. The baseline is one `AnalyzeStack` of the same resources on a freshly started pack,",
      "measured in the same run, interleaved: the single call a preview of that many resources cannot avoid. Memory is",
      "each process's peak resident set (`VmHWM`): the audit's own, its pack's, and the baseline pack's.",
      "",
      ...table(
        ["resources", "audit, median (min–max)", "AnalyzeStack alone", "audit / AnalyzeStack", "audit phases: read / pack start / Analyze + AnalyzeStack / report", "audit peak", "its pack's peak", "AnalyzeStack pack's peak"],
        rows,
      ),
      ratioLine(`largest estate, audit / AnalyzeStack alone`, total[last], stack[last]),
      `- time growth ${sizes[last].toLocaleString("en")} / ${sizes[0].toLocaleString("en")} (×${factor} resources): audit **${formatRatio(growth)}** (goal ≤ ${(factor * 1.1).toFixed(1)}x: ${growth <= factor * 1.1 ? "met, linear" : "missed"}), AnalyzeStack alone ${formatRatio(ratio(stack[last], stack[0]))}`,
      `- memory per resource added: audit process ${slope(auditPeak)}; its pack ${slope(packPeak)}; the baseline pack ${slope(stackPeak)}`,
      `- linearity (kB per resource over the last step / over the first; 1.00x is linear): audit process ${formatRatio(linearity(auditPeak))}, its pack ${formatRatio(linearity(packPeak))}`,
      `- mandatory violations found at ${sizes[last].toLocaleString("en")}: ${audits[last][0]?.mandatory ?? "n/a"} (every run alike)`,
      "",
    ],
    figures: {
      "audit.largest.ours/stack": ratio(total[last], stack[last]),
      "audit.growth": growth,
      "audit.kbPerResource.audit": perResource(auditPeak, sizes, 0, last),
      "audit.kbPerResource.pack": perResource(packPeak, sizes, 0, last),
    },
  };
}

/** The sizes of benchmark 6: three, so that the memory per resource of the first and last step can be compared. */
export function auditSizes(smoke: boolean): number[] {
  return smoke ? [50, 100, 200] : [5_000, 20_000, 50_000];
}

/** Runs per size: a 50,000-resource audit takes minutes, so at most three. */
export function auditRuns(smoke: boolean, runs: number): number {
  return smoke ? 1 : Math.min(runs, 3);
}

if (require.main === module) {
  // `npx tsx bench/audit-bench.ts [--smoke]`: benchmark 6 alone, its section on stdout.
  const smoke = process.argv.includes("--smoke");
  const progress = (line: string) => process.stderr.write(`[audit bench] ${line}\n`);
  runAuditBenchmarks({ smoke, runs: auditRuns(smoke, Number(process.env.BENCH_RUNS ?? 3)), sizes: auditSizes(smoke), progress }).then(
    (section) => process.stdout.write(`## ${section.title}\n\n${section.lines.join("\n")}\n`),
    (error: unknown) => {
      process.stderr.write(`Benchmark failed: ${(error as Error)?.stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
}
