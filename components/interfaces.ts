import * as pulumi from "@pulumi/pulumi";
import { BoundaryPresetName } from "../policy-pack/catalog";

/**
 * The Azure Verified Modules extension interfaces (AVM RMFR4/RMFR5), shared by every component so that each one
 * takes `lock`, `roleAssignments`, `diagnosticSettings`, `managedIdentities` and `customerManagedKey` the same way.
 */

/**
 * The inputs' string choices are `as const` objects with a type of their values (not TypeScript unions or `enum`s):
 * the multi-language component provider turns them into schema enums, and TypeScript callers can still write the
 * plain string (`publicNetworkAccess: "Disabled"`).
 */

/** Whether a resource accepts traffic from public networks: `Disabled` keeps it reachable only through private endpoints. */
export const PublicNetworkAccess = { Enabled: "Enabled", Disabled: "Disabled" } as const;
/** One of `PublicNetworkAccess`. */
export type PublicNetworkAccess = (typeof PublicNetworkAccess)[keyof typeof PublicNetworkAccess];

/** The kind of a management lock: `None` creates no lock. */
export const LockKind = { CanNotDelete: "CanNotDelete", ReadOnly: "ReadOnly", None: "None" } as const;
/** One of `LockKind`. */
export type LockKind = (typeof LockKind)[keyof typeof LockKind];

/** The kind of a Microsoft Entra principal that gets a role. */
export const PrincipalType = { User: "User", Group: "Group", ServicePrincipal: "ServicePrincipal" } as const;
/** One of `PrincipalType`. */
export type PrincipalType = (typeof PrincipalType)[keyof typeof PrincipalType];

/** Optional. A management lock on the primary resource. */
export interface LockArgs {
  /** Required. `CanNotDelete` or `ReadOnly`; `None` creates no lock. */
  readonly kind: LockKind;
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
  readonly principalType?: PrincipalType;
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
  readonly logCategoriesAndGroups?: DiagnosticLogCategoryArgs[];
  /** Optional. Metric categories. Default `AllMetrics`. */
  readonly metricCategories?: DiagnosticMetricCategoryArgs[];
}

/** One log category, or category group, a diagnostic setting sends. */
export interface DiagnosticLogCategoryArgs {
  /** Conditional. A log category; set this or `categoryGroup`. */
  readonly category?: string;
  /** Conditional. A category group, such as `allLogs` or `audit`; set this or `category`. */
  readonly categoryGroup?: string;
  /** Optional. Send it. Default true. */
  readonly enabled?: boolean;
}

/** One metric category a diagnostic setting sends. */
export interface DiagnosticMetricCategoryArgs {
  /** Required. The metric category, such as `AllMetrics`. */
  readonly category: string;
  /** Optional. Send it. Default true. */
  readonly enabled?: boolean;
}

/** Optional. Managed identities of the primary resource. */
export interface ManagedIdentitiesArgs {
  /** Optional. Enable the system-assigned identity. */
  readonly systemAssigned?: boolean;
  /** Optional. User-assigned identity resource ids. */
  readonly userAssignedResourceIds?: pulumi.Input<string>[];
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

/**
 * The extension inputs every component with a primary resource takes (AVM RMFR4). The common inputs are split in
 * small interfaces rather than narrowed with `Omit`, because the component provider's schema inference drops the
 * documentation of properties that come through a mapped type.
 */
export interface StandardExtensionArgs {
  /** Optional. Tags on every resource the component creates. */
  readonly tags?: Readonly<Record<string, string>>;
  /** Optional. A management lock. */
  readonly lock?: LockArgs;
  /** Optional. Role assignments on the primary resource. */
  readonly roleAssignments?: RoleAssignmentArgs[];
}

/** The inputs of a component whose resources live in a resource group the caller created. */
export interface ResourceGroupChildArgs extends StandardExtensionArgs {
  /** Required. Resource group the resource is created in; components never create their resource group. */
  readonly resourceGroupName: pulumi.Input<string>;
}

/** The diagnostic settings of a component whose primary resource emits logs or metrics. */
export interface DiagnosticsArgs {
  /** Optional. Diagnostic settings on the primary resource. */
  readonly diagnosticSettings?: DiagnosticSettingArgs[];
}

/** The inputs every component takes (AVM RMNFR2 and RMFR4). */
export interface CommonArgs extends ResourceGroupChildArgs, DiagnosticsArgs {
  /** Required. A region inside the boundary, as a plain string so that it is checked before anything is created. */
  readonly location: string;
}

/** The boundary a component checks its inputs against before anything is created. */
export interface BoundaryChoiceArgs {
  /**
   * Optional. The boundary to check against: a preset of the pack's catalogue (`eudb`, `eu`, a country such as `ch`),
   * or `custom` with `boundaryRegions`. Default: stack config `data-boundary:preset` (and `data-boundary:regions`),
   * else `eudb`.
   */
  readonly boundary?: BoundaryPresetName;
  /** Conditional. Required with boundary `custom`, not allowed otherwise: the regions inside, such as `westeurope`. */
  readonly boundaryRegions?: string[];
}
