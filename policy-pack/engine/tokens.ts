/** A parsed Azure type token. */
export interface TypeToken {
  /**
   * `azure-native` (including locally generated `azure-native_<module>_<version>` packages), the classic `azure`,
   * or `command` for the escape hatches of {@link parseEscapeHatchToken}.
   */
  readonly provider: "azure-native" | "azure" | "command";
  readonly module: string;
  readonly type: string;
  /**
   * The key rules match on: `<module>:<Type>` for azure-native (the same for every package version), and
   * `azure:<module>:<Type>` for the classic provider.
   */
  readonly key: string;
}

const AZURE_NATIVE = /^azure-native(?:_[^:]+)?:([^:]+):([^:]+)$/;
const AZURE_CLASSIC = /^azure:([^/:]+)(?:\/[^:]*)?:([^:]+)$/;

/**
 * Parses `azure-native:storage:StorageAccount`, `azure-native_storage_v20240101:storage:StorageAccount` and
 * `azure:storage/account:Account`. Anything else (providers, components, other clouds) is not an Azure
 * resource and gives `undefined`.
 */
export function parseTypeToken(raw: string): TypeToken | undefined {
  const native = AZURE_NATIVE.exec(raw);
  if (native) return { provider: "azure-native", module: native[1], type: native[2], key: `${native[1]}:${native[2]}` };
  const classic = AZURE_CLASSIC.exec(raw);
  if (classic) {
    return { provider: "azure", module: classic[1], type: classic[2], key: `azure:${classic[1]}:${classic[2]}` };
  }
  return undefined;
}

const COMMAND = /^command:(local|remote):(Command)$/;

/**
 * Tokens of non-Azure packages that can still change Azure (vectors.md V35): the Pulumi command package's
 * `command:local:Command` and `command:remote:Command`, which may run `az`. Only {@link evaluateResource} reads
 * them, so that the rules that opt in (by key) can judge them; everything else still treats them as non-Azure.
 */
export function parseEscapeHatchToken(raw: string): TypeToken | undefined {
  const command = COMMAND.exec(raw);
  return command ? { provider: "command", module: command[1], type: command[2], key: raw } : undefined;
}
