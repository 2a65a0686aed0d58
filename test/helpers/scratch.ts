import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { afterAll } from "vitest";

/**
 * A new folder in the system temp dir, `db-<purpose>-XXXXXX`, removed with all it holds after the tests of the file
 * (or of the describe block it is made in). Call it while the tests are collected, not inside a test.
 */
export function scratchDir(purpose: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `db-${purpose}-`));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `content` (as JSON unless it is a string) to `name` under `dir`, making its folders, and returns its path. */
export function writeScratchFile(dir: string, name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
}
