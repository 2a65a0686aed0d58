import * as authorization from "@pulumi/azure-native/authorization";
import * as pulumi from "@pulumi/pulumi";
import { Boundary } from "../../policy-pack/engine";
import { exampleRegion } from "../../policy-pack/engine/examples";
import { ComponentArgumentError } from "../shared/errors";

/**
 * The Azure Policy built-ins the guardrail assigns, with the parameter each takes. Ids and parameter names checked
 * against Azure/azure-policy `built-in-policies/policyDefinitions/General/AllowedLocations_Deny.json`,
 * `General/ResourceGroupAllowedLocations_Deny.json` and `Cosmos DB/Cosmos_Locations_Deny.json`.
 */
export const GUARDRAIL_POLICIES = {
  allowedLocations: {
    suffix: "allowed-locations",
    assignmentName: "loc",
    definitionId: "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c",
    title: "Allowed locations",
    /** The built-in skips `global` resources, resource groups and B2C directories (its rule says so). */
    extraParameters: {},
  },
  allowedResourceGroupLocations: {
    suffix: "allowed-rg-locations",
    assignmentName: "rg-loc",
    definitionId: "/providers/Microsoft.Authorization/policyDefinitions/e765b5de-1225-4ba3-bd56-1ac6695af988",
    title: "Allowed locations for resource groups",
    extraParameters: {},
  },
  cosmosDbAllowedLocations: {
    suffix: "cosmos-locations",
    assignmentName: "cosmos-loc",
    definitionId: "/providers/Microsoft.Authorization/policyDefinitions/0473574d-2d43-4217-aefe-941fcdf7e684",
    title: "Azure Cosmos DB allowed locations",
    /** `policyEffect` defaults to deny in the definition; set explicitly so a changed default cannot weaken it. */
    extraParameters: { policyEffect: { value: "deny" } },
  },
} as const;

/** Which of the built-ins to assign. */
export type GuardrailPolicy = keyof typeof GUARDRAIL_POLICIES;

/** Which built-ins the guardrail assigns; each is on unless set to false. One field per `GUARDRAIL_POLICIES` entry. */
export interface GuardrailPoliciesArgs {
  /** Optional. Assign Allowed locations (every resource but resource groups and global ones). Default true. */
  readonly allowedLocations?: boolean;
  /** Optional. Assign Allowed locations for resource groups. Default true. */
  readonly allowedResourceGroupLocations?: boolean;
  /** Optional. Assign Azure Cosmos DB allowed locations (the account's regions). Default true. */
  readonly cosmosDbAllowedLocations?: boolean;
}

/** `Default` denies deployments outside the boundary; `DoNotEnforce` only reports them. */
export const GuardrailEnforcementMode = { Default: "Default", DoNotEnforce: "DoNotEnforce" } as const;
/** One of `GuardrailEnforcementMode`. */
export type GuardrailEnforcementMode = (typeof GuardrailEnforcementMode)[keyof typeof GuardrailEnforcementMode];

const SUBSCRIPTION_SCOPE = /^\/subscriptions\/[^/]+$/i;
const MANAGEMENT_GROUP_SCOPE = /^\/providers\/Microsoft\.Management\/managementGroups\/[^/]+$/i;
const NAME_PREFIX = /^[A-Za-z0-9-]{1,10}$/;

/** The plain inputs the builder needs. */
export interface GuardrailInputs {
  readonly scope: pulumi.Input<string>;
  readonly notScopes?: pulumi.Input<string>[];
  readonly enforcementMode?: GuardrailEnforcementMode;
  readonly policies?: GuardrailPoliciesArgs;
  readonly assignmentNamePrefix?: string;
  readonly location?: string;
}

/** Throws when a plain scope is neither a subscription nor a management group. */
export function assertGuardrailScope(name: string, scope: pulumi.Input<string>): void {
  if (typeof scope !== "string") return;
  if (SUBSCRIPTION_SCOPE.test(scope) || MANAGEMENT_GROUP_SCOPE.test(scope)) return;
  throw new ComponentArgumentError(
    `BoundaryGuardrail '${name}' has scope '${scope}', which is neither a subscription nor a management group. ` +
      `Use /subscriptions/<subscription id> or /providers/Microsoft.Management/managementGroups/<group id>.`,
  );
}

/** One assignment to create: the child's logical-name suffix and its inputs. */
export interface PlannedAssignment {
  readonly policy: GuardrailPolicy;
  readonly suffix: string;
  readonly args: authorization.PolicyAssignmentArgs;
}

/** The message Azure shows when a deployment is denied, naming the boundary and its regions. */
export function nonComplianceMessage(policy: GuardrailPolicy, boundary: Boundary): string {
  const what = policy === "allowedResourceGroupLocations" ? "Resource group location" : policy === "cosmosDbAllowedLocations" ? "A Cosmos DB account region" : "Resource location";
  return `${what} is outside ${boundary.label}. Use one of: ${boundary.regionNames.join(", ")}.`;
}

/**
 * The policy assignments for `boundary`: every enabled built-in with `listOfAllowedLocations` set to the
 * boundary's region names, enforcement mode Default, and a location inside the boundary (Azure needs one only for
 * a managed identity; the pack needs one to prove the assignment inside).
 */
export function buildGuardrailAssignments(name: string, inputs: GuardrailInputs, boundary: Boundary): PlannedAssignment[] {
  assertGuardrailScope(name, inputs.scope);
  const prefix = inputs.assignmentNamePrefix ?? "db";
  if (!NAME_PREFIX.test(prefix)) {
    throw new ComponentArgumentError(
      `BoundaryGuardrail '${name}' has assignmentNamePrefix '${prefix}'; management-group assignment names are limited to 24 characters. ` +
        `Use 1 to 10 letters, digits or hyphens.`,
    );
  }
  const enabled = (Object.keys(GUARDRAIL_POLICIES) as GuardrailPolicy[]).filter((p) => inputs.policies?.[p] ?? true);
  if (enabled.length === 0) throw new ComponentArgumentError(`BoundaryGuardrail '${name}' has every policy disabled. Enable at least one of ${Object.keys(GUARDRAIL_POLICIES).join(", ")}.`);
  return enabled.map((policy) => {
    const spec = GUARDRAIL_POLICIES[policy];
    return {
      policy,
      suffix: spec.suffix,
      args: {
        scope: inputs.scope,
        policyAssignmentName: `${prefix}-${spec.assignmentName}`,
        policyDefinitionId: spec.definitionId,
        displayName: `${spec.title}: ${boundary.label}`,
        description: `Denies deployments outside ${boundary.label} (data-boundary guardrail '${name}').`,
        enforcementMode: inputs.enforcementMode ?? "Default",
        location: inputs.location ?? exampleRegion(boundary),
        parameters: { listOfAllowedLocations: { value: [...boundary.regionNames] }, ...spec.extraParameters },
        nonComplianceMessages: [{ message: nonComplianceMessage(policy, boundary) }],
        ...(inputs.notScopes ? { notScopes: inputs.notScopes } : {}),
        metadata: { managedBy: "data-boundary", boundary: boundary.id },
      },
    };
  });
}
