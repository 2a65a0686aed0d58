import * as communication from "@pulumi/azure-native/communication";
import * as pulumi from "@pulumi/pulumi";
import { chosenBoundary } from "../boundary";
import { componentType, withEarlierType } from "../token";
import { applyExtensions, validateExtensions } from "../shared/extensions";
import { assertPlanInBoundary } from "../residency/plan";
import { assertInputsInBoundary } from "../shared/validate";
import { BoundaryChoiceArgs } from "../interfaces";
import { buildCommunicationPlan, CommunicationInputs, EmailDomainArgs } from "./build";

export { EmailDomainManagement } from "./build";
export type { EmailDomainArgs } from "./build";

/**
 * Inputs of `CommunicationServices`. There is no `location`: Communication Services resources are always
 * `global`, and `dataLocation` decides where data rests.
 */
export interface CommunicationServicesArgs extends CommunicationInputs, BoundaryChoiceArgs {
  /**
   * Optional. Where data rests: Europe, France, Germany, Norway or Switzerland, whichever lie inside the boundary.
   * Default: from the boundary (eu, eudb: Europe; ch: Switzerland; de: Germany; fr: France; no: Norway). Other
   * single-country boundaries have no matching value and throw.
   */
  readonly dataLocation?: string;
  /** Optional. Create an Email Communication Services resource with the same dataLocation. Default `true`. */
  readonly email?: boolean;
  /** Optional. A sender domain for the Email service, linked to the Communication Services resource. Default: none. */
  readonly emailDomain?: EmailDomainArgs;
  /** Optional. Disable access keys, so that only Entra ID works. Default `true`. */
  readonly disableLocalAuth?: boolean;
  /** Optional. Managed identities of the Communication Services resource. Default: none. */
  readonly managedIdentities?: CommunicationInputs["managedIdentities"];
}

/**
 * Azure Communication Services with an Email service (and optional sender domain) whose data rests in a
 * `dataLocation` inside the boundary. Lock, role assignments and diagnostic settings apply to the Communication
 * Services resource.
 */
export class CommunicationServices extends pulumi.ComponentResource {
  /** Communication Services resource name. */
  public readonly name: pulumi.Output<string>;
  /** Communication Services resource id. */
  public readonly resourceId: pulumi.Output<string>;
  /** The data location chosen for both resources. */
  public readonly dataLocation: string;
  /** Principal id of the system-assigned identity, when there is one. */
  public readonly systemAssignedMIPrincipalId: pulumi.Output<string | undefined>;
  /** Email service resource id, when the component created one. */
  public readonly emailServiceResourceId?: pulumi.Output<string>;
  /** Sender domain resource id, when the component created one. */
  public readonly emailDomainResourceId?: pulumi.Output<string>;

  constructor(name: string, args: CommunicationServicesArgs, opts?: pulumi.ComponentResourceOptions) {
    const boundary = chosenBoundary(args);
    const plan = buildCommunicationPlan(name, args, boundary);
    const children = [
      { type: "azure-native:communication:CommunicationService", name, inputs: plan.service },
      ...(plan.email ? [{ type: "azure-native:communication:EmailService", name: `${name}-email`, inputs: plan.email }] : []),
      ...(plan.domain ? [{ type: "azure-native:communication:Domain", name: `${name}-domain`, inputs: plan.domain }] : []),
    ];
    for (const child of children) assertInputsInBoundary(child.type, child.name, child.inputs, boundary);
    assertPlanInBoundary(children, boundary, ["data-location"]);
    validateExtensions(name, args, boundary);
    super(componentType("CommunicationServices"), name, {}, withEarlierType("CommunicationServices", opts));

    const email = plan.email ? new communication.EmailService(`${name}-email`, plan.email, { parent: this }) : undefined;
    const domain = plan.domain && email
      ? new communication.Domain(`${name}-domain`, { ...plan.domain, emailServiceName: email.name }, { parent: this })
      : undefined;
    const linkedDomains = domain ? { linkedDomains: [domain.id] } : {};
    const service = new communication.CommunicationService(name, { ...plan.service, ...linkedDomains }, { parent: this });
    applyExtensions(this, name, service.id, args, boundary);

    this.name = service.name;
    this.resourceId = service.id;
    this.dataLocation = plan.dataLocation;
    this.systemAssignedMIPrincipalId = service.identity.apply((i) => i?.principalId);
    this.emailServiceResourceId = email?.id;
    this.emailDomainResourceId = domain?.id;
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      dataLocation: this.dataLocation,
      systemAssignedMIPrincipalId: this.systemAssignedMIPrincipalId,
      emailServiceResourceId: this.emailServiceResourceId,
      emailDomainResourceId: this.emailDomainResourceId,
    });
  }
}
