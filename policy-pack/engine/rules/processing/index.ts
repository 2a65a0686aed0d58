import { Rule } from "../../types";
import { regionFieldRule } from "../region-fields";
import { aiDeploymentRule } from "./ai-deployments";
import { anywhereRule } from "./anywhere";
import { ANYWHERE_SETTINGS } from "./anywhere-settings";
import { availabilityTestRule } from "./availability-tests";
import { integrationRuntimeRule } from "./integration-runtimes";
import { PROCESSING_REGION_FIELDS } from "./region-fields";

/**
 * Rules of the `processing-in-boundary` policy: where a resource processes data besides where it stores it (AI
 * deployment types, additional processing regions, edge serving, probes, integration runtimes).
 */
export const PROCESSING_RULES: readonly Rule[] = [
  aiDeploymentRule,
  regionFieldRule("processing-regions", "processing", PROCESSING_REGION_FIELDS),
  anywhereRule("processing-anywhere", ANYWHERE_SETTINGS),
  availabilityTestRule,
  integrationRuntimeRule,
];
