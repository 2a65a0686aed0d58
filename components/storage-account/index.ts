export * from "./storage-account";
export * from "./storage-account-args";
