export * from "./cosmos-db-account";
export * from "./cosmos-db-account-args";
