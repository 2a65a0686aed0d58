import * as path from "node:path";
import {
  installedPackageRoot,
  interfaceMembersIn,
  resultInterfaceName,
  type FunctionResultReader,
} from "./sdk-declarations";

/** The classic (Terraform-bridged) Azure package, `@pulumi/azure`. */
export const AZURE_CLASSIC = "azure";

/** `azure:<module>/<file>:<member>`, e.g. `azure:core/getClientConfig:getClientConfig`. */
const CLASSIC_TOKEN = /^azure:(\w+)\/(\w+):(\w+)$/;

/**
 * Reads type information from the program's own `@pulumi/azure`. A classic token names its file:
 * `azure:<module>/<file>:<Member>` is declared in `<module>/<file>.d.ts`, whose `<Member>Args` interface lists a
 * resource's inputs and `<Member>Result` a function's results (the same layout in 5.x and 6.x). Only top-level
 * members are listed.
 */
export class AzureClassicSdk implements FunctionResultReader {
  private readonly members = new Map<string, string[] | undefined>();

  private constructor(private readonly root: string) {}

  /** The SDK the program in `programDir` would load, or undefined when it is not installed there. */
  static locate(programDir: string): AzureClassicSdk | undefined {
    const root = installedPackageRoot(programDir, AZURE_CLASSIC);
    return root === undefined ? undefined : new AzureClassicSdk(root);
  }

  /** Top-level input names of a classic resource type, or undefined when the SDK does not declare it. */
  resourceInputs(typeToken: string): string[] | undefined {
    return this.interfaceMembers(typeToken, (member) => `${member}Args`);
  }

  /** Top-level result names of a classic function, or undefined when the SDK does not declare it. */
  functionResults(functionToken: string): string[] | undefined {
    return this.interfaceMembers(functionToken, resultInterfaceName);
  }

  private interfaceMembers(token: string, interfaceName: (member: string) => string): string[] | undefined {
    const cacheKey = `${token}|${interfaceName("x")}`;
    if (!this.members.has(cacheKey)) {
      const match = CLASSIC_TOKEN.exec(token);
      const members =
        match === null
          ? undefined
          : interfaceMembersIn(path.join(this.root, match[1], `${match[2]}.d.ts`), interfaceName(match[3]));
      this.members.set(cacheKey, members);
    }
    return this.members.get(cacheKey);
  }
}
