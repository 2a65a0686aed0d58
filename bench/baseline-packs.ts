/**
 * The floor every figure of the pack is compared with: a policy pack with one resource policy that reads
 * `props.location`, generated on the fly. Its cost is the Pulumi SDK's (loading @pulumi/policy, serving gRPC,
 * wrapping props) and nothing else. A JavaScript one and a TypeScript one are generated: the repository's pack is
 * TypeScript, which Pulumi loads through its vendored ts-node with type checking, so the TypeScript pack is the
 * fair baseline for it and the JavaScript one shows what ts-node itself costs.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { freshDir, REPO_ROOT, writeFiles } from "./workspace";

/** Language of a generated minimal pack. */
export type PackLanguage = "js" | "ts";

const POLICY_BODY = `
new PolicyPack("minimal", {
  policies: [
    {
      name: "no-eastus",
      description: "Resources must not be placed in eastus.",
      enforcementLevel: "mandatory",
      validateResource: (args, reportViolation) => {
        if (args.props.location === "eastus") {
          reportViolation(\`\${args.name} is in eastus.\`);
        }
      },
    },
  ],
});
`;

/**
 * Generates a minimal one-policy pack into `bench/.tmp/minimal-pack-<language>` and returns its directory. The
 * TypeScript pack gets the repository pack's own tsconfig.json, so both are compiled with the same options.
 */
export function generateMinimalPack(language: PackLanguage): string {
  const dir = freshDir(`minimal-pack-${language}`);
  const main = language === "ts" ? "index.ts" : "index.js";
  const header = language === "ts" ? `import { PolicyPack } from "@pulumi/policy";\n` : `const { PolicyPack } = require("@pulumi/policy");\n`;
  const files: Record<string, string> = {
    "PulumiPolicy.yaml": "runtime: nodejs\ndescription: Minimal one-policy pack, the benchmarks' baseline.\n",
    "package.json": JSON.stringify({ name: `minimal-pack-${language}`, version: "0.0.1", private: true, main }, null, 2),
    [main]: header + POLICY_BODY,
  };
  if (language === "ts") {
    files["tsconfig.json"] = fs.readFileSync(path.join(REPO_ROOT, "policy-pack", "tsconfig.json"), "utf8");
  }
  writeFiles(dir, files);
  return dir;
}

/**
 * The proposed fix for the pack's empty-cache start, measured rather than argued: the repository's pack compiled
 * ahead of time with `tsc` into `bench/.tmp/pack-compiled` (same sources, same tsconfig, `main: index.js`), so that
 * ts-node has nothing to type-check or compile. Returns undefined when `tsc` emitted no entry point.
 */
export function generateCompiledPack(): string | undefined {
  const dir = freshDir("pack-compiled");
  const packDir = path.join(REPO_ROOT, "policy-pack");
  const tsc = require.resolve("typescript/bin/tsc");
  // Type errors of a pack being edited do not stop the emit; the start is what is measured.
  spawnSync(process.execPath, [tsc, "-p", packDir, "--outDir", dir, "--noEmit", "false"], { cwd: REPO_ROOT, stdio: "ignore" });
  if (!fs.existsSync(path.join(dir, "index.js"))) return undefined;
  const manifest = JSON.parse(fs.readFileSync(path.join(packDir, "package.json"), "utf8")) as Record<string, unknown>;
  writeFiles(dir, {
    "PulumiPolicy.yaml": fs.readFileSync(path.join(packDir, "PulumiPolicy.yaml"), "utf8"),
    "package.json": JSON.stringify({ ...manifest, main: "index.js" }, null, 2),
  });
  return dir;
}
