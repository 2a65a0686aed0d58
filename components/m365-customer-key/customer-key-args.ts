import * as pulumi from "@pulumi/pulumi";
import * as types from "@pulumi/azure-native/types";
import * as keyvault from "@pulumi/azure-native/keyvault";
import { Boundary } from "../../policy-pack/engine";
import { DiagnosticsArgs, PublicNetworkAccess, ResourceGroupChildArgs, RoleAssignmentArgs } from "../interfaces";
import { boundaryChoice } from "../boundary";
import { KeyVaultArgs, buildKeyVaultPlan } from "../key-vault/key-vault-args";
import { assertDistinctRegions, assertTwoRegionsPossible, RegionPairSubject } from "../residency/region-pair";
import { ComponentArgumentError } from "../shared/errors";

/**
 * The Microsoft 365 first-party applications Customer Key grants, with their well-known application ids (the same
 * in every tenant; MicrosoftDocs/microsoft-365-docs `customer-key-set-up.md`, and the M365DataAtRestEncryption app).
 * The component needs the object id of each one's service principal in your tenant:
 * `az ad sp show --id <appId> --query id -o tsv`.
 */
export const M365_APPLICATIONS = {
  exchangeOnline: { appId: "00000002-0000-0ff1-ce00-000000000000", displayName: "Office 365 Exchange Online" },
  sharePointOnline: { appId: "00000003-0000-0ff1-ce00-000000000000", displayName: "Office 365 SharePoint Online" },
  multiWorkload: { appId: "c066d759-24ae-40e7-a56f-027002b5d3e4", displayName: "M365DataAtRestEncryption" },
} as const;

/** Which Microsoft 365 service principals get key access. */
export type M365Application = keyof typeof M365_APPLICATIONS;

/**
 * Object ids (not app ids) of the Microsoft 365 service principals in your tenant that get get, wrapKey and
 * unwrapKey on both keys. At least one.
 */
export interface Microsoft365ServicePrincipalsArgs {
  /** Conditional. Office 365 Exchange Online (app 00000002-0000-0ff1-ce00-000000000000). */
  readonly exchangeOnline?: pulumi.Input<string>;
  /** Conditional. Office 365 SharePoint Online (app 00000003-0000-0ff1-ce00-000000000000). */
  readonly sharePointOnline?: pulumi.Input<string>;
  /** Conditional. M365DataAtRestEncryption, the multi-workload policy (app c066d759-24ae-40e7-a56f-027002b5d3e4). */
  readonly multiWorkload?: pulumi.Input<string>;
}

/** How the Microsoft 365 service principals get key access: RBAC roles, or vault access policies. */
export const CustomerKeyPermissionModel = { rbac: "rbac", accessPolicies: "accessPolicies" } as const;
/** One of `CustomerKeyPermissionModel`. */
export type CustomerKeyPermissionModel = (typeof CustomerKeyPermissionModel)[keyof typeof CustomerKeyPermissionModel];

/** RSA-HSM key sizes Customer Key accepts, in bits. */
export const CustomerKeySize = { RSA2048: 2048, RSA3072: 3072 } as const;
/** One of `CustomerKeySize`. */
export type CustomerKeySize = (typeof CustomerKeySize)[keyof typeof CustomerKeySize];

/** Azure names of the two vaults. */
export interface CustomerKeyVaultNamesArgs {
  /** Optional. Name of the primary vault. Default: auto-named from `<name>-primary`. */
  readonly primary?: pulumi.Input<string>;
  /** Optional. Name of the secondary vault. Default: auto-named from `<name>-secondary`. */
  readonly secondary?: pulumi.Input<string>;
}

/** The key permissions Customer Key needs (documented: get, wrapKey, unwrapKey). */
export const CUSTOMER_KEY_PERMISSIONS = ["get", "wrapKey", "unwrapKey"] as const;

