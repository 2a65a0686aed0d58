import * as pulumi from "@pulumi/pulumi";
import { Boundary, evaluateResource, resolveBoundary } from "../policy-pack/engine";

/** The stack config namespace the components read the boundary from (`data-boundary:preset`, `data-boundary:regions`). */
export const CONFIG_NAMESPACE = "data-boundary";

/**
 * The boundary for this stack: `data-boundary:preset` (default `eudb`, the pack's default) and, for `custom`,
 * `data-boundary:regions`. A bad value throws naming the config key, the value and the allowed values.
 */
export function stackBoundary(config = new pulumi.Config(CONFIG_NAMESPACE)): Boundary {
  return resolveBoundary({ preset: config.get("preset"), regions: config.getObject<unknown>("regions") }, (s) => `${CONFIG_NAMESPACE}:${s}`);
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
