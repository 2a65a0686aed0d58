export * from "./log-analytics-workspace";
export * from "./log-analytics-workspace-args";
