import * as authorization from "@pulumi/azure-native/authorization";
import * as pulumi from "@pulumi/pulumi";
import { chosenBoundary } from "../boundary";
import { componentType, withEarlierType } from "../token";
import { assertInputsInBoundary } from "../shared/validate";
import { BoundaryChoiceArgs } from "../interfaces";
import { buildGuardrailAssignments, GuardrailEnforcementMode, GuardrailPoliciesArgs } from "./assignments";

/**
 * Inputs of `BoundaryGuardrail`. Policy assignments have no resource group, tags, lock, role assignments or
 * diagnostic settings, so this is the one component whose Args does not extend `CommonArgs`. `boundary` is the
 * boundary to enforce.
 */
export interface BoundaryGuardrailArgs extends BoundaryChoiceArgs {
  /**
   * Required. Where the policies apply: a subscription (`/subscriptions/<id>`) or a management group
   * (`/providers/Microsoft.Management/managementGroups/<id>`). A plain value of another form throws.
   */
  readonly scope: pulumi.Input<string>;
  /** Optional. Scopes below `scope` the policies skip (for example a sandbox resource group). Default: none. */
  readonly notScopes?: pulumi.Input<string>[];
  /**
   * Optional. Which built-ins to assign: `allowedLocations`, `allowedResourceGroupLocations`,
   * `cosmosDbAllowedLocations`. Default: all three.
   */
  readonly policies?: GuardrailPoliciesArgs;
  /** Optional. `Default` denies deployments outside the boundary; `DoNotEnforce` only reports them. Default `Default`. */
  readonly enforcementMode?: GuardrailEnforcementMode;
  /**
   * Optional. Prefix of the assignment names (`<prefix>-loc`, `<prefix>-rg-loc`, `<prefix>-cosmos-loc`), 1-10
   * letters, digits or hyphens, so that two guardrails at one scope do not collide. Default `db`.
   */
  readonly assignmentNamePrefix?: string;
  /**
   * Optional. Region recorded on the assignments; Azure uses it only for a managed identity, the pack needs it to
   * prove the assignment inside the boundary. Must be inside the boundary. Default: the boundary's first suggested
   * region (westeurope for eudb and eu, switzerlandnorth for ch).
   */
  readonly location?: string;
}

/**
 * Assigns Azure Policy built-ins that deny, at deploy time and for every tool, a location outside the same
 * boundary the pack enforces at preview: Allowed locations, Allowed locations for resource groups and Azure Cosmos
 * DB allowed locations, each with `listOfAllowedLocations` = the boundary's regions.
 */
export class BoundaryGuardrail extends pulumi.ComponentResource {
  /** Name of the first assignment (Allowed locations unless disabled). */
  public readonly name: pulumi.Output<string>;
  /** Resource id of the first assignment. */
  public readonly resourceId: pulumi.Output<string>;
  /** Resource ids of every assignment, in the order allowedLocations, allowedResourceGroupLocations, cosmosDbAllowedLocations. */
  public readonly policyAssignmentIds: pulumi.Output<string>[];

  constructor(name: string, args: BoundaryGuardrailArgs, opts?: pulumi.ComponentResourceOptions) {
    const boundary = chosenBoundary(args);
    const planned = buildGuardrailAssignments(name, args, boundary);
    for (const p of planned) assertInputsInBoundary("azure-native:authorization:PolicyAssignment", `${name}-${p.suffix}`, p.args, boundary);
    super(componentType("BoundaryGuardrail"), name, {}, withEarlierType("BoundaryGuardrail", opts));

    const assignments = planned.map((p) => new authorization.PolicyAssignment(`${name}-${p.suffix}`, p.args, { parent: this }));
    this.name = assignments[0].name;
    this.resourceId = assignments[0].id;
    this.policyAssignmentIds = assignments.map((a) => a.id);
    this.registerOutputs({ name: this.name, resourceId: this.resourceId, policyAssignmentIds: this.policyAssignmentIds });
  }
}
