/**
 * The residency-safe components (issue 6). Each folder has its own barrel; append yours here.
 */
export * from "./token";
export * from "./boundary";
export * from "./interfaces";
export * from "./shared";
export * from "./resource-group";
export * from "./storage-account";
export * from "./key-vault";
export * from "./log-analytics";
export * from "./cosmos-db";
export * from "./sql";
export * from "./postgresql";
export * from "./ai-services";
export * from "./communication";
export * from "./m365-customer-key";
export * from "./power-platform";
export * from "./guardrail";
export * from "./managed-hsm";
export * from "./dke-key-service";
