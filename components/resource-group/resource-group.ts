import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import { Boundary } from "../../policy-pack/engine";
import { chosenBoundary } from "../boundary";
import { componentType, withEarlierType } from "../token";
import { BoundaryChoiceArgs, StandardExtensionArgs } from "../interfaces";
import { applyExtensions, assertInputsInBoundary, validateExtensions } from "../shared";

/** The type token of the child. */
export const RESOURCE_GROUP_TYPE = "azure-native:resources:ResourceGroup";

/**
 * Inputs of {@link ResourceGroup}. A resource group is the one thing the other components never create (AVM
 * RMFR3), so `resourceGroupName` here is the Azure name of the group itself; diagnostic settings do not apply.
 */
export interface ResourceGroupArgs extends StandardExtensionArgs, BoundaryChoiceArgs {
  /** Optional. Azure name of the group. Default: the component name with a random suffix (Pulumi auto-naming). */
  readonly resourceGroupName?: pulumi.Input<string>;
  /** Required. A region inside the boundary, where ARM keeps the group's metadata; plain, so that it is checked before anything is created. */
  readonly location: string;
}

/** The inputs of the resource group child, checked against the boundary (throws with the pack's wording). */
export function buildResourceGroupArgs(name: string, args: ResourceGroupArgs, boundary: Boundary): resources.ResourceGroupArgs {
  const inputs: resources.ResourceGroupArgs = { resourceGroupName: args.resourceGroupName, location: args.location, tags: args.tags };
  validateExtensions(name, args, boundary);
  assertInputsInBoundary(RESOURCE_GROUP_TYPE, name, inputs, boundary);
  return inputs;
}

/**
 * A resource group inside the boundary (its location is where ARM keeps the group's metadata, and the location
 * azure-native gives every resource in it that sets none), with an optional lock and role assignments.
 */
export class ResourceGroup extends pulumi.ComponentResource {
  /** Azure name of the group. */
  public readonly name: pulumi.Output<string>;
  /** Resource id of the group. */
  public readonly resourceId: pulumi.Output<string>;
  /** Location of the group. */
  public readonly location: pulumi.Output<string>;

  /**
   * @param name The unique name of the component; the group child is named the same.
   * @param args The group's inputs; a location outside the boundary throws before anything registers.
   * @param opts Options of the component; children get `{ parent: this }`.
   */
  constructor(name: string, args: ResourceGroupArgs, opts?: pulumi.ComponentResourceOptions) {
    const boundary = chosenBoundary(args);
    const inputs = buildResourceGroupArgs(name, args, boundary);
    super(componentType("ResourceGroup"), name, {}, withEarlierType("ResourceGroup", opts));

    const group = new resources.ResourceGroup(name, inputs, { parent: this });
    applyExtensions(this, name, group.id, args, boundary);
    this.name = group.name;
    this.resourceId = group.id;
    this.location = group.location;
    this.registerOutputs({ name: this.name, resourceId: this.resourceId, location: this.location });
  }
}
