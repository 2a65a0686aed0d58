export * from "./key-vault";
export * from "./key-vault-args";
