/**
 * Reading resource properties as a preview delivers them: plain JSON in which a value the engine cannot know yet
 * is one of Pulumi's unknown sentinel strings, and a secret is an object carrying Pulumi's secret signature.
 */
import { memoizeByString } from "./memo";

/** The strings Pulumi puts on the wire (and @pulumi/policy leaves in raw props) for values unknown at preview. */
export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
  "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
  "030794c1-ac77-496b-92df-f27374a8bd58", // asset
  "e48ece36-62e2-4504-bad9-02848725956a", // archive
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);

/** The key that marks a Pulumi secret object (`{ [SECRET_SIG]: "1b47061264138c4ac30d75fd1eb44270", value }`). */
export const SECRET_SIG = "4dabf18193072939515e22adb298388d";
const SECRET_MARKER = "1b47061264138c4ac30d75fd1eb44270";

/** A property bag: the inputs of one resource. */
export type PropertyBag = Readonly<Record<string, unknown>>;

/** The result of reading one property path. */
export type Read =
  | { readonly state: "known"; readonly value: unknown; readonly secret: boolean }
  | { readonly state: "unknown"; readonly secret: boolean }
  | { readonly state: "absent" };

/** True for a value Pulumi marks as unknown at preview. */
export function isUnknown(value: unknown): boolean {
  return typeof value === "string" && UNKNOWN_SENTINELS.has(value);
}

function isSecretWrapper(value: unknown): value is { value?: unknown } {
  return typeof value === "object" && value !== null && (value as Record<string, unknown>)[SECRET_SIG] === SECRET_MARKER;
}

/** Wraps a value as a Pulumi secret. */
export function wrapSecret(value: unknown): unknown {
  return isSecretWrapper(value) ? value : { [SECRET_SIG]: SECRET_MARKER, value };
}

/** True when a secret wrapper sits anywhere inside `value` (beyond 32 levels: taken as secret, to fail closed). */
function containsSecret(value: unknown, depth = 0): boolean {
  if (isSecretWrapper(value)) return true;
  if (value === null || typeof value !== "object") return false;
  if (depth > 32) return true;
  return Object.values(value).some((item) => containsSecret(item, depth + 1));
}

/** Strips a secret wrapper, remembering that the value was secret. */
function unwrap(value: unknown): { value: unknown; secret: boolean } {
  return isSecretWrapper(value) ? { value: value.value, secret: true } : { value, secret: false };
}

/** Splits `a.b[2].c` into `["a", "b", 2, "c"]`; rule tables name a few hundred paths, read for every resource. */
export const parsePath: (path: string) => readonly (string | number)[] = memoizeByString((path) => {
  const steps: (string | number)[] = [];
  for (const part of path.split(".")) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      steps.push(part);
      continue;
    }
    if (match[1]) steps.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) steps.push(Number(index[1]));
  }
  return steps;
});

/**
 * Reads `path` from `bag`. An unknown sentinel anywhere on the way makes the result unknown; a missing,
 * `null` or wrongly shaped step makes it absent. Never throws.
 */
export function read(bag: unknown, path: string): Read {
  let current: unknown = bag;
  let secret = false;
  for (const step of parsePath(path)) {
    const opened = unwrap(current);
    secret ||= opened.secret;
    current = opened.value;
    if (isUnknown(current)) return { state: "unknown", secret };
    if (current === null || typeof current !== "object") return { state: "absent" };
    const next: unknown = typeof step === "number"
      ? (Array.isArray(current) ? current[step] : undefined)
      : Object.prototype.hasOwnProperty.call(current, step) ? (current as Record<string, unknown>)[step] : undefined;
    current = next;
  }
  const opened = unwrap(current);
  secret ||= opened.secret;
  if (isUnknown(opened.value)) return { state: "unknown", secret };
  if (opened.value === undefined || opened.value === null) return { state: "absent" };
  return { state: "known", value: opened.value, secret };
}

/** Reads a string; a known value of another type counts as `invalid`, so callers can fail closed on it. */
export type StringRead =
  | { readonly state: "known"; readonly value: string; readonly secret: boolean }
  | { readonly state: "unknown"; readonly secret: boolean }
  | { readonly state: "absent" }
  | { readonly state: "invalid"; readonly value: unknown; readonly secret: boolean };

/** Reads `path` as a string, see {@link StringRead}. */
export function readString(bag: unknown, path: string): StringRead {
  const result = read(bag, path);
  if (result.state !== "known") return result;
  return typeof result.value === "string"
    ? { state: "known", value: result.value, secret: result.secret }
    : { state: "invalid", value: result.value, secret: result.secret };
}

/**
 * Reads an array at `path` for rules that judge each entry. `unknown` when the array (or the path to it) is
 * unknown, `invalid` when a known non-array sits there.
 */
export function readArray(
  bag: unknown,
  path: string,
): { state: "known"; items: readonly unknown[] } | { state: "unknown" } | { state: "absent" } | { state: "invalid" } {
  const result = read(bag, path);
  if (result.state === "known") {
    if (!Array.isArray(result.value)) return { state: "invalid" };
    // Entries of a secret list stay secret: each is re-wrapped, so reading it marks the value secret.
    return { state: "known", items: result.secret ? result.value.map(wrapSecret) : result.value };
  }
  return result.state === "unknown" ? { state: "unknown" } : { state: "absent" };
}

/** How messages name a place that came from a secret value. */
export const SECRET_PLACE = "a secret location";

/** How a seen value is shown in a message: secrets (also one nested in a list or object) are never shown, unknowns say so. */
export function showValue(result: Read | StringRead): string {
  if (result.state === "absent") return "(not set)";
  if (result.secret) return "[secret]";
  if (result.state === "unknown") return "(unknown at preview)";
  const value = result.value;
  if (typeof value === "string") return value;
  if (containsSecret(value)) return "[secret]";
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

/** The concrete paths behind a path with `[]` steps, and the lists on the way that cannot be read. */
export interface ExpandedPaths {
  /** One path per entry of every `[]` list, e.g. `distribute[0].targetRegions`, `distribute[1].targetRegions`. */
  readonly paths: readonly string[];
  /** Lists on the way that are unknown at preview or not lists, e.g. `distribute`; callers fail closed on them. */
  readonly unreadable: readonly string[];
}

/**
 * Expands every `[]` step of `path` into the indexes of the list found there: `a[].b[].c` becomes `a[0].b[0].c`,
 * `a[0].b[1].c`, ... An absent list contributes nothing; an unknown or non-list value is listed in `unreadable`.
 * A path without `[]` comes back unchanged. Never throws.
 */
export function expandListPaths(bag: unknown, path: string): ExpandedPaths {
  const [first, ...rest] = path.split("[]");
  let prefixes = [first];
  const unreadable: string[] = [];
  for (const step of rest) {
    const next: string[] = [];
    for (const listPath of prefixes) {
      const list = readArray(bag, listPath);
      if (list.state === "known") list.items.forEach((_, index) => next.push(`${listPath}[${index}]${step}`));
      else if (list.state !== "absent") unreadable.push(listPath);
    }
    prefixes = next;
  }
  return { paths: prefixes, unreadable };
}
