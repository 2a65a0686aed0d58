import * as pulumi from "@pulumi/pulumi";
import { Boundary } from "../policy-pack/engine";

/**
 * The Azure Verified Modules extension interfaces (AVM RMFR4/RMFR5), shared by every component so that each one
 * takes `lock`, `roleAssignments`, `diagnosticSettings`, `managedIdentities` and `customerManagedKey` the same way.
 */

/** Optional. A management lock on the primary resource. */
export interface LockArgs {
  /** Required. `CanNotDelete` or `ReadOnly`; `None` creates no lock. */
  readonly kind: "CanNotDelete" | "ReadOnly" | "None";
  /** Optional. Lock name. Default `lock-<name>`. */
  readonly name?: string;
  /** Optional. Notes shown on the lock. Default: what the lock blocks. */
  readonly notes?: string;
}

/** Optional. One role assignment on the primary resource. */
export interface RoleAssignmentArgs {
  /** Required. A built-in role name known to the components (see `roles.ts`) or a role definition id. */
  readonly roleDefinitionIdOrName: string;
  /** Required. The principal (object id) that gets the role. */
  readonly principalId: pulumi.Input<string>;
  /** Optional. `User`, `Group` or `ServicePrincipal`. */
  readonly principalType?: "User" | "Group" | "ServicePrincipal";
  /** Optional. A description stored on the assignment. */
  readonly description?: string;
}

/** Optional. One diagnostic setting on the primary resource; every target must be inside the boundary. */
export interface DiagnosticSettingArgs {
  /** Optional. Setting name. Default `<name>-diagnosticSettings`. */
  readonly name?: string;
  /** Optional. Log Analytics workspace resource id. */
  readonly workspaceResourceId?: pulumi.Input<string>;
  /** Optional. Storage account resource id. */
  readonly storageAccountResourceId?: pulumi.Input<string>;
  /** Optional. Event Hubs authorization rule resource id. */
  readonly eventHubAuthorizationRuleResourceId?: pulumi.Input<string>;
  /** Optional. Event hub name. */
  readonly eventHubName?: pulumi.Input<string>;
  /**
   * Required. The region of every target above, so the component can refuse a target outside the boundary
   * before anything is created (ARM ids carry no region).
   */
  readonly targetLocation: string;
  /** Optional. Log categories or category groups. Default `allLogs`. */
  readonly logCategoriesAndGroups?: readonly { category?: string; categoryGroup?: string; enabled?: boolean }[];
  /** Optional. Metric categories. Default `AllMetrics`. */
  readonly metricCategories?: readonly { category: string; enabled?: boolean }[];
}

/** Optional. Managed identities of the primary resource. */
export interface ManagedIdentitiesArgs {
  /** Optional. Enable the system-assigned identity. */
  readonly systemAssigned?: boolean;
  /** Optional. User-assigned identity resource ids. */
  readonly userAssignedResourceIds?: readonly pulumi.Input<string>[];
}

/** Optional. Encrypt the resource's data with a customer-managed key held in a Key Vault inside the boundary. */
export interface CustomerManagedKeyArgs {
  /** Required. Key Vault resource id. */
  readonly keyVaultResourceId: pulumi.Input<string>;
  /** Required. Key Vault URI (`https://<vault>.vault.azure.net/`). */
  readonly keyVaultUri: pulumi.Input<string>;
  /** Required. Key name. */
  readonly keyName: pulumi.Input<string>;
  /** Optional. Key version. Default: the latest version (auto-rotation). */
  readonly keyVersion?: pulumi.Input<string>;
  /** Optional. User-assigned identity that reads the key. Default: the system-assigned identity. */
  readonly userAssignedIdentityResourceId?: pulumi.Input<string>;
}

/** The inputs every component takes (AVM RMNFR2 and RMFR4). */
export interface CommonArgs {
  /** Required. Resource group the resource is created in; components never create their resource group. */
  readonly resourceGroupName: pulumi.Input<string>;
  /** Required. A region inside the boundary, as a plain string so that it is checked before anything is created. */
  readonly location: string;
  /** Optional. Tags on every resource the component creates. */
  readonly tags?: Readonly<Record<string, string>>;
  /** Optional. A management lock. */
  readonly lock?: LockArgs;
  /** Optional. Role assignments on the primary resource. */
  readonly roleAssignments?: readonly RoleAssignmentArgs[];
  /** Optional. Diagnostic settings on the primary resource. */
  readonly diagnosticSettings?: readonly DiagnosticSettingArgs[];
}

/** The boundary a component checks its inputs against before anything is created. */
export interface BoundaryChoiceArgs {
  /** Optional. The boundary to check against. Default: from stack config data-boundary:preset, else eudb. */
  readonly boundary?: Boundary;
}
