import { Boundary, parseTypeToken } from "../../policy-pack/engine";
import { renderMessage } from "../../policy-pack/engine/message";
import { pairCopyRule } from "../../policy-pack/engine/rules/pair-copies";
import { REPLICATION_PAIR_COPIES } from "../../policy-pack/engine/rules/replication/pair-copies";
import { BoundaryViolationError } from "../boundary";
import { plainInputs } from "./validate";

/** The pack's own pair-copy rule over the pack's table (storage GRS, Cosmos DB, SQL and PostgreSQL backups, ...). */
const RULE = pairCopyRule("geo-pair-copy", "replication", REPLICATION_PAIR_COPIES);

/**
 * Stricter than the pack on purpose: throws `BoundaryViolationError` (the pack's wording) when a plain setting
 * keeps a copy in the paired region and that pair is outside the boundary, AND when the pair cannot be proven
 * inside because the region has no documented pair (the pack reports that as unproven; a component never builds a
 * copy it cannot place). A setting that is an Output is left to the pack at preview.
 */
export function assertPairCopiesInside(type: string, name: string, inputs: object, boundary: Boundary): void {
  const token = parseTypeToken(type);
  if (!token || !RULE.appliesTo(token)) return;
  const resource = { urn: `component:${name}`, type, name, props: plainInputs(inputs) as Record<string, unknown> };
  // Unproven findings for an unpaired region carry a `via` ("because <region> has no documented pair ..."); those
  // for a setting unknown at preview do not.
  const bad = RULE.findings({ resource, token, boundary }).filter((f) => f.verdict === "outside" || (f.verdict === "unproven" && f.via !== undefined));
  if (bad.length > 0) throw new BoundaryViolationError(bad.map((f) => renderMessage(resource, token, f, boundary)));
}
