/**
 * Summaries of repeated measurements. Machines here are shared and noisy, so every figure is a median with
 * its spread, and the result of a comparison is the ratio of two medians measured in the same run.
 */

/** A repeated measurement: its median, spread and every run in the order it was taken. */
export interface Sample {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: readonly number[];
}

/** Summarises the runs of one measurement; throws on an empty list, which is always a harness bug. */
export function summarize(runs: readonly number[]): Sample {
  if (runs.length === 0) throw new Error("summarize() needs at least one run.");
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: [...runs] };
}

/** `ours / baseline` of two medians (NaN when the baseline is not positive). */
export function ratio(ours: Sample, baseline: Sample): number {
  return baseline.median > 0 ? ours.median / baseline.median : Number.NaN;
}

/**
 * The ratios of runs taken side by side (run i of ours over run i of the baseline), when both have several runs of
 * the same count: a load spike on the shared machine then shows as one outlying pair instead of shifting one median.
 */
export function pairedRatios(ours: Sample, baseline: Sample): Sample | undefined {
  if (ours.runs.length < 2 || ours.runs.length !== baseline.runs.length) return undefined;
  return summarize(ours.runs.map((run, i) => run / baseline.runs[i]));
}

/** `1.07x`, or `n/a` for a figure that is not finite. */
export function formatRatio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}x` : "n/a";
}

/** Milliseconds as `842 ms` or `12.3 s`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1_000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

/** Kilobytes (as /proc reports them) as `123.4 MB`. */
export function formatKb(kb: number): string {
  return Number.isFinite(kb) ? `${(kb / 1024).toFixed(1)} MB` : "n/a";
}

/** `median (min–max)` of a sample, each value formatted by `format`. */
export function formatSample(sample: Sample, format: (value: number) => string): string {
  return `${format(sample.median)} (${format(sample.min)}–${format(sample.max)})`;
}

/** `met` or `missed` for a ratio against its goal (lower is better). */
export function verdict(value: number, goal: number): string {
  if (!Number.isFinite(value)) return "n/a";
  return value <= goal ? "met" : "missed";
}
