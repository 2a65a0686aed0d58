import * as azure from "@pulumi/azure-native";
import * as pulumi from "@pulumi/pulumi";
import { Boundary } from "../../policy-pack/engine";
import { stackBoundary } from "../boundary";
import { applyExtensions, validateExtensions } from "../shared/extensions";
import { assertInputsInBoundary } from "../shared/validate";
import {
  buildPowerPlatformEnterprisePolicyArgs,
  ENTERPRISE_POLICY_TYPE,
  PowerPlatformEnterprisePolicyInputs,
  PowerPlatformEncryptionArgs,
  PowerPlatformVirtualNetworkArgs,
} from "./enterprise-policy-args";

/**
 * Inputs of {@link PowerPlatformEnterprisePolicy}. There is no `location` (the policy lives in a Power Platform geo, see `geo`)
 * and no diagnostic settings (enterprise policies emit none).
 */
export interface PowerPlatformEnterprisePolicyArgs extends PowerPlatformEnterprisePolicyInputs {
  /** Required. `Encryption` (Dataverse customer-managed key) or `NetworkInjection` (Dataverse in your virtual networks). */
  readonly kind: "Encryption" | "NetworkInjection";
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
  readonly virtualNetworks?: readonly PowerPlatformVirtualNetworkArgs[];
  /**
   * Conditional. Required (true) when a virtual network is in a restricted region (switzerlandwest, germanynorth,
   * francesouth, norwaywest, swedensouth): confirms your subscription was granted access to it. Default false.
   */
  readonly acknowledgeRestrictedRegion?: boolean;
  /** Optional. The boundary to check against. Default: from stack config data-boundary:preset, else eudb. */
  readonly boundary?: Boundary;
}

/**
 * A Power Platform enterprise policy in the Power Platform geo of the boundary: Dataverse customer-managed key
 * (Encryption) with a Key Vault inside the boundary, or network injection into two delegated virtual networks
 * inside it.
 */
export class PowerPlatformEnterprisePolicy extends pulumi.ComponentResource {
  /** Azure name of the policy. */
  public readonly name: pulumi.Output<string>;
  /** Resource id of the policy (what Power Platform admin tooling links environments to). */
  public readonly resourceId: pulumi.Output<string>;
  /** The Power Platform geo chosen. */
  public readonly geo: string;
  /** Principal id of the policy's system-assigned identity (Encryption only). */
  public readonly systemAssignedMIPrincipalId: pulumi.Output<string | undefined>;

  constructor(name: string, args: PowerPlatformEnterprisePolicyArgs, opts?: pulumi.ComponentResourceOptions) {
    const boundary = args.boundary ?? stackBoundary();
    const policyArgs = buildPowerPlatformEnterprisePolicyArgs(name, args, boundary);
    // The pack's data-location rule judges the geo (a vocabulary value, not a region).
    assertInputsInBoundary(ENTERPRISE_POLICY_TYPE, name, policyArgs, boundary);
    validateExtensions(name, args, boundary);
    super("data-boundary:powerplatform:EnterprisePolicy", name, {}, opts);

    const policy = new azure.powerplatform.EnterprisePolicy(name, policyArgs, { parent: this });
    applyExtensions(this, name, policy.id, args, boundary);

    this.name = policy.name;
    this.resourceId = policy.id;
    this.geo = policyArgs.location as string;
    this.systemAssignedMIPrincipalId = policy.identity.apply((i) => i?.systemAssignedIdentityPrincipalId);
    this.registerOutputs({ name: this.name, resourceId: this.resourceId, geo: this.geo, systemAssignedMIPrincipalId: this.systemAssignedMIPrincipalId });
  }
}
