/**
 * The engine: pure functions from a resource's facts to its effective data locations, each with its reason,
 * property path and verdict. No @pulumi/policy, no I/O.
 */
export * from "./boundary";
export * from "./evaluate";
export * from "./external";
export * from "./locations";
export * from "./stack";
export * from "./tokens";
export * from "./types";
export * from "./values";
export { primaryLocation } from "./primary-location";
export { exampleRegion } from "./examples";
export { resourceKind } from "./kinds";
