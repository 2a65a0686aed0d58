import { describe, expect, it } from "vitest";
import { runBenchmarks } from "../../bench/run";

/**
 * The benchmarks' smoke mode: every benchmark runs once at toy sizes. Only that each produced a finite figure is
 * checked; timings are never asserted (the machines are shared and noisy).
 */
describe("npm run bench -- --smoke", () => {
  it("runs every benchmark once and each produces a finite figure", async () => {
    const result = await runBenchmarks({ smoke: true, progress: () => undefined });
    const expected = [
      "startup.empty.ours/js",
      "startup.primed.ours/js",
      "analyze.ours/js",
      "stack.growth.ours",
      "memory.ours/js",
      "check.10.ours/mocks",
      "audit.largest.ours/stack",
      "audit.growth",
    ];
    for (const name of expected) expect(Object.keys(result.figures)).toContain(name);
    for (const [name, value] of Object.entries(result.figures)) {
      expect(Number.isFinite(value), `${name} = ${value}`).toBe(true);
    }
    expect(result.sections).toHaveLength(6);
  }, 300_000);
});
