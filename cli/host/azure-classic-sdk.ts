import * as path from "node:path";
import { GeneratedSdk, installedPackageRoot, type Declaration } from "./sdk-declarations";

/** The classic (Terraform-bridged) Azure package, `@pulumi/azure`. */
export const AZURE_CLASSIC = "azure";

/** `azure:<module>/<file>:<member>`, e.g. `azure:core/getClientConfig:getClientConfig`. */
const CLASSIC_TOKEN = /^azure:(\w+)\/(\w+):(\w+)$/;

/**
 * Reads type information from the program's own `@pulumi/azure`. A classic token names its file:
 * `azure:<module>/<file>:<Member>` is declared in `<module>/<file>.d.ts`, whose `<Member>Args` interface lists a
 * resource's inputs and `<Member>Result` a function's results (the same layout in 5.x and 6.x).
 */
export class AzureClassicSdk extends GeneratedSdk {
  /** The SDK the program in `programDir` would load, or undefined when it is not installed there. */
  static locate(programDir: string): AzureClassicSdk | undefined {
    const root = installedPackageRoot(programDir, AZURE_CLASSIC);
    return root === undefined ? undefined : new AzureClassicSdk(root);
  }

  protected declarationOf(token: string): Declaration | undefined {
    const match = CLASSIC_TOKEN.exec(token);
    return match === null ? undefined : { file: path.join(this.root, match[1], `${match[2]}.d.ts`), member: match[3] };
  }
}
