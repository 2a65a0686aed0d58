import { ClassicParentInput } from "../catalog/classic-parents";
import { ExternalResource } from "./external";
import { mapArmType } from "./rules/opaque/arm-types";
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

/**
 * The literal name of the resource group a classic resource names: its own `resourceGroupName`, or the literal name of
 * the one group of the stack that input was computed from. `undefined` when neither can be read.
 */
export function classicGroupName(resource: ResourceFacts, stack: StackView): string | undefined {
  const linked = [...new Set(stack.dependenciesOf(resource, "resourceGroupName").filter((r) => isAnyResourceGroup(r.type)))];
  if (linked.length > 1) return undefined;
  const name = linked.length === 1 ? readString(linked[0].props, groupNameInput(linked[0].type)!) : readString(resource.props, "resourceGroupName");
  return name.state === "known" ? name.value : undefined;
}

/** The resources of the stack of the classic types `types`, by their own literal `name` in lower case. */
function classicResourcesByName(stack: StackView, types: readonly string[]): Map<string, StackResource[]> {
  const index = new Map<string, StackResource[]>();
  for (const resource of stack.all()) {
    const key = parseTypeToken(resource.type)?.key;
    const name = key !== undefined && types.includes(key) ? readString(resource.props, "name") : undefined;
    if (name?.state !== "known") continue;
    const lower = name.value.toLowerCase();
    index.set(lower, [...(index.get(lower) ?? []), resource]);
  }
  return index;
}

/**
 * The one resource of the stack of the classic types `types` whose literal `name` is `name` (case-insensitively, as
 * Azure compares names), that `fits`, and that is in resource group `group` when one is given.
 */
function classicResourceNamed(stack: StackView, types: readonly string[], name: string, group: string | undefined, fits: (r: StackResource) => boolean): StackResource | undefined {
  const index = stack.remember(`classic:by-name:${types.join(",")}`, () => classicResourcesByName(stack, types));
  const found = (index.get(name.toLowerCase()) ?? []).filter(
    (r) => fits(r) && (group === undefined || classicGroupName(r, stack)?.toLowerCase() === group.toLowerCase()),
  );
  return found.length === 1 ? found[0] : undefined;
}

/** The subscription, group and name of a resource's ARM id (`/subscriptions/<s>/resourceGroups/<g>/providers/.../<name>`). */
function armIdParts(id: string): { subscription: string; group: string; name: string } | undefined {
  const parts = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/[^/]+\/(?:[^/]+\/[^/]+\/)*[^/]+\/([^/]+)$/i.exec(id);
  return parts ? { subscription: parts[1], group: parts[2], name: parts[3] } : undefined;
}

/**
 * The parent of the stack that a classic child names by `input` (a row of `catalog/classic-parents.ts`): the resource
 * of the parent's types (or of the azure-native type of its ARM type, in a program that mixes both SDKs) that the
 * input was computed from; else, for a literal value, the one resource of those types
 * it names. A literal name names a parent of the same subscription (behind the same provider, or both naming the same
 * literal subscriptionId) and, when the child has a `resourceGroupName`, of the same group; a literal ARM id names
 * the parent of its name, group and subscription.
 */
export function classicParentInStack(child: ResourceFacts, input: ClassicParentInput, stack: StackView): StackResource | undefined {
  const { types, armType } = input.parent;
  const nativeKey = mapArmType(armType).key;
  const isParent = (key: string | undefined) => key !== undefined && (types.includes(key) || key === nativeKey);
  const linked = stack.dependenciesOf(child, input.input).find((r) => isParent(parseTypeToken(r.type)?.key));
  if (linked) return linked;
  const value = readString(child.props, input.input);
  if (value.state !== "known") return undefined;
  const fits = (r: StackResource) => r.urn !== child.urn;
  if (input.holds === "id") {
    const id = armIdParts(value.value);
    const inSubscription = (r: StackResource) => fits(r) && subscriptionOf(r)?.toLowerCase() === id?.subscription.toLowerCase();
    return id && classicResourceNamed(stack, types, id.name, id.group, inSubscription);
  }
  const hasGroup = readString(child.props, "resourceGroupName").state !== "absent";
  const group = hasGroup ? classicGroupName(child, stack) : undefined;
  if (hasGroup && group === undefined) return undefined;
  return classicResourceNamed(stack, types, value.value, group, (r) => fits(r) && sameSubscription(child, r));
}

/**
 * The declaration in `boundary.externalResources` of the parent outside the stack that a classic child names by the
 * literal `value` of `input`: the declaration of that ARM id, or, for a name, the declared top-level resource of the
 * parent's azure-native module with that name in the child's resource group (as for an azure-native child). A name
 * without a group (a 5.x storage container names its account alone) finds no declaration.
 */
export function classicParentDeclared(child: ResourceFacts, input: ClassicParentInput, stack: StackView, value: string): ExternalResource | undefined {
  if (input.holds === "id") return stack.external.byId(value);
  const group = classicGroupName(child, stack);
  const module = mapArmType(input.parent.armType).key.split(":")[0];
  return group === undefined ? undefined : stack.external.parent(subscriptionOf(child), group, module, value);
}
