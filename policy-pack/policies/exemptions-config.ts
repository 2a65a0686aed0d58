import { FAMILY_POLICIES } from "./family-policies";
import { approvalsOf, expiresOf, fail, isObject, reasonOf, rejectUnknownFields, shown, utcDay } from "./review-fields";

export { MIN_REASON_LENGTH, utcDay } from "./review-fields";

/** The policies an exemption may name: the owners of places, never the `boundary` stack policy itself. */
export const EXEMPTIBLE_POLICIES: readonly string[] = [...new Set(Object.values(FAMILY_POLICIES))];

/** Which places a never-exempt rule protects; see docs/exemptions.md. */
export const NEVER_EXEMPT_PLACES = ["any", "outside", "outside-eu-efta"] as const;

/** One of {@link NEVER_EXEMPT_PLACES}. */
export type NeverExemptPlaces = (typeof NEVER_EXEMPT_PLACES)[number];

/** What an exemption covers: a URN pattern, or a type and name pattern. `*` matches any characters, `?` one. */
export type ResourcePattern = string | { readonly type: string; readonly name: string };

/** A validated entry of `boundary.exemptions`. */
export interface Exemption {
  /** Position in `boundary.exemptions`. */
  readonly index: number;
  /** How messages name it: `boundary.exemptions[0]`. */
  readonly key: string;
  readonly policy: string;
  readonly resource: ResourcePattern;
  readonly reason: string;
  /** Last day (UTC) the exemption applies, `YYYY-MM-DD`. */
  readonly expires: string;
  readonly approvedBy?: string;
  readonly ticket?: string;
}

/** A validated entry of `boundary.neverExempt`: places no exemption may cover. */
export interface NeverExemptRule {
  readonly index: number;
  /** How messages name it: `boundary.neverExempt[0]`. */
  readonly key: string;
  /** The policy whose places it protects; every policy when absent. */
  readonly policy?: string;
  readonly places: NeverExemptPlaces;
}

/** The rules in force when `boundary.neverExempt` is not set: no place outside the EU and EFTA is ever exempted. */
export const DEFAULT_NEVER_EXEMPT: readonly NeverExemptRule[] = [
  { index: 0, key: "boundary.neverExempt[0]", places: "outside-eu-efta" },
];

const EXEMPTION_FIELDS = ["policy", "resource", "reason", "expires", "approvedBy", "ticket"];
const RULE_FIELDS = ["policy", "places"];
const URN_EXAMPLE = '"urn:pulumi:*::*::azure-native:cdn:Profile::edge"';
const PATTERN_EXAMPLE = `${URN_EXAMPLE} or {"type": "azure-native:cdn:Profile", "name": "edge"}`;
function policyOf(key: string, value: unknown): string {
  if (typeof value === "string" && EXEMPTIBLE_POLICIES.includes(value)) return value;
  const hint =
    value === "boundary" ? "the policy named in brackets at the start of the boundary policy's message, " : "";
  return fail(`${key} is ${shown(value)}; expected ${hint}one of ${EXEMPTIBLE_POLICIES.join(", ")}.`);
}

/** True when the module part of a type pattern (`<package>:<module>:<Type>`) is spelled out, without wildcards. */
function namesModule(typePattern: string): boolean {
  const parts = typePattern.split(":");
  return parts.length === 3 && parts.every((p) => p.length > 0) && !/[*?]/.test(parts[1]);
}

