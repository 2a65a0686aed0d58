import { ReferenceField } from "../reference-fields";

/**
 * Classic `@pulumi/azure` properties that point at another resource where this one processes data (vectors.md
 * V31): the function app a Static Web App forwards its API requests to. azure-native names that app's region
 * (`functionAppRegion`); classic names its id, so its place is the location of the function app of this stack the
 * id was computed from, else not proven. docs/coverage/processing.md lists the same rows.
 */
export const CLASSIC_PROCESSING_REFERENCES: readonly ReferenceField[] = [
  // V31
  {
    type: "azure:appservice:StaticWebAppFunctionAppRegistration",
    path: "functionAppId",
    what: "forwards API requests to a function app in",
    fix: "Link a function app in a region inside the boundary.",
    targets: ["azure:appservice:LinuxFunctionApp", "azure:appservice:WindowsFunctionApp", "azure:appservice:FunctionApp", "web:WebApp"],
  },
];
