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

const S = (value: unknown) => ({ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value });
const stackResource = (type: string, name: string, props: Record<string, unknown>, dependsOn: Record<string, string[]> = {}): StackResource => ({
  urn: `urn:pulumi:dev::proj::azure-native:${type}::${name}`,
  type: `azure-native:${type}`,
  name,
  props,
  propertyDependencies: dependsOn,
});

export interface KnownSecretLeak {
  readonly id: string;
  readonly why: string;
  /** The smallest stack that shows it (every resource is judged with the stack and without). */
  readonly resources: readonly StackResource[];
  /** True for a place whose message leaks in this way. */
  readonly matches: (place: Place) => boolean;
}

/** Secret values that still reach messages, in files this suite may not change. */
export const KNOWN_SECRET_LEAKS: readonly KnownSecretLeak[] = [
  {
    id: "secret-template",
    why:
      "engine/rules/opaque/templates.ts templateFindings unwraps a secret template (read() marks it secret) and judges " +
      "its entries as plain values, so a template resource's location is shown: \"is located in japaneast (Japan) through " +
      "properties.template.resources[0].location japaneast\".",
    resources: [stackResource("resources:Deployment", "d", { properties: { template: S({ resources: [{ type: "Microsoft.Storage/storageAccounts", name: "x", location: "japaneast" }] }) } })],
    matches: (place) => place.rule === "opaque-template",
  },
  {
    id: "secret-replication-vocabulary",
    why:
      "engine/rules/replication/region-vocabulary.ts meaningOf writes the raw value into the reason of an unknown value: " +
      "\"replicationRegion [secret], because JapanEast is not a replicationRegion value the pack knows\".",
    resources: [stackResource("notificationhubs:Namespace", "nh", { location: "westeurope", replicationRegion: S("JapanEast") })],
    matches: (place) => place.rule === "replica-region-vocabulary" && /is not a .* value the pack knows/.test(place.message),
  },
  {
    id: "secret-generic-resource-type",
    why:
      "engine/rules/opaque/escape-hatches.ts genericArmType joins resourceProviderNamespace, parentResourcePath and " +
      "resourceType into a StringRead with secret: false, so an unreadable type shows a secret part: \"through resourceType japan east/accounts\".",
    resources: [stackResource("resources:Resource", "g", { location: "westeurope", resourceProviderNamespace: S("japan east"), resourceType: "accounts" })],
    matches: (place) => place.rule === "opaque-generic-resource" && place.path === "resourceType",
  },
];

/** True for a place whose message leaks in one of the known ways. */
export function knownLeak(place: Place): boolean {
  return KNOWN_SECRET_LEAKS.some((bug) => bug.matches(place));
}
