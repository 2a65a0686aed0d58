/**
 * Scratch space of the benchmarks: `bench/.tmp/` inside the repository (gitignored), so that generated packs and
 * programs resolve `@pulumi/policy`, `@pulumi/pulumi` and `@pulumi/azure-native` from the repository's
 * node_modules, exactly as the real pack and stacks do.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** The repository root. */
export const REPO_ROOT = path.resolve(__dirname, "..");

/** The benchmarks' scratch root, `bench/.tmp`. */
export const TMP_ROOT = path.join(__dirname, ".tmp");

/** A fresh, empty directory `bench/.tmp/<name>` (an older one of the same name is removed first). */
export function freshDir(name: string): string {
  const dir = path.join(TMP_ROOT, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** `bench/.tmp/<name>`, created if missing and kept as it is otherwise. */
export function ensureDir(name: string): string {
  const dir = path.join(TMP_ROOT, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes `files` (relative path to content) under `dir`, creating folders as needed. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}
