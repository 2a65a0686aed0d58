import { evaluateResource } from "../../evaluate";
import { exampleRegion } from "../../examples";
import { Finding, Place, PolicyFamily, RuleContext } from "../../types";
import { isUnknown, parsePath, PropertyBag, read, showValue } from "../../values";
import { isArmExpression } from "./arm-expressions";
import { MappedArmType } from "./arm-types";

/**
 * The families judged inside an opaque carrier. Opaque itself is left out (a nested escape hatch is reported by
 * the carrier's rules), and so is transit, which stays advisory under its own policy rather than becoming a
 * mandatory opaque finding. A new family fails to compile here until someone decides.
 */
const JUDGED_INSIDE: Readonly<Record<PolicyFamily, boolean>> = {
  location: true,
  replication: true,
  processing: true,
  "data-location": true,
  telemetry: true,
  "third-party": true,
  opaque: false,
  transit: false,
};

/** Families for template resources: everything judged inside, including their location. */
export const TEMPLATE_FAMILIES: ReadonlySet<PolicyFamily> = new Set(
  (Object.keys(JUDGED_INSIDE) as PolicyFamily[]).filter((family) => JUDGED_INSIDE[family]),
);

/** Families for a generic `resources:Resource`, whose own location the location policy already judges. */
export const GENERIC_RESOURCE_FAMILIES: ReadonlySet<PolicyFamily> = new Set([...TEMPLATE_FAMILIES].filter((f) => f !== "location"));

/** ARM body keys that are not resource inputs. */
const NOT_INPUTS = new Set(["resources", "dependsOn", "copy", "condition", "comments", "apiVersion", "type", "scope", "existing"]);
/** ARM body keys that sit next to `properties`, not inside it. */
const ARM_TOP_LEVEL = new Set(["location", "sku", "kind", "identity", "tags", "zones", "plan", "extendedLocation", "managedBy", "name"]);

/** One resource described by an opaque carrier: a template entry, or the body of a generic resource. */
export interface NestedResource {
  readonly armType: string;
  readonly mapped: MappedArmType;
  readonly name: string;
  /** The ARM body as written (`location`, `sku`, `properties`, ...), for the values shown in messages. */
  readonly raw: Readonly<Record<string, unknown>>;
  /** The same body with ARM expressions resolved or made unknown: what the rules read. */
  readonly resolved: Readonly<Record<string, unknown>>;
  /** Path of the body within the carrier's inputs (`properties.template.resources[0]`), empty for the carrier. */
  readonly pathPrefix: string;
  /** Path of the ARM type in the carrier's inputs (`properties.template.resources[0].type`, `resourceType`). */
  readonly typePath: string;
  /** Words put before each finding's verb: `template resource Microsoft.Storage/storageAccounts 'x'`. */
  readonly subject: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The SDK shape of an ARM body: azure-native flattens `properties` into the inputs, so the rules find
 * `minimumTlsVersion` at the top; `properties` stays too, for the types whose SDK shape keeps it nested.
 */
function sdkShape(body: Readonly<Record<string, unknown>>): PropertyBag {
  const inner = isObject(body.properties) ? body.properties : {};
  return { ...inner, ...Object.fromEntries(Object.entries(body).filter(([key]) => !NOT_INPUTS.has(key))) };
}

/** The ARM path of a property the rules read in the SDK shape (`sku.name` stays, `minimumTlsVersion` is in `properties`). */
function armPath(body: Readonly<Record<string, unknown>>, sdkPath: string): string {
  const first = parsePath(sdkPath)[0];
  const has = (bag: unknown, key: string) => isObject(bag) && Object.prototype.hasOwnProperty.call(bag, key);
  if (typeof first !== "string" || first === "type") return sdkPath;
  if (first === "properties" || (has(body, first) && !NOT_INPUTS.has(first))) return sdkPath;
  if (has(body.properties, first)) return `properties.${sdkPath}`;
  return ARM_TOP_LEVEL.has(first) ? sdkPath : `properties.${sdkPath}`;
}

function toFinding(place: Place, nested: NestedResource, rule: string, boundary: RuleContext["boundary"]): Finding {
  const { family: _family, message: _message, ...finding } = place;
  const relative = place.path.startsWith("(") ? "" : armPath(nested.raw, place.path);
  const path = relative === "type" ? nested.typePath : [nested.pathPrefix, relative].filter(Boolean).join(".") || place.path;
  const written = relative ? read(nested.raw, relative) : undefined;
  const expression = written?.state === "known" && isArmExpression(written.value);
  const seen = relative === "type" ? nested.armType : expression ? showValue(written) : place.seen;
  const unprovenLocation = place.rule === "primary-location" && place.verdict === "unproven";
  const fix = unprovenLocation
    ? `Set ${path} to a literal region inside the boundary, such as ${exampleRegion(boundary)}, or to a parameter the deployment sets to one.`
    : place.fix;
  return { ...finding, rule, what: `${nested.subject} ${place.what}`, path, seen, fix, viaStack: false };
}

/**
 * Judges one nested resource with the engine's own rules, as if it were a resource of the given type, and
 * re-states each place under the carrier: same verb, place and verdict, with the subject in front and the path
 * prefixed. Nested resources are never resources of the stack, so every place is judged here (`viaStack` false)
 * and references inside them stay unproven. The primary location of a type without a location input is left to
 * the caller (it lives in its parent).
 */
export function nestedFindings(context: RuleContext, nested: NestedResource, rule: string, families: ReadonlySet<PolicyFamily>): Finding[] {
  const facts = {
    urn: `${context.resource.urn}#${nested.pathPrefix}`,
    type: `azure-native:${nested.mapped.key}`,
    name: nested.name,
    props: sdkShape(nested.resolved),
  };
  const findings = evaluateResource(facts, context.boundary, families)
    .filter((place) => nested.mapped.hasLocation || place.rule !== "primary-location")
    .map((place) => toFinding(place, nested, rule, context.boundary));
  return isUnknown(nested.resolved.properties) && nested.mapped.known ? [unreadableProperties(nested, rule), ...findings] : findings;
}

/** A body whose `properties` cannot be read hides every setting the rules would judge. */
function unreadableProperties(nested: NestedResource, rule: string): Finding {
  const path = [nested.pathPrefix, "properties"].filter(Boolean).join(".");
  return {
    rule,
    what: `${nested.subject} has settings that cannot be read at preview, so its data may be in`,
    path,
    seen: showValue(read(nested.raw, "properties")),
    via: "because the rules for its type cannot run",
    verdict: "unproven",
    fix: `Set ${path} to literal values, or add a reviewed exemption.`,
    viaStack: false,
  };
}
