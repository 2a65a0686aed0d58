import { AiDeploymentTypeField } from "./ai-deployment-types";

/**
 * Where classic `@pulumi/azure` AI model deployments name their deployment type (vectors.md V22): `scale.type` in
 * 5.x, `sku.name` in 6.x (the block was renamed). A deployment sets one of them; the rule judges each one set, and
 * a deployment that sets neither is not proven. docs/coverage/processing.md lists the same rows.
 */
export const CLASSIC_AI_DEPLOYMENT_TYPE_FIELDS: readonly AiDeploymentTypeField[] = [
  // V22, 6.x
  { type: "azure:cognitive:Deployment", path: "sku.name" },
  // V22, 5.x
  { type: "azure:cognitive:Deployment", path: "scale.type" },
];
