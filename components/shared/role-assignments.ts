import { createHash } from "crypto";
import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import { RoleAssignmentArgs } from "../interfaces";
import { resolveRole, ResolvedRole, roleDefinitionIdAt } from "./roles";

/**
 * A deterministic GUID (name-based, SHA-1, version 5 layout) of the given parts, like Bicep's `guid(...)`: the
 * same parts always give the same GUID, so a role assignment keeps its Azure name across deployments.
 */
export function deterministicGuid(...parts: string[]): string {
  const hex = createHash("sha1").update(parts.join("|")).digest("hex").slice(0, 32).split("");
  hex[12] = "5";
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Resolves every role name before anything is created; throws `ComponentArgumentError` for an unknown role. */
export function resolveRoleAssignments(assignments: readonly RoleAssignmentArgs[] | undefined): ResolvedRole[] {
  return (assignments ?? []).map((a) => resolveRole(a.roleDefinitionIdOrName));
}

/**
 * The inputs of one role assignment on `scope`: the role definition id in the scope's subscription and the Azure
 * name `deterministicGuid(scope, principalId, roleGuid)` (AVM's default).
 */
export function roleAssignmentInputs(
  scope: pulumi.Input<string>,
  assignment: RoleAssignmentArgs,
  role: ResolvedRole,
): authorization.RoleAssignmentArgs {
  return {
    scope,
    principalId: assignment.principalId,
    principalType: assignment.principalType,
    description: assignment.description,
    roleDefinitionId: pulumi.output(scope).apply((s) => roleDefinitionIdAt(role, s)),
    roleAssignmentName: pulumi.all([scope, assignment.principalId]).apply(([s, p]) => deterministicGuid(s, p, role.guid)),
  };
}

/**
 * Creates one `azure-native:authorization:RoleAssignment` child per entry, named `<name>-role-<index>`, on `scope`
 * (the primary resource's id). Role names resolve through the small table in `roles.ts`.
 *
 * @param parent The component; the assignments are its children.
 * @param name The component's name.
 */
export function createRoleAssignments(
  parent: pulumi.Resource,
  name: string,
  scope: pulumi.Input<string>,
  assignments: readonly RoleAssignmentArgs[] | undefined,
): authorization.RoleAssignment[] {
  const roles = resolveRoleAssignments(assignments);
  return (assignments ?? []).map(
    (assignment, i) => new authorization.RoleAssignment(`${name}-role-${i}`, roleAssignmentInputs(scope, assignment, roles[i]), { parent }),
  );
}
