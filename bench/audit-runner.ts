/**
 * One `data-boundary audit` of Resource Graph pages in its own process, for benchmark 6: runs `runAudit` as the
 * command does and prints one JSON line with its wall time, its phases (from the audit's progress lines), its own
 * peak memory and its pack's (the pack is this process's child; its high-water mark is read every 100 ms).
 * Usage: `node --import tsx bench/audit-runner.ts <page.json>...`
 */
import * as fs from "node:fs";
import { runAudit } from "../cli/audit/run-audit";

/** `VmHWM` of a process in kB, 0 when it is gone. */
function peakKb(pid: number): number {
  try {
    return Number(/^VmHWM:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function childPids(): number[] {
  try {
    return fs.readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function main(files: string[]): Promise<void> {
  let packPeakKb = 0;
  const poll = setInterval(() => childPids().forEach((pid) => (packPeakKb = Math.max(packPeakKb, peakKb(pid)))), 100);
  const started = performance.now();
  const marks: number[] = [];
  const report = await runAudit({ source: { kind: "resource-graph", files }, programDir: ".", onProgress: () => marks.push(performance.now()) });
  const ms = performance.now() - started;
  clearInterval(poll);
  const [read = started, analyzing = read, writing = analyzing] = marks;
  const line = {
    ms,
    readMs: read - started,
    startMs: analyzing - read,
    analyzeMs: writing - analyzing,
    reportMs: started + ms - writing,
    peakKb: peakKb(process.pid),
    packPeakKb,
    resources: report.summary.resources,
    mandatory: report.summary.mandatory,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? error}\n`);
  process.exitCode = 1;
});
