/**
 * Every way `data-boundary check` can fail to reach a verdict gives exactly one clear line on stderr, nothing on
 * stdout and exit code 2: bad arguments, bad policy config (boundary, exemptions, levels), a missing project or stack
 * file, a program that throws or never finishes, a pack that fails to start. check.test.ts covers the missing
 * --stack, an unknown --format, an unknown policy name and an unknown preset; here each line is asserted whole.
 */
import * as fs from "fs";
import * as path from "path";
import { afterEach, describe, expect, it } from "vitest";
import { oneLine } from "../../cli/main";
import { scratchDir } from "../helpers/scratch";
import { failure } from "../helpers/cli";

const programs = path.resolve(__dirname, "../fixtures/programs");
const program = (name: string) => path.join(programs, name);
const MISBEHAVING_PACK = path.resolve(__dirname, "../fixtures/misbehaving-pack");

const scratch = scratchDir("failures");

function configFile(content: string): string {
  const dir = fs.mkdtempSync(path.join(scratch, "config-"));
  const file = path.join(dir, "policy.json");
  fs.writeFileSync(file, content);
  return file;
}

const check = (...extra: string[]) => ["check", program("all-eu"), "--stack", "dev", ...extra];

describe("bad arguments: one line, no usage dump", () => {
  it("an unknown option", async () => {
    expect(await failure(check("--bogus"))).toBe(
      `data-boundary: Unknown option '--bogus'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--bogus".`,
    );
  });

  it("an option without its value", async () => {
    expect(await failure(["check", program("all-eu"), "--stack"])).toBe("data-boundary: Option '-s, --stack <value>' argument missing.");
  });

  it("a --timeout that is not a positive number", async () => {
    expect(await failure(check("--timeout", "0"))).toBe('data-boundary: --timeout is "0"; expected a number of seconds greater than 0.');
  });

  it("two program directories", async () => {
    expect(await failure(["check", "a", "b", "--stack", "dev"])).toBe('data-boundary: Expected at most one programDir, got "a" "b".');
  });

  it("an unknown command", async () => {
    expect(await failure(["frob"])).toMatch(/^data-boundary: Unknown command "frob"; expected "check"/);
  });

  it("a missing --stack, which used to be followed by the whole usage", async () => {
    expect(await failure(["check", program("all-eu")])).toBe(
      "data-boundary: --stack is missing; expected the name of a stack whose Pulumi.<stack>.yaml holds its config, e.g. --stack dev.",
    );
  });
});

describe("bad pack config: one line naming the key and the value", () => {
  it("a config file that cannot be read", async () => {
    const file = path.join(scratch, "no-such-file.json");
    expect(await failure(check("--policy-config", file))).toBe(
      `data-boundary: --policy-config ${file} cannot be read; expected a JSON file such as {"boundary": {"preset": "ch"}}.`,
    );
  });

  it("a config file that is not JSON", async () => {
    const file = configFile('{"boundary": {');
    expect(await failure(check("--policy-config", file))).toMatch(
      new RegExp(`^data-boundary: --policy-config ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is not a JSON object \\(.+\\); expected a JSON object such as \\{"boundary": \\{"preset": "ch"\\}\\}\\.$`),
    );
  });

  it("a custom boundary with a region the catalogue does not know", async () => {
    const file = configFile(JSON.stringify({ boundary: { preset: "custom", regions: ["northeu"] } }));
    expect(await failure(check("--policy-config", file))).toBe(
      'data-boundary: boundary.regions contains "northeu", which is not an available Azure region in the catalogue; use programmatic region names such as "westeurope" or "switzerlandnorth".',
    );
  });

  it("a boundary setting that does not exist", async () => {
    const file = configFile(JSON.stringify({ boundary: { preset: "eudb", colour: "blue" } }));
    expect(await failure(check("--policy-config", file))).toMatch(/^data-boundary: boundary\.colour is not a setting; expected only preset, regions/);
  });

  it("a bad exemption", async () => {
    const exemption = { policy: "location-in-boundary", resource: "x", reason: "a reviewed reason that is long enough", expires: "2030-01-01", ticket: "T-1" };
    const file = configFile(JSON.stringify({ boundary: { exemptions: [exemption] } }));
    expect(await failure(check("--policy-config", file))).toMatch(/^data-boundary: boundary\.exemptions\[0\]\.resource is "x"; expected /);
  });

  it("an enforcement level that does not exist", async () => {
    const file = configFile(JSON.stringify({ all: "loud" }));
    expect(await failure(check("--policy-config", file))).toBe('data-boundary: Policy config all is "loud"; expected one of advisory, mandatory, remediate, disabled.');
  });
});

