/**
 * Benchmark 5: the offline check (`runCheck`: the program through Pulumi's own language runtime entry against the
 * host's resource monitor, with the pack analysing each resource over gRPC as it registers) of generated
 * azure-native programs, against the same program under Pulumi's official mocks run by tsx in a child process.
 * Interleaved; one extra profiled run of each at the smallest and the largest size shows where the time goes.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { runCheck } from "../cli/check";
import { runProgram } from "../cli/host";
import { runNode } from "./node-process";
import { newestProfile, profileLines, summarizeProfile } from "./profile";
import { generateProgram, PROGRAM_STACK } from "./programs";
import { ratioLine, table, type Section } from "./report";
import { formatMs, formatRatio, formatSample, ratio, summarize, type Sample } from "./stats";
import { ensureDir, freshDir } from "./workspace";

/** Sizes and repetitions of benchmark 5. */
export interface CheckBenchConfig {
  readonly smoke: boolean;
  readonly runs: number;
  readonly sizes: readonly number[];
  readonly progress: (line: string) => void;
}

/** Heap for both sides: azure-native programs of a thousand resources outgrow Node's default under the SDK. */
const NODE_ARGS = ["--max-old-space-size=6144"];

/** One offline check, split into its phases by `runCheck`'s progress lines. */
interface CheckRun {
  readonly totalMs: number;
  readonly programMs: number;
  /** Waiting for the pack once the program is done (it starts alongside the program). */
  readonly packWaitMs: number;
  /** After the program: the `Analyze` calls still queued, then `AnalyzeStack` (the others overlap the program). */
  readonly analysisMs: number;
  readonly resources: number;
  readonly mandatory: number;
}

async function timedCheck(programDir: string): Promise<CheckRun> {
  const marks: number[] = [];
  const started = performance.now();
  const report = await runCheck({ programDir, stack: PROGRAM_STACK, policyConfig: {}, onProgress: () => marks.push(performance.now()) });
  const totalMs = performance.now() - started;
  const [, registered = started, analyzing = registered] = marks;
  return {
    totalMs,
    programMs: registered - started,
    packWaitMs: analyzing - registered,
    analysisMs: started + totalMs - analyzing,
    resources: report.summary.resources,
    mandatory: report.summary.mandatory,
  };
}

/** Runs the program under the official mocks in a child process; resolves with wall time and the resource count. */
async function timedMocks(programDir: string, extraArgs: readonly string[] = []): Promise<{ ms: number; resources: number }> {
  const runner = path.join(__dirname, "mocks-runner.ts");
  const { code, stdout, stderr, ms } = await runNode([...NODE_ARGS, ...extraArgs, "--import", "tsx", runner, programDir]);
  const resources = Number(stdout.trim().split("\n").pop());
  if (code !== 0 || !Number.isFinite(resources)) throw new Error(`The mocks run of ${programDir} failed (exit ${code}):\n${stderr.slice(-2000)}`);
  return { ms, resources };
}

/**
 * How long a fresh Node process takes to load the TypeScript compiler the program resolves: `cmd/run` loads it for
 * ts-node before a TypeScript program runs (as under `pulumi preview`), while tsx under the mocks uses esbuild.
 */
function timedTypeScriptLoad(programDir: string): number {
  const script = `const t = performance.now(); require(require.resolve("typescript", { paths: [${JSON.stringify(programDir)}] })); process.stdout.write(String(performance.now() - t));`;
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }));
}

