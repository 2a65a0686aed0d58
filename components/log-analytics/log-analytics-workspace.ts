import * as pulumi from "@pulumi/pulumi";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import { chosenBoundary } from "../boundary";
import { componentType, withEarlierType } from "../token";
import { applyExtensions } from "../shared";
import { buildWorkspaceArgs, LogAnalyticsWorkspaceArgs } from "./log-analytics-workspace-args";

/**
 * A Log Analytics workspace inside the boundary, the target for the other components' diagnostic settings (pass
 * `resourceId` as `workspaceResourceId` and `location` as `targetLocation`). No data export rules, no replication.
 */
export class LogAnalyticsWorkspace extends pulumi.ComponentResource {
  /** Azure name of the workspace. */
  public readonly name: pulumi.Output<string>;
  /** Resource id of the workspace. */
  public readonly resourceId: pulumi.Output<string>;
  /** Principal id of the system-assigned identity; `undefined` without one. */
  public readonly systemAssignedMIPrincipalId: pulumi.Output<string | undefined>;
  /** Workspace (customer) id, the GUID agents send to. */
  public readonly customerId: pulumi.Output<string>;
  /** The workspace's region, plain: pass it as `targetLocation` of diagnostic settings. */
  public readonly location: string;

  /**
   * @param name The unique name of the component; the workspace child is named the same.
   * @param args The workspace's inputs; a value outside the boundary throws before anything registers.
   * @param opts Options of the component; children get `{ parent: this }`.
   */
  constructor(name: string, args: LogAnalyticsWorkspaceArgs, opts?: pulumi.ComponentResourceOptions) {
    const boundary = chosenBoundary(args);
    const inputs = buildWorkspaceArgs(name, args, boundary);
    super(componentType("LogAnalyticsWorkspace"), name, {}, withEarlierType("LogAnalyticsWorkspace", opts));

    const workspace = new operationalinsights.Workspace(name, inputs, { parent: this });
    applyExtensions(this, name, workspace.id, args, boundary);
    this.name = workspace.name;
    this.resourceId = workspace.id;
    this.systemAssignedMIPrincipalId = workspace.identity.apply((i) => i?.principalId);
    this.customerId = workspace.customerId;
    this.location = args.location;
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      systemAssignedMIPrincipalId: this.systemAssignedMIPrincipalId,
      customerId: this.customerId,
    });
  }
}
