/**
 * Property values of a `pulumi stack export` as the engine sends them to a pack. In the export a secret is
 * `{ "4dabf...": "1b47...", "ciphertext": "..." }`, or with `--show-secrets` `{ ..., "plaintext": "<the value as
 * JSON>" }`; on the wire it is `{ "4dabf...": "1b47...", "value": <value> }`. Without the stack's secrets
 * provider a ciphertext cannot be read, so its value travels as unknown: a secret the pack cannot see is never
 * proven inside.
 */
import { CliError } from "../cli-error";
import { Json, SECRET_SIGNATURE, SECRET_SIGNATURE_KEY, UNKNOWN } from "../pack/analyzer-client";
import { isJsonObject } from "./json-file";

/** True for a secret as the wire carries it. */
export function isWireSecret(value: unknown): boolean {
  return isJsonObject(value) && value[SECRET_SIGNATURE_KEY] === SECRET_SIGNATURE && "value" in value;
}

function secretOf(envelope: Record<string, unknown>, path: string): Json {
  if (typeof envelope.plaintext === "string") {
    try {
      return { [SECRET_SIGNATURE_KEY]: SECRET_SIGNATURE, value: wireValue(JSON.parse(envelope.plaintext), path) };
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`${path} is a secret whose plaintext is not JSON; expected the plaintext pulumi stack export --show-secrets writes.`);
    }
  }
  if ("value" in envelope) return { [SECRET_SIGNATURE_KEY]: SECRET_SIGNATURE, value: wireValue(envelope.value, path) };
  return { [SECRET_SIGNATURE_KEY]: SECRET_SIGNATURE, value: UNKNOWN };
}

/**
 * A value of the export in wire form. Only secrets are rewritten; an object or array without one is returned as
 * it is, not copied, so that a large estate is held once.
 */
export function wireValue(value: unknown, path: string): Json {
  if (Array.isArray(value)) {
    let copy: Json[] | undefined;
    value.forEach((item, i) => {
      const wired = wireValue(item, `${path}[${i}]`);
      if (wired !== item) (copy ??= [...value])[i] = wired;
    });
    return copy ?? (value as Json[]);
  }
  if (!isJsonObject(value)) return value as Json;
  if (value[SECRET_SIGNATURE_KEY] === SECRET_SIGNATURE) return secretOf(value, path);
  let copy: Record<string, Json> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const wired = wireValue(item, `${path}.${key}`);
    if (wired !== item) (copy ??= { ...(value as Record<string, Json>) })[key] = wired;
  }
  return copy ?? (value as Record<string, Json>);
}

/** Outputs that name the resource rather than describe it; for some types an input of the same name means another thing. */
const IDENTITY_OUTPUTS = new Set(["id", "urn", "name", "type"]);

/**
 * The inputs a deployed custom resource is judged on: its inputs, with every top-level output (except `id`, `urn`,
 * `name` and `type`) in place of the input of the same name or added beside them, since the provider's answer is
 * what is deployed (the location it resolved, the SKU it applied). An output replaces a secret input as a secret.
 */
export function deployedInputs(inputs: Record<string, Json>, outputs: Record<string, Json>): Record<string, Json> {
  const merged: Record<string, Json> = { ...inputs };
  for (const [key, output] of Object.entries(outputs)) {
    if (IDENTITY_OUTPUTS.has(key)) continue;
    merged[key] = isWireSecret(inputs[key]) && !isWireSecret(output) ? { [SECRET_SIGNATURE_KEY]: SECRET_SIGNATURE, value: output } : output;
  }
  return merged;
}
