import * as authorization from "@pulumi/azure-native/authorization";
import * as cognitiveservices from "@pulumi/azure-native/cognitiveservices";
import * as pulumi from "@pulumi/pulumi";
import { chosenBoundary } from "../boundary";
import { componentType, withEarlierType } from "../token";
import { createDiagnosticSettings } from "../shared/diagnostic-settings";
import { validateExtensions } from "../shared/extensions";
import { lockInputs } from "../shared/lock";
import { createRoleAssignments } from "../shared/role-assignments";
import { assertPlanInBoundary } from "../residency/plan";
import { assertInputsInBoundary } from "../shared/validate";
import { BoundaryChoiceArgs } from "../interfaces";
import { AI_TYPES, AiModelDeploymentArgs, AiServicesAccountInputs, buildAccountArgs, buildDeployments } from "./build";

export { AiServicesKind, AiVersionUpgradeOption } from "./build";
export type { AiModelArgs, AiModelDeploymentArgs, AiServicesCustomerManagedKeyArgs } from "./build";

/** Inputs of `AiServicesAccount`. */
export interface AiServicesAccountArgs extends AiServicesAccountInputs, BoundaryChoiceArgs {
  /** Optional. Model deployments, created one after another (the service rejects parallel deployment changes). Default: none. */
  readonly deployments?: AiModelDeploymentArgs[];
}

/**
 * The deployment resources of each account, kept off the instance so that the multi-language schema (which reads every
 * property as an output) does not make the generated SDKs depend on azure-native's; `deployments` is an accessor.
 */
const createdDeployments = new WeakMap<AiServicesAccount, cognitiveservices.Deployment[]>();

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
  /** Names of the deployments, in the order given. */
  public readonly deploymentNames: string[];
  /** Resource ids of the deployments, in the order given. */
  public readonly deploymentResourceIds: pulumi.Output<string[]>;

  /** The deployments as resources, in the order given. TypeScript only (an accessor, which the schema does not serve). */
  public get deployments(): cognitiveservices.Deployment[] {
    return createdDeployments.get(this) ?? [];
  }

  constructor(name: string, args: AiServicesAccountArgs, opts?: pulumi.ComponentResourceOptions) {
    const boundary = chosenBoundary(args);
    const accountArgs = buildAccountArgs(name, args);
    assertInputsInBoundary(AI_TYPES.ACCOUNT, name, accountArgs, boundary);
    const planned = buildDeployments(name, args, args.deployments ?? [], boundary);
    // The pack's processing rule judges each deployment type with its account's region and its spillover target.
    const plan = planned.map((p) => ({ type: AI_TYPES.DEPLOYMENT, name: p.logicalName, inputs: p.args, references: { accountName: [name] } }));
    assertPlanInBoundary([{ type: AI_TYPES.ACCOUNT, name, inputs: accountArgs }, ...plan], boundary, ["processing"]);
    validateExtensions(name, args, boundary);
    super(componentType("AiServicesAccount"), name, {}, withEarlierType("AiServicesAccount", opts));

    const account = new cognitiveservices.Account(name, accountArgs, { parent: this });
    let previous: pulumi.Resource | undefined;
    const deployments = planned.map((p) => {
      const dependsOn = previous ? [previous] : [];
      previous = new cognitiveservices.Deployment(p.logicalName, { ...p.args, accountName: account.name }, { parent: this, dependsOn });
      return previous as cognitiveservices.Deployment;
    });
    // Like applyExtensions, but the lock also waits for the deployments: a ReadOnly lock would block them.
    const roles = createRoleAssignments(this, name, account.id, args.roleAssignments);
    const diagnostics = createDiagnosticSettings(this, name, account.id, args.diagnosticSettings, boundary);
    const lock = lockInputs(name, account.id, args.lock);
    if (lock) new authorization.ManagementLockByScope(`${name}-lock`, lock, { parent: this, dependsOn: [...roles, ...diagnostics, ...deployments] });

    this.name = account.name;
    this.resourceId = account.id;
    this.endpoint = account.properties.endpoint;
    this.systemAssignedMIPrincipalId = account.identity.apply((i) => i?.principalId);
    createdDeployments.set(this, deployments);
    this.deploymentNames = (args.deployments ?? []).map((d) => d.name);
    this.deploymentResourceIds = pulumi.all(deployments.map((d) => d.id));
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      endpoint: this.endpoint,
      systemAssignedMIPrincipalId: this.systemAssignedMIPrincipalId,
      deploymentNames: this.deploymentNames,
      deploymentResourceIds: this.deploymentResourceIds,
    });
  }
}
