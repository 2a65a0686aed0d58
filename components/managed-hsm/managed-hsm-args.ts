import * as pulumi from "@pulumi/pulumi";
import * as keyvault from "@pulumi/azure-native/keyvault";
import { Boundary, normalizeLocation } from "../../policy-pack/engine";
import { BoundaryChoiceArgs, CommonArgs, ManagedIdentitiesArgs, PublicNetworkAccess } from "../interfaces";
import { assertDistinctRegions } from "../residency/region-pair";
import { assertInputsInBoundary, ComponentArgumentError, identityInput, validateExtensions } from "../shared";

/** The type token of the child. */
export const MANAGED_HSM_TYPE = "azure-native:keyvault:ManagedHsm";

/** The Managed HSM SKU names of azure-native 3.28 (`ManagedHsmSkuName`). */
export const ManagedHsmSku = {
  Standard_B1: "Standard_B1",
  Custom_B32: "Custom_B32",
  Custom_B6: "Custom_B6",
  Custom_C42: "Custom_C42",
  Custom_C10: "Custom_C10",
} as const;

/** A Managed HSM SKU name: one of `ManagedHsmSku`. */
export type ManagedHsmSku = (typeof ManagedHsmSku)[keyof typeof ManagedHsmSku];

/** The SKU family of each Managed HSM SKU. */
export const MANAGED_HSM_SKUS: Readonly<Record<ManagedHsmSku, "B" | "C">> = {
  Standard_B1: "B",
  Custom_B32: "B",
  Custom_B6: "B",
  Custom_C42: "C",
  Custom_C10: "C",
};

/** Whether trusted Azure services pass the HSM's network rules. */
export const ManagedHsmNetworkBypass = { AzureServices: "AzureServices", None: "None" } as const;
/** One of `ManagedHsmNetworkBypass`. */
export type ManagedHsmNetworkBypass = (typeof ManagedHsmNetworkBypass)[keyof typeof ManagedHsmNetworkBypass];

/**
 * The fewest administrators the component accepts without `allowFewerThanThreeAdministrators`: the security
 * domain is encrypted to at least three RSA key pairs (Microsoft's minimum), each held by a different person, and
 * a quorum of them is needed to recover it, so three administrators keep activation and recovery possible when
 * one of them is away.
 */
export const MINIMUM_ADMINISTRATORS = 3;

