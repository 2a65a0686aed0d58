import { isMap, isScalar, type Node, type YAMLMap } from "yaml";
import { HostError } from "./host-error";
import type { ProgramConfig } from "./types";
import { UNKNOWN } from "./wire-values";

/**
 * Turns the `config:` blocks of `Pulumi.yaml` and `Pulumi.<stack>.yaml` into the configuration the CLI
 * hands a Node.js program (pulumi/pulumi `sdk/nodejs/cmd/pulumi-language-nodejs` `constructConfig`,
 * `sdk/go/common/resource/config` `Value`):
 * - keys are `namespace:key`; a key without a namespace belongs to the project;
 * - a scalar is passed as its YAML source text (`3.10` stays `"3.10"`, `true` stays `"true"`);
 * - a map or list is passed as compact JSON with sorted keys, as Go's `json.Marshal` writes it;
 * - a `secure:` value cannot be decrypted without the stack's secrets provider, so the program gets the
 *   unknown sentinel instead of the plaintext and the key is listed as secret. `config.get` then returns
 *   that sentinel string; `config.getSecret` wraps it in a secret `Output`; passed to a resource it reaches
 *   the policies as a secret whose value is unknown. A secure leaf inside a map gets the same treatment.
 * Stack values override project defaults (`Pulumi.yaml` `config: { key: value | { default | value } }`).
 */
export function buildProgramConfig(
  projectName: string,
  projectConfig: Node | null | undefined,
  stackConfig: Node | null | undefined,
  stackFile: string,
): ProgramConfig {
  const values: Record<string, string> = {};
  const secret = new Set<string>();
  for (const [rawKey, node] of entries(projectConfig, "Pulumi.yaml")) {
    const value = projectDefault(node);
    if (value !== undefined) {
      values[qualifyKey(rawKey, projectName, "Pulumi.yaml")] = encodeValue(value, () => undefined);
    }
  }
  for (const [rawKey, node] of entries(stackConfig, stackFile)) {
    const key = qualifyKey(rawKey, projectName, stackFile);
    values[key] = encodeNode(node, () => secret.add(key));
  }
  return { values, secretKeys: [...secret].sort() };
}

/** `namespace:key` → `namespace:config:key`, the form the language host puts in `PULUMI_CONFIG`. */
export function toPulumiConfigEnv(config: ProgramConfig): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(config.values)) {
    const separator = key.indexOf(":");
    env[`${key.slice(0, separator)}:config:${key.slice(separator + 1)}`] = value;
  }
  return env;
}

function entries(node: Node | null | undefined, file: string): Array<[string, Node]> {
  if (node === null || node === undefined) {
    return [];
  }
  if (!isMap(node)) {
    throw new HostError(`${file}: 'config' must be a map of keys to values.`);
  }
  return (node as YAMLMap<unknown, Node>).items.map((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    return [key, pair.value as Node];
  });
}

function qualifyKey(rawKey: string, projectName: string, file: string): string {
  const parts = rawKey.split(":");
  if (parts.length === 1) {
    return `${projectName}:${rawKey}`;
  }
  if (parts.length === 2 && parts[0] !== "" && parts[1] !== "") {
    return rawKey;
  }
  if (parts.length === 3 && parts[1] === "config") {
    return `${parts[0]}:${parts[2]}`;
  }
  throw new HostError(`${file}: config key '${rawKey}' should be of the form '<namespace>:<name>'.`);
}

function projectDefault(node: Node): unknown {
  const value = node.toJSON();
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return isScalar(node) ? scalarText(node) : value;
  }
  const declaration = value as Record<string, unknown>;
  return declaration.value ?? declaration.default;
}

function encodeNode(node: Node, markSecret: () => void): string {
  return isScalar(node) ? scalarText(node) : encodeValue(node.toJSON(), markSecret);
}

function scalarText(node: Node): string {
  const scalar = node as Node & { source?: string; value: unknown };
  return scalar.source ?? String(scalar.value ?? "");
}

function encodeValue(value: unknown, markSecret: () => void): string {
  if (isSecureValue(value)) {
    markSecret();
    return UNKNOWN;
  }
  return typeof value === "string" ? value : JSON.stringify(replaceSecureLeaves(value, markSecret));
}

function replaceSecureLeaves(value: unknown, markSecret: () => void): unknown {
  if (isSecureValue(value)) {
    markSecret();
    return UNKNOWN;
  }
  if (Array.isArray(value)) {
    return value.map((item) => replaceSecureLeaves(item, markSecret));
  }
  if (typeof value === "object" && value !== null) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      sorted[key] = replaceSecureLeaves((value as Record<string, unknown>)[key], markSecret);
    }
    return sorted;
  }
  return value;
}

function isSecureValue(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as Record<string, unknown>).secure === "string"
  );
}
