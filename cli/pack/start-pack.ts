/**
 * Starts a policy pack the way `pulumi preview --policy-pack <dir>` does, without the Pulumi CLI.
 *
 * The CLI (pulumi/pulumi `pkg/resource/plugin/analyzer_plugin.go`, `NewPolicyAnalyzer`) runs the
 * `pulumi-analyzer-policy` script with the pack directory as working directory; the script resolves
 * `@pulumi/pulumi/cmd/run-policy-pack` from there and runs `node <that> <engine-address> .`. The pack
 * loads, serves `pulumirpc.Analyzer` on 127.0.0.1 and prints the port alone on stdout.
 *
 * The engine address: `run-policy-pack` drops its first argument unread (`argv._.shift()` in
 * `cmd/run-policy-pack/index.js`), and the SDK only dials an engine named by `PULUMI_NODEJS_ENGINE`,
 * which the CLI does not set for packs. Pack logging therefore goes to the pack's stdout/stderr, no
 * Engine service is needed, and {@link UNUSED_ENGINE_ADDRESS} stands in for the CLI's host address.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { AnalyzerClient } from "./analyzer-client";

/** Passed where the CLI passes its engine address; `run-policy-pack` never reads it (see above). */
export const UNUSED_ENGINE_ADDRESS = "127.0.0.1:0";

const DEFAULT_STARTUP_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
const STDERR_KEPT_CHARS = 1024 * 1024;
const STDERR_TAIL_LINES = 20;

/** Options for {@link startPolicyPack}. */
export interface StartPackOptions {
  /** How long the pack may take to print its port. Default 60 s. */
  startupTimeoutMs?: number;
  /**
   * Extra environment for the pack, on top of this process's environment (the CLI also passes its
   * own). The CLI sets `PULUMI_CONFIG`, `PULUMI_NODEJS_PROJECT`, `PULUMI_NODEJS_STACK`,
   * `PULUMI_NODEJS_DRY_RUN`, `PULUMI_NODEJS_ORGANIZATION` and the `PULUMI_*` twins of the last four.
   */
  env?: Record<string, string>;
}

/** A policy pack process that is serving the Analyzer protocol. */
export interface RunningPack {
  /** Absolute pack directory. */
  packDir: string;
  /** The port the pack printed; it serves on 127.0.0.1. */
  port: number;
  /** Process id of the pack, e.g. to read its peak memory from `/proc/<pid>/status`. */
  pid: number;
  /** Milliseconds from spawn to the port appearing on stdout. */
  startupMs: number;
  /** A client connected to the pack. */
  client: AnalyzerClient;
  /** Everything the pack wrote to stderr so far (the last megabyte of it). */
  stderr(): string;
  /** Closes the client and ends the pack process; safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * Spawns the pack in `packDir` as the CLI does and resolves once it has printed its port. Rejects with
 * one Error saying what went wrong (missing directory, missing dependencies, exit, output that is not a
 * port, timeout), followed by the tail of the pack's stderr.
 */
export async function startPolicyPack(packDir: string, opts: StartPackOptions = {}): Promise<RunningPack> {
  const dir = path.resolve(packDir);
  const runner = resolveRunPolicyPack(dir);
  const startedAt = performance.now();
  const child = spawn(process.execPath, [runner, UNUSED_ENGINE_ADDRESS, "."], {
    cwd: dir,
    env: { ...process.env, ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stderr = captureStderr(child);
  try {
    const port = await readPort(child, opts.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS);
    const startupMs = performance.now() - startedAt;
    child.stdout?.resume(); // keep draining whatever the pack prints later, so it never blocks on a full pipe
    const client = new AnalyzerClient(`127.0.0.1:${port}`);
    return { packDir: dir, port, pid: child.pid ?? -1, startupMs, client, stderr, stop: once(() => stopPack(child, client)) };
  } catch (problem) {
    await killAndWait(child);
    throw new Error(`Policy pack ${dir} failed to start: ${(problem as Error).message}${formatTail(stderr())}`);
  }
}

/** Finds `@pulumi/pulumi/cmd/run-policy-pack` the way the CLI's script does: resolved from the pack directory. */
function resolveRunPolicyPack(dir: string): string {
  if (!existsSync(dir)) {
    throw new Error(`Policy pack ${dir} failed to start: the directory does not exist.`);
  }
  if (!existsSync(path.join(dir, "PulumiPolicy.yaml"))) {
    throw new Error(`Policy pack ${dir} failed to start: it has no PulumiPolicy.yaml.`);
  }
  try {
    return createRequire(path.join(dir, "PulumiPolicy.yaml")).resolve("@pulumi/pulumi/cmd/run-policy-pack");
  } catch {
    throw new Error(
      `Policy pack ${dir} failed to start: @pulumi/pulumi/cmd/run-policy-pack cannot be resolved from it; are its dependencies installed?`,
    );
  }
}

function captureStderr(child: ChildProcess): () => string {
  let text = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    text = (text + chunk).slice(-STDERR_KEPT_CHARS);
  });
  return () => text;
}

/** Resolves with the port once the first stdout line arrives; rejects on exit, a non-port line or timeout. */
function readPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let stdout = "";
    const finish = (outcome: () => void): void => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.off("exit", onExit);
      child.off("error", onError);
      outcome();
    };
    const onData = (chunk: string): void => {
      stdout += chunk;
      const newline = stdout.indexOf("\n");
      if (newline < 0) {
        return;
      }
      const line = stdout.slice(0, newline).trim();
      const port = /^\d{1,5}$/.test(line) ? Number(line) : NaN;
      finish(() =>
        port > 0 && port < 65536
          ? resolve(port)
          : reject(new Error(`it printed ${JSON.stringify(line)} on stdout where its port was expected.`)),
      );
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void =>
      finish(() => reject(new Error(`it exited (${signal ?? `code ${code}`}) before printing its port.`)));
    const onError = (error: Error): void =>
      finish(() => reject(new Error(`it could not be spawned: ${error.message}.`)));
    const timer = setTimeout(
      () => finish(() => reject(new Error(`it did not print its port within ${timeoutMs} ms.`))),
      timeoutMs,
    );
    child.stdout?.setEncoding("utf8");
    child.stdout?.on("data", onData);
    child.once("exit", onExit);
    child.once("error", onError);
  });
}

async function stopPack(child: ChildProcess, client: AnalyzerClient): Promise<void> {
  client.close();
  await killAndWait(child);
}

/** Sends SIGTERM, then SIGKILL after a grace period, and waits for the process to be gone. */
function killAndWait(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
    child.once("exit", () => {
      clearTimeout(forceKill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** The last lines of the pack's stderr, without colour codes and stack frames. */
function formatTail(stderr: string): string {
  const lines = stderr
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .filter((line) => line.trim() !== "" && !/^\s*at /.test(line))
    .slice(-STDERR_TAIL_LINES);
  return lines.length === 0
    ? "\nThe pack wrote nothing to stderr."
    : `\nPack stderr (last lines):\n${lines.join("\n")}`;
}

function once(action: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= action());
}
