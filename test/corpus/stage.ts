/**
 * Stages a corpus program for the offline check: a copy in a scratch folder whose `node_modules/@pulumi/<pkg>`
 * symlinks point at the SDK copies the repository installs under npm aliases (root devDependencies), chosen by the
 * major version the program's own package.json pins, with the repository's single `@pulumi/pulumi`.
 */
import * as fs from "fs";
import * as path from "path";

const REPO_NODE_MODULES = path.resolve(__dirname, "../../node_modules");

/** The corpus programs, one folder each. */
export const CORPUS_DIR = path.resolve(__dirname, "../fixtures/corpus");

/**
 * The installed copy of each SDK major a corpus program may pin, by `<package>@<major>`: a folder of the repository's
 * node_modules (an npm alias from package.json devDependencies, or the package itself).
 */
export const INSTALLED_SDKS: Readonly<Record<string, string>> = {
  "@pulumi/pulumi@3": "@pulumi/pulumi",
  "@pulumi/azure-native@2": "azure-native-v2",
  "@pulumi/azure-native@3": "@pulumi/azure-native",
  "@pulumi/azure@5": "pulumi-azure-classic",
  "@pulumi/azuread@5": "pulumi-azuread",
  "@pulumi/random@4": "pulumi-random",
};

/** A textual change applied to the staged copy only, e.g. a v2 module renamed in v3. */
export interface Adaptation {
  readonly file: string;
  readonly from: string;
  readonly to: string;
}

/** How to stage one run of a program. */
export interface StageOptions {
  /** Majors that replace the pinned ones for this run, e.g. `{ "@pulumi/azure-native": 3 }`. */
  readonly majors?: Readonly<Record<string, number>>;
  /** Changes made to the staged copy, each of which must apply. */
  readonly adaptations?: readonly Adaptation[];
}

/** The major version a package.json range pins: `2.92.0`, `^2.0.0` and `~2.1` all pin 2. */
export function pinnedMajor(range: string): number {
  const major = /^[\^~]?(\d+)\./.exec(range.trim());
  if (major === null) throw new Error(`Cannot read a major version from the pin "${range}"; expected e.g. 2.92.0 or ^2.0.0.`);
  return Number(major[1]);
}

/**
 * Copies `test/fixtures/corpus/<program>` to `<scratch>/<runName>` and links each `@pulumi/*` dependency of its
 * package.json to the installed copy of the pinned (or overridden) major.
 * @returns the staged program folder.
 * @throws Error naming the package and major when no installed copy matches, or an adaptation that does not apply.
 */
export function stageProgram(program: string, scratch: string, runName: string, options: StageOptions = {}): string {
  const dir = path.join(scratch, runName);
  fs.cpSync(path.join(CORPUS_DIR, program), dir, { recursive: true });
  for (const change of options.adaptations ?? []) {
    const file = path.join(dir, change.file);
    const source = fs.readFileSync(file, "utf8");
    if (!source.includes(change.from)) throw new Error(`Adaptation of ${program}/${change.file} does not apply: "${change.from}" is not in it.`);
    fs.writeFileSync(file, source.split(change.from).join(change.to));
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  for (const [pkg, range] of Object.entries<string>(manifest.dependencies ?? {})) {
    if (pkg.startsWith("@pulumi/")) linkInstalledSdk(dir, pkg, options.majors?.[pkg] ?? pinnedMajor(range));
  }
  return dir;
}

/**
 * Makes `<dir>/node_modules/<pkg>` a symlink to the installed copy of that major.
 * @throws Error naming the package and major when the repository installs no such copy.
 */
export function linkInstalledSdk(dir: string, pkg: string, major: number): void {
  const installed = INSTALLED_SDKS[`${pkg}@${major}`];
  if (installed === undefined) throw new Error(`${pkg} ${major}.x is not installed for the corpus; see INSTALLED_SDKS.`);
  const link = path.join(dir, "node_modules", pkg);
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync(path.join(REPO_NODE_MODULES, installed), link, "dir");
}
