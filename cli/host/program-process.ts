import { spawn } from "node:child_process";

/** How the program process ended. */
export interface ProgramExit {
  /** Exit code, or null when the process was killed or could not start. */
  exitCode: number | null;
  /** Everything the program wrote to stdout. */
  stdout: string;
  /** Everything the program wrote to stderr. */
  stderr: string;
  /** True when the process was killed because it ran longer than allowed. */
  timedOut: boolean;
  /** Set when the process could not be started at all. */
  startError?: Error;
}

/** How to start the program process. */
export interface ProgramProcessOptions {
  /** Arguments after the Node.js executable. */
  args: string[];
  /** Working directory. */
  cwd: string;
  /** Complete environment. */
  env: NodeJS.ProcessEnv;
  /** Milliseconds after which the process group is killed. */
  timeoutMs: number;
}

/** Grace period for the streams to close after the process group was killed. */
const CLOSE_GRACE_MS = 5_000;

/**
 * Runs `node <args>` in its own process group and collects its output. On timeout the whole group is
 * killed (SIGKILL), so a program that never settles cannot keep the check waiting; the group is also
 * killed when the program exits (leftover background processes) and if the host process exits first.
 */
export function runProgramProcess(options: ProgramProcessOptions): Promise<ProgramExit> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, options.args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    let settled = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));

    const killGroup = (): void => {
      try {
        if (child.pid !== undefined) {
          process.kill(-child.pid, "SIGKILL");
        }
      } catch {
        // The group is already gone.
      }
    };
    const finish = (exit: Omit<ProgramExit, "stdout" | "stderr" | "timedOut">): void => {
      if (settled) {
        return;
      }
      settled = true;
      clearTimeout(timer);
      process.removeListener("exit", killGroup);
      resolve({ ...exit, stdout, stderr, timedOut });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
      setTimeout(() => finish({ exitCode: null }), CLOSE_GRACE_MS).unref();
    }, options.timeoutMs);
    process.once("exit", killGroup);

    child.on("error", (error) => finish({ exitCode: null, startError: error }));
    child.on("exit", (code) => {
      killGroup();
      setTimeout(() => finish({ exitCode: code }), CLOSE_GRACE_MS).unref();
    });
    child.on("close", (code) => finish({ exitCode: code }));
  });
}
