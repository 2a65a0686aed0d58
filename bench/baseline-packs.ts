/**
 * The floor every figure of the pack is compared with: a policy pack with one resource policy that reads
 * `props.location`, generated on the fly. Its cost is the Pulumi SDK's (loading @pulumi/policy, serving gRPC,
 * wrapping props) and nothing else. A JavaScript one and a TypeScript one are generated: the repository's pack ships
 * compiled to JavaScript (`main: bin/index.js`), so the JavaScript pack is the baseline of every goal; the TypeScript
 * one, which Pulumi loads through its vendored ts-node with type checking, shows what shipping TypeScript would cost.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { freshDir, REPO_ROOT, writeFiles } from "./workspace";

/** Language of a generated minimal pack. */
export type PackLanguage = "js" | "ts";

/** The pack's body: `count` identical resource policies (`no-eastus`, or `no-eastus-1`... when there are several). */
const policyBody = (count: number) => `
new PolicyPack("minimal", {
  policies: ${JSON.stringify(Array.from({ length: count }, (_, i) => (count === 1 ? "no-eastus" : `no-eastus-${i + 1}`)))}.map((name) => ({
    name,
    description: "Resources must not be placed in eastus.",
    enforcementLevel: "mandatory",
    validateResource: (args, reportViolation) => {
      if (args.props.location === "eastus") {
        reportViolation(\`\${args.name} is in eastus.\`);
      }
    },
  })),
});
`;

/**
 * Generates a minimal pack into `bench/.tmp/minimal-pack-<language>[-<policies>]` and returns its directory: one
 * policy, or `policies` identical ones to show what the SDK spends per policy (ours has seven resource policies).
 * The TypeScript pack gets the repository pack's own tsconfig.json, so both are compiled with the same options.
 */
export function generateMinimalPack(language: PackLanguage, policies = 1): string {
  const dir = freshDir(`minimal-pack-${language}${policies > 1 ? `-${policies}` : ""}`);
  const main = language === "ts" ? "index.ts" : "index.js";
  const header = language === "ts" ? `import { PolicyPack } from "@pulumi/policy";\n` : `const { PolicyPack } = require("@pulumi/policy");\n`;
  const files: Record<string, string> = {
    "PulumiPolicy.yaml": "runtime: nodejs\ndescription: Minimal one-policy pack, the benchmarks' baseline.\n",
    "package.json": JSON.stringify({ name: `minimal-pack-${language}`, version: "0.0.1", private: true, main }, null, 2),
    [main]: header + policyBody(policies),
  };
  if (language === "ts") {
    files["tsconfig.json"] = fs.readFileSync(path.join(REPO_ROOT, "policy-pack", "tsconfig.json"), "utf8");
  }
  writeFiles(dir, files);
  return dir;
}