/** Runs benchmark 5 and returns its report section. */
export async function runCheckBenchmarks(config: CheckBenchConfig): Promise<Section> {
  const programs = config.sizes.map((size) => generateProgram(`n${size}`, size, NODE_ARGS));
  // One persistent cache for the program's and the pack's compiled TypeScript (the host and the pack inherit it),
  // primed by the warm-up below; smoke mode skips the warm-up and relies on the cache being kept between runs.
  process.env.TS_NODE_CACHE_DIRECTORY = ensureDir("ts-node-cache/check");
  if (!config.smoke) {
    config.progress(`offline check warm-up (primes the ts-node and tsx caches) at ${config.sizes[0]} resources`);
    await timedCheck(programs[0]);
    await timedMocks(programs[0]);
  }

  const checks: CheckRun[][] = config.sizes.map(() => []);
  const mocks: number[][] = config.sizes.map(() => []);
  const mockCounts: number[] = [];
  const typeScriptLoads: number[] = [];
  for (let run = 0; run < config.runs; run++) {
    for (const [i, size] of config.sizes.entries()) {
      config.progress(`offline check ${run + 1}/${config.runs} at ${size} resources: runCheck and official mocks`);
      const mocksFirst = run % 2 === 1;
      if (mocksFirst) mocks[i].push((await timedMocks(programs[i])).ms);
      checks[i].push(await timedCheck(programs[i]));
      if (!mocksFirst) {
        const measured = await timedMocks(programs[i]);
        mocks[i].push(measured.ms);
        mockCounts[i] = measured.resources;
      }
    }
    typeScriptLoads.push(timedTypeScriptLoad(programs[0]));
  }
  // Profiles at the smallest size show the fixed costs (module loading), at the largest the per-resource ones.
  const profileSizes = config.smoke ? config.sizes.slice(-1) : [config.sizes[0], config.sizes[config.sizes.length - 1]];
  const profiles: string[] = [];
  for (const size of profileSizes) {
    const phase = summarize(checks[config.sizes.indexOf(size)].map((run) => run.programMs)).median;
    profiles.push(...(await profileAt(config, size, phase)));
  }
  return render(config, { checks, mocks, mockCounts, typeScriptLoads }, profiles);
}

/**
 * One profiled run of the program under the host (alone, without the pack) and under the mocks, at the given size;
 * `checkPhaseMs` is the median program phase of the same program inside the check, with the pack beside it.
 */
async function profileAt(config: CheckBenchConfig, size: number, checkPhaseMs: number): Promise<string[]> {
  config.progress(`CPU profiles of the program at ${size} resources (host and mocks)`);
  const hostDir = freshDir(`profiles/program-host-${size}`);
  const mocksDir = freshDir(`profiles/program-mocks-${size}`);
  const program = generateProgram(`profiled-${size}`, size, [...NODE_ARGS, "--cpu-prof", `--cpu-prof-dir=${hostDir}`]);
  const started = performance.now();
  await runProgram({ programDir: program, stack: PROGRAM_STACK });
  const hostWallMs = performance.now() - started;
  const mocksWallMs = (await timedMocks(program, ["--cpu-prof", `--cpu-prof-dir=${mocksDir}`])).ms;
  const hostFile = newestProfile(hostDir);
  const mocksFile = newestProfile(mocksDir);
  if (!hostFile || !mocksFile) return [`(no profile was written for the program at ${size} resources)`, ""];
  const host = summarizeProfile(hostFile, 12);
  const mocks = summarizeProfile(mocksFile, 12);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const signedSeconds = (ms: number) => `${ms >= 0 ? "+" : "−"}${seconds(Math.abs(ms))}`;
  return [
    `At ${size.toLocaleString("en")} resources the program process spent ${seconds(host.totalMs)} on the CPU and waited ${seconds(hostWallMs - host.totalMs)} under the check, against ${seconds(mocks.totalMs)} and ${seconds(mocksWallMs - mocks.totalMs)} under the mocks (${signedSeconds(host.totalMs - mocks.totalMs)} CPU, ${signedSeconds(hostWallMs - host.totalMs - (mocksWallMs - mocks.totalMs))} waiting); this repository's code (the host's preload) and the program took ${seconds(host.ownMs)} of it. What the check's program does beyond the mocks' is the Pulumi SDK's own path to an engine, which \`pulumi preview\` takes too: every registration serialised to protobuf, sent over gRPC and its answer decoded (more garbage to collect), and the wait for those answers; the mocks answer in-process.`,
    "",
    `Run alone like this (no pack beside it, profiler on), the program took ${formatMs(hostWallMs)} against the mocks' ${formatMs(mocksWallMs)}; inside the check its phase took ${formatMs(checkPhaseMs)} (median above), the difference being the pack starting and analysing beside it, on a machine with two cores shared with other work.`,
    "",
    ...profileLines(`program process under the offline check (cmd/run + vendored ts-node), ${size} resources, ${formatMs(hostWallMs)} wall`, host),
    ...profileLines(`program process under the official mocks (tsx), ${size} resources, ${formatMs(mocksWallMs)} wall`, mocks),
  ];
}

