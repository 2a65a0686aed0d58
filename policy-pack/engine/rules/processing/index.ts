import { Rule } from "../../types";
import { referenceFieldRule } from "../reference-fields";
import { regionFieldRule } from "../region-fields";
import { AI_DEPLOYMENT_TYPE_FIELDS, aiDeploymentRule } from "./ai-deployments";
import { anywhereRule } from "./anywhere";
import { ANYWHERE_SETTINGS } from "./anywhere-settings";
import { AVAILABILITY_TESTS, availabilityTestRule } from "./availability-tests";
import { CLASSIC_AI_DEPLOYMENT_TYPE_FIELDS } from "./classic-ai-deployments";
import { CLASSIC_ANYWHERE_SETTINGS } from "./classic-anywhere-settings";
import { CLASSIC_AVAILABILITY_TESTS } from "./classic-availability-tests";
import { CLASSIC_BOT_CHANNEL_REGION_FIELDS } from "./classic-bot-channels";
import { CLASSIC_INTEGRATION_RUNTIME_FIELDS } from "./classic-integration-runtimes";
import { CLASSIC_PROCESSING_REFERENCES } from "./classic-references";
import { CLASSIC_PROCESSING_REGION_FIELDS } from "./classic-region-fields";
import { INTEGRATION_RUNTIME_FIELDS, integrationRuntimeRule } from "./integration-runtimes";
import { PROCESSING_REGION_FIELDS } from "./region-fields";

/**
 * Rules of the `processing-in-boundary` policy: where a resource processes data besides where it stores it (AI
 * deployment types, additional processing regions, edge serving, probes, integration runtimes).
 */
export const PROCESSING_RULES: readonly Rule[] = [
  aiDeploymentRule([...AI_DEPLOYMENT_TYPE_FIELDS, ...CLASSIC_AI_DEPLOYMENT_TYPE_FIELDS]),
  regionFieldRule("processing-regions", "processing", [...PROCESSING_REGION_FIELDS, ...CLASSIC_PROCESSING_REGION_FIELDS, ...CLASSIC_BOT_CHANNEL_REGION_FIELDS]),
  anywhereRule("processing-anywhere", [...ANYWHERE_SETTINGS, ...CLASSIC_ANYWHERE_SETTINGS]),
  referenceFieldRule("processing-references", "processing", CLASSIC_PROCESSING_REFERENCES),
  availabilityTestRule([...AVAILABILITY_TESTS, ...CLASSIC_AVAILABILITY_TESTS]),
  integrationRuntimeRule([...INTEGRATION_RUNTIME_FIELDS, ...CLASSIC_INTEGRATION_RUNTIME_FIELDS]),
];
