/**
 * Reviews `policy-pack/catalog/classic-parents.ts` against a classic `@pulumi/azure` SDK.
 *
 * Usage: `npx tsx scripts/classic-parent-candidates.ts [<sdk dir>]` (default: the installed 5.89.2,
 * `node_modules/pulumi-azure-classic`; for 6.x: `npm pack @pulumi/azure@6` and pass the unpacked `package` folder).
 * Prints the candidates (types whose Args have no `location` and an input ending in `Id` or `Name` that may name a
 * parent) that the table does not list, for review, and exits 1 when a row names a type or an input the SDK does not
 * have (or has one the row says only the other major version has).
 *
 * What is read: every `.js` with `__pulumiType = 'azure:<module>/<file>:<Type>'` and, in its sibling `.d.ts`, the
 * top-level members of `<Type>Args` (a regular expression over the generated declarations, which have one member per
 * line at four spaces).
 */
import * as fs from "fs";
import * as path from "path";
import { CLASSIC_CHILD_TYPES, ClassicSdkMajor } from "../policy-pack/catalog/classic-parents";
import { parseTypeToken } from "../policy-pack/engine/tokens";

/** The top-level inputs of every classic resource type of the SDK in `dir`, by classic type key. */
export function readClassicArgs(dir: string): Map<string, Set<string>> {
  const types = new Map<string, Set<string>>();
  for (const module of fs.readdirSync(dir)) {
    const folder = path.join(dir, module);
    if (!fs.statSync(folder).isDirectory() || module === "types" || module === "config") continue;
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith(".js"))) {
      const token = /__pulumiType = '([^']+)'/.exec(fs.readFileSync(path.join(folder, file), "utf8"))?.[1];
      const key = token && parseTypeToken(token)?.key;
      if (!key) continue;
      const declarations = fs.readFileSync(path.join(folder, file.replace(/\.js$/, ".d.ts")), "utf8");
      const args = /export interface \w+Args \{([\s\S]*?)\n\}/.exec(declarations)?.[1];
      if (args) types.set(key, new Set([...args.matchAll(/^ {4}(\w+)\??: /gm)].map((m) => m[1])));
    }
  }
  return types;
}

/** What is wrong with the table for an SDK of major version `major`: one line per row or input that does not fit. */
export function tableProblems(args: ReadonlyMap<string, ReadonlySet<string>>, major: ClassicSdkMajor): string[] {
  const problems: string[] = [];
  const expected = (only: ClassicSdkMajor | undefined) => only === undefined || only === major;
  for (const row of CLASSIC_CHILD_TYPES.values()) {
    const inputs = args.get(row.type);
    if (inputs === undefined) {
      if (expected(row.only)) problems.push(`${row.type}: not a type of the ${major} SDK`);
      continue;
    }
    if (!expected(row.only)) problems.push(`${row.type}: marked ${row.only} only, but the ${major} SDK has it`);
    if (inputs.has("location")) problems.push(`${row.type}: has a location input of its own`);
    for (const { input, only } of row.inputs) {
      if (expected(only) && !inputs.has(input)) problems.push(`${row.type}.${input}: not an input in the ${major} SDK`);
      if (!expected(only) && inputs.has(input)) problems.push(`${row.type}.${input}: marked ${only} only, but the ${major} SDK has it`);
    }
  }
  return problems;
}

/** Types without a location that have an input that may name a parent and that the table does not list. */
function unlisted(args: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return [...args]
    .filter(([type, inputs]) => !inputs.has("location") && !CLASSIC_CHILD_TYPES.has(type))
    .map(([type, inputs]) => [type, [...inputs].filter((i) => /(Id|Name)$/.test(i) && i !== "resourceGroupName")] as const)
    .filter(([, parents]) => parents.length > 0)
    .map(([type, parents]) => `${type}: ${parents.join(", ")}`)
    .sort();
}

function main(argv: string[]): number {
  const dir = argv[0] ?? path.join(__dirname, "..", "node_modules", "pulumi-azure-classic");
  const version: string = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).version;
  const args = readClassicArgs(dir);
  console.log(`# @pulumi/azure ${version}: candidates the table does not list (review them)`);
  for (const line of unlisted(args)) console.log(line);
  const problems = tableProblems(args, version.startsWith("5.") ? "5.x" : "6.x");
  for (const problem of problems) console.error(problem);
  return problems.length > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
