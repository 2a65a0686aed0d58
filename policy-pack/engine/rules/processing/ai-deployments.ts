import { tableRule } from "../table-rule";
import { Rule } from "../../types";
import { AiDeploymentTypeField, deploymentTypeFindings } from "./ai-deployment-types";
import { spilloverFindings } from "./ai-spillover";

const RULE = "ai-deployment-processing";

/** Where azure-native deployments name their deployment type; docs/coverage/processing.md lists the same rows. */
export const AI_DEPLOYMENT_TYPE_FIELDS: readonly AiDeploymentTypeField[] = [{ type: "cognitiveservices:Deployment", path: "sku.name" }];

/**
 * V22: where an Azure OpenAI / AI Foundry deployment processes prompts and responses, from its deployment type (at
 * the table's paths for its type) and the deployment its overflow spills to. The account's multi-region routing is
 * a region-field row.
 */
export function aiDeploymentRule(table: readonly AiDeploymentTypeField[]): Rule {
  return tableRule(RULE, "processing", table, ({ resource, boundary, stack }, rows) => {
    const paths = rows.map((row) => row.path);
    return [...deploymentTypeFindings(resource, paths, boundary, RULE, stack), ...spilloverFindings(resource, paths, boundary, RULE, stack)];
  });
}
