import { COMMUNICATION_DATA_LOCATIONS } from "../../policy-pack/catalog/vocabularies";
import { Boundary, judgeCountries, resolveBoundary } from "../../policy-pack/engine";
import { ComponentArgumentError } from "../shared/errors";

/**
 * The Communication Services / Email `dataLocation` values come from the pack's catalogue
 * (`COMMUNICATION_DATA_LOCATIONS`, regions.md §4.3) and are judged with the pack's `judgeCountries`: a value is
 * inside when every country it may put data in is inside. Europe is taken as the EU member states (which ones
 * Microsoft uses is unverified), so it is inside `eu` and `eudb` only; under a custom region list no value is
 * proven inside, because a country-level value never says which region holds the data.
 */

/** The data locations inside `boundary`, the catalogue's order (Europe first). */
export function allowedDataLocations(boundary: Boundary): string[] {
  return COMMUNICATION_DATA_LOCATIONS.values.filter((v) => judgeCountries(v.countries, boundary) === "inside").map((v) => v.value);
}

/** Lists values as prose: "A, B or C". */
export function orList(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? "") : `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}

/**
 * The data location for the component `name`: the requested value (spelled as the catalogue spells it), else the
 * boundary's first. Throws when the boundary admits none (single countries without a data location such as `nl`,
 * `se`, `pl`; custom region lists). A requested value outside is left to the pack's data-location rule, which the
 * component runs next.
 */
export function resolveDataLocation(name: string, requested: string | undefined, boundary: Boundary): string {
  const allowed = allowedDataLocations(boundary);
  if (allowed.length === 0) {
    const european = allowedDataLocations(resolveBoundary({ preset: "eudb" }));
    throw new ComponentArgumentError(
      `CommunicationServices '${name}' cannot keep its data inside ${boundary.label}: Communication Services stores data at rest in a dataLocation geography ` +
        `(in Europe: ${orList(european)}), and none of them is proven inside ${boundary.label}. ` +
        `Use a boundary with a matching dataLocation (eu, eudb, ch, de, fr or no), or host this workload outside Communication Services.`,
    );
  }
  if (requested === undefined) return allowed[0];
  const known = COMMUNICATION_DATA_LOCATIONS.values.find((v) => v.value.toLowerCase() === requested.trim().toLowerCase());
  return known?.value ?? requested;
}
