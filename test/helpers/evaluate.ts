import { Boundary, evaluateResource, resolveBoundary, ResourceFacts, StackResource, StackView } from "../../policy-pack/engine";

/** The EU Data Boundary, the pack's default. */
export const EUDB: Boundary = resolveBoundary({});

/** Messages of the places a resource policy reports (judged without the stack), for every family. */
export function resourceMessages(resource: ResourceFacts, boundary: Boundary = EUDB): string[] {
  return evaluateResource(resource, boundary).filter((p) => !p.viaStack && p.verdict !== "inside").map((p) => p.message);
}

/** Messages the stack policy reports for `target` among `resources`. */
export function stackMessages(target: StackResource, resources: StackResource[], boundary: Boundary = EUDB): string[] {
  const view = new StackView(resources);
  return evaluateResource(target, boundary, undefined, view).filter((p) => p.viaStack && p.verdict !== "inside").map((p) => p.message);
}
