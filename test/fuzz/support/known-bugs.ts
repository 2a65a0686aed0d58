/**
 * Engine bugs the fuzz tests found in files this suite may not change, each with its minimal reproducing input.
 * The properties skip exactly these (so CI stays green while the owners fix them), and a test per entry checks
 * that it still reproduces: when one is fixed, that test fails, and the entry is to be deleted.
 */
import { Place, ResourceFacts, StackResource } from "../../../policy-pack/engine";

export interface KnownRuleCrash {
  readonly id: string;
  /** The rule that throws. */
  readonly rule: string;
  /** What goes wrong, in one sentence. */
  readonly why: string;
  /** The smallest resource that makes the rule throw. */
  readonly resource: ResourceFacts;
  /** True for a crash place this entry explains. */
  readonly matches: (place: Place) => boolean;
}

/**
 * Rules that throw on some input. Empty: the fuzzer's only find, a template resource of type "constructor" or
 * "__proto__" that made `opaque-template` throw (mapArmType looked the type up in a plain object, reaching
 * Object.prototype), was fixed in engine/rules/opaque while this suite was written.
 */
export const KNOWN_RULE_CRASHES: readonly KnownRuleCrash[] = [];

export function knownCrash(place: Place): boolean {
  return KNOWN_RULE_CRASHES.some((bug) => bug.matches(place));
}

export interface KnownSecretLeak {
  readonly id: string;
  readonly why: string;
  /** The smallest stack that shows it (every resource is judged with the stack and without). */
  readonly resources: readonly StackResource[];
  /** True for a place whose message leaks in this way. */
  readonly matches: (place: Place) => boolean;
}

/**
 * Secret values that still reach messages, each with the smallest stack that shows it. Empty: the leaks this suite
 * found (a secret resource-group name, a secret target location, a secret ARM template, a secret vocabulary value,
 * a generic type built from secret parts) are fixed.
 */
export const KNOWN_SECRET_LEAKS: readonly KnownSecretLeak[] = [];

/** True for a place whose message leaks in one of the known ways. */
export function knownLeak(place: Place): boolean {
  return KNOWN_SECRET_LEAKS.some((bug) => bug.matches(place));
}