describe("missing project files: one line naming the file expected", () => {
  it("a stack without its Pulumi.<stack>.yaml", async () => {
    expect(await failure(["check", program("all-eu"), "--stack", "prod"])).toBe(
      `data-boundary: No configuration for stack 'prod': expected ${program("all-eu")}/Pulumi.prod.yaml (the stack's Pulumi.prod.yaml).`,
    );
  });

  it("a directory without a Pulumi project", async () => {
    const dir = fs.mkdtempSync(path.join(scratch, "empty-"));
    expect(await failure(["check", dir, "--stack", "dev"])).toBe(
      `data-boundary: No Pulumi project found: expected ${dir}/Pulumi.yaml (a Pulumi.yaml with 'name' and 'runtime').`,
    );
  });
});

describe("a program that fails: one line with the program's own error, no stack trace", () => {
  it("a program that throws", async () => {
    expect(await failure(["check", program("throws"), "--stack", "dev"])).toBe(
      `data-boundary: The Pulumi program in ${program("throws")} (stack 'dev') failed: Error: boom: missing setting`,
    );
  });

  it("a program that prints JSON on stderr and exits, whose line used to end in 'failed (exit code 1): }'", async () => {
    expect(await failure(["check", program("prints-json"), "--stack", "dev"])).toBe(
      `data-boundary: The Pulumi program in ${program("prints-json")} (stack 'dev') failed (exit code 1): ` +
        `{ "error": { "code": "InvalidSetting", "message": "tier must be 1 or 3" } }`,
    );
  });

  it("a program whose error message spans several lines, which used to be cut after its first", async () => {
    expect(await failure(["check", program("throws-multiline"), "--stack", "dev"])).toBe(
      `data-boundary: The Pulumi program in ${program("throws-multiline")} (stack 'dev') failed: ` +
        `Error: Stack settings rejected: { "tier": 2, "allowed": [ 1, 3 ] }`,
    );
  });

  it("a program that never finishes, stopped by --timeout", async () => {
    expect(await failure(["check", program("never-finishes"), "--stack", "dev", "--timeout", "1"])).toBe(
      `data-boundary: The Pulumi program in ${program("never-finishes")} (stack 'dev') did not finish within 1 s and was stopped. It reported no error message.`,
    );
  });
});

describe("a pack that fails to start: one line with the pack's own error", () => {
  const saved = process.env.MISBEHAVIOUR;
  afterEach(() => {
    if (saved === undefined) delete process.env.MISBEHAVIOUR;
    else process.env.MISBEHAVIOUR = saved;
  });

  it("a --policy-pack directory that does not exist", async () => {
    const dir = path.join(scratch, "no-such-pack");
    expect(await failure(check("--policy-pack", dir))).toBe(`data-boundary: Policy pack ${dir} failed to start: the directory does not exist.`);
  });

  it("a pack that throws while loading", async () => {
    process.env.MISBEHAVIOUR = "throw";
    expect(await failure(check("--policy-pack", MISBEHAVING_PACK))).toBe(
      `data-boundary: Policy pack ${MISBEHAVING_PACK} failed to start: it exited (code 32) before printing its port. Error: policy pack exploded while loading`,
    );
  });

  it("a pack that prints something else than its port", async () => {
    process.env.MISBEHAVIOUR = "chatter";
    expect(await failure(check("--policy-pack", MISBEHAVING_PACK))).toBe(
      `data-boundary: Policy pack ${MISBEHAVING_PACK} failed to start: it printed "hello from a pack that never serves" on stdout where its port was expected. The pack wrote nothing to stderr.`,
    );
  });
});

describe("oneLine keeps the headline and a readable cause", () => {
  const headline = "The Pulumi program in /p (stack 'dev') failed:";

  it("keeps a message without details as it is", () => {
    expect(oneLine("--stack is missing.")).toBe("--stack is missing.");
  });

  it("takes the error's message, not the stack frames nor the properties Node prints after them", () => {
    const details = [
      "Running program '/p/index.ts' failed with an unhandled exception:",
      "Error: boom",
      "    at Object.<anonymous> (/p/index.ts:4:7)",
      "    at Module._compile (node:internal/modules/cjs/loader:1521:14) {",
      "  code: 'E_BOOM'",
      "}",
    ];
    expect(oneLine([headline, ...details].join("\n"))).toBe(`${headline} Error: boom`);
  });

  it("takes the first error when the program logged one and printed another on stderr", () => {
    const details = ["TypeError: x is not a function", "    at f (/p/index.ts:1:1)", "", "Error: later"];
    expect(oneLine([headline, ...details].join("\n"))).toBe(`${headline} TypeError: x is not a function`);
  });

  it("takes the last line of output without any error, when it is text", () => {
    const details = ["resolving settings", "settings file missing"];
    expect(oneLine([headline, ...details].join("\n"))).toBe(`${headline} settings file missing`);
  });

  it("takes the whole paragraph of output without any error, when its last line closes JSON", () => {
    expect(oneLine([headline, "starting", "", "[", '  "eastus"', "]"].join("\n"))).toBe(`${headline} [ "eastus" ]`);
  });

  it("cuts a cause longer than 300 characters", () => {
    const line = oneLine(`${headline}\nError: ${"x".repeat(400)}`);
    expect(line).toBe(`${headline} Error: ${"x".repeat(292)}…`);
  });
});
