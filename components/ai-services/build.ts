import * as cognitiveservices from "@pulumi/azure-native/cognitiveservices";
import * as types from "@pulumi/azure-native/types";
import * as pulumi from "@pulumi/pulumi";
import { Boundary } from "../../policy-pack/engine";
import { CommonArgs, CustomerManagedKeyArgs, ManagedIdentitiesArgs, PublicNetworkAccess } from "../interfaces";
import { ComponentArgumentError } from "../shared/errors";
import { identityInput, withUserAssignedIdentity } from "../shared/identity";
import { canonicalSku, defaultDeploymentSku } from "./deployment-skus";

/** Account kinds: `OpenAI` (Azure OpenAI only) or `AIServices` (Foundry multi-service). */
export const AiServicesKind = { OpenAI: "OpenAI", AIServices: "AIServices" } as const;
/** One of `AiServicesKind`. */
export type AiServicesKind = (typeof AiServicesKind)[keyof typeof AiServicesKind];

/** When a deployment moves to a new model version. */
export const AiVersionUpgradeOption = {
  OnceNewDefaultVersionAvailable: "OnceNewDefaultVersionAvailable",
  OnceCurrentVersionExpired: "OnceCurrentVersionExpired",
  NoAutoUpgrade: "NoAutoUpgrade",
} as const;
/** One of `AiVersionUpgradeOption`. */
export type AiVersionUpgradeOption = (typeof AiVersionUpgradeOption)[keyof typeof AiVersionUpgradeOption];

/** The model a deployment serves. */
export interface AiModelArgs {
  /** Required. Model name, such as `gpt-4o`. */
  readonly name: string;
  /** Optional. Model version. Default: the model's default version. */
  readonly version?: string;
  /** Optional. Model format. Default `OpenAI`. */
  readonly format?: string;
}

/** One model deployment of the account. */
export interface AiModelDeploymentArgs {
  /** Required. Deployment name (what callers put in the API path); also the suffix of the child's logical name. */
  readonly name: string;
  /** Required. The model. */
  readonly model: AiModelArgs;
  /**
   * Optional. Deployment type (`sku.name`), checked before anything is created: `Standard` and `ProvisionedManaged`
   * always; `DataZoneStandard`, `DataZoneProvisionedManaged` and `DataZoneBatch` only for an account in an EU member
   * state under the `eu` or `eudb` boundary; `Global*` and `DeveloperTier` never. Default `DataZoneStandard` where
   * allowed, else `Standard`.
   */
  readonly skuName?: string;
  /** Optional. Capacity (thousands of tokens per minute, or PTUs for provisioned). Default: the service's default. */
  readonly capacity?: number;
  /** Optional. Content filter (RAI policy) name. Default: the service's default policy. */
  readonly raiPolicyName?: pulumi.Input<string>;
  /** Optional. When to move to a new model version. Default `OnceNewDefaultVersionAvailable` (the service's default). */
  readonly versionUpgradeOption?: AiVersionUpgradeOption;
  /**
   * Optional. Deployment that takes throttled requests; must be another deployment of this component, so that its
   * type is checked too. Default: none.
   */
  readonly spilloverDeploymentName?: string;
}

/** Customer-managed key of the account; Cognitive Services needs the client id of a user-assigned identity. */
export interface AiServicesCustomerManagedKeyArgs extends CustomerManagedKeyArgs {
  /** Conditional. Required with `userAssignedIdentityResourceId`: that identity's client id. */
  readonly userAssignedIdentityClientId?: pulumi.Input<string>;
}

/** The account-level inputs of an AI Services account, read by {@link buildAccountArgs}. */
export interface AiServicesAccountInputs extends CommonArgs {
  /** Optional. `OpenAI` (Azure OpenAI only) or `AIServices` (Foundry multi-service). Default `OpenAI`, the narrower surface. */
  readonly kind?: AiServicesKind;
  /** Optional. Account SKU. Default `S0`. */
  readonly skuName?: string;
  /** Optional. Custom subdomain of the endpoint, globally unique; needed for Entra ID authentication. Default: `name`. */
  readonly customSubDomainName?: string;
  /** Optional. Public network access. Default `Disabled` (reach the account through a private endpoint). */
  readonly publicNetworkAccess?: PublicNetworkAccess;
  /** Optional. Network rule set (IP and subnet rules). Default `{ defaultAction: "Deny" }`. */
  readonly networkAcls?: types.input.cognitiveservices.NetworkRuleSetArgs;
  /** Optional. Disable key authentication, so that only Entra ID tokens work. Default `true`. */
  readonly disableLocalAuth?: boolean;
  /** Optional. Block outbound calls except to `allowedFqdnList` (data exfiltration protection). Default `true`. */
  readonly restrictOutboundNetworkAccess?: boolean;
  /** Optional. Host names the account may call when outbound access is restricted. Default: none. */
  readonly allowedFqdnList?: string[];
  /** Optional. Managed identities of the account. Default: none (a system-assigned one is added for a customer-managed key without a user-assigned identity). */
  readonly managedIdentities?: ManagedIdentitiesArgs;
  /** Optional. Encrypt the account's data with a customer-managed key. Default: Microsoft-managed keys. */
  readonly customerManagedKey?: AiServicesCustomerManagedKeyArgs;
}

