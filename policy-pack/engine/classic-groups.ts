import { isResourceGroup, StackResource, StackView, subscriptionOf } from "./stack";
import { parseTypeToken } from "./tokens";
import { ResourceFacts } from "./types";
import { readString } from "./values";

/** True for the classic provider's resource group, `azure:core/resourceGroup:ResourceGroup`. */
export const isClassicResourceGroup = (type: string) => parseTypeToken(type)?.key === "azure:core:ResourceGroup";

/**
 * Which resource group of the stack the classic provider reads a resource's location from, if it can be shown:
 * `found` names it; `other-subscription` is a group of that name that is not shown to be in the subscription the
 * provider reads; `several` are groups that all fit, so which one Azure will hold is not known; `none` means no
 * group of the stack has that name.
 */
export type ClassicGroupLookup =
  | { readonly kind: "found"; readonly group: StackResource }
  | { readonly kind: "other-subscription"; readonly group: StackResource }
  | { readonly kind: "several"; readonly groups: readonly StackResource[] }
  | { readonly kind: "none" };

/** The input that holds a resource group's literal name: azure-native's `resourceGroupName`, the classic `name`. */
function groupNameInput(type: string): string | undefined {
  if (isResourceGroup(type)) return "resourceGroupName";
  return isClassicResourceGroup(type) ? "name" : undefined;
}

const isAnyResourceGroup = (type: string) => groupNameInput(type) !== undefined;

/**
 * True when two resources are shown to be in one subscription: they are behind the same provider, or both providers
 * name the same literal `subscriptionId` (the classic provider's `azure:subscriptionId`, azure-native's
 * `azure-native:subscriptionId`). A provider that takes its subscription from the environment proves nothing.
 */
export function sameSubscription(a: ResourceFacts, b: ResourceFacts): boolean {
  if (a.provider?.urn !== undefined && a.provider.urn === b.provider?.urn) return true;
  const theirs = subscriptionOf(b);
  return theirs !== undefined && subscriptionOf(a)?.toLowerCase() === theirs.toLowerCase();
}

/** Every resource group of the stack, of either provider, by its literal name in lower case (Azure ignores case). */
function groupsByName(stack: StackView): Map<string, StackResource[]> {
  const index = new Map<string, StackResource[]>();
  for (const resource of stack.all()) {
    const input = groupNameInput(resource.type);
    const name = input === undefined ? undefined : readString(resource.props, input);
    if (name?.state !== "known") continue;
    const key = name.value.toLowerCase();
    index.set(key, [...(index.get(key) ?? []), resource]);
  }
  return index;
}

/** The groups a resource's `resourceGroupName` names: those it was computed from, else those of its literal value. */
function namedGroups(resource: ResourceFacts, stack: StackView): StackResource[] {
  const linked = stack.dependenciesOf(resource, "resourceGroupName").filter((r) => isAnyResourceGroup(r.type));
  if (linked.length > 0) return [...new Set(linked)];
  const literal = readString(resource.props, "resourceGroupName");
  if (literal.state !== "known") return [];
  return stack.remember("classic:groups-by-name", () => groupsByName(stack)).get(literal.value.toLowerCase()) ?? [];
}

/**
 * The resource group of the stack whose location the classic provider's Check gives a resource that sets none
 * (pulumi-azure `defaultAzureLocation`): the provider reads the group that `resourceGroupName` names from Azure, in
 * its own subscription, whichever tool created it. So the group is one of this stack, classic or azure-native, that
 * the input was computed from or whose literal name it equals, and that is shown to be in the same subscription.
 */
export function classicResourceGroupOf(resource: ResourceFacts, stack: StackView): ClassicGroupLookup {
  const named = namedGroups(resource, stack);
  const here = named.filter((group) => sameSubscription(resource, group));
  if (here.length === 1) return { kind: "found", group: here[0] };
  if (here.length > 1) return { kind: "several", groups: here };
  return named.length > 0 ? { kind: "other-subscription", group: named[0] } : { kind: "none" };
}