/** Inputs of `ManagedHsm`. */
export interface ManagedHsmArgs extends CommonArgs, BoundaryChoiceArgs {
  /** Required. Microsoft Entra tenant id that authenticates requests to the HSM. */
  readonly tenantId: pulumi.Input<string>;
  /**
   * Required. Object ids of the initial administrators (`properties.initialAdminObjectIds`; the local role Managed
   * HSM Administrator): the people who download the security domain, activate the HSM and assign the local roles.
   * At least three, each listed once (see `allowFewerThanThreeAdministrators`).
   */
  readonly administratorObjectIds: pulumi.Input<string>[];
  /**
   * Optional. Accept one or two administrators (a test HSM); the security domain's key holders then depend on
   * fewer people. Default false.
   */
  readonly allowFewerThanThreeAdministrators?: boolean;
  /** Optional. Azure name, 3-24 letters, digits and hyphens, globally unique (`<name>.managedhsm.azure.net`). Default: auto-named from the component name. */
  readonly hsmName?: pulumi.Input<string>;
  /** Optional. SKU: `Standard_B1`, `Custom_B32`, `Custom_B6` (family B), `Custom_C42`, `Custom_C10` (family C). Default `Standard_B1`. */
  readonly sku?: ManagedHsmSku;
  /** Optional. Soft-delete retention, 7-90 days. Default 90. Purge protection is always on and cannot be turned off. */
  readonly softDeleteRetentionInDays?: number;
  /** Optional. `Enabled` or `Disabled`. Default `Disabled`: reach the HSM through private endpoints. */
  readonly publicNetworkAccess?: PublicNetworkAccess;
  /** Optional. Public IPv4 addresses or CIDR ranges allowed when public network access is enabled. Default: none (deny). */
  readonly ipRules?: string[];
  /** Optional. Subnet resource ids allowed through the network rules. Default: none. */
  readonly virtualNetworkSubnetIds?: pulumi.Input<string>[];
  /** Optional. `AzureServices` lets trusted Azure services through the network rules, `None` does not. Default `AzureServices`. */
  readonly networkBypass?: ManagedHsmNetworkBypass;
  /**
   * Optional. One extended region for multi-region replication (Managed HSM extends to a single additional region,
   * with the same keys, roles and role assignments): inside the boundary, not `location`; a restricted region needs
   * `acknowledgeRestrictedRegion`. Default: none, the keys stay in `location`.
   */
  readonly extendedRegion?: string;
  /**
   * Conditional. Required (true) when `extendedRegion` is a restricted region (francesouth, germanynorth,
   * norwaywest, swedensouth, switzerlandwest): confirms that your subscription was granted access to it. Default false.
   */
  readonly acknowledgeRestrictedRegion?: boolean;
  /** Optional. Managed identities of the HSM. Default: none. */
  readonly managedIdentities?: ManagedIdentitiesArgs;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkAdministrators(name: string, args: ManagedHsmArgs): void {
  const ids = args.administratorObjectIds ?? [];
  if (ids.length === 0) {
    throw new ComponentArgumentError(
      `ManagedHsm '${name}' has no administratorObjectIds. List the object ids of at least ${MINIMUM_ADMINISTRATORS} people who will download the security domain and activate the HSM.`,
    );
  }
  if (ids.length < MINIMUM_ADMINISTRATORS && args.allowFewerThanThreeAdministrators !== true) {
    throw new ComponentArgumentError(
      `ManagedHsm '${name}' has ${ids.length} administrator${ids.length === 1 ? "" : "s"}; at least ${MINIMUM_ADMINISTRATORS} are recommended: the security domain is encrypted to at least three RSA key pairs held by different people, ` +
        `and a quorum of them is needed to recover the HSM. Add administrators, or set allowFewerThanThreeAdministrators to true for a test HSM.`,
    );
  }
  const plain = ids.filter((id): id is string => typeof id === "string");
  const bad = plain.find((id) => !GUID.test(id));
  if (bad !== undefined) throw new ComponentArgumentError(`ManagedHsm '${name}' lists administrator "${bad}", which is not an object id (a GUID).`);
  const twice = plain.find((id, i) => plain.findIndex((other) => other.toLowerCase() === id.toLowerCase()) !== i);
  if (twice !== undefined) throw new ComponentArgumentError(`ManagedHsm '${name}' lists administrator ${twice} twice; each administrator counts once towards the quorum.`);
}

function checkOptions(name: string, args: ManagedHsmArgs): void {
  if (args.sku !== undefined && !Object.hasOwn(MANAGED_HSM_SKUS, args.sku)) {
    throw new ComponentArgumentError(`ManagedHsm '${name}' has sku ${args.sku}; expected one of ${Object.keys(MANAGED_HSM_SKUS).join(", ")}.`);
  }
  const days = args.softDeleteRetentionInDays ?? 90;
  if (!Number.isInteger(days) || days < 7 || days > 90) {
    throw new ComponentArgumentError(`ManagedHsm '${name}' has softDeleteRetentionInDays ${days}; it must be a whole number of days from 7 to 90.`);
  }
}

/** The replicated regions (primary first), or `undefined` without an extended region. */
function regions(args: ManagedHsmArgs): { name: string; isPrimary: boolean }[] | undefined {
  if (args.extendedRegion === undefined) return undefined;
  return [
    { name: normalizeLocation(args.location), isPrimary: true },
    { name: normalizeLocation(args.extendedRegion), isPrimary: false },
  ];
}

/** After the pack's check: an extended region must differ from the location, and a restricted one needs acknowledgement. */
function checkExtendedRegion(name: string, args: ManagedHsmArgs, boundary: Boundary): void {
  if (args.extendedRegion === undefined) return;
  const subject = {
    who: `ManagedHsm '${name}'`,
    need: "multi-region replication extends the HSM to a second region",
    inputs: ["location", "extendedRegion"] as const,
    acknowledgeInput: "acknowledgeRestrictedRegion",
  };
  assertDistinctRegions(subject, [args.location, args.extendedRegion], args.acknowledgeRestrictedRegion === true, boundary);
}

/**
 * The HSM's inputs: purge protection (always), soft delete, public network access off and network rules that deny
 * by default, no replicated region unless asked for. Checks every argument and, with the pack's own engine, the
 * location and every replicated region before anything registers.
 */
export function buildManagedHsmArgs(name: string, args: ManagedHsmArgs, boundary: Boundary): keyvault.ManagedHsmArgs {
  checkAdministrators(name, args);
  checkOptions(name, args);
  validateExtensions(name, args, boundary);
  const sku = args.sku ?? "Standard_B1";
  const hsm: keyvault.ManagedHsmArgs = {
    resourceGroupName: args.resourceGroupName,
    name: args.hsmName,
    location: args.location,
    tags: args.tags,
    sku: { family: MANAGED_HSM_SKUS[sku], name: sku },
    identity: identityInput(args.managedIdentities, { kind: "Managed HSM" }),
    properties: {
      tenantId: args.tenantId,
      initialAdminObjectIds: [...args.administratorObjectIds],
      enablePurgeProtection: true,
      enableSoftDelete: true,
      softDeleteRetentionInDays: args.softDeleteRetentionInDays ?? 90,
      publicNetworkAccess: args.publicNetworkAccess ?? "Disabled",
      networkAcls: {
        bypass: args.networkBypass ?? "AzureServices",
        defaultAction: "Deny",
        ipRules: (args.ipRules ?? []).map((value) => ({ value })),
        virtualNetworkRules: (args.virtualNetworkSubnetIds ?? []).map((id) => ({ id })),
      },
      regions: regions(args),
    },
  };
  assertInputsInBoundary(MANAGED_HSM_TYPE, name, hsm, boundary);
  checkExtendedRegion(name, args, boundary);
  return hsm;
}
