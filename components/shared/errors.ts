/**
 * An error in a component's arguments that is not a boundary violation (an unknown role name, a missing
 * administrator, an option that needs another one). Boundary violations throw `BoundaryViolationError`
 * (`components/boundary.ts`) with the pack's wording instead.
 */
export class ComponentArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ComponentArgumentError";
  }
}
