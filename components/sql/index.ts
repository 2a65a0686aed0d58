export * from "./sql-server";
export * from "./sql-server-args";
