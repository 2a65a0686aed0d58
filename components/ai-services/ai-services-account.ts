import * as azure from "@pulumi/azure-native";
import * as pulumi from "@pulumi/pulumi";
import { stackBoundary } from "../boundary";
import { createDiagnosticSettings } from "../shared/diagnostic-settings";
import { validateExtensions } from "../shared/extensions";
import { lockInputs } from "../shared/lock";
import { createRoleAssignments } from "../shared/role-assignments";
import { assertPlanInBoundary } from "../residency/plan";
import { assertInputsInBoundary } from "../shared/validate";
import { BoundaryChoiceArgs } from "../interfaces";
import { AI_TYPES, AiModelDeploymentArgs, AiServicesAccountInputs, buildAccountArgs, buildDeployments } from "./build";

export type { AiModelDeploymentArgs, AiServicesCustomerManagedKeyArgs } from "./build";

/** Inputs of {@link AiServicesAccount}. */
export interface AiServicesAccountArgs extends AiServicesAccountInputs, BoundaryChoiceArgs {
  /** Optional. Model deployments, created one after another (the service rejects parallel deployment changes). Default: none. */
  readonly deployments?: readonly AiModelDeploymentArgs[];
}

/**
 * An Azure OpenAI / AI Services account with model deployments limited to deployment types that keep prompt and
 * response processing inside the boundary; private, key-less and without multi-region routing by default.
 */
export class AiServicesAccount extends pulumi.ComponentResource {
  /** Account name. */
  public readonly name: pulumi.Output<string>;
  /** Account resource id. */
  public readonly resourceId: pulumi.Output<string>;
  /** The account's endpoint. */
  public readonly endpoint: pulumi.Output<string>;
  /** Principal id of the system-assigned identity, when there is one. */
  public readonly systemAssignedMIPrincipalId: pulumi.Output<string | undefined>;
  /** The deployments, in the order given. */
  public readonly deployments: azure.cognitiveservices.Deployment[];

  constructor(name: string, args: AiServicesAccountArgs, opts?: pulumi.ComponentResourceOptions) {
    const boundary = args.boundary ?? stackBoundary();
    const accountArgs = buildAccountArgs(name, args);
    assertInputsInBoundary(AI_TYPES.ACCOUNT, name, accountArgs, boundary);
    const planned = buildDeployments(name, args, args.deployments ?? [], boundary);
    // The pack's processing rule judges each deployment type with its account's region and its spillover target.
    const plan = planned.map((p) => ({ type: AI_TYPES.DEPLOYMENT, name: p.logicalName, inputs: p.args, references: { accountName: [name] } }));
    assertPlanInBoundary([{ type: AI_TYPES.ACCOUNT, name, inputs: accountArgs }, ...plan], boundary, ["processing"]);
    validateExtensions(name, args, boundary);
    super("data-boundary:ai:AiServicesAccount", name, {}, opts);

    const account = new azure.cognitiveservices.Account(name, accountArgs, { parent: this });
    let previous: pulumi.Resource | undefined;
    this.deployments = planned.map((p) => {
      const dependsOn = previous ? [previous] : [];
      previous = new azure.cognitiveservices.Deployment(p.logicalName, { ...p.args, accountName: account.name }, { parent: this, dependsOn });
      return previous as azure.cognitiveservices.Deployment;
    });
    // Like applyExtensions, but the lock also waits for the deployments: a ReadOnly lock would block them.
    const roles = createRoleAssignments(this, name, account.id, args.roleAssignments);
    const diagnostics = createDiagnosticSettings(this, name, account.id, args.diagnosticSettings, boundary);
    const lock = lockInputs(name, account.id, args.lock);
    if (lock) new azure.authorization.ManagementLockByScope(`${name}-lock`, lock, { parent: this, dependsOn: [...roles, ...diagnostics, ...this.deployments] });

    this.name = account.name;
    this.resourceId = account.id;
    this.endpoint = account.properties.endpoint;
    this.systemAssignedMIPrincipalId = account.identity.apply((i) => i?.principalId);
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      endpoint: this.endpoint,
      systemAssignedMIPrincipalId: this.systemAssignedMIPrincipalId,
    });
  }
}
