/**
 * Builds the JavaScript that the published `data-boundary` package ships in `dist/`: the components, the CLI and the
 * pack sources they import (catalogue, engine, settings), compiled by `tsconfig.build.json` with their `.d.ts`.
 *
 * `dist/` is removed first, so that no output of a deleted or renamed source is ever packed. Plain JavaScript files
 * that the compiled code loads at run time (such as the program preload `cli/host/promise-stacks.cjs`) are not
 * emitted by tsc; they are copied beside their compiled neighbours.
 *
 * Usage: `npx tsx scripts/build-package.ts` (run by `npm run build`, so by `npm ci` and `npm pack`).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const REPO_ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(REPO_ROOT, "dist");

const BUILD_CONFIG = path.join(REPO_ROOT, "tsconfig.build.json");

/** Extensions of the run-time files that tsc does not emit. */
const COPIED_EXTENSIONS = [".cjs"];

/** Folders never copied from: the bin script runs uncompiled, next to the sources it chooses between. */
const SKIPPED_FOLDERS = new Set(["node_modules", "bin"]);

/** Every file under `dir` with one of {@link COPIED_EXTENSIONS}, outside {@link SKIPPED_FOLDERS}. */
function* runtimeFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) yield* runtimeFiles(full);
    } else if (COPIED_EXTENSIONS.includes(path.extname(entry.name))) {
      yield full;
    }
  }
}

/** The top folders that tsconfig.build.json compiles (the first segment of each "include" pattern): the one list of what ships. */
function sourceFolders(): string[] {
  const include: string[] = JSON.parse(fs.readFileSync(BUILD_CONFIG, "utf8")).include;
  return [...new Set(include.map((pattern) => pattern.split("/")[0]))];
}

function main(): number {
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  const tsc = require.resolve("typescript/bin/tsc");
  const build = spawnSync(process.execPath, [tsc, "-p", BUILD_CONFIG], {
    cwd: REPO_ROOT,
    stdio: "inherit",
  });
  if (build.status !== 0) {
    process.stderr.write(`build-package: tsc -p tsconfig.build.json failed (exit ${build.status}); dist/ was not built.\n`);
    return 1;
  }
  for (const folder of sourceFolders()) {
    for (const file of runtimeFiles(path.join(REPO_ROOT, folder))) {
      const target = path.join(OUT_DIR, path.relative(REPO_ROOT, file));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(file, target);
    }
  }
  return 0;
}

process.exitCode = main();
