/** The action that the written workflow uses: this repository's composite action (action.yml), major version 1. */
export const ACTION_REF = "data-boundary/data-boundary@v1";

/** Where the written workflow points its readers. */
const CI_DOCS = "https://github.com/data-boundary/data-boundary/blob/main/docs/ci.md";

/** What the workflow needs to know about the repository, with paths relative to its root, in POSIX form. */
export interface WorkflowSettings {
  /** The folder of Pulumi.yaml. */
  readonly programDir: string;
  /** The first stack the job checks; more are added to the matrix by hand. */
  readonly stack: string;
  /** The folder whose dependencies are installed before the check (data-boundary among them). */
  readonly installDir: string;
  /** True when installDir has a package-lock.json: `npm ci` with the npm cache, else `npm install`. */
  readonly lockfile: boolean;
}

/** A YAML double-quoted scalar (JSON's string syntax is valid YAML), so any path or name stays one value. */
const quoted = (value: string): string => JSON.stringify(value);

/**
 * The pull-request workflow `init` writes: install the project's dependencies, then the data-boundary action on each
 * stack of the matrix. The action runs the data-boundary the project installed, so the check's version is the one
 * in the project's lockfile, the same as the components the program imports.
 */
export function renderWorkflow(settings: WorkflowSettings): string {
  const lockPath = settings.installDir === "." ? "package-lock.json" : `${settings.installDir}/package-lock.json`;
  const setupNode = settings.lockfile
    ? ["        with:", "          node-version: 20", "          cache: npm", `          cache-dependency-path: ${quoted(lockPath)}`]
    : ["        with:", "          node-version: 20"];
  const install = settings.lockfile ? "npm ci" : "npm install";
  return [
    `# Written by \`data-boundary init\`: the offline data-boundary check of the Pulumi program on every pull request,`,
    `# with one sticky comment per stack, code-scanning annotations (SARIF), and a failing check on mandatory violations.`,
    `# No Pulumi CLI, cloud account or secret is needed. See ${CI_DOCS}`,
    "name: data-boundary",
    "",
    "on:",
    "  pull_request:",
    "",
    "permissions:",
    "  contents: read",
    "  pull-requests: write # the sticky comment",
    "  security-events: write # the SARIF upload",
    "",
    "jobs:",
    "  check:",
    "    runs-on: ubuntu-latest",
    "    timeout-minutes: 20",
    "    strategy:",
    "      fail-fast: false",
    "      matrix:",
    `        stack: [${quoted(settings.stack)}] # each stack needs its Pulumi.<stack>.yaml; policy-config.<stack>.json is used when present`,
    "    concurrency:",
    "      group: data-boundary-${{ github.event.pull_request.number }}-${{ matrix.stack }}",
    "      cancel-in-progress: true",
    "    steps:",
    "      - uses: actions/checkout@v4",
    "      - uses: actions/setup-node@v4",
    ...setupNode,
    `      - run: ${install}`,
    ...(settings.installDir === "." ? [] : [`        working-directory: ${quoted(settings.installDir)}`]),
    `      - uses: ${ACTION_REF}`,
    "        with:",
    `          program-dir: ${quoted(settings.programDir)}`,
    "          stack: ${{ matrix.stack }}",
    "",
  ].join("\n");
}
