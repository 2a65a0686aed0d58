import { Rule } from "../types";
import { LOCATION_RULES } from "./location";
import { REPLICATION_RULES } from "./replication";
import { PROCESSING_RULES } from "./processing";
import { DATA_LOCATION_RULES } from "./data-location";
import { TELEMETRY_RULES } from "./telemetry";
import { THIRD_PARTY_RULES } from "./third-party";
import { OPAQUE_RULES } from "./opaque";
import { TRANSIT_RULES } from "./transit";

/** Every rule of the engine, family by family. A policy runs the rules of its family. */
export const RULES: readonly Rule[] = [...LOCATION_RULES, ...REPLICATION_RULES, ...PROCESSING_RULES, ...DATA_LOCATION_RULES, ...TELEMETRY_RULES, ...THIRD_PARTY_RULES, ...OPAQUE_RULES, ...TRANSIT_RULES];
