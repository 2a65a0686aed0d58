import { Boundary, parseTypeToken } from "../../policy-pack/engine";
import { renderMessage } from "../../policy-pack/engine/message";
import { BoundaryViolationError } from "../boundary";

/**
 * A place a component input puts data, found by the component itself because the pack has no rule for it yet
 * (or because the rule needs the whole stack). Rendered with the pack's one message template
 * (`policy-pack/engine/message.ts`), so it reads exactly like a pack violation.
 */
export interface ComponentFinding {
  /** Verb phrase before the place: "may process prompts and responses in". */
  readonly what: string;
  /** Property path, in SDK (camelCase) form: `sku.name`. */
  readonly path: string;
  /** The value seen at `path`. */
  readonly seen: string;
  /** The place; `undefined` when it cannot be proven. */
  readonly location?: string;
  /** Why, one clause starting with "because". */
  readonly via?: string;
  /** `outside` (default) or `unproven`. */
  readonly verdict?: "outside" | "unproven";
  /** What to change, one imperative sentence. */
  readonly fix: string;
}

/** The pack-worded message for a finding on the resource `type` named `name`. */
export function findingMessage(type: string, name: string, finding: ComponentFinding, boundary: Boundary): string {
  const token = parseTypeToken(type);
  if (!token) throw new Error(`${type} is not an Azure type token.`);
  return renderMessage(
    { urn: `component:${name}`, type, name, props: {} },
    token,
    { rule: "component", viaStack: false, ...finding, verdict: finding.verdict ?? "outside" },
    boundary,
  );
}

/** A {@link BoundaryViolationError} carrying the pack-worded message for `finding`. */
export function boundaryViolation(type: string, name: string, finding: ComponentFinding, boundary: Boundary): BoundaryViolationError {
  return new BoundaryViolationError([findingMessage(type, name, finding, boundary)]);
}
