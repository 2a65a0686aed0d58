export * from "./managed-hsm";
export * from "./managed-hsm-args";