/** The RBAC role with exactly those permissions (get, wrapKey, unwrapKey on keys). */
export const CUSTOMER_KEY_ROLE = "Key Vault Crypto Service Encryption User";

/** Inputs of `CustomerKeyVaults` that the plan reads. */
export interface CustomerKeyInputs extends ResourceGroupChildArgs, DiagnosticsArgs {
  /** Required. Region of the first vault, inside the boundary. */
  readonly primaryLocation: string;
  /**
   * Required. Region of the second vault: inside the boundary and different from `primaryLocation`. Under ch, de,
   * fr, no and se the only second region in the country is restricted (see `acknowledgeRestrictedRegion`).
   */
  readonly secondaryLocation: string;
  /** Optional. Resource group of the second vault (Microsoft recommends a separate subscription per vault). Default: `resourceGroupName`. */
  readonly secondaryResourceGroupName?: pulumi.Input<string>;
  /** Required. Microsoft Entra tenant id of the Microsoft 365 organisation (Key Vault keys can only be used within one tenant). */
  readonly tenantId: pulumi.Input<string>;
  /**
   * Required. Object ids (not app ids) of the Microsoft 365 service principals in your tenant that get get, wrapKey
   * and unwrapKey on both keys: `exchangeOnline` (Office 365 Exchange Online, app 00000002-0000-0ff1-ce00-000000000000),
   * `sharePointOnline` (Office 365 SharePoint Online, app 00000003-0000-0ff1-ce00-000000000000), `multiWorkload`
   * (M365DataAtRestEncryption, app c066d759-24ae-40e7-a56f-027002b5d3e4). At least one.
   */
  readonly microsoft365ServicePrincipals: Microsoft365ServicePrincipalsArgs;
  /**
   * Optional. `rbac`: the Key Vault component's RBAC vaults, the principals get Key Vault Crypto Service Encryption
   * User. `accessPolicies`: vault access policies with get, wrapKey, unwrapKey (the setup Microsoft's Customer Key
   * guide documents). Default `rbac`.
   */
  readonly permissionModel?: CustomerKeyPermissionModel;
  /** Optional. Name of the key in each vault. Default `m365-customer-key`. */
  readonly keyName?: string;
  /** Optional. RSA-HSM key size, 2048 or 3072. Default 2048 (the size Microsoft's setup command creates). */
  readonly keySize?: CustomerKeySize;
  /** Optional. Azure names of the vaults (globally unique). Default: auto-named from `<name>-primary` and `<name>-secondary`. */
  readonly vaultNames?: CustomerKeyVaultNamesArgs;
  /**
   * Optional. Public network access of the vaults; the network rule always denies everything but trusted Azure
   * services and `ipRules`. Default `Enabled` (whether Microsoft 365 reaches a vault with public access disabled is
   * unverified).
   */
  readonly publicNetworkAccess?: PublicNetworkAccess;
  /** Optional. IPv4 addresses or CIDR ranges allowed through the vault firewall. Default: none. */
  readonly ipRules?: string[];
  /**
   * Conditional. Required (true) when either location is a restricted region (francesouth, germanynorth,
   * norwaywest, swedensouth, switzerlandwest): confirms that your subscription was granted access to it. Default false.
   */
  readonly acknowledgeRestrictedRegion?: boolean;
}

/** One of the two vaults: its child name suffix and the Key Vault component's inputs. */
export interface PlannedVault {
  readonly role: "primary" | "secondary";
  readonly name: string;
  readonly args: KeyVaultArgs;
  /** The vault's inputs as the Key Vault component builds them (used as-is for access policies). */
  readonly vault: keyvault.VaultArgs;
}

