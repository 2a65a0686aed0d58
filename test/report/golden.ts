import * as fs from "fs";
import * as path from "path";
import { expect } from "vitest";

/** Golden files live here; they change only when a run sets UPDATE_GOLDEN=1 (docs/reports.md, "Tests"). */
export const GOLDEN_DIR = path.join(__dirname, "golden");

/** Compares with the golden file, or rewrites it when UPDATE_GOLDEN=1. A missing file fails, never passes. */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === "1") {
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file))
    throw new Error(
      `Golden file ${path.relative(process.cwd(), file)} is missing; create it with UPDATE_GOLDEN=1 npx vitest run test/report and review it.`,
    );
  expect(actual).toBe(fs.readFileSync(file, "utf8"));
}
