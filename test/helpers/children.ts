import { children } from "./mocks";

/**
 * `[type, name]` of every recorded custom resource, sorted: the order in which children register depends on when
 * their inputs resolve, so component tests compare this sorted list.
 */
export function sortedChildren(): [string, string][] {
  return children()
    .map((r): [string, string] => [r.type, r.name])
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1));
}

/** The URN the mocks give a component of type `type` named `name` at the stack's top level. */
export function componentUrn(type: string, name: string): string {
  return `urn:pulumi:stack::project::${type}::${name}`;
}
