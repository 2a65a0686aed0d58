import { Rule } from "../../types";
import { pairCopyRule } from "../pair-copies";
import { referenceFieldRule } from "../reference-fields";
import { regionFieldRule } from "../region-fields";
import { CLASSIC_REPLICATION_PAIR_COPIES } from "./classic-pair-copies";
import { CLASSIC_REPLICATION_REFERENCES } from "./classic-references";
import { CLASSIC_REPLICATION_REGION_FIELDS } from "./classic-region-fields";
import { CLASSIC_REPLICATION_VOCABULARY_FIELDS } from "./classic-vocabulary-fields";
import { REPLICATION_PAIR_COPIES } from "./pair-copies";
import { REPLICATION_REFERENCES } from "./references";
import { REPLICATION_REGION_FIELDS } from "./region-fields";
import { regionVocabularyRule } from "./region-vocabulary";
import { REPLICATION_VOCABULARY_FIELDS } from "./vocabulary-fields";

/**
 * Rules of the `replication-in-boundary` policy: geo-redundant copies, replicas, backups and replication partners
 * (vectors.md V05-V18), for azure-native and classic `@pulumi/azure` resources.
 */
export const REPLICATION_RULES: readonly Rule[] = [
  pairCopyRule("geo-pair-copy", "replication", [...REPLICATION_PAIR_COPIES, ...CLASSIC_REPLICATION_PAIR_COPIES]),
  regionFieldRule("replica-regions", "replication", [...REPLICATION_REGION_FIELDS, ...CLASSIC_REPLICATION_REGION_FIELDS]),
  regionVocabularyRule("replica-region-vocabulary", "replication", [...REPLICATION_VOCABULARY_FIELDS, ...CLASSIC_REPLICATION_VOCABULARY_FIELDS]),
  referenceFieldRule("replication-partner", "replication", [...REPLICATION_REFERENCES, ...CLASSIC_REPLICATION_REFERENCES]),
];
