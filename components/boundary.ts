import * as pulumi from "@pulumi/pulumi";
import { BoundaryPresetName } from "../policy-pack/catalog";
import { Boundary, evaluateResource, resolveBoundary } from "../policy-pack/engine";
import { BoundaryChoiceArgs } from "./interfaces";

/** The stack config namespace the components read the boundary from (`data-boundary:preset`, `data-boundary:regions`). */
export const CONFIG_NAMESPACE = "data-boundary";

/**
 * The boundary for this stack: `data-boundary:preset` (default `eudb`, the pack's default) and, for `custom`,
 * `data-boundary:regions`. A bad value throws naming the config key, the value and the allowed values.
 */
export function stackBoundary(config = new pulumi.Config(CONFIG_NAMESPACE)): Boundary {
  return resolveBoundary({ preset: config.get("preset"), regions: config.getObject<unknown>("regions") }, (s) => `${CONFIG_NAMESPACE}:${s}`);
}

/**
 * The boundary a component checks against: its `boundary` (and `boundaryRegions` for `custom`) when set, else the
 * stack's ({@link stackBoundary}). A bad value throws naming the input, the value and the allowed values.
 */
export function chosenBoundary(args: BoundaryChoiceArgs): Boundary {
  if (args.boundary === undefined && args.boundaryRegions === undefined) return stackBoundary();
  return resolveBoundary({ preset: args.boundary, regions: args.boundaryRegions }, (s) => (s === "preset" ? "boundary" : "boundaryRegions"));
}

/** The component inputs that choose `boundary`, for TypeScript code that holds a resolved boundary (the blueprints). */
export function boundaryChoice(boundary: Boundary): BoundaryChoiceArgs {
  const preset = Object.values(BoundaryPresetName).find((p) => p === boundary.id);
  if (preset === undefined) throw new Error(`Boundary id "${boundary.id}" is not a preset of the catalogue; resolve boundaries with resolveBoundary.`);
  return boundary.regions ? { boundary: preset, boundaryRegions: [...boundary.regionNames] } : { boundary: preset };
}

/** A component argument that would put data outside the boundary; the message is the pack's. */
export class BoundaryViolationError extends Error {
  constructor(messages: readonly string[]) {
    super(messages.join("\n"));
    this.name = "BoundaryViolationError";
  }
}

/**
 * Checks the plain values of a resource's inputs with the pack's own engine before the resource is registered,
 * and throws {@link BoundaryViolationError} with the pack's messages for every place outside the boundary.
 * Values that are Outputs are not plain: the pack judges them at preview.
 */
export function assertInBoundary(type: string, name: string, props: Record<string, unknown>, boundary: Boundary): void {
  const places = evaluateResource({ urn: `component:${name}`, type, name, props }, boundary);
  const outside = places.filter((p) => p.verdict === "outside" && !p.viaStack).map((p) => p.message);
  if (outside.length > 0) throw new BoundaryViolationError(outside);
}
