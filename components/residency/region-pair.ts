import { REGIONS } from "../../policy-pack/catalog";
import { Boundary, countryName, findRegion, judgeLocation, normalizeLocation } from "../../policy-pack/engine";
import { ComponentArgumentError } from "../shared/errors";

/** What the two-region check reports about, for its messages. */
export interface RegionPairSubject {
  /** How the component is named in messages: `CustomerKeyVaults 'ck'`. */
  readonly who: string;
  /** Why two regions are needed, as a clause: "Customer Key needs its two Key Vaults in two different regions". */
  readonly need: string;
  /** Input names of the two locations: `["primaryLocation", "secondaryLocation"]`. */
  readonly inputs: readonly [string, string];
  /** Name of the acknowledgement input. */
  readonly acknowledgeInput: string;
}

/** The regions a boundary admits, each once, in the boundary's order. */
function admittedRegions(boundary: Boundary): string[] {
  return boundary.regionNames.filter((r) => judgeLocation(r, boundary) === "inside");
}

/** Why a boundary has a single region, naming where its pair is when the pair is outside. */
function singleRegionReason(region: string, boundary: Boundary): string {
  const pair = findRegion(region)?.pair;
  const pairRegion = pair ? findRegion(pair) : undefined;
  if (pairRegion && judgeLocation(pairRegion.name, boundary) !== "inside") {
    return `; its paired region ${pairRegion.name} is in ${countryName(pairRegion)}, outside ${boundary.label}`;
  }
  return "";
}

/**
 * Throws when a boundary cannot hold two different regions at all (single-region countries such as `nl`, `ie`,
 * `pl`, `it`): the usual two-region design is impossible there, and guessing a region outside would break it.
 */
export function assertTwoRegionsPossible(subject: RegionPairSubject, boundary: Boundary): void {
  const regions = admittedRegions(boundary);
  if (regions.length >= 2) return;
  const only = regions[0];
  const admits = only ? `only one region, ${only}${singleRegionReason(only, boundary)}` : "no available region";
  throw new ComponentArgumentError(
    `${subject.who} cannot be built inside ${boundary.label}: ${subject.need}, and ${boundary.label} admits ${admits}. ` +
      `Use a boundary with two regions (for example eudb, or ch, de, fr, no or se with their restricted second region), or host this workload elsewhere.`,
  );
}

/** A second region to suggest: the pair of `first` when it is inside, else the first other admitted region. */
function suggestSecond(first: string, boundary: Boundary): string | undefined {
  const others = admittedRegions(boundary).filter((r) => r !== normalizeLocation(first));
  const pair = findRegion(first)?.pair;
  return pair && others.includes(pair) ? pair : others[0];
}

/**
 * Checks two locations that are already known to be inside the boundary: they must be two different regions,
 * and a restricted region (the in-country pair of CH, DE, FR, NO and SE, open only to approved subscriptions)
 * needs an explicit acknowledgement.
 */
export function assertDistinctRegions(
  subject: RegionPairSubject,
  locations: readonly [string, string],
  acknowledged: boolean,
  boundary: Boundary,
): void {
  const [first, second] = locations.map(normalizeLocation);
  if (first === second) {
    const suggestion = suggestSecond(first, boundary);
    throw new ComponentArgumentError(
      `${subject.who} has ${subject.inputs[0]} and ${subject.inputs[1]} both ${first}; ${subject.need}. ` +
        `Set ${subject.inputs[1]} to another region inside ${boundary.label}${suggestion ? `, such as ${suggestion}` : ""}.`,
    );
  }
  if (acknowledged) return;
  locations.forEach((raw, i) => {
    const region = findRegion(raw);
    if (!region?.restricted) return;
    const general = REGIONS.filter((r) => r.country === region.country && !r.restricted && r.status === "available").map((r) => r.name);
    throw new ComponentArgumentError(
      `${subject.who} puts ${subject.inputs[i]} in ${region.name}, a restricted region: Azure opens it only to subscriptions approved for in-country disaster recovery` +
        `${general.length === 1 ? `, and it is the only second region in ${countryName(region)} besides ${general[0]}` : ""}. ` +
        `Request access for your subscription, then set ${subject.acknowledgeInput} to true to confirm it.`,
    );
  });
}
