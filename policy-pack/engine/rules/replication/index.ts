import { Rule } from "../../types";
import { pairCopyRule } from "../pair-copies";
import { regionFieldRule } from "../region-fields";
import { REPLICATION_PAIR_COPIES } from "./pair-copies";
import { REPLICATION_REGION_FIELDS } from "./region-fields";

/** Rules of the `replication-in-boundary` policy: geo-redundant copies, replicas and backups. */
export const REPLICATION_RULES: readonly Rule[] = [
  pairCopyRule("geo-pair-copy", "replication", REPLICATION_PAIR_COPIES),
  regionFieldRule("replica-regions", "replication", REPLICATION_REGION_FIELDS),
];
