export * from "./dke-key-service";
export * from "./dke-key-service-args";
export * from "./app-settings";
