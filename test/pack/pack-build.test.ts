import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensurePackBuilt } from "../../cli/pack/pack-build";
import { PACK_DIR } from "../helpers/pack";

/** Scratch packs live inside the repository, so that they resolve `typescript` from its node_modules as a real pack does. */
const SCRATCH = path.resolve(__dirname, "../.tmp");
fs.mkdirSync(SCRATCH, { recursive: true });
const scratchDirs: string[] = [];
afterAll(() => scratchDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A one-file pack compiled to `bin/` like the repository's, with `index.ts` as given. */
function compiledPack(source: string, main = "bin/index.js"): string {
  const dir = fs.mkdtempSync(path.join(SCRATCH, "compiled-pack-"));
  scratchDirs.push(dir);
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "scratch", version: "0.0.1", main }));
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, noEmitOnError: true, rootDir: ".", outDir: "bin", types: [], incremental: true, tsBuildInfoFile: "bin/.tsbuildinfo" },
      include: ["**/*.ts"],
      exclude: ["bin"],
    }),
  );
  fs.writeFileSync(path.join(dir, "index.ts"), source);
  return dir;
}

/** Sets a file's modification time `seconds` from now (negative: in the past). */
function touch(file: string, seconds: number): void {
  const when = new Date(Date.now() + seconds * 1000);
  fs.utimesSync(file, when, when);
}

describe("ensurePackBuilt: a compiled pack is never started older than its sources", () => {
  it("builds a pack whose compiled main is missing, and says so", async () => {
    const dir = compiledPack(`export const answer: number = 42;\n`);
    const progress: string[] = [];
    await ensurePackBuilt(dir, (line) => progress.push(line));
    expect(fs.readFileSync(path.join(dir, "bin/index.js"), "utf8")).toContain("exports.answer = 42");
    expect(progress).toEqual([`Building the policy pack in ${dir} (its compiled files are older than its sources)...`]);
  });

  it("leaves a current build alone and rebuilds once a source is newer than its compiled file", async () => {
    const dir = compiledPack(`export const answer: number = 42;\n`);
    await ensurePackBuilt(dir);
    const progress: string[] = [];
    await ensurePackBuilt(dir, (line) => progress.push(line));
    expect(progress).toEqual([]);

    touch(path.join(dir, "bin/index.js"), -60); // the build happened a minute ago
    fs.writeFileSync(path.join(dir, "index.ts"), `export const answer: number = 43;\n`);
    await ensurePackBuilt(dir, (line) => progress.push(line));
    expect(progress).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, "bin/index.js"), "utf8")).toContain("exports.answer = 43");
  });

  it("rebuilds a compiled file deleted since the last build, although tsc's incremental state still claims it", async () => {
    const dir = compiledPack(`export const answer: number = 42;\n`);
    await ensurePackBuilt(dir);
    fs.rmSync(path.join(dir, "bin/index.js"));
    await ensurePackBuilt(dir);
    expect(fs.readFileSync(path.join(dir, "bin/index.js"), "utf8")).toContain("exports.answer = 42");
  });

  it("builds a pack whose sources are dated in the future (clock skew) without refusing it", async () => {
    const dir = compiledPack(`export const answer: number = 42;\n`);
    touch(path.join(dir, "index.ts"), 60);
    await ensurePackBuilt(dir);
    expect(fs.readFileSync(path.join(dir, "bin/index.js"), "utf8")).toContain("exports.answer = 42");
  });

  it("names main when the build does not produce it", async () => {
    const dir = compiledPack(`export const answer: number = 42;\n`, "bin/main.js");
    await expect(ensurePackBuilt(dir)).rejects.toThrow(
      `The policy pack in ${dir} was built, but its main bin/main.js is still missing; check "main" in its package.json against "outDir" in its tsconfig.json.`,
    );
  });

  it("refuses a pack that does not compile, naming the pack and tsc's error, and emits nothing", async () => {
    const dir = compiledPack(`export const answer: number = "forty-two";\n`);
    await expect(ensurePackBuilt(dir)).rejects.toThrow(
      `The policy pack in ${dir} does not compile; fix it and run 'npm run build':\nindex.ts(1,14): error TS2322: Type 'string' is not assignable to type 'number'.`,
    );
    expect(fs.existsSync(path.join(dir, "bin/index.js"))).toBe(false);
  });

  it("starts a pack whose main is not compiled ahead of time as it is, without building", async () => {
    const dir = compiledPack(`export const answer: number = 42;\n`, "index.ts");
    await ensurePackBuilt(dir);
    expect(fs.existsSync(path.join(dir, "bin"))).toBe(false);
  });
});

describe("the repository's pack ships compiled", () => {
  it("has a built main that the tests start, newer than every source", async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(PACK_DIR, "package.json"), "utf8")) as { main: string };
    expect(manifest.main).toBe("bin/index.js");
    const progress: string[] = [];
    await ensurePackBuilt(PACK_DIR, (line) => progress.push(line));
    expect(progress).toEqual([]);
  });

  it("packs for `pulumi policy publish` (npm pack) with its compiled files and PulumiPolicy.yaml, without TypeScript sources", () => {
    const listing = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: PACK_DIR, encoding: "utf8" })) as [
      { files: { path: string }[] },
    ];
    const files = listing[0].files.map((file) => file.path);
    expect(files).toEqual(expect.arrayContaining(["package.json", "PulumiPolicy.yaml", "bin/index.js", "bin/catalog/azure-native-type-table.json", "bin/policies/service-hooks.js"]));
    expect(files.filter((file) => file.endsWith(".ts") || file.endsWith(".tsbuildinfo"))).toEqual([]);
  });
});
