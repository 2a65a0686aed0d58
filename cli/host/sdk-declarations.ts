import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";

/** An installed Pulumi SDK that declares the results of its functions (data sources). */
export interface FunctionResultReader {
  /** Top-level result names of a function token, or undefined when this SDK does not declare the function. */
  functionResults(functionToken: string): string[] | undefined;
}

/**
 * The folder of `@pulumi/<name>` as the program in `programDir` would load it (a symlinked or aliased copy resolves
 * to its real folder), or undefined when it is not installed there.
 */
export function installedPackageRoot(programDir: string, name: string): string | undefined {
  try {
    return path.dirname(createRequire(path.join(programDir, "index.js")).resolve(`@pulumi/${name}/package.json`));
  } catch {
    return undefined;
  }
}

/** The result interface a generated SDK declares for a function: `getClientConfig` has `GetClientConfigResult`. */
export function resultInterfaceName(functionName: string): string {
  return `${functionName[0].toUpperCase()}${functionName.slice(1)}Result`;
}

/**
 * The top-level members of `export interface <interfaceName> {` in a generated `.d.ts` file (four-space indented
 * `name:`, `name?:` or `readonly name:` lines), or undefined when the file or the interface does not exist.
 */
export function interfaceMembersIn(declarationFile: string, interfaceName: string): string[] | undefined {
  let declarations: string;
  try {
    declarations = fs.readFileSync(declarationFile, "utf8");
  } catch {
    return undefined;
  }
  const start = declarations.indexOf(`export interface ${interfaceName} {`);
  if (start < 0) {
    return undefined;
  }
  const body = declarations.slice(start, declarations.indexOf("\n}", start));
  return [...body.matchAll(/^ {4}(?:readonly )?([A-Za-z_$][\w$]*)\??:/gm)].map((match) => match[1]);
}
