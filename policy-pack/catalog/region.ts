import { SourceId } from "./sources";

/** One Azure public-cloud region as ARM names it. */
export interface Region {
  /** Programmatic ARM name, already normalised (lower case, no spaces): `westeurope`. */
  readonly name: string;
  /** Display name: `West Europe`. */
  readonly displayName: string;
  /** ISO 3166-1 alpha-2 code of the country the datacentres are in (a key of `COUNTRIES`). */
  readonly country: string;
  /** ARM name of the paired region that geo-redundant copies go to, or `null` for a region without a pair. */
  readonly pair: string | null;
  /** Access is limited to approved customers (for example in-country disaster recovery only). */
  readonly restricted: boolean;
  /**
   * The region has availability zones (S-REG, column "Availability zone support"). Recorded for the European
   * regions only; `false` also means "not recorded", so a component relying on it picks the locally redundant choice.
   */
  readonly availabilityZones: boolean;
  /**
   * `available`: Microsoft lists the region as live. `announced`: announced or "coming soon" with an ARM name
   * that no Microsoft source confirms; the pack does not treat it as proven inside any boundary.
   */
  readonly status: "available" | "announced";
  readonly source: SourceId;
  /** What is uncertain or noteworthy about this row. */
  readonly note?: string;
}

/** Shorthand for a table row; keeps the region tables one line a region. */
export function region(
  name: string,
  displayName: string,
  country: string,
  pair: string | null,
  source: SourceId,
  extra: { restricted?: boolean; zones?: boolean; status?: Region["status"]; note?: string } = {},
): Region {
  return {
    name,
    displayName,
    country,
    pair,
    restricted: extra.restricted ?? false,
    availabilityZones: extra.zones ?? false,
    status: extra.status ?? "available",
    source,
    ...(extra.note ? { note: extra.note } : {}),
  };
}
