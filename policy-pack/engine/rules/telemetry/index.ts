import { Rule } from "../../types";
import { referenceFieldRule } from "../reference-fields";
import { regionFieldRule } from "../region-fields";
import { unprovableFieldRule } from "../unprovable-fields";
import { TELEMETRY_REGION_FIELDS, TELEMETRY_UNPROVABLE_FIELDS } from "./other-fields";
import { TELEMETRY_REFERENCES } from "./reference-fields";
import { CLASSIC_TELEMETRY_REFERENCES } from "./classic-reference-fields";

/**
 * Rules of the `telemetry-in-boundary` policy: where diagnostic settings, data exports, Application Insights and
 * data collection rules send logs and telemetry (vectors.md V19, V20), azure-native and classic `@pulumi/azure` alike. A diagnostic setting's
 * `marketplacePartnerId` is a third-party egress and is judged by the `third-party` family.
 */
export const TELEMETRY_RULES: readonly Rule[] = [
  referenceFieldRule("telemetry-target", "telemetry", [...TELEMETRY_REFERENCES, ...CLASSIC_TELEMETRY_REFERENCES]),
  regionFieldRule("telemetry-export-region", "telemetry", TELEMETRY_REGION_FIELDS),
  unprovableFieldRule("telemetry-export-url", "telemetry", TELEMETRY_UNPROVABLE_FIELDS),
];