function principals(name: string, args: CustomerKeyInputs): [M365Application, pulumi.Input<string>][] {
  const given = (Object.keys(M365_APPLICATIONS) as M365Application[])
    .filter((app) => args.microsoft365ServicePrincipals[app] !== undefined)
    .map((app): [M365Application, pulumi.Input<string>] => [app, args.microsoft365ServicePrincipals[app]!]);
  if (given.length === 0) {
    throw new ComponentArgumentError(
      `CustomerKeyVaults '${name}' has no Microsoft 365 service principal. Set microsoft365ServicePrincipals.exchangeOnline, sharePointOnline or multiWorkload ` +
        `to the object id of that application's service principal in your tenant (az ad sp show --id <appId> --query id -o tsv).`,
    );
  }
  return given;
}

/** The role assignments of one vault: the Microsoft 365 principals (RBAC only) and the caller's own. */
function vaultRoles(args: CustomerKeyInputs, m365: [M365Application, pulumi.Input<string>][]): RoleAssignmentArgs[] {
  const service = args.permissionModel === "accessPolicies" ? [] : m365.map(([app, principalId]) => ({
    roleDefinitionIdOrName: CUSTOMER_KEY_ROLE,
    principalId,
    principalType: "ServicePrincipal" as const,
    description: `Microsoft 365 Customer Key: ${M365_APPLICATIONS[app].displayName}`,
  }));
  return [...service, ...(args.roleAssignments ?? [])];
}

/** The access policies of one vault (access-policy model only): get, wrapKey, unwrapKey for each principal. */
export function customerKeyAccessPolicies(args: CustomerKeyInputs): types.input.keyvault.AccessPolicyEntryArgs[] {
  const m365 = (Object.keys(M365_APPLICATIONS) as M365Application[]).filter((app) => args.microsoft365ServicePrincipals[app] !== undefined);
  return m365.map((app) => ({ tenantId: args.tenantId, objectId: args.microsoft365ServicePrincipals[app]!, permissions: { keys: [...CUSTOMER_KEY_PERMISSIONS] } }));
}

/**
 * The two vaults, checked before anything registers: the boundary must hold two regions (single-region countries
 * such as nl and ie cannot), both locations inside (the pack's wording) with their Key Vault replica inside, two
 * different regions, and a restricted region only when acknowledged.
 */
export function planCustomerKeyVaults(name: string, args: CustomerKeyInputs, boundary: Boundary): PlannedVault[] {
  const subject: RegionPairSubject = {
    who: `CustomerKeyVaults '${name}'`,
    need: "Customer Key needs its two Key Vaults in two different regions",
    inputs: ["primaryLocation", "secondaryLocation"],
    acknowledgeInput: "acknowledgeRestrictedRegion",
  };
  assertTwoRegionsPossible(subject, boundary);
  const m365 = principals(name, args);
  const roles = vaultRoles(args, m365);
  const planned = (["primary", "secondary"] as const).map((role): PlannedVault => {
    const vaultArgs: KeyVaultArgs = {
      resourceGroupName: role === "secondary" ? args.secondaryResourceGroupName ?? args.resourceGroupName : args.resourceGroupName,
      location: role === "primary" ? args.primaryLocation : args.secondaryLocation,
      tags: args.tags,
      lock: args.lock,
      roleAssignments: roles,
      diagnosticSettings: args.diagnosticSettings,
      tenantId: args.tenantId,
      vaultName: args.vaultNames?.[role],
      sku: "premium",
      hsmBackedKeys: true,
      softDeleteRetentionInDays: 90,
      publicNetworkAccess: args.publicNetworkAccess ?? "Enabled",
      ipRules: args.ipRules,
      keys: [{ name: args.keyName ?? "m365-customer-key", kty: "RSA-HSM", keySize: args.keySize ?? 2048, keyOps: ["wrapKey", "unwrapKey"], rotationPolicy: { enabled: false } }],
      ...boundaryChoice(boundary),
    };
    const vaultName = `${name}-${role}`;
    return { role, name: vaultName, args: vaultArgs, vault: buildKeyVaultPlan(vaultName, vaultArgs, boundary).vault };
  });
  assertDistinctRegions(subject, [args.primaryLocation, args.secondaryLocation], args.acknowledgeRestrictedRegion === true, boundary);
  return planned;
}
