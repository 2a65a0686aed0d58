import { Boundary, evaluateResource, resolveBoundary, ResourceFacts, StackResource, StackView } from "../../policy-pack/engine";
import { EUDB } from "../helpers/evaluate";
import { resource, stackResource } from "../helpers/facts";

const REPLICATION = new Set(["replication"] as const);

/** The single-country boundary under which the westeurope ↔ northeurope pair leaves the country. */
export const NL = resolveBoundary({ preset: "nl" });

/** Messages the `replication-in-boundary` resource policy reports for a resource (judged without the stack). */
export function replicationMessages(target: ResourceFacts, boundary: Boundary = EUDB): string[] {
  return evaluateResource(target, boundary, REPLICATION).filter((p) => !p.viaStack && p.verdict !== "inside").map((p) => p.message);
}

/** Messages the `boundary` stack policy reports for `target`'s replication places among `resources`. */
export function replicationStackMessages(target: StackResource, resources: StackResource[], boundary: Boundary = EUDB): string[] {
  const view = new StackView(resources);
  return evaluateResource(target, boundary, REPLICATION, view).filter((p) => p.viaStack && p.verdict !== "inside").map((p) => p.message);
}

/** A resource of the stack with a literal location, for a partner or source to resolve to. */
export function located(type: string, name: string, location: string, props: Record<string, unknown> = {}): StackResource {
  return stackResource(resource(type, name, { location, resourceGroupName: "rg", ...props }));
}
