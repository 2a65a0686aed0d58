import { COUNTRIES } from "../catalog";
import { classifyLocation, keysOf, parseTypeToken, Place } from "../engine";
import { Exemption, NeverExemptRule, ResourcePattern } from "./exemptions-config";

/** The resource a place belongs to, as an exemption matches it. */
export interface Subject {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
}

/** The exemptions and never-exempt rules in force. */
export interface ExemptionSettings {
  readonly exemptions: readonly Exemption[];
  readonly neverExempt: readonly NeverExemptRule[];
}

/** What to do with one place outside or not proven inside the boundary. */
export type Decision =
  | { readonly kind: "report"; readonly message: string; readonly blockedBy?: NeverExemptRule }
  | { readonly kind: "exempt"; readonly exemption: Exemption };

const globCache = new Map<string, RegExp>();

/** `*` matches any characters (`:` and `$` included), `?` one character; everything else is literal. */
function glob(pattern: string): RegExp {
  let compiled = globCache.get(pattern);
  if (!compiled) {
    const source = pattern
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".");
    compiled = new RegExp(`^${source}$`, "s");
    globCache.set(pattern, compiled);
  }
  return compiled;
}

/**
 * The type as written, and the canonical `azure-native:<module>:<Type>` form of each 3.x type it resolves to: a
 * versioned package or module, or a token of azure-native 1.x or 2.x (`azure-native:insights:DiagnosticSetting`),
 * also matches an exemption written for the 3.x type (`azure-native:monitor:DiagnosticSetting`).
 */
function typeForms(type: string): string[] {
  const token = parseTypeToken(type);
  const canonical = token?.provider === "azure-native" ? keysOf(token).map((key) => `azure-native:${key}`) : [];
  return [...new Set([type, ...canonical])];
}

/** True when the pattern covers the resource, under the type as written or its canonical 3.x form. */
export function matchesResource(pattern: ResourcePattern, subject: Subject): boolean {
  const types = typeForms(subject.type);
  if (typeof pattern === "string") {
    const urns = types.map((t) => subject.urn.replace(subject.type, t));
    return urns.some((urn) => glob(pattern).test(urn));
  }
  return glob(pattern.name).test(subject.name) && types.some((t) => glob(pattern.type).test(t));
}

const EUROPEAN_LOGICAL = new Set(["global", "europe"]);

/**
 * True when a location string names a place outside the EU and EFTA: a region of another country, a canary
 * location, a logical location of another geography, or a string that is no Azure location at all. `global`
 * and `europe` are not: where they keep data is judged per type and per boundary, and may be exempted.
 */
export function isOutsideEuEfta(location: string): boolean {
  const found = classifyLocation(location);
  switch (found.kind) {
    case "region": {
      const country = COUNTRIES[found.region.country];
      return !(country?.eu || country?.efta);
    }
    case "logical": {
      if (EUROPEAN_LOGICAL.has(found.logical.name)) return false;
      const country = Object.values(COUNTRIES).find((c) => c.name === found.logical.displayName);
      return !(country?.eu || country?.efta);
    }
    case "legacy":
      return false;
    case "canary":
    case "unknown":
      return true;
  }
}

/** True when the rule forbids exempting this place of this policy. */
export function forbids(rule: NeverExemptRule, policy: string, place: Place): boolean {
  if (rule.policy !== undefined && rule.policy !== policy) return false;
  switch (rule.places) {
    case "any":
      return true;
    case "outside":
      return place.verdict === "outside";
    case "outside-eu-efta":
      return place.location !== undefined && isOutsideEuEfta(place.location);
  }
}

/** The places a rule protects, as a note names them. */
export function describeRule(rule: NeverExemptRule): string {
  const of = rule.policy ? `${rule.policy} places` : "places";
  switch (rule.places) {
    case "any":
      return rule.policy ? `any ${of.slice(0, -1)}` : "any place";
    case "outside":
      return `${of} outside the boundary`;
    case "outside-eu-efta":
      return `${of} outside the EU and EFTA`;
  }
}

/**
 * Decides whether a place of `policy` (outside or not proven inside the boundary) is reported or exempted: the
 * first exemption for the policy whose pattern covers the resource applies, unless a never-exempt rule protects
 * the place; then the place is reported with a note naming both. Pure: exemptions were checked for expiry when
 * the pack was configured (docs/exemptions.md, "Expiry").
 */
export function decide(place: Place, policy: string, subject: Subject, settings: ExemptionSettings): Decision {
  const exemption = settings.exemptions.find((e) => e.policy === policy && matchesResource(e.resource, subject));
  if (!exemption) return { kind: "report", message: place.message };
  const rule = settings.neverExempt.find((r) => forbids(r, policy, place));
  if (!rule) return { kind: "exempt", exemption };
  const note = `(${exemption.key} matches this resource, but ${rule.key} forbids exempting ${describeRule(rule)}.)`;
  return { kind: "report", message: `${place.message} ${note}`, blockedBy: rule };
}
