import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as monitor from "@pulumi/azure-native/monitor";
import { Boundary } from "../../policy-pack/engine";
import { DiagnosticSettingArgs, LockArgs, RoleAssignmentArgs } from "../interfaces";
import { ALL_LOGS_AND_METRICS, createDiagnosticSettings, DiagnosticDefaults, validateDiagnosticSettings } from "./diagnostic-settings";
import { lockInputs } from "./lock";
import { createRoleAssignments, resolveRoleAssignments } from "./role-assignments";

/** The AVM extension inputs a primary resource takes (a subset of `CommonArgs`). */
export interface ExtensionArgs {
  readonly lock?: LockArgs;
  readonly roleAssignments?: readonly RoleAssignmentArgs[];
  readonly diagnosticSettings?: readonly DiagnosticSettingArgs[];
}

/** The children {@link applyExtensions} created. */
export interface AppliedExtensions {
  readonly lock?: authorization.ManagementLockByScope;
  readonly roleAssignments: authorization.RoleAssignment[];
  readonly diagnosticSettings: monitor.DiagnosticSetting[];
}

/**
 * Checks the extension inputs before anything registers: unknown role names, and diagnostic targets outside the
 * boundary, without a target, or third-party. Call it in the component before `super(...)`.
 */
export function validateExtensions(name: string, args: ExtensionArgs, boundary: Boundary): void {
  resolveRoleAssignments(args.roleAssignments);
  validateDiagnosticSettings(name, args.diagnosticSettings, boundary);
}

/**
 * Applies lock, role assignments and diagnostic settings to a primary resource in one call, each only when asked
 * for: `<name>-role-<i>`, `<name>-diag-<i>`, then `<name>-lock` (created last, so a ReadOnly lock never blocks the
 * other children).
 *
 * @param parent The component; every child is its child.
 * @param name The component's name.
 * @param resourceId The primary resource's id: scope of the lock and roles, resource of the diagnostics.
 * @param diagnostics Which categories a setting sends when the caller lists none. Default all logs and metrics.
 * @param lockAfter Other children the lock must wait for (keys, databases, deployments): a ReadOnly lock on the
 *   primary resource would block creating them. Default none.
 */
export function applyExtensions(
  parent: pulumi.Resource,
  name: string,
  resourceId: pulumi.Input<string>,
  args: ExtensionArgs,
  boundary: Boundary,
  diagnostics: DiagnosticDefaults = ALL_LOGS_AND_METRICS,
  lockAfter: readonly pulumi.Resource[] = [],
): AppliedExtensions {
  const roleAssignments = createRoleAssignments(parent, name, resourceId, args.roleAssignments);
  const diagnosticSettings = createDiagnosticSettings(parent, name, resourceId, args.diagnosticSettings, boundary, diagnostics);
  const inputs = lockInputs(name, resourceId, args.lock);
  const lock = inputs
    ? new authorization.ManagementLockByScope(`${name}-lock`, inputs, { parent, dependsOn: [...lockAfter, ...roleAssignments, ...diagnosticSettings] })
    : undefined;
  return { lock, roleAssignments, diagnosticSettings };
}
