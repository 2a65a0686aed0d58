import { Rule } from "../../types";
import { pairCopyRule } from "../pair-copies";
import { referenceFieldRule } from "../reference-fields";
import { vocabularyFieldRule } from "./vocabulary";
import { DATA_LOCATION_PAIR_COPIES } from "./pair-copies";
import { DATA_LOCATION_REFERENCE_FIELDS } from "./reference-fields";
import { DATA_LOCATION_VOCABULARY_FIELDS } from "./vocabulary-fields";
import { CLASSIC_DATA_LOCATION_PAIR_COPIES } from "./classic-pair-copies";
import { CLASSIC_DATA_LOCATION_VOCABULARY_FIELDS } from "./classic-vocabulary-fields";

/**
 * Rules of the `data-location-in-boundary` policy: where a service keeps data when that is chosen by a setting other
 * than a region (a data-location vocabulary word, a data-residency switch, a bound Key Vault or network), azure-native
 * and classic `@pulumi/azure` alike.
 */
export const DATA_LOCATION_RULES: readonly Rule[] = [
  vocabularyFieldRule("data-location-vocabulary", [...DATA_LOCATION_VOCABULARY_FIELDS, ...CLASSIC_DATA_LOCATION_VOCABULARY_FIELDS]),
  pairCopyRule("data-residency-pair", "data-location", [...DATA_LOCATION_PAIR_COPIES, ...CLASSIC_DATA_LOCATION_PAIR_COPIES]),
  referenceFieldRule("data-location-references", "data-location", DATA_LOCATION_REFERENCE_FIELDS),
];
