import * as powerplatform from "@pulumi/azure-native/powerplatform";
import * as pulumi from "@pulumi/pulumi";
import { chosenBoundary } from "../boundary";
import { componentType, withEarlierType } from "../token";
import { applyExtensions, validateExtensions } from "../shared/extensions";
import { assertInputsInBoundary } from "../shared/validate";
import { BoundaryChoiceArgs } from "../interfaces";
import {
  buildPowerPlatformEnterprisePolicyArgs,
  ENTERPRISE_POLICY_TYPE,
  PowerPlatformEnterprisePolicyInputs,
} from "./enterprise-policy-args";

/**
 * Inputs of `PowerPlatformEnterprisePolicy`. There is no `location` (the policy lives in a Power Platform geo, see `geo`)
 * and no diagnostic settings (enterprise policies emit none).
 */
export interface PowerPlatformEnterprisePolicyArgs extends PowerPlatformEnterprisePolicyInputs, BoundaryChoiceArgs {}

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
    const boundary = chosenBoundary(args);
    const policyArgs = buildPowerPlatformEnterprisePolicyArgs(name, args, boundary);
    // The pack's data-location rule judges the geo (a vocabulary value, not a region).
    assertInputsInBoundary(ENTERPRISE_POLICY_TYPE, name, policyArgs, boundary);
    validateExtensions(name, args, boundary);
    super(componentType("PowerPlatformEnterprisePolicy"), name, {}, withEarlierType("PowerPlatformEnterprisePolicy", opts));

    const policy = new powerplatform.EnterprisePolicy(name, policyArgs, { parent: this });
    applyExtensions(this, name, policy.id, args, boundary);

    this.name = policy.name;
    this.resourceId = policy.id;
    this.geo = policyArgs.location as string;
    this.systemAssignedMIPrincipalId = policy.identity.apply((i) => i?.systemAssignedIdentityPrincipalId);
    this.registerOutputs({ name: this.name, resourceId: this.resourceId, geo: this.geo, systemAssignedMIPrincipalId: this.systemAssignedMIPrincipalId });
  }
}
