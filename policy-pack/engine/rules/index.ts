import { Rule } from "../types";
import { LOCATION_RULES } from "./location";
import { REPLICATION_RULES } from "./replication";

/** Every rule of the engine, family by family. A policy runs the rules of its family. */
export const RULES: readonly Rule[] = [...LOCATION_RULES, ...REPLICATION_RULES];
