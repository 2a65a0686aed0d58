import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import { LockArgs } from "../interfaces";

/** Default lock notes per kind (AVM wording): what the lock blocks. */
export const LOCK_NOTES: Readonly<Record<"CanNotDelete" | "ReadOnly", string>> = {
  CanNotDelete: "Cannot delete resource or child resources.",
  ReadOnly: "Cannot delete or modify the resource or child resources.",
};

/**
 * The inputs of the management lock for `lock` on `scope`, or `undefined` when no lock is wanted (`lock` absent
 * or kind `None`). Azure name default `lock-<name>`; notes default {@link LOCK_NOTES}.
 */
export function lockInputs(name: string, scope: pulumi.Input<string>, lock: LockArgs | undefined): authorization.ManagementLockByScopeArgs | undefined {
  if (!lock || lock.kind === "None") return undefined;
  return { scope, level: lock.kind, lockName: lock.name ?? `lock-${name}`, notes: lock.notes ?? LOCK_NOTES[lock.kind] };
}

/**
 * Creates the management lock child `<name>-lock` (`azure-native:authorization:ManagementLockByScope`) on `scope`,
 * the primary resource's id, when `lock` asks for one; returns it, or `undefined`.
 *
 * @param parent The component; the lock is its child.
 * @param name The component's name.
 */
export function createLock(
  parent: pulumi.Resource,
  name: string,
  scope: pulumi.Input<string>,
  lock: LockArgs | undefined,
): authorization.ManagementLockByScope | undefined {
  const inputs = lockInputs(name, scope, lock);
  return inputs ? new authorization.ManagementLockByScope(`${name}-lock`, inputs, { parent }) : undefined;
}
