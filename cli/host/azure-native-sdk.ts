import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";

/** The package whose provider behaviour the host emulates. */
export const AZURE_NATIVE = "azure-native";

/**
 * Reads type information from the `@pulumi/azure-native` package the program itself resolves, so the
 * emulation follows the SDK version the program runs with. A type token `azure-native:<module>:<Member>`
 * is found through `<module>/index.js` (its `lazyLoad(exports, ["Member"], () => require("./file"))`
 * lines), then the members of its `<Member>Args` (resource inputs) or `<Member>Result` (function
 * results) interface are read from `<module>/<file>.d.ts`. Only top-level members are listed.
 */
export class AzureNativeSdk {
  private readonly moduleFiles = new Map<string, Map<string, string>>();
  private readonly members = new Map<string, string[] | undefined>();

  private constructor(private readonly root: string) {}

  /** The SDK the program in `programDir` would load, or undefined when it is not installed there. */
  static locate(programDir: string): AzureNativeSdk | undefined {
    try {
      const manifest = createRequire(path.join(programDir, "index.js")).resolve(`@pulumi/${AZURE_NATIVE}/package.json`);
      return new AzureNativeSdk(path.dirname(manifest));
    } catch {
      return undefined;
    }
  }

  /** Top-level input names of a resource type, or undefined when the type is not in the SDK. */
  resourceInputs(typeToken: string): string[] | undefined {
    return this.interfaceMembers(typeToken, (member) => `${member}Args`);
  }

  /** Top-level result names of a function, or undefined when the function is not in the SDK. */
  functionResults(functionToken: string): string[] | undefined {
    return this.interfaceMembers(functionToken, (member) => `${member[0].toUpperCase()}${member.slice(1)}Result`);
  }

  private interfaceMembers(token: string, interfaceName: (member: string) => string): string[] | undefined {
    const cacheKey = `${token}|${interfaceName("x")}`;
    if (!this.members.has(cacheKey)) {
      this.members.set(cacheKey, this.readInterfaceMembers(token, interfaceName));
    }
    return this.members.get(cacheKey);
  }

  private readInterfaceMembers(token: string, interfaceName: (member: string) => string): string[] | undefined {
    const [pkg, module, member] = token.split(":");
    if (pkg !== AZURE_NATIVE || module === undefined || member === undefined) {
      return undefined;
    }
    const file = this.filesOfModule(module).get(member);
    if (file === undefined) {
      return undefined;
    }
    const declarations = readIfExists(path.join(this.root, module, `${file}.d.ts`)) ?? "";
    const start = declarations.indexOf(`export interface ${interfaceName(member)} {`);
    if (start < 0) {
      return undefined;
    }
    const body = declarations.slice(start, declarations.indexOf("\n}", start));
    return [...body.matchAll(/^ {4}(?:readonly )?([A-Za-z_$][\w$]*)\??:/gm)].map((match) => match[1]);
  }

  private filesOfModule(module: string): Map<string, string> {
    let files = this.moduleFiles.get(module);
    if (files === undefined) {
      files = new Map();
      const index = readIfExists(path.join(this.root, module, "index.js")) ?? "";
      for (const match of index.matchAll(/lazyLoad\(exports, \[([^\]]*)\], \(\) => require\("\.\/([^"]+)"\)\)/g)) {
        for (const name of match[1].split(",")) {
          files.set(name.trim().replace(/^"|"$/g, ""), match[2]);
        }
      }
      this.moduleFiles.set(module, files);
    }
    return files;
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
