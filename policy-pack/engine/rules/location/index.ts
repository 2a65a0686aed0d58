import { Rule } from "../../types";
import { primaryLocationRule } from "./primary-location";

/** Rules of the `location-in-boundary` policy: the primary location of every Azure resource. */
export const LOCATION_RULES: readonly Rule[] = [primaryLocationRule];
