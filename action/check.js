/**
 * The check step of the data-boundary composite action (action.yml). Plain Node.js without dependencies: the action
 * runs from its own checkout, which has no node_modules.
 *
 * It runs `data-boundary check` on the program with the data-boundary that the program's project installed (in an
 * earlier step), from the workspace, so that report paths are relative to the repository; renders the pull-request
 * comment (Markdown) and the SARIF from the check's JSON; and writes the step outputs. It exits 0 whatever the
 * verdict: the action's last step fails the job on exit code 1 or 2, after the comment and the upload, so the
 * reviewer always sees why. When the check could not run, the comment says so with the error, instead of keeping an
 * outdated verdict.
 *
 * Environment: INPUT_PROGRAM_DIR, INPUT_STACK, INPUT_POLICY_CONFIG, INPUT_COMMENT, INPUT_SARIF (the action's inputs),
 * DATA_BOUNDARY_OUT_DIR (where the files go), GITHUB_OUTPUT (the step outputs file).
 * Outputs: exit-code (0 no mandatory violation, 1 mandatory violations, 2 the check could not run), report (the
 * JSON), comment-file (the Markdown), sarif-file (empty when there is no verdict).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const PACKAGE = "data-boundary";

/** The first line of every report comment: REPORT_MARKER of cli/report/markdown.ts (a test keeps them equal). */
const REPORT_MARKER = "<!-- data-boundary-report -->";

const BOOLEAN_INPUTS = ["INPUT_COMMENT", "INPUT_SARIF"];

/** @param {string} file @returns {any} the parsed JSON, or undefined when the file is absent or not JSON */
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * The data-boundary CLI the program's project installed: from the program's folder upwards, a folder that is the
 * data-boundary package itself (its own repository) or holds it in node_modules.
 * @param {string} programDir absolute
 * @returns {string | undefined} the absolute path of its bin script
 */
function findCli(programDir) {
  for (let dir = programDir; ; dir = path.dirname(dir)) {
    for (const root of [dir, path.join(dir, "node_modules", PACKAGE)]) {
      const manifest = readJson(path.join(root, "package.json"));
      const bin = manifest?.name === PACKAGE ? manifest.bin?.[PACKAGE] : undefined;
      if (typeof bin === "string") return path.join(root, bin);
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * Runs the CLI; its stdout goes to the log, its stderr to the log and the result.
 * @param {string} cli @param {string[]} args @returns {{ status: number | null, stderr: string }}
 */
function runCli(cli, args) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", stdio: ["ignore", "inherit", "pipe"] });
  const stderr = result.stderr || (result.error ? `${result.error.message}\n` : "");
  process.stderr.write(stderr);
  return { status: result.status, stderr };
}

/** A file name part made of the program folder and the stack, so several uses in one job keep apart. @param {string} text */
function slug(text) {
  return text.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "") || "root";
}

/** @typedef {{ programDir: string, stack: string, policyConfig: string }} Inputs */

/** @returns {Inputs | string} the action's inputs, or a one-line problem with them */
function readInputs() {
  const env = process.env;
  for (const name of BOOLEAN_INPUTS) {
    const value = env[name] ?? "";
    if (value !== "true" && value !== "false") {
      return `The input '${name.slice("INPUT_".length).toLowerCase()}' is "${value}"; expected "true" or "false".`;
    }
  }
  if (!env.INPUT_STACK) {
    return "The input 'stack' is empty; expected the name of a stack whose Pulumi.<stack>.yaml holds its config.";
  }
  return { programDir: env.INPUT_PROGRAM_DIR || ".", stack: env.INPUT_STACK, policyConfig: env.INPUT_POLICY_CONFIG || "" };
}

/**
 * Runs the check, then renders its JSON for the log (text), the comment and code scanning.
 * @param {Inputs} inputs
 * @param {{ json: string, markdown: string, sarif: string }} files
 * @returns {{ exitCode: 0 | 1 | 2, error?: string }} the exit code, and the error when there is no verdict
 */
function check(inputs, files) {
  const cli = findCli(path.resolve(inputs.programDir));
  if (cli === undefined) {
    return {
      exitCode: 2,
      error: `${PACKAGE} is not installed for the program in ${inputs.programDir}: add it to the project (npm install ${PACKAGE}) and install the project's dependencies in a step before this action.`,
    };
  }
  const config = inputs.policyConfig ? ["--policy-config", inputs.policyConfig] : [];
  const checkArgs = ["check", inputs.programDir, "--stack", inputs.stack, ...config, "--format", "json", "--output", files.json];
  const run = runCli(cli, checkArgs);
  // Exit codes 0 and 1 are a verdict only with the report that carries it: a crash exits 1 too.
  const mandatory = readJson(files.json)?.summary?.mandatory;
  const verdict = mandatory > 0 ? 1 : 0;
  if (typeof mandatory !== "number" || run.status !== verdict) {
    return { exitCode: 2, error: run.stderr.trim() || `data-boundary check exited with ${run.status} and wrote no report.` };
  }
  for (const [format, output] of [["text"], ["markdown", files.markdown], ["sarif", files.sarif]]) {
    const render = runCli(cli, ["report", "--from-check", files.json, "--format", format, ...(output ? ["--output", output] : [])]);
    if (render.status !== verdict) {
      return { exitCode: 2, error: render.stderr.trim() || `data-boundary report --format ${format} exited with ${render.status}.` };
    }
  }
  return { exitCode: verdict };
}

/** @param {Record<string, string>} outputs */
function writeOutputs(outputs) {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) throw new Error("GITHUB_OUTPUT is not set: run this script as a step of the data-boundary action.");
  fs.appendFileSync(file, Object.entries(outputs).map(([key, value]) => `${key}=${value}\n`).join(""));
}

function main() {
  const outDir = process.env.DATA_BOUNDARY_OUT_DIR || path.join(process.env.RUNNER_TEMP || os.tmpdir(), PACKAGE);
  fs.mkdirSync(outDir, { recursive: true });
  const inputs = readInputs();
  const base = path.join(outDir, typeof inputs === "string" ? PACKAGE : `${slug(inputs.programDir)}-${slug(inputs.stack)}`);
  const files = { json: `${base}.json`, markdown: `${base}.md`, sarif: `${base}.sarif` };
  for (const file of Object.values(files)) fs.rmSync(file, { force: true });

  const outcome = typeof inputs === "string" ? { exitCode: 2, error: inputs } : check(inputs, files);
  if (outcome.error !== undefined) {
    process.stderr.write(`${outcome.error}\n`);
    const fence = "```";
    const body = [REPORT_MARKER, "## :warning: data-boundary: the check could not run", "", fence, outcome.error, fence, ""];
    fs.writeFileSync(files.markdown, body.join("\n"));
  }
  const verdict = outcome.exitCode <= 1;
  writeOutputs({
    "exit-code": String(outcome.exitCode),
    report: verdict ? files.json : "",
    "comment-file": files.markdown,
    "sarif-file": verdict ? files.sarif : "",
  });
}

main();