const ACCOUNT = "azure-native:cognitiveservices:Account";
const DEPLOYMENT = "azure-native:cognitiveservices:Deployment";

function encryption(name: string, cmk: AiServicesCustomerManagedKeyArgs | undefined): types.input.cognitiveservices.EncryptionArgs | undefined {
  if (!cmk) return undefined;
  if (cmk.userAssignedIdentityResourceId !== undefined && cmk.userAssignedIdentityClientId === undefined) {
    throw new ComponentArgumentError(
      `AiServicesAccount '${name}' has customerManagedKey.userAssignedIdentityResourceId without userAssignedIdentityClientId. ` +
        `Set userAssignedIdentityClientId to that identity's client id; Cognitive Services reads the key with it.`,
    );
  }
  return {
    keySource: "Microsoft.KeyVault",
    keyVaultProperties: {
      keyVaultUri: cmk.keyVaultUri,
      keyName: cmk.keyName,
      keyVersion: cmk.keyVersion,
      identityClientId: cmk.userAssignedIdentityClientId,
    },
  };
}

/** The identity: as asked, plus the key's identity (or a system-assigned one) when a customer-managed key is set. */
function identity(args: AiServicesAccountInputs): types.input.cognitiveservices.IdentityArgs | undefined {
  const cmk = args.customerManagedKey;
  const wanted = cmk
    ? cmk.userAssignedIdentityResourceId !== undefined
      ? withUserAssignedIdentity(args.managedIdentities, cmk.userAssignedIdentityResourceId)
      : { ...args.managedIdentities, systemAssigned: true }
    : args.managedIdentities;
  const input = identityInput(wanted, { kind: "AI Services account" });
  if (!input) return undefined;
  // Cognitive Services spells the combined type with a space.
  const type = input.type === "SystemAssigned,UserAssigned" ? "SystemAssigned, UserAssigned" : input.type;
  return { type, userAssignedIdentities: input.userAssignedIdentities };
}

/**
 * The account's inputs: public network access disabled with a deny-by-default network rule set, local (key)
 * authentication disabled, outbound access restricted to `allowedFqdnList`, no multi-region routing, and a custom
 * subdomain (needed for Entra ID tokens).
 */
export function buildAccountArgs(name: string, args: AiServicesAccountInputs): cognitiveservices.AccountArgs {
  return {
    resourceGroupName: args.resourceGroupName,
    location: args.location,
    kind: args.kind ?? "OpenAI",
    sku: { name: args.skuName ?? "S0" },
    identity: identity(args),
    properties: {
      customSubDomainName: args.customSubDomainName ?? name,
      publicNetworkAccess: args.publicNetworkAccess ?? "Disabled",
      networkAcls: args.networkAcls ?? { defaultAction: "Deny" },
      disableLocalAuth: args.disableLocalAuth ?? true,
      restrictOutboundNetworkAccess: args.restrictOutboundNetworkAccess ?? true,
      allowedFqdnList: args.allowedFqdnList,
      encryption: encryption(name, args.customerManagedKey),
    },
    tags: args.tags,
  };
}

/** One planned deployment: its logical name and inputs except the account name (known once the account exists). */
export interface PlannedDeployment {
  readonly logicalName: string;
  readonly args: Omit<cognitiveservices.DeploymentArgs, "accountName">;
}

/**
 * The deployments' inputs, each with its SKU or the default one; deployment names must be unique and a spillover
 * target must be another deployment of the list. Where the SKUs process data is judged by the pack's rules on the
 * whole plan (see the component).
 */
export function buildDeployments(name: string, args: AiServicesAccountInputs, deployments: readonly AiModelDeploymentArgs[], boundary: Boundary): PlannedDeployment[] {
  const names = deployments.map((d) => d.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new ComponentArgumentError(`AiServicesAccount '${name}' has two deployments named '${duplicate}'. Give each deployment its own name.`);
  return deployments.map((d) => {
    const sku = canonicalSku(d.skuName ?? defaultDeploymentSku(args.location, boundary));
    if (d.spilloverDeploymentName !== undefined && (d.spilloverDeploymentName === d.name || !names.includes(d.spilloverDeploymentName))) {
      throw new ComponentArgumentError(
        `AiServicesAccount '${name}' deployment '${d.name}' spills over to '${d.spilloverDeploymentName}', which is not another deployment of this account, so its type cannot be checked. ` +
          `Set spilloverDeploymentName to one of: ${names.filter((n) => n !== d.name).join(", ") || "(no other deployment)"}.`,
      );
    }
    return {
      logicalName: `${name}-${d.name}`,
      args: {
        resourceGroupName: args.resourceGroupName,
        deploymentName: d.name,
        sku: { name: sku, capacity: d.capacity },
        properties: {
          model: { format: d.model.format ?? "OpenAI", name: d.model.name, version: d.model.version },
          raiPolicyName: d.raiPolicyName,
          versionUpgradeOption: d.versionUpgradeOption,
          spilloverDeploymentName: d.spilloverDeploymentName,
        },
        tags: args.tags,
      },
    };
  });
}

/** The type tokens of the children, for validation. */
export const AI_TYPES = { ACCOUNT, DEPLOYMENT } as const;
