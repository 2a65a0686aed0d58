import { Rule } from "../../types";
import { referenceFieldRule } from "../reference-fields";
import { regionFieldRule } from "../region-fields";
import { unprovableFieldRule } from "../unprovable-fields";
import { CLASSIC_TRANSIT_REFERENCES, CLASSIC_TRANSIT_REGION_FIELDS, CLASSIC_TRANSIT_UNPROVABLE_FIELDS } from "./classic-tables";
import { TRANSIT_REFERENCES, TRANSIT_REGION_FIELDS, TRANSIT_UNPROVABLE_FIELDS } from "./tables";

/**
 * Rules of the advisory `network-transit-in-boundary` policy (vectors.md V33): peerings, gateway connections,
 * private endpoints and private-link origins whose far end is outside the boundary. Network transit is carved out
 * of the EU Data Boundary commitments, but it opens a path for application-level egress, so it warns.
 */
export const TRANSIT_RULES: readonly Rule[] = [
  referenceFieldRule("transit-peer", "transit", [...TRANSIT_REFERENCES, ...CLASSIC_TRANSIT_REFERENCES]),
  regionFieldRule("transit-private-link-region", "transit", [...TRANSIT_REGION_FIELDS, ...CLASSIC_TRANSIT_REGION_FIELDS]),
  unprovableFieldRule("transit-far-end", "transit", [...TRANSIT_UNPROVABLE_FIELDS, ...CLASSIC_TRANSIT_UNPROVABLE_FIELDS]),
];
