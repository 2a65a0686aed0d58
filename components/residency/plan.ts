import { Boundary, evaluateResource, PolicyFamily, StackResource, StackView } from "../../policy-pack/engine";
import { BoundaryViolationError } from "../boundary";
import { plainInputs } from "../shared/validate";

/** A child a component is about to create, with the references between its children. */
export interface PlannedChild {
  /** Type token, `azure-native:<module>:<Type>`. */
  readonly type: string;
  /** Logical name. */
  readonly name: string;
  /** Inputs; Outputs become Pulumi's unknown sentinel before the engine reads them. */
  readonly inputs: object;
  /** Input name to the logical names of the planned children its value will come from (`accountName: ["ai"]`). */
  readonly references?: Readonly<Record<string, readonly string[]>>;
}

const urnOf = (child: Pick<PlannedChild, "type" | "name">) => `component::${child.type}::${child.name}`;

/**
 * Judges the planned children of a component together, as the pack's stack policy will judge them at preview:
 * places that depend on another child (a deployment's data zone depends on its account's region) are judged here,
 * before anything is registered. Throws `BoundaryViolationError` with the pack's messages for every place of the
 * given families that is outside or not proven inside.
 */
export function assertPlanInBoundary(children: readonly PlannedChild[], boundary: Boundary, families: readonly PolicyFamily[]): void {
  const byName = new Map(children.map((c) => [c.name, c]));
  const resources: StackResource[] = children.map((c) => ({
    urn: urnOf(c),
    type: c.type,
    name: c.name,
    props: plainInputs(c.inputs) as Record<string, unknown>,
    propertyDependencies: Object.fromEntries(
      Object.entries(c.references ?? {}).map(([input, names]) => [input, names.map((n) => urnOf(byName.get(n) ?? { type: "unknown", name: n }))]),
    ),
  }));
  const view = new StackView(resources);
  const wanted = new Set(families);
  const messages = resources.flatMap((r) => evaluateResource(r, boundary, wanted, view).filter((p) => p.verdict !== "inside").map((p) => p.message));
  if (messages.length > 0) throw new BoundaryViolationError([...new Set(messages)]);
}
