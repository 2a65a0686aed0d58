import * as fs from "node:fs";
import * as path from "node:path";
import {
  installedPackageRoot,
  interfaceMembersIn,
  resultInterfaceName,
  type FunctionResultReader,
} from "./sdk-declarations";

/** The package whose provider behaviour the host emulates. */
export const AZURE_NATIVE = "azure-native";

/**
 * Reads type information from the `@pulumi/azure-native` package the program itself resolves, so the
 * emulation follows the SDK version the program runs with. A type token `azure-native:<module>:<Member>`
 * is found through `<module>/index.js` (its `lazyLoad(exports, ["Member"], () => require("./file"))`
 * lines), then the members of its `<Member>Args` (resource inputs) or `<Member>Result` (function
 * results) interface are read from `<module>/<file>.d.ts`. Only top-level members are listed. The 2.x and
 * 3.x layouts are the same; 2.x also ships explicit API versions as modules (`storage/v20230101`), which
 * tokens such as `azure-native:storage/v20230101:StorageAccount` name as their module.
 */
export class AzureNativeSdk implements FunctionResultReader {
  private readonly moduleFiles = new Map<string, Map<string, string>>();
  private readonly members = new Map<string, string[] | undefined>();

  private constructor(private readonly root: string) {}

  /** The SDK the program in `programDir` would load, or undefined when it is not installed there. */
  static locate(programDir: string): AzureNativeSdk | undefined {
    const root = installedPackageRoot(programDir, AZURE_NATIVE);
    return root === undefined ? undefined : new AzureNativeSdk(root);
  }

  /** Top-level input names of a resource type, or undefined when the type is not in the SDK. */
  resourceInputs(typeToken: string): string[] | undefined {
    return this.interfaceMembers(typeToken, (member) => `${member}Args`);
  }

  /** Top-level result names of a function, or undefined when the function is not in the SDK. */
  functionResults(functionToken: string): string[] | undefined {
    return this.interfaceMembers(functionToken, resultInterfaceName);
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
    if (pkg !== AZURE_NATIVE || module === undefined || member === undefined || !/^[\w/]+$/.test(module)) {
      return undefined;
    }
    const file = this.filesOfModule(module).get(member);
    return file === undefined
      ? undefined
      : interfaceMembersIn(path.join(this.root, module, `${file}.d.ts`), interfaceName(member));
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
