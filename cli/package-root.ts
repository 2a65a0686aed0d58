import * as fs from "node:fs";
import * as path from "node:path";
import { findUp } from "./find-up";

/**
 * The nearest folder at or above `start` that holds a package.json. The CLI runs from its sources in a checkout
 * (`cli/`, one level below the package root) and compiled in the installed package (`dist/cli/`, two levels below,
 * and `dist/` has no package.json), so the package root is found, never assumed at a fixed depth.
 * @throws Error when no folder up to the file system root has a package.json.
 */
export function findPackageRoot(start: string): string {
  const root = findUp(start, (dir) => fs.existsSync(path.join(dir, "package.json")));
  if (root === undefined) throw new Error(`No package.json found at or above ${start}.`);
  return root;
}

/** The root of the data-boundary package this CLI belongs to: the repository, or node_modules/data-boundary. */
export const PACKAGE_ROOT = findPackageRoot(__dirname);

/** The version in the package's package.json, reported as the tool's version. */
export const PACKAGE_VERSION: string = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")).version;
