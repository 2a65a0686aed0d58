import * as powerplatform from "@pulumi/azure-native/powerplatform";
import * as types from "@pulumi/azure-native/types";
import * as pulumi from "@pulumi/pulumi";
import { POWER_PLATFORM_GEOS } from "../../policy-pack/catalog/vocabularies";
import { Boundary, judgeCountries, judgeLocation } from "../../policy-pack/engine";
import { exampleRegion } from "../../policy-pack/engine/examples";
import { BoundaryViolationError } from "../boundary";
import { ResourceGroupChildArgs } from "../interfaces";
import { assertDistinctRegions, RegionPairSubject } from "../residency/region-pair";
import { ComponentFinding, findingMessage } from "../residency/violation";
import { ComponentArgumentError } from "../shared/errors";

/** The type token of the child. */
export const ENTERPRISE_POLICY_TYPE = "azure-native:powerplatform:EnterprisePolicy";

/** The Dataverse customer-managed key of an `Encryption` policy. */
export interface PowerPlatformEncryptionArgs {
  /** Required. Resource id of the Key Vault holding the key. */
  readonly keyVaultResourceId: pulumi.Input<string>;
  /** Required. Region of that Key Vault, so that a vault outside the boundary is refused before anything is created. */
  readonly keyVaultLocation: string;
  /** Required. Key name. */
  readonly keyName: pulumi.Input<string>;
  /** Optional. Key version. Default: none (the current version). */
  readonly keyVersion?: pulumi.Input<string>;
}

/** One delegated subnet of a `NetworkInjection` policy. */
export interface PowerPlatformVirtualNetworkArgs {
  /** Required. Resource id of the virtual network. */
  readonly virtualNetworkResourceId: pulumi.Input<string>;
  /** Required. Name of its subnet delegated to `Microsoft.PowerPlatform/enterprisePolicies`. */
  readonly subnetName: pulumi.Input<string>;
  /** Required. Region of the virtual network, so that one outside the boundary is refused before anything is created. */
  readonly location: string;
}

/** Enterprise policy kinds: a Dataverse customer-managed key, or Dataverse in your virtual networks. */
export const PowerPlatformPolicyKind = { Encryption: "Encryption", NetworkInjection: "NetworkInjection" } as const;
/** One of `PowerPlatformPolicyKind`. */
export type PowerPlatformPolicyKind = (typeof PowerPlatformPolicyKind)[keyof typeof PowerPlatformPolicyKind];

/** The inputs of a Power Platform enterprise policy, read by the plan. */
export interface PowerPlatformEnterprisePolicyInputs extends ResourceGroupChildArgs {
  /** Required. `Encryption` (Dataverse customer-managed key) or `NetworkInjection` (Dataverse in your virtual networks). */
  readonly kind: PowerPlatformPolicyKind;
  /**
   * Optional. Power Platform geo of the policy (its `location`); must match the environments it governs and be
   * inside the boundary. Default: from the boundary (eu, eudb: europe; ch: switzerland; de: germany; fr: france;
   * no: norway); other boundaries throw. The geo list is unverified.
   */
  readonly geo?: string;
  /** Optional. Azure name of the policy. Default: auto-named from `name`. */
  readonly enterprisePolicyName?: pulumi.Input<string>;
  /** Conditional. Required for `Encryption`: the Key Vault key. Grant the policy's identity (`systemAssignedMIPrincipalId`) get, wrapKey and unwrapKey on it. */
  readonly encryption?: PowerPlatformEncryptionArgs;
  /** Conditional. Required for `NetworkInjection`: exactly two delegated subnets, in two different regions of the geo. */
  readonly virtualNetworks?: PowerPlatformVirtualNetworkArgs[];
  /**
   * Conditional. Required (true) when a virtual network is in a restricted region (switzerlandwest, germanynorth,
   * francesouth, norwaywest, swedensouth): confirms your subscription was granted access to it. Default false.
   */
  readonly acknowledgeRestrictedRegion?: boolean;
}

/**
 * The Power Platform geos inside `boundary`, from the pack's catalogue (`POWER_PLATFORM_GEOS`, unverified list)
 * judged with the pack's `judgeCountries`: eu and eudb admit `europe` and their country geos; ch, de, fr and no
 * their own; every other boundary none.
 */
export function allowedGeos(boundary: Boundary): string[] {
  return POWER_PLATFORM_GEOS.values.filter((v) => judgeCountries(v.countries, boundary) === "inside").map((v) => v.value);
}

