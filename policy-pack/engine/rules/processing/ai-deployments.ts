import { Rule } from "../../types";
import { deploymentTypeFindings } from "./ai-deployment-types";
import { spilloverFindings } from "./ai-spillover";

/**
 * V22: where an Azure OpenAI / AI Foundry deployment processes prompts and responses, from its deployment type and
 * the deployment its overflow spills to. The account's multi-region routing is a region-field row.
 */
export const aiDeploymentRule: Rule = {
  id: "ai-deployment-processing",
  family: "processing",
  appliesTo: (token) => token.key === "cognitiveservices:Deployment",
  findings: ({ resource, boundary, stack }) => [
    ...deploymentTypeFindings(resource, boundary, "ai-deployment-processing", stack),
    ...spilloverFindings(resource, boundary, "ai-deployment-processing", stack),
  ],
};
