/**
 * Keeps a compiled policy pack in step with its TypeScript sources before it is started.
 *
 * The repository's pack ships compiled (`main: bin/index.js`, built by `npm run build`, which `npm ci` runs through
 * the root `prepare` script): Pulumi loads a TypeScript `main` through its vendored ts-node with type checking, which
 * more than doubled the pack's cold start (see BENCHMARKS.md). A compiled pack can go stale when its sources are
 * edited and not rebuilt; the offline check must never judge with an older pack than the one in the working tree, so
 * it calls {@link ensurePackBuilt} first, which rebuilds with the pack's own `tsc` when any source is newer than its
 * compiled file. Packs whose `main` is not inside the `outDir` of their tsconfig.json (a plain JavaScript pack, or a
 * TypeScript `main` that Pulumi compiles itself) are started as they are.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";

/** How a pack is laid out for compilation, read from its package.json and tsconfig.json. */
interface CompiledLayout {
  readonly main: string;
  readonly rootDir: string;
  readonly outDir: string;
  /** tsc's incremental state (`tsBuildInfoFile`), when the tsconfig names one. */
  readonly buildInfo?: string;
}

/** The lines of `tsc` output kept in an error message. */
const TSC_OUTPUT_LINES = 30;

/**
 * Rebuilds the pack in `packDir` when its compiled `main` is missing or older than a source, and says so through
 * `onProgress`. Resolves at once when the build is current or the pack is not compiled ahead of time.
 * @throws Error naming the pack and showing `tsc`'s output when the pack does not compile, naming what to install
 *   when `typescript` cannot be resolved from the pack, or naming `main` when the build did not produce it.
 */
export async function ensurePackBuilt(packDir: string, onProgress?: (line: string) => void): Promise<void> {
  const layout = compiledLayout(packDir);
  if (!layout || !isStale(layout)) return;
  onProgress?.(`Building the policy pack in ${packDir} (its compiled files are older than its sources)...`);
  await runTsc(packDir);
  if (isStale(layout)) {
    // tsc's incremental state can claim outputs that were deleted since, and then emits nothing: build afresh once.
    if (layout.buildInfo) fs.rmSync(layout.buildInfo, { force: true });
    await runTsc(packDir);
  }
  if (!fs.existsSync(layout.main)) {
    throw new Error(
      `The policy pack in ${packDir} was built, but its main ${path.relative(packDir, layout.main)} is still missing; check "main" in its package.json against "outDir" in its tsconfig.json.`,
    );
  }
}

/** The layout of a pack whose `main` lies in its tsconfig's `outDir`, or undefined for any other pack. */
function compiledLayout(packDir: string): CompiledLayout | undefined {
  const manifest = readJson(path.join(packDir, "package.json"));
  const tsconfig = readJson(path.join(packDir, "tsconfig.json"));
  const options = tsconfig?.compilerOptions as Record<string, unknown> | undefined;
  if (typeof manifest?.main !== "string" || typeof options?.outDir !== "string") return undefined;
  const main = path.resolve(packDir, manifest.main);
  const outDir = path.resolve(packDir, options.outDir);
  if (!main.startsWith(outDir + path.sep)) return undefined;
  const rootDir = path.resolve(packDir, typeof options.rootDir === "string" ? options.rootDir : ".");
  const buildInfo = typeof options.tsBuildInfoFile === "string" ? path.resolve(packDir, options.tsBuildInfoFile) : undefined;
  return { main, rootDir, outDir, buildInfo };
}

/** Parsed JSON, or undefined when the file is absent or not plain JSON (a tsconfig with comments is left alone). */
function readJson(file: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
    return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when `main` is missing, or a `.ts` source (not `.d.ts`) has no compiled `.js` newer than itself, or a JSON file
 * that the build copied is newer than its copy. `tsc` rewrites the output of every source it recompiles, so comparing
 * each source with its own output is exact.
 */
function isStale(layout: CompiledLayout): boolean {
  if (!fs.existsSync(layout.main)) return true;
  for (const source of sourceFiles(layout.rootDir, layout.outDir)) {
    const relative = path.relative(layout.rootDir, source);
    const isJson = source.endsWith(".json");
    const output = path.join(layout.outDir, isJson ? relative : relative.replace(/\.ts$/, ".js"));
    const outputTime = modifiedMs(output);
    if (outputTime === undefined ? !isJson : outputTime < (modifiedMs(source) ?? 0)) return true;
  }
  return false;
}

/** Every `.ts` (not `.d.ts`) and `.json` file under `dir`, outside node_modules and the output folder. */
function* sourceFiles(dir: string, outDir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && full !== outDir) yield* sourceFiles(full, outDir);
    } else if ((entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) || entry.name.endsWith(".json")) {
      yield full;
    }
  }
}

function modifiedMs(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Runs the `tsc` that the pack itself resolves, as `npm run build` does. */
function runTsc(packDir: string): Promise<void> {
  let tsc: string;
  try {
    tsc = createRequire(path.join(packDir, "package.json")).resolve("typescript/bin/tsc");
  } catch {
    return Promise.reject(
      new Error(`The policy pack in ${packDir} needs a build, but typescript cannot be resolved from it; run 'npm install' in it.`),
    );
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, "-p", packDir], { cwd: packDir, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => (output += chunk.toString("utf8"));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => reject(new Error(`The policy pack in ${packDir} could not be built: ${error.message}.`)));
    child.on("close", (code) => {
      if (code === 0) return resolve();
      const lines = output.trim().split("\n").slice(0, TSC_OUTPUT_LINES).join("\n") || `tsc exited with code ${code} and printed nothing.`;
      reject(new Error(`The policy pack in ${packDir} does not compile; fix it and run 'npm run build':\n${lines}`));
    });
  });
}
