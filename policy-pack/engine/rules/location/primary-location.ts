import { exampleRegion } from "../../examples";
import { locatedFinding } from "../../judge";
import { normalizeLocation } from "../../locations";
import { primaryLocation } from "../../primary-location";
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

function globalFinding(context: RuleContext, path: string, seen: string, via: string | undefined, viaStack: boolean): Finding {
  const row = globalServiceRow(context.token.key);
  const base = { rule: "primary-location", what: "is located in", path, seen, via, location: "global", viaStack };
  if (row?.treatment === "metadata") return { ...base, verdict: "inside", fix: row.why };
  const fix = row?.fix ?? `Set location to a region inside the boundary, such as ${exampleRegion(context.boundary)}.`;
  const why = row?.why ?? "nothing shows where a global instance of this type keeps or processes data";
  return { ...base, via: via ? `${via}, because ${why}` : `because ${why}`, verdict: "outside", fix };
}

/**
 * V01-V03: the primary location of every Azure resource, in all token forms, whether set on the resource,
 * inherited from the provider, the resource group or the parent; `global` judged per type.
 */
export const primaryLocationRule: Rule = {
  id: "primary-location",
  family: "location",
  appliesTo: () => true,
  findings(context) {
    if (VOCABULARY_LOCATED_TYPES.has(context.token.key)) return [];
    const located = primaryLocation(context.resource, context.stack);
    if (!located) return [];
    if (located.state === "known" && normalizeLocation(located.location!) === "global") {
      return [globalFinding(context, located.path, located.seen, located.via, located.viaStack)];
    }
    const fix = `Set ${located.path} to a region inside the boundary, such as ${exampleRegion(context.boundary)}.`;
    return [locatedFinding("primary-location", "is located in", located, context.boundary, fix)];
  },
};
