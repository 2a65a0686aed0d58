/**
 * Shared child helpers of the components: lock, role assignments, diagnostic settings, managed identities, the
 * one-call `applyExtensions`, and the construction-time checks. Small and stable: other components import these.
 */
export * from "./errors";
export * from "./roles";
export * from "./lock";
export * from "./role-assignments";
export * from "./diagnostic-settings";
export * from "./identity";
export * from "./extensions";
export * from "./zones";
export * from "./validate";
export * from "./pair-copies";
