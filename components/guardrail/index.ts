export { BoundaryGuardrail } from "./boundary-guardrail";
export type { BoundaryGuardrailArgs } from "./boundary-guardrail";
export { buildGuardrailAssignments, GUARDRAIL_POLICIES } from "./assignments";
export type { GuardrailPolicy } from "./assignments";
