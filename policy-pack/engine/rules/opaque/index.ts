import { Rule } from "../../types";
import { CLASSIC_DEPLOYMENT_SCRIPT_TYPES, CLASSIC_TEMPLATE_CARRIERS } from "./classic-carriers";
import { TEMPLATE_CARRIERS, templateCarrierRule } from "./deployments";
import { DEPLOYMENT_SCRIPT_TYPES, deploymentScriptRule, OPAQUE_ESCAPE_HATCH_RULES } from "./escape-hatches";
import { olderApiShapeRule } from "./older-shapes";

/**
 * Rules of the `opaque-deployment-proven` policy (vectors.md V35): inline ARM templates are judged entry by entry
 * with the engine's own rules (nested places report under this policy); linked templates, deployment scripts and
 * `az` commands are unproven; so is an input of an older API shape that the 3.x paths of the rules cannot read. The
 * nested evaluation calls `evaluateResource`, which imports the rule list: the cycle is only followed at call time.
 */
export const OPAQUE_RULES: readonly Rule[] = [
  templateCarrierRule([...TEMPLATE_CARRIERS, ...CLASSIC_TEMPLATE_CARRIERS]),
  deploymentScriptRule([...DEPLOYMENT_SCRIPT_TYPES, ...CLASSIC_DEPLOYMENT_SCRIPT_TYPES]),
  ...OPAQUE_ESCAPE_HATCH_RULES,
  olderApiShapeRule,
];
