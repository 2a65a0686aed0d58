export * from "./landing-zone";
export * from "./m365-customer-key";
export * from "./ai-workload";
export * from "./collaboration";
export * from "./customer-held-keys";
