import { findRegion } from "../../policy-pack/engine";

/**
 * True when `location` (any spelling) is a catalogue region with availability zones (`Region.availabilityZones`).
 * A region without zones, or whose zones the catalogue does not record, gets the locally redundant choice.
 */
export function hasAvailabilityZones(location: string): boolean {
  return findRegion(location)?.availabilityZones === true;
}