function resolveGeo(name: string, requested: string | undefined, boundary: Boundary): string {
  const allowed = allowedGeos(boundary);
  if (allowed.length === 0) {
    throw new ComponentArgumentError(
      `PowerPlatformEnterprisePolicy '${name}' cannot be placed inside ${boundary.label}: an enterprise policy lives in a Power Platform geo ` +
        `(in Europe: europe, france, germany, norway or switzerland; list unverified), and none of them is proven inside ${boundary.label}. ` +
        `Use a boundary with a matching geo (eu, eudb, ch, de, fr or no).`,
    );
  }
  if (requested === undefined) return allowed[0];
  return POWER_PLATFORM_GEOS.values.find((v) => v.value === requested.trim().toLowerCase().replace(/\s+/g, ""))?.value ?? requested;
}

function outside(name: string, finding: ComponentFinding, boundary: Boundary): BoundaryViolationError {
  return new BoundaryViolationError([findingMessage(ENTERPRISE_POLICY_TYPE, name, finding, boundary)]);
}

function encryptionInput(name: string, args: PowerPlatformEnterprisePolicyInputs, boundary: Boundary): types.input.powerplatform.PropertiesEncryptionArgs {
  const e = args.encryption;
  if (!e) throw new ComponentArgumentError(`PowerPlatformEnterprisePolicy '${name}' has kind Encryption but no encryption. Set encryption to the Key Vault and key that encrypt Dataverse.`);
  if (judgeLocation(e.keyVaultLocation, boundary) !== "inside") {
    const fix = `Use a Key Vault located inside the boundary, such as one in ${exampleRegion(boundary)}.`;
    throw outside(name, { what: "encrypts Dataverse data with a key held in", path: "encryption.keyVaultLocation", seen: e.keyVaultLocation, location: e.keyVaultLocation, fix }, boundary);
  }
  return { keyVault: { id: e.keyVaultResourceId, key: { name: e.keyName, version: e.keyVersion } } };
}

function networkInput(name: string, args: PowerPlatformEnterprisePolicyInputs, boundary: Boundary): types.input.powerplatform.PropertiesNetworkInjectionArgs {
  const vnets = args.virtualNetworks ?? [];
  if (vnets.length !== 2) {
    throw new ComponentArgumentError(
      `PowerPlatformEnterprisePolicy '${name}' has kind NetworkInjection and ${vnets.length} virtual networks; Power Platform needs two, one in each of the two regions of its geo. Set virtualNetworks to two delegated subnets.`,
    );
  }
  vnets.forEach((v, i) => {
    if (judgeLocation(v.location, boundary) !== "inside") {
      const fix = `Delegate virtual networks located inside the boundary, such as one in ${exampleRegion(boundary)}.`;
      throw outside(name, { what: "injects Dataverse traffic into a virtual network in", path: `virtualNetworks[${i}].location`, seen: v.location, location: v.location, fix }, boundary);
    }
  });
  const subject: RegionPairSubject = {
    who: `PowerPlatformEnterprisePolicy '${name}'`,
    need: "network injection needs one delegated virtual network in each of the two regions of the Power Platform geo",
    inputs: ["virtualNetworks[0].location", "virtualNetworks[1].location"],
    acknowledgeInput: "acknowledgeRestrictedRegion",
  };
  assertDistinctRegions(subject, [vnets[0].location, vnets[1].location], args.acknowledgeRestrictedRegion === true, boundary);
  return { virtualNetworks: vnets.map((v) => ({ id: v.virtualNetworkResourceId, subnet: { name: v.subnetName } })) };
}

/**
 * The enterprise policy's inputs: `location` is the Power Platform geo of the boundary, the Key Vault or the two
 * virtual networks must be inside it (checked on the plain locations given), and an Encryption policy gets the
 * system-assigned identity that reads the key.
 */
export function buildPowerPlatformEnterprisePolicyArgs(name: string, args: PowerPlatformEnterprisePolicyInputs, boundary: Boundary): powerplatform.EnterprisePolicyArgs {
  if (args.kind === "Encryption" && args.virtualNetworks) throw new ComponentArgumentError(`PowerPlatformEnterprisePolicy '${name}' has kind Encryption and virtualNetworks. Remove virtualNetworks, or use kind NetworkInjection.`);
  if (args.kind === "NetworkInjection" && args.encryption) throw new ComponentArgumentError(`PowerPlatformEnterprisePolicy '${name}' has kind NetworkInjection and encryption. Remove encryption, or use kind Encryption.`);
  const location = resolveGeo(name, args.geo, boundary);
  const encryption = args.kind === "Encryption" ? encryptionInput(name, args, boundary) : undefined;
  const networkInjection = args.kind === "NetworkInjection" ? networkInput(name, args, boundary) : undefined;
  return {
    resourceGroupName: args.resourceGroupName,
    enterprisePolicyName: args.enterprisePolicyName,
    kind: args.kind,
    location,
    identity: args.kind === "Encryption" ? { type: "SystemAssigned" } : undefined,
    encryption,
    networkInjection,
    tags: args.tags,
  };
}
