import * as pulumi from "@pulumi/pulumi";
import { ManagedIdentitiesArgs } from "../interfaces";
import { ComponentArgumentError } from "./errors";

/** The identity types ARM knows. */
export type IdentityType = "SystemAssigned" | "UserAssigned" | "SystemAssigned,UserAssigned";

/** The SDK's identity input as most modules take it (storage, cosmosdb, sql, operationalinsights, ...). */
export interface IdentityListInput {
  readonly type: IdentityType;
  readonly userAssignedIdentities?: pulumi.Input<string>[];
}

/** The SDK's identity input for modules that key user-assigned identities by id (dbforpostgresql, ...). */
export interface IdentityMapInput {
  readonly type: IdentityType;
  readonly userAssignedIdentities?: pulumi.Output<Record<string, Record<string, never>>>;
}

/** Options for the identity helpers. */
export interface IdentityOptions {
  /** The resource kind for messages ("PostgreSQL flexible server"). */
  readonly kind: string;
  /** Whether the resource takes `SystemAssigned,UserAssigned`. Default true. */
  readonly combined?: boolean;
}

/** The identity type `identities` asks for, or `undefined` for none. */
export function identityType(identities: ManagedIdentitiesArgs | undefined): IdentityType | undefined {
  const system = identities?.systemAssigned === true;
  const user = (identities?.userAssignedResourceIds?.length ?? 0) > 0;
  if (system && user) return "SystemAssigned,UserAssigned";
  if (system) return "SystemAssigned";
  return user ? "UserAssigned" : undefined;
}

function checkedType(identities: ManagedIdentitiesArgs | undefined, options: IdentityOptions): IdentityType | undefined {
  const type = identityType(identities);
  if (type === "SystemAssigned,UserAssigned" && options.combined === false) {
    throw new ComponentArgumentError(
      `A ${options.kind} takes either a system-assigned identity or user-assigned identities, not both. Set managedIdentities.systemAssigned to false or drop managedIdentities.userAssignedResourceIds.`,
    );
  }
  return type;
}

/**
 * `managedIdentities` (AVM) as the SDK's list-shaped identity input, or `undefined` when no identity is asked for.
 * Throws when both kinds are asked for and the resource takes only one (`combined: false`).
 */
export function identityInput(identities: ManagedIdentitiesArgs | undefined, options: IdentityOptions): IdentityListInput | undefined {
  const type = checkedType(identities, options);
  if (!type) return undefined;
  const ids = identities?.userAssignedResourceIds ?? [];
  return ids.length > 0 ? { type, userAssignedIdentities: [...ids] } : { type };
}

/** `managedIdentities` as the SDK's map-shaped identity input (`{ "<id>": {} }`), or `undefined`. */
export function identityMapInput(identities: ManagedIdentitiesArgs | undefined, options: IdentityOptions): IdentityMapInput | undefined {
  const type = checkedType(identities, options);
  if (!type) return undefined;
  const ids = identities?.userAssignedResourceIds ?? [];
  if (ids.length === 0) return { type };
  return { type, userAssignedIdentities: pulumi.all([...ids]).apply((all) => Object.fromEntries(all.map((id) => [id, {}]))) };
}

/**
 * `identities` with `extraId` (a customer-managed key's identity) added to the user-assigned ids unless it is
 * already there (compared when both are plain strings).
 */
export function withUserAssignedIdentity(
  identities: ManagedIdentitiesArgs | undefined,
  extraId: pulumi.Input<string> | undefined,
): ManagedIdentitiesArgs | undefined {
  if (extraId === undefined) return identities;
  const ids = identities?.userAssignedResourceIds ?? [];
  const present = ids.some((id) => id === extraId || (typeof id === "string" && typeof extraId === "string" && id.toLowerCase() === extraId.toLowerCase()));
  return present ? identities : { ...identities, userAssignedResourceIds: [...ids, extraId] };
}
