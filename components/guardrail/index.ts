export { BoundaryGuardrail } from "./boundary-guardrail";
export type { BoundaryGuardrailArgs } from "./boundary-guardrail";
export { buildGuardrailAssignments, GUARDRAIL_POLICIES, GuardrailEnforcementMode } from "./assignments";
export type { GuardrailPoliciesArgs, GuardrailPolicy } from "./assignments";
