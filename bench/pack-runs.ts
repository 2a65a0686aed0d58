/**
 * Single measurements of a policy pack process, each in a pack started exactly as the Pulumi CLI starts it
 * ({@link startPolicyPack}) and configured as the CLI configures it (`GetAnalyzerInfo`, `Configure` with every
 * policy at its default level, `ConfigureStack`).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { AnalyzedStackResource } from "../cli/pack/analyzer-client";
import { startPolicyPack, type RunningPack, type StartPackOptions } from "../cli/pack/start-pack";
import { toConfigureRequest } from "../cli/policy-config";
import { newestProfile } from "./profile";
import { freshDir } from "./workspace";

/**
 * Where Pulumi's vendored ts-node keeps compiled TypeScript between runs (`TS_NODE_CACHE_DIRECTORY`). A pack
 * started with an empty cache type-checks and compiles every file it loads, as on a fresh CI machine; a pack
 * started with a primed cache reads the compiled files back, as on a developer's second preview.
 */
export type TsNodeCache = { readonly kind: "empty" } | { readonly kind: "primed"; readonly dir: string };

/** The environment a pack is started with for a ts-node cache (a new empty directory for `empty`). */
export function cacheEnv(cache: TsNodeCache): Record<string, string> {
  const dir = cache.kind === "primed" ? cache.dir : freshDir(`ts-node-cache/empty-${process.pid}-${Date.now()}`);
  return { TS_NODE_CACHE_DIRECTORY: dir };
}

/** Peak resident set size of a process so far (`VmHWM` in `/proc/<pid>/status`), in kB; NaN where unreadable. */
export function peakRssKb(pid: number): number {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Starts a pack and configures it as the CLI does before a preview. */
export async function startConfigured(packDir: string, options: StartPackOptions = {}): Promise<RunningPack> {
  const pack = await startPolicyPack(packDir, options);
  try {
    const info = await pack.client.getAnalyzerInfo();
    await pack.client.configure(toConfigureRequest({}, info));
    await pack.client.configureStack({ stack: "bench", project: "bench", organization: "organization", dryRun: true });
    return pack;
  } catch (error) {
    await pack.stop();
    throw error;
  }
}

/** What one cold start measured. */
export interface StartupRun {
  /** Spawn until the port is printed. */
  readonly startupMs: number;
  /** Peak resident memory once serving, in kB. */
  readonly peakKb: number;
}

/** Starts the pack once with the given ts-node cache and stops it. */
export async function coldStart(packDir: string, cache: TsNodeCache): Promise<StartupRun> {
  const pack = await startPolicyPack(packDir, { env: cacheEnv(cache) });
  const run = { startupMs: pack.startupMs, peakKb: peakRssKb(pack.pid) };
  await pack.stop();
  return run;
}

/** What one `Analyze` run measured. */
export interface AnalyzeRun {
  /** Wall time of every `Analyze` call, sent one after another as the engine sends them. */
  readonly analyzeMs: number;
  /** Peak resident memory of the pack process after the run, in kB. */
  readonly peakKb: number;
  /** Resources that got at least one mandatory diagnostic. */
  readonly violating: number;
}

/** In a fresh pack process (like every preview), sends `Analyze` for each resource in turn. */
export async function analyzeRun(packDir: string, resources: readonly AnalyzedStackResource[], options: StartPackOptions = {}): Promise<AnalyzeRun> {
  const pack = await startConfigured(packDir, options);
  try {
    let violating = 0;
    const started = performance.now();
    for (const resource of resources) {
      const result = await pack.client.analyze(resource);
      if (result.diagnostics.some((d) => d.enforcementLevel === "mandatory")) violating++;
    }
    const analyzeMs = performance.now() - started;
    return { analyzeMs, peakKb: peakRssKb(pack.pid), violating };
  } finally {
    await pack.stop();
  }
}

/** Wall time of one `AnalyzeStack` call on an already running pack (request encoding included). */
export async function analyzeStackOnce(pack: RunningPack, resources: readonly AnalyzedStackResource[]): Promise<number> {
  const started = performance.now();
  await pack.client.analyzeStack([...resources]);
  return performance.now() - started;
}

/** Primes a fresh ts-node cache for a pack by starting it once (an empty-cache start) and returns both. */
export async function primeCache(packDir: string, name: string): Promise<{ cache: TsNodeCache; run: StartupRun }> {
  const cache: TsNodeCache = { kind: "primed", dir: freshDir(`ts-node-cache/${name}`) };
  return { cache, run: await coldStart(packDir, cache) };
}


/** A configured pack whose CPU profile covers only what runs between {@link ProfiledPack.begin} and `finish`. */
export interface ProfiledPack {
  readonly pack: RunningPack;
  /** Starts sampling (SIGUSR2 to `bench/cpu-profile-preload.cjs` inside the pack). */
  begin(): Promise<void>;
  /** Stops the pack, which writes the profile, and returns the profile file (undefined if none was written). */
  finish(): Promise<string | undefined>;
}

/** Starts a pack with the profiling preload (`NODE_OPTIONS=--require bench/cpu-profile-preload.cjs`). */
export async function startProfiled(packDir: string, cache: TsNodeCache, name: string): Promise<ProfiledPack> {
  const dir = freshDir(path.join("profiles", name));
  const preload = path.join(__dirname, "cpu-profile-preload.cjs");
  const pack = await startConfigured(packDir, { env: { ...cacheEnv(cache), NODE_OPTIONS: `--require ${preload}`, BENCH_CPU_PROF_DIR: dir } });
  return {
    pack,
    begin: async () => {
      process.kill(pack.pid, "SIGUSR2");
      await new Promise((resolve) => setTimeout(resolve, 200));
    },
    finish: async () => {
      await pack.stop();
      return newestProfile(dir);
    },
  };
}
