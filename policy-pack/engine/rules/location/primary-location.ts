import { exampleRegion } from "../../examples";
import { locatedFinding, remedyFix } from "../../judge";
import { normalizeLocation } from "../../locations";
import { LocatedValue, primaryLocation } from "../../primary-location";
import { Finding, Rule, RuleContext } from "../../types";
import { DATA_LOCATION_VOCABULARY_FIELDS } from "../data-location/vocabulary-fields";
import { globalServiceRow } from "./global-services";

/**
 * Types whose `location` is a geography vocabulary ("Europe", "unitedstates"), not an ARM region: the
 * data-location family judges it against its vocabulary, so this rule leaves it alone.
 */
const VOCABULARY_LOCATED_TYPES: ReadonlySet<string> = new Set(
  DATA_LOCATION_VOCABULARY_FIELDS.filter((row) => row.path === "location").map((row) => row.type),
);

/**
 * `global`, judged as the type that holds it: the resource's own, or for a child that lives in its parent, the
 * parent's (a record set in a private DNS zone is metadata like its zone; a route of a Front Door profile is
 * reported once, on the profile).
 */
function globalFinding(context: RuleContext, located: LocatedValue): Finding | undefined {
  const row = globalServiceRow(located.heldBy ?? context.token.key);
  // An edge service is outside at any location; the edge-points-of-presence rule reports it once, on its holder.
  if (row?.treatment === "edge") return undefined;
  const base = { rule: "primary-location", what: "is located in", path: located.path, seen: located.seen, via: located.via, location: "global", viaStack: located.viaStack };
  if (row?.treatment === "metadata") return { ...base, verdict: "inside", fix: row.why };
  const example = exampleRegion(context.boundary);
  const fix = remedyFix(located, context.boundary) ?? row?.fix ?? `Set location to a region inside the boundary, such as ${example}.`;
  const why = row?.why ?? "nothing shows where a global instance of this type keeps or processes data";
  return { ...base, via: located.via ? `${located.via}, because ${why}` : `because ${why}`, verdict: "outside", fix };
}

/**
 * V01-V03: the primary location of every Azure resource, in all token forms, whether set on the resource,
 * inherited from the provider, the resource group or the parent; `global` judged per type (edge services are the
 * `edge-points-of-presence` rule's at every location).
 */
export const primaryLocationRule: Rule = {
  id: "primary-location",
  family: "location",
  appliesTo: () => true,
  findings(context) {
    if (VOCABULARY_LOCATED_TYPES.has(context.token.key)) return [];
    const located = primaryLocation(context.resource, context.stack, context.token);
    if (!located) return [];
    if (located.state === "known" && normalizeLocation(located.location!) === "global") {
      const global = globalFinding(context, located);
      return global ? [global] : [];
    }
    const fix = `Set ${located.path} to a region inside the boundary, such as ${exampleRegion(context.boundary)}.`;
    return [locatedFinding("primary-location", "is located in", located, context.boundary, fix)];
  },
};
