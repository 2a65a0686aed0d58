import { resolveAzureNativeType } from "../catalog/azure-native-types";
import { memoizeByString } from "./memo";

/** A parsed Azure type token. */
export interface TypeToken {
  /**
   * `azure-native` (including locally generated `azure-native_<module>_<version>` packages), the classic `azure`,
   * or `command` for the escape hatches of {@link parseEscapeHatchToken}.
   */
  readonly provider: "azure-native" | "azure" | "command";
  /** The module of {@link key}: for azure-native the 3.x module (`monitor` for a written `insights`). */
  readonly module: string;
  /** The type name of {@link key}. */
  readonly type: string;
  /**
   * The key rules match on: `<module>:<Type>` of azure-native 3.x for every azure-native token (any SDK major
   * version, versioned module or package), and `azure:<module>:<Type>` for the classic provider.
   */
  readonly key: string;
  /**
   * The token as the program wrote it, without the package prefix: `insights/v20210501preview:DiagnosticSetting`
   * for `azure-native:insights/v20210501preview:DiagnosticSetting`; equal to {@link key} for a 3.x token.
   */
  readonly written: string;
  /**
   * The API version the token names (`v20230101` of a versioned module `storage/v20230101`, or of a parameterized
   * package `azure-native_storage_v20230101`); absent for the SDK's default version.
   */
  readonly apiVersion?: string;
  /**
   * Set when azure-native 3.x lists the written token under several types, none of its name: every 3.x key it may
   * be, {@link key} first. The engine judges the resource as each of them.
   */
  readonly candidates?: readonly string[];
}

const AZURE_NATIVE = /^azure-native(?:_[^:_]+_(v[^:]+))?:([^:/]+)(?:\/([^:]+))?:([^:]+)$/;
const OTHER_NATIVE = /^azure-native(?:_[^:]+)?:([^:]+):([^:]+)$/;
const AZURE_CLASSIC = /^azure:([^/:]+)(?:\/[^:]*)?:([^:]+)$/;

function nativeToken(written: string, apiVersion: string | undefined): TypeToken {
  const { key, candidates } = resolveAzureNativeType(written);
  const colon = key.indexOf(":");
  return Object.freeze({
    provider: "azure-native",
    module: key.slice(0, colon),
    type: key.slice(colon + 1),
    key,
    written,
    ...(apiVersion && { apiVersion }),
    ...(candidates && { candidates }),
  });
}

function parse(raw: string): TypeToken | undefined {
  const native = AZURE_NATIVE.exec(raw);
  if (native) return nativeToken(`${native[2]}${native[3] ? `/${native[3]}` : ""}:${native[4]}`, native[3] ?? native[1]);
  const other = OTHER_NATIVE.exec(raw);
  if (other) return nativeToken(`${other[1]}:${other[2]}`, undefined);
  const classic = AZURE_CLASSIC.exec(raw);
  if (classic) {
    const key = `azure:${classic[1]}:${classic[2]}`;
    return Object.freeze({ provider: "azure", module: classic[1], type: classic[2], key, written: key });
  }
  return undefined;
}

const parseOnce = memoizeByString(parse);

/**
 * Parses `azure-native:storage:StorageAccount`, `azure-native_storage_v20240101:storage:StorageAccount`,
 * `azure-native:storage/v20230101:StorageAccount`, the tokens of azure-native 1.x and 2.x
 * (`azure-native:insights:DiagnosticSetting`, resolved to its 3.x key `monitor:DiagnosticSetting`) and
 * `azure:storage/account:Account`. Anything else (providers, components, other clouds) is not an Azure resource and
 * gives `undefined`. Tokens are frozen and computed once per distinct string.
 */
export function parseTypeToken(raw: string): TypeToken | undefined {
  return parseOnce(raw);
}

/** The 3.x keys a token may be: its candidates when it is ambiguous, else its key alone. */
export function keysOf(token: TypeToken): readonly string[] {
  return token.candidates ?? [token.key];
}

/** The token judged as one of its candidates: the same written token, with `key`, `module` and `type` of `key`. */
export function asCandidate(token: TypeToken, key: string): TypeToken {
  if (key === token.key) return token;
  const colon = key.indexOf(":");
  return Object.freeze({ ...token, key, module: key.slice(0, colon), type: key.slice(colon + 1) });
}

const COMMAND = /^command:(local|remote):(Command)$/;

/**
 * Tokens of non-Azure packages that can still change Azure (vectors.md V35): the Pulumi command package's
 * `command:local:Command` and `command:remote:Command`, which may run `az`. Only {@link evaluateResource} reads
 * them, so that the rules that opt in (by key) can judge them; everything else still treats them as non-Azure.
 */
export function parseEscapeHatchToken(raw: string): TypeToken | undefined {
  const command = COMMAND.exec(raw);
  return command ? { provider: "command", module: command[1], type: command[2], key: raw, written: raw } : undefined;
}
