import * as path from "node:path";
import { GeneratedSdk, installedPackageRoot, readIfExists, type Declaration } from "./sdk-declarations";

/** The package whose provider behaviour the host emulates. */
export const AZURE_NATIVE = "azure-native";

/**
 * Reads type information from the `@pulumi/azure-native` package the program itself resolves, so the
 * emulation follows the SDK version the program runs with. A type token `azure-native:<module>:<Member>`
 * is found through `<module>/index.js` (its `lazyLoad(exports, ["Member"], () => require("./file"))`
 * lines), then its `<Member>Args` or `<Member>Result` interface is read from `<module>/<file>.d.ts`. The 2.x and
 * 3.x layouts are the same; 2.x also ships explicit API versions as modules (`storage/v20230101`), which tokens
 * such as `azure-native:storage/v20230101:StorageAccount` name as their module.
 */
export class AzureNativeSdk extends GeneratedSdk {
  private readonly moduleFiles = new Map<string, Map<string, string>>();

  /** The SDK the program in `programDir` would load, or undefined when it is not installed there. */
  static locate(programDir: string): AzureNativeSdk | undefined {
    const root = installedPackageRoot(programDir, AZURE_NATIVE);
    return root === undefined ? undefined : new AzureNativeSdk(root);
  }

  protected declarationOf(token: string): Declaration | undefined {
    const [pkg, module, member] = token.split(":");
    if (pkg !== AZURE_NATIVE || module === undefined || member === undefined || !/^[\w/]+$/.test(module)) {
      return undefined;
    }
    const file = this.filesOfModule(module).get(member);
    return file === undefined ? undefined : { file: path.join(this.root, module, `${file}.d.ts`), member };
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
