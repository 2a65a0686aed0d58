/**
 * Pulumi's unknown-string sentinel (one of `UNKNOWN_SENTINELS`): an ARM expression is a value the engine cannot
 * know before deployment, so the rules read it exactly as they read an unknown input.
 */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** True for an ARM template expression (`"[resourceGroup().location]"`); `"[[...]"` escapes a literal bracket. */
export function isArmExpression(value: unknown): value is string {
  return typeof value === "string" && value.startsWith("[") && !value.startsWith("[[") && value.endsWith("]");
}

const PARAMETER_ONLY = /^\[\s*parameters\(\s*'([^']+)'\s*\)\s*\]$/i;

/** Resolves a template parameter to its literal value, or the unknown sentinel when no literal is provable. */
export type ParameterResolver = (name: string) => unknown;

/**
 * A template value as the engine's rules should read it: `[parameters('p')]` becomes the parameter's literal
 * value when the resolver can prove one, every other expression becomes unknown (fail closed), `[[` escapes lose
 * their extra bracket, and objects and lists are converted entry by entry. Pulumi's own sentinels and secret
 * wrappers pass through unchanged.
 */
export function resolveArmValue(value: unknown, parameter: ParameterResolver): unknown {
  if (typeof value === "string") {
    if (value.startsWith("[[")) return value.slice(1);
    if (!isArmExpression(value)) return value;
    const only = PARAMETER_ONLY.exec(value);
    return only ? parameter(only[1]) : UNKNOWN;
  }
  if (Array.isArray(value)) return value.map((item) => resolveArmValue(item, parameter));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveArmValue(item, parameter)]));
  }
  return value;
}

/** Case-insensitive own-property look-up: ARM parameter names are case-insensitive. */
function entryOf(bag: unknown, name: string): unknown {
  if (bag === null || typeof bag !== "object" || Array.isArray(bag)) return undefined;
  const key = Object.keys(bag).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : (bag as Record<string, unknown>)[key];
}

/** Where a template's parameter values come from. */
export interface ParameterSources {
  /** The template's own `parameters` declarations (for `defaultValue`). */
  readonly declarations: unknown;
  /** The deployment's `parameters` input (`{ name: { value } }`); `undefined` when values come only at deployment. */
  readonly values?: unknown;
  /** A parameters file is linked, so a parameter missing from `values` may be set there. */
  readonly linked: boolean;
}

/**
 * The resolver for one deployment: a parameter's `value` in the deployment's inputs; else, when no parameters
 * file is linked, the template's `defaultValue`; a Key Vault reference, an expression or anything else is
 * unknown. Without `values` (a template spec, deployed later with any parameters) every parameter is unknown.
 */
export function parameterResolver(sources: ParameterSources): ParameterResolver {
  const resolve = (name: string, depth: number): unknown => {
    if (sources.values === undefined || depth > 4) return UNKNOWN;
    const given = entryOf(sources.values, name);
    if (given !== undefined) {
      const value = entryOf(given, "value");
      return value === undefined ? UNKNOWN : value;
    }
    if (sources.linked) return UNKNOWN;
    const fallback = entryOf(entryOf(sources.declarations, name), "defaultValue");
    return fallback === undefined ? UNKNOWN : resolveArmValue(fallback, (inner) => resolve(inner, depth + 1));
  };
  return (name) => resolve(name, 0);
}
