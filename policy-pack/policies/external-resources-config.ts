import { Boundary, describeLocation, exampleRegion, ExternalResource, judgeLocation } from "../engine";
import { approvalsOf, expiresOf, fail, isObject, reasonOf, rejectUnknownFields, shown, utcDay } from "./review-fields";

/**
 * A validated entry of `boundary.externalResources`: a resource outside the stack (a hub Log Analytics workspace, a
 * shared resource group, the parent of a child the stack adds) that the platform team declares once, reviewed, with
 * its region, so that the references of the stack to it are judged instead of left unproven (docs/external-resources.md).
 */
export interface DeclaredResource extends ExternalResource {
  /** Position in `boundary.externalResources`. */
  readonly index: number;
  /** `id` or `idPattern`, as written. */
  readonly field: "id" | "idPattern";
  readonly reason: string;
  /** Last day (UTC) the declaration applies, `YYYY-MM-DD`. */
  readonly expires: string;
  readonly approvedBy?: string;
  readonly ticket?: string;
}

const FIELDS = ["id", "idPattern", "location", "reason", "expires", "approvedBy", "ticket"];
const ID_EXAMPLE = '"/subscriptions/<subscription id>/resourceGroups/hub/providers/Microsoft.OperationalInsights/workspaces/hub-logs"';
const PATTERN_EXAMPLE = '"/subscriptions/*/resourceGroups/hub-*/providers/Microsoft.OperationalInsights/workspaces/*"';
const EXPIRY = { noun: "declaration", renew: "Renew the declaration after a new review, or remove it" };

/**
 * The positions of an ARM id's segments (after the leading `/`) that are names (a subscription, a group, a
 * resource): the others (`subscriptions`, `resourceGroups`, `providers`, the namespace, each type) are fixed words.
 */
const isNameSegment = (index: number) => index === 1 || index === 3 || (index >= 7 && index % 2 === 1);

/** True for `/subscriptions/<s>/resourceGroups/<g>[/providers/<Namespace>/<type>/<name>[/<type>/<name>]...]`. */
function isArmIdShape(segments: readonly string[]): boolean {
  if (segments.some((s) => s === "") || segments.length < 4) return false;
  if (segments[0].toLowerCase() !== "subscriptions" || segments[2].toLowerCase() !== "resourcegroups") return false;
  if (segments.length === 4) return true;
  return segments[4].toLowerCase() === "providers" && segments.length >= 8 && segments.length % 2 === 0;
}

function idOf(key: string, value: unknown, field: "id" | "idPattern"): string {
  const expected =
    field === "id"
      ? `expected the resource's ARM id, such as ${ID_EXAMPLE}`
      : `expected an ARM id pattern, such as ${PATTERN_EXAMPLE}`;
  if (typeof value !== "string" || !value.startsWith("/")) return fail(`${key}.${field} is ${shown(value)}; ${expected}.`);
  const segments = value.slice(1).split("/");
  if (!isArmIdShape(segments)) return fail(`${key}.${field} is ${shown(value)}; ${expected} (a resource group or a resource in one).`);
  if (field === "id" && value.includes("*")) {
    return fail(`${key}.id is ${shown(value)}, which holds *; expected an exact ARM id, or the pattern in idPattern.`);
  }
  if (segments.some((segment, index) => segment.includes("*") && !isNameSegment(index))) {
    return fail(
      `${key}.idPattern is ${shown(value)}; expected * only inside subscription, resource group and resource names, never in subscriptions, resourceGroups, providers, a namespace or a type, such as ${PATTERN_EXAMPLE}.`,
    );
  }
  if (!segments.some((segment, index) => isNameSegment(index) && segment.replace(/\*/g, "") !== "")) {
    return fail(
      `${key}.idPattern is ${shown(value)}; expected at least one name spelled out, such as ${PATTERN_EXAMPLE}, so that a declaration never covers every resource of a type.`,
    );
  }
  return value;
}

function locationOf(key: string, value: unknown, boundary: Boundary): string {
  const example = exampleRegion(boundary);
  if (typeof value !== "string") {
    return fail(`${key} is ${shown(value)}; expected the region of the resource, inside the boundary, such as "${example}".`);
  }
  if (judgeLocation(value, boundary) !== "inside") {
    return fail(
      `${key} is ${shown(value)}, ${describeLocation(value)}, which is not inside ${boundary.label}; expected a region inside the boundary, such as "${example}", because a declaration vouches only for a resource inside it.`,
    );
  }
  return value;
}

function declarationOf(entry: unknown, index: number, today: string, boundary: Boundary): DeclaredResource {
  const key = `boundary.externalResources[${index}]`;
  if (!isObject(entry)) {
    return fail(
      `${key} is ${shown(entry)}; expected an object with id or idPattern, location, reason, expires and approvedBy or ticket.`,
    );
  }
  rejectUnknownFields(key, entry, FIELDS, "an external resource declaration");
  if ((entry.id === undefined) === (entry.idPattern === undefined)) {
    const seen = entry.id === undefined ? "neither id nor idPattern" : "both id and idPattern";
    fail(`${key} has ${seen}; expected exactly one: the resource's ARM id in id, or a pattern in idPattern.`);
  }
  const field = entry.id !== undefined ? "id" : "idPattern";
  const id = idOf(key, entry[field], field);
  const location = locationOf(`${key}.location`, entry.location, boundary);
  const reason = reasonOf(`${key}.reason`, entry.reason, "why the resource is where it is declared to be");
  const expires = expiresOf(`${key}.expires`, entry.expires, today, EXPIRY);
  return { index, key, field, id, location, reason, expires, ...approvalsOf(key, entry, "declaration") };
}

/**
 * Validates `boundary.externalResources` against the boundary, on the UTC day of `now`: every declared location
 * must be a region inside the boundary, and no entry may be past its expiry. The first problem throws a
 * `BoundaryConfigError` naming the entry and field, the value seen and the expected form.
 */
export function parseExternalResources(value: unknown, boundary: Boundary, now: Date): readonly DeclaredResource[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    return fail(
      `boundary.externalResources is ${shown(value)}; expected a list of declarations, each with id or idPattern, location, reason, expires and approvedBy or ticket.`,
    );
  }
  const today = utcDay(now);
  return value.map((entry, index) => declarationOf(entry, index, today, boundary));
}
