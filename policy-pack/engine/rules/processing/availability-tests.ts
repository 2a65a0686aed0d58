import { AVAILABILITY_TEST_LOCATIONS } from "../../../catalog/vocabularies";
import { Boundary, judgeLocation } from "../../boundary";
import { Finding, Rule, RuleContext } from "../../types";
import { readArray, readString, SECRET_PLACE, showValue } from "../../values";
import { tableRule } from "../table-rule";

const RULE = "availability-test-locations";
const WHAT = "sends test requests from";
const REGION_OF: ReadonlyMap<string, string> = new Map(Object.entries(AVAILABILITY_TEST_LOCATIONS).map(([id, region]) => [id.toLowerCase(), region]));

/** Where an availability test type lists its probe location ids. One row per type. */
export interface AvailabilityTestLocations {
  /** `<module>:<Type>` (azure-native) or `azure:<module>:<Type>` (classic). */
  readonly type: string;
  /** Path of the list of probe locations. */
  readonly list: string;
  /** Path of the probe id in each entry; empty for a list of plain ids. */
  readonly path: string;
}

/** The azure-native availability test (vectors.md V21). */
export const AVAILABILITY_TESTS: readonly AvailabilityTestLocations[] = [{ type: "applicationinsights:WebTest", list: "locations", path: "location" }];

/** The fix: the probe ids whose region is inside the boundary, or what to do when there is none. */
function probeFix(boundary: Boundary): string {
  const inside = Object.entries(AVAILABILITY_TEST_LOCATIONS).filter(([, region]) => judgeLocation(region, boundary) === "inside").map(([id]) => id);
  if (inside.length === 0) return `No availability-test location is inside ${boundary.label}; remove the test or add a reviewed exemption.`;
  const listed = inside.length === 1 ? inside[0] : `${inside.slice(0, -1).join(", ")} or ${inside[inside.length - 1]}`;
  return `Run the test only from locations inside the boundary: ${listed}.`;
}

function findingsFor({ resource, boundary }: RuleContext, row: AvailabilityTestLocations): Finding[] {
  const list = readArray(resource.props, row.list);
  const fix = probeFix(boundary);
  if (list.state === "absent") return [];
  if (list.state !== "known") {
    return [{ rule: RULE, what: WHAT, path: row.list, seen: list.state === "unknown" ? "(unknown at preview)" : "(not a list)", verdict: "unproven", fix, viaStack: false }];
  }
  return list.items.map((item, index): Finding => {
    const value = row.path ? readString(item, row.path) : readString({ item }, "item");
    const path = row.path ? `${row.list}[${index}].${row.path}` : `${row.list}[${index}]`;
    const base = { rule: RULE, what: WHAT, path, seen: showValue(value), fix, viaStack: false };
    if (value.state !== "known") return { ...base, verdict: "unproven" };
    const region = REGION_OF.get(value.value.trim().toLowerCase());
    if (!region) return { ...base, place: "an undocumented probe site", verdict: "outside" };
    return { ...base, location: region, place: value.secret ? SECRET_PLACE : undefined, verdict: judgeLocation(region, boundary) };
  });
}

/**
 * V21: every probe location of an Application Insights availability test (azure-native `locations[].location`,
 * classic `geoLocations[]`). The ids do not name their site, so each is mapped to its region through the catalogue
 * (emea-ru-msa-edge is UK South); an id the catalogue does not list is outside.
 */
export function availabilityTestRule(table: readonly AvailabilityTestLocations[]): Rule {
  return tableRule(RULE, "processing", table, (context, rows) => rows.flatMap((row) => findingsFor(context, row)));
}
