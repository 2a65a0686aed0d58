import { Rule } from "../../types";
import { edgeServiceRule } from "./edge-services";
import { extendedLocationRule } from "./extended-location";
import { primaryLocationRule } from "./primary-location";

/**
 * Rules of the `location-in-boundary` policy: the primary and extended location of every Azure resource, and the
 * edge services that handle data at points of presence around the world whatever their location.
 */
export const LOCATION_RULES: readonly Rule[] = [primaryLocationRule, edgeServiceRule, extendedLocationRule];
