export * from "./postgresql-flexible-server";
export * from "./postgresql-flexible-server-args";
