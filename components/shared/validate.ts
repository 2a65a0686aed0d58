import * as pulumi from "@pulumi/pulumi";
import { Boundary } from "../../policy-pack/engine";
import { UNKNOWN_SENTINELS } from "../../policy-pack/engine/values";
import { assertInBoundary } from "../boundary";

/** Pulumi's sentinel for a string unknown at preview; what the engine sees for a value that is an Output. */
export const UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
if (!UNKNOWN_SENTINELS.has(UNKNOWN_STRING)) throw new Error("The engine's unknown sentinels changed; update components/shared/validate.ts.");

/**
 * The plain part of a resource's inputs, as the engine expects them: every Output or Promise becomes the unknown
 * sentinel (so the engine leaves it to the pack at preview instead of misreading an object), everything plain is
 * kept.
 */
export function plainInputs(value: unknown): unknown {
  if (pulumi.Output.isInstance(value) || value instanceof Promise) return UNKNOWN_STRING;
  if (Array.isArray(value)) return value.map(plainInputs);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, plainInputs(v)]));
  }
  return value;
}

/**
 * Runs the pack's engine ({@link assertInBoundary}) on the plain part of a child's inputs before it is registered:
 * throws `BoundaryViolationError` with the pack's wording for every place outside the boundary.
 */
export function assertInputsInBoundary(type: string, name: string, inputs: object, boundary: Boundary): void {
  assertInBoundary(type, name, plainInputs(inputs) as Record<string, unknown>, boundary);
}