/** What benchmark 5 measured, per program size. */
interface CheckMeasurements {
  readonly checks: CheckRun[][];
  /** The official mocks as a user runs them. */
  readonly mocks: number[][];
  readonly mockCounts: number[];
  /** Milliseconds a fresh process takes to load the TypeScript compiler, per run. */
  readonly typeScriptLoads: number[];
}

function render(config: CheckBenchConfig, { checks, mocks, mockCounts, typeScriptLoads }: CheckMeasurements, profiles: string[]): Section {
  const figures: Record<string, number> = {};
  const rows: string[][] = [];
  const ratios: string[] = [];
  for (const [i, size] of config.sizes.entries()) {
    const of = (field: keyof CheckRun): Sample => summarize(checks[i].map((c) => c[field]));
    const baseline = summarize(mocks[i]);
    const total = of("totalMs");
    const program = of("programMs");
    figures[`check.${size}.ours/mocks`] = ratio(total, baseline);
    figures[`check.${size}.program/mocks`] = ratio(program, baseline);
    rows.push([
      size.toLocaleString("en"),
      formatSample(baseline, formatMs),
      formatSample(total, formatMs),
      formatMs(program.median),
      formatMs(of("packWaitMs").median),
      formatMs(of("analysisMs").median),
      `${checks[i][0].resources} / ${mockCounts[i] ?? "?"}`,
      `${checks[i][0].mandatory}`,
    ]);
    ratios.push(ratioLine(`${size.toLocaleString("en")} resources, offline check / official mocks`, total, baseline, 1.2));
    ratios.push(`- ${size.toLocaleString("en")} resources, program phase alone / official mocks (the Pulumi SDK's engine path, see the profiles): ${formatRatio(ratio(program, baseline))}`);
    ratios.push(`- ${size.toLocaleString("en")} resources, offline check / its own program phase (what the pack and the analysis add): ${formatRatio(ratio(total, program))}`);
  }
  return {
    title: `5. Offline check of ${config.sizes.map((s) => s.toLocaleString("en")).join(" and ")} azure-native resources against Pulumi's official mocks`,
    lines: [
      "`runCheck` on programs generated by `bench/programs.ts`: the program runs through `@pulumi/pulumi/cmd/run` as",
      "`pulumi preview` runs it (TypeScript through the vendored ts-node, `noCheck` as in the repository's test programs)",
      "against the host's resource monitor while the pack starts, and the pack gets `Analyze` for each resource as it",
      "registers (as the engine sends it), then `AnalyzeStack`. The baseline runs the same `index.ts` under",
      "`pulumi.runtime.setMocks` (preview) in a child process through tsx. Both get `--max-old-space-size=6144`; the ts-node",
      "and tsx caches are primed by a warm-up run.",
      "",
      ...table(["resources", "official mocks", "offline check", "program phase (Analyze overlapping)", "then waiting for the pack", "then the rest of Analyze + AnalyzeStack", "registered (ours / mocks)", "mandatory violations"], rows),
      ...ratios,
      `- a fixed cost of the program process that the mocks (tsx, esbuild) do not pay: loading the TypeScript compiler for ts-node, ${formatSample(summarize(typeScriptLoads), formatMs)}, which \`cmd/run\` does for every TypeScript program, under \`pulumi preview\` too; it weighs on the smaller program`,
      "",
      "Where the time goes (self time by module; `node internals` is mostly module compilation, `(garbage collector)`",
      "is the SDK's promise and Output garbage). Samples leave out idle time: where a process's wall time is well above",
      "its samples, it was waiting; under the check that is for the resource monitor's answers, which cross a process",
      "boundary (as they do to the CLI's engine), while the mocks answer in-process:",
      "",
      ...profiles,
    ],
    figures,
  };
}
