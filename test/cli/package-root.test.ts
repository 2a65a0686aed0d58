/**
 * How the CLI finds its own package, whether it runs from `cli/` in a checkout or from `dist/cli/` in the installed
 * package (test/package/adopt.test.ts runs the latter for real), and the folder search it rests on.
 */
import * as fs from "fs";
import * as path from "path";
import { describe, expect, it } from "vitest";
import { findUp } from "../../cli/find-up";
import { DEFAULT_PACK_DIR } from "../../cli/pack/configured-pack";
import { findPackageRoot, PACKAGE_ROOT, PACKAGE_VERSION } from "../../cli/package-root";
import { scratchDir } from "../helpers/scratch";

const REPO_ROOT = path.resolve(__dirname, "../..");
const dir = scratchDir("package-root");

describe("the CLI's package root", () => {
  it("is this repository in a checkout, with its policy pack and version", () => {
    expect(PACKAGE_ROOT).toBe(REPO_ROOT);
    expect(DEFAULT_PACK_DIR).toBe(path.join(REPO_ROOT, "policy-pack"));
    expect(PACKAGE_VERSION).toBe(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")).version);
  });

  it("is found two levels up from dist/cli, where no package.json lies in between", () => {
    const root = path.join(dir, "node_modules", "data-boundary");
    fs.mkdirSync(path.join(root, "dist", "cli"), { recursive: true });
    fs.writeFileSync(path.join(root, "package.json"), "{}");
    expect(findPackageRoot(path.join(root, "dist", "cli"))).toBe(root);
  });
});

describe("findUp", () => {
  it("returns the start folder or the nearest parent that matches, and stops at the last folder it may search", () => {
    const nested = path.join(dir, "a", "b", "c");
    fs.mkdirSync(nested, { recursive: true });
    const isA = (folder: string) => path.basename(folder) === "a";
    expect(findUp(nested, isA)).toBe(path.join(dir, "a"));
    expect(findUp(path.join(dir, "a"), isA)).toBe(path.join(dir, "a"));
    expect(findUp(nested, isA, path.join(dir, "a", "b"))).toBeUndefined();
    expect(findUp(nested, () => false)).toBeUndefined();
  });
});
