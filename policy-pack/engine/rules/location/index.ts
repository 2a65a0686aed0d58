import { Rule } from "../../types";
import { extendedLocationRule } from "./extended-location";
import { primaryLocationRule } from "./primary-location";

/** Rules of the `location-in-boundary` policy: the primary and extended location of every Azure resource. */
export const LOCATION_RULES: readonly Rule[] = [primaryLocationRule, extendedLocationRule];
