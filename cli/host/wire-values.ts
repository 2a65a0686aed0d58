import type { WireValue } from "./types";

/**
 * The string that stands for an unknown value on the Pulumi wire (pulumi/pulumi
 * `sdk/go/common/resource/plugin/rpc.go` `UnknownStringValue`, `@pulumi/pulumi` `runtime/rpc` `unknownValue`).
 */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** Key that marks a special value on the wire (`@pulumi/pulumi` `runtime/rpc` `specialSigKey`). */
const SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";

/** Signature of a secret value (`@pulumi/pulumi` `runtime/rpc` `specialSecretSig`). */
const SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";

/** Wraps a value as a secret, as the SDK and the engine do on the wire. */
export function makeSecret(value: WireValue): WireValue {
  return { [SIGNATURE_KEY]: SECRET_SIGNATURE, value };
}

/** True when the value is a secret wrapper. */
function isSecret(value: WireValue | undefined): value is { [key: string]: WireValue } {
  return isObject(value) && value[SIGNATURE_KEY] === SECRET_SIGNATURE;
}

/** The value inside a secret wrapper, or the value itself. */
export function unwrapSecret(value: WireValue): WireValue {
  return isSecret(value) ? (value.value ?? null) : value;
}

/** True when the value is unknown or contains an unknown anywhere inside it. */
export function containsUnknowns(value: WireValue | undefined): boolean {
  if (value === UNKNOWN) {
    return true;
  }
  if (Array.isArray(value)) {
    return value.some(containsUnknowns);
  }
  if (isObject(value)) {
    return Object.values(value).some(containsUnknowns);
  }
  return false;
}

function isObject(value: WireValue | undefined): value is { [key: string]: WireValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