function resourceOf(key: string, value: unknown): ResourcePattern {
  if (typeof value === "string") {
    const segments = value.split("::");
    if (!value.startsWith("urn:pulumi:") || segments.length < 4) {
      fail(
        `${key} is ${shown(value)}; expected a URN pattern of the form urn:pulumi:<stack>::<project>::<type>::<name>, such as ${URN_EXAMPLE}.`,
      );
    }
    const qualifiedType = segments.slice(2, -1).join("::");
    if (!namesModule(qualifiedType.slice(qualifiedType.lastIndexOf("$") + 1))) {
      fail(
        `${key} is ${shown(value)}; expected a URN whose type spells out its module, such as ${URN_EXAMPLE}, so that an exemption never covers every service.`,
      );
    }
    return value;
  }
  if (!isObject(value))
    return fail(`${key} is ${shown(value)}; expected ${PATTERN_EXAMPLE} (* matches any characters).`);
  rejectUnknownFields(key, value, ["type", "name"], "a resource pattern");
  const { type, name } = value;
  if (typeof type !== "string" || type.trim() === "") {
    fail(
      `${key}.type is ${shown(type)}; expected a type token such as "azure-native:cdn:Profile" (* matches any characters, as in "azure-native:cdn:*").`,
    );
  }
  if (!namesModule(type as string)) {
    fail(
      `${key}.type is ${shown(type)}; expected a type token whose module is spelled out, such as "azure-native:cdn:*", so that an exemption never covers every service.`,
    );
  }
  if (typeof name !== "string" || name.trim() === "") {
    fail(
      `${key}.name is ${shown(name)}; expected the resource's Pulumi name, such as "edge" (* matches any characters, as in "edge-*").`,
    );
  }
  return { type: type as string, name: name as string };
}

const EXPIRY = { noun: "exemption", renew: "Renew the exemption after a new review, or fix the resource and remove it" };

function exemptionOf(entry: unknown, index: number, today: string): Exemption {
  const key = `boundary.exemptions[${index}]`;
  if (!isObject(entry))
    return fail(
      `${key} is ${shown(entry)}; expected an object with policy, resource, reason, expires and approvedBy or ticket.`,
    );
  rejectUnknownFields(key, entry, EXEMPTION_FIELDS, "an exemption");
  const policy = policyOf(`${key}.policy`, entry.policy);
  const resource = resourceOf(`${key}.resource`, entry.resource);
  const reason = reasonOf(`${key}.reason`, entry.reason, "why the place is acceptable");
  const expires = expiresOf(`${key}.expires`, entry.expires, today, EXPIRY);
  return { index, key, policy, resource, reason, expires, ...approvalsOf(key, entry, "exemption") };
}

function ruleOf(entry: unknown, index: number): NeverExemptRule {
  const key = `boundary.neverExempt[${index}]`;
  if (!isObject(entry)) {
    return fail(
      `${key} is ${shown(entry)}; expected an object with places and optionally policy, such as {"policy": "location-in-boundary", "places": "outside-eu-efta"}.`,
    );
  }
  rejectUnknownFields(key, entry, RULE_FIELDS, "a never-exempt rule");
  const policy = entry.policy === undefined ? undefined : policyOf(`${key}.policy`, entry.policy);
  const places = entry.places ?? "any";
  if (!(NEVER_EXEMPT_PLACES as readonly unknown[]).includes(places)) {
    fail(`${key}.places is ${shown(places)}; expected one of ${NEVER_EXEMPT_PLACES.join(", ")}.`);
  }
  return { index, key, places: places as NeverExemptPlaces, ...(policy && { policy }) };
}

/** Validates `boundary.neverExempt`; absent means {@link DEFAULT_NEVER_EXEMPT}. Throws a `BoundaryConfigError`. */
export function parseNeverExempt(value: unknown): readonly NeverExemptRule[] {
  if (value === undefined) return DEFAULT_NEVER_EXEMPT;
  if (!Array.isArray(value))
    return fail(
      `boundary.neverExempt is ${shown(value)}; expected a list of rules such as [{"places": "outside-eu-efta"}].`,
    );
  return value.map(ruleOf);
}

/**
 * Validates `boundary.exemptions` against the never-exempt rules, on the UTC day of `now`. The first problem
 * throws a `BoundaryConfigError` naming the entry and field, the value seen and the expected form.
 */
export function parseExemptions(
  value: unknown,
  neverExempt: readonly NeverExemptRule[],
  now: Date,
): readonly Exemption[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    return fail(
      `boundary.exemptions is ${shown(value)}; expected a list of exemptions, each with policy, resource, reason, expires and approvedBy or ticket.`,
    );
  }
  const today = utcDay(now);
  return value.map((entry, index) => {
    const exemption = exemptionOf(entry, index, today);
    const rule = neverExempt.find(
      (r) => r.places === "any" && (r.policy === undefined || r.policy === exemption.policy),
    );
    if (rule)
      fail(
        `${exemption.key}.policy is "${exemption.policy}", which ${rule.key} never allows to be exempted; remove the exemption, or that rule.`,
      );
    return exemption;
  });
}
