import { AzureNativeTypeInfo, lookupAzureNativeType } from "../catalog/azure-native-types";
import { CLASSIC_CHILD_TYPES } from "../catalog/classic-parents";
import { CLASSIC_GLOBAL_LOCATION_TYPES } from "../catalog/classic-global-locations";
import { classicParentDeclared, classicParentInStack, classicResourceGroupOf, isClassicResourceGroup } from "./classic-groups";
import { ExternalResource } from "./external";
import { resourceKindInSentence } from "./kinds";
import { isResourceGroup, StackResource, StackView, subscriptionOf } from "./stack";
import { parseTypeToken, TypeToken } from "./tokens";
import { ResourceFacts } from "./types";
import { readString, showValue, StringRead } from "./values";

/**
 * What to change when "Set location" is not the whole fix: a resource without a location input of its own moves the
 * parent it lives in (`parent` names it), or creates or declares the parent its input names (`input`, with the name
 * when it is a plain literal); a resource in a group outside the stack may also declare the group.
 */
export type LocationRemedy =
  | { readonly kind: "move-parent"; readonly child: string; readonly parent: string }
  | { readonly kind: "provide-parent"; readonly child: string; readonly input: string; readonly name?: string }
  | { readonly kind: "declare-group"; readonly group: string };

/**
 * Where a resource's primary location comes from, before it is judged. `known` carries the location string;
 * the other states say why no location can be proven.
 */
export interface LocatedValue {
  readonly state: "known" | "unknown" | "absent" | "invalid";
  readonly location?: string;
  /** Property path shown in messages. */
  readonly path: string;
  readonly seen: string;
  /** How the location was reached when not from the resource's own input. */
  readonly via?: string;
  /** The location came from a secret value. */
  readonly secret?: boolean;
  /** Why the location cannot be proven (for unknown, absent and invalid), one clause. */
  readonly why?: string;
  /** For a resource that has no location input: what to change instead of setting one. */
  readonly remedy?: LocationRemedy;
  /** The external-resource declaration (`boundary.externalResources[i]`) the location was taken from. */
  readonly declared?: string;
  /**
   * For a child that lives in its parent: the type key of the resource that holds the location (the parent, or its
   * own parent), so that a `global` location is judged as that type's (a record set in a private DNS zone).
   */
  readonly heldBy?: string;
  readonly viaStack: boolean;
}

const OWN_LOCATION = "location";

function describe(resource: ResourceFacts): string {
  const token = parseTypeToken(resource.type);
  return `${token ? resourceKindInSentence(token) : resource.type} '${resource.name}'`;
}

function providerLocation(resource: ResourceFacts, seen: string): LocatedValue | undefined {
  if (!resource.provider) return undefined;
  const fromProvider = readString(resource.provider.props, OWN_LOCATION);
  const via = `inherited from provider '${resource.provider.name}'`;
  switch (fromProvider.state) {
    case "absent":
      return undefined;
    case "known":
      return { state: "known", location: fromProvider.value, path: OWN_LOCATION, seen, via, secret: fromProvider.secret, viaStack: false };
    case "unknown":
      return { state: "unknown", path: OWN_LOCATION, seen, via, why: `the location of provider '${resource.provider.name}' is unknown at preview`, viaStack: false };
    case "invalid":
      return { state: "invalid", path: OWN_LOCATION, seen, via, why: `provider '${resource.provider.name}' has location ${showValue(fromProvider)}, which is not a string`, viaStack: false };
  }
}

/** Follows a reference to another resource of the stack and takes that resource's primary location. */
function fromReferenced(
  target: ResourceFacts,
  stack: StackView,
  seen: string,
  via: string,
  visiting: Set<string>,
  remedy?: LocationRemedy,
): LocatedValue {
  const theirs = locate(target, stack, visiting);
  // A parent that itself lives in another resource passes on what to change there.
  const parentsOwn = theirs?.remedy?.kind === "move-parent" || theirs?.remedy?.kind === "provide-parent" ? theirs.remedy : undefined;
  const passedOn = remedy && (parentsOwn ?? remedy);
  const heldBy = remedy && (theirs?.heldBy ?? parseTypeToken(target.type)?.key);
  if (theirs?.state === "known") {
    return { state: "known", location: theirs.location, path: OWN_LOCATION, seen, via, secret: theirs.secret, remedy: passedOn, declared: theirs.declared, heldBy, viaStack: true };
  }
  const why = theirs?.why ?? `${describe(target)} has no location`;
  return { state: theirs?.state ?? "absent", path: OWN_LOCATION, seen, via, why, remedy: passedOn, viaStack: true };
}

/** A location a reviewed declaration of the pack config gives a resource outside the stack. */
function fromDeclared(declared: ExternalResource, path: string, seen: string, via: string, remedy?: LocationRemedy): LocatedValue {
  return { state: "known", location: declared.location, path, seen, via: `${via}, as ${declared.key} declares it`, remedy, declared: declared.key, viaStack: true };
}

/** The literal name of a resource's group: its own input, or the explicit name of its group in the stack. */
function groupNameOf(resource: ResourceFacts, stack: StackView): string | undefined {
  const own = readString(resource.props, "resourceGroupName");
  if (own.state === "known") return own.value;
  const group = stack.resourceGroupOf(resource);
  const named = group && readString(group.props, "resourceGroupName");
  return named?.state === "known" ? named.value : undefined;
}

/** One input by which a child without a location input names the parent it lives in. */
interface ParentInput {
  readonly input: string;
  /** The parent of the stack the input was computed from, or that its literal value names. */
  readonly inStack: () => StackResource | undefined;
  /** The declaration in the pack config of the parent outside the stack that the literal value names. */
  readonly declared: (value: string) => ExternalResource | undefined;
}

/**
 * A child located through the parent it names: the first input whose parent is in the stack gives that parent's
 * location; else the first input the child sets (the first input if it sets none) names a parent outside the stack,
 * as declared in the pack config, else not provable.
 */
function fromParentInputs(resource: ResourceFacts, token: TypeToken, stack: StackView | undefined, visiting: Set<string>, inputs: readonly ParentInput[]): LocatedValue {
  const child = resourceKindInSentence(token);
  for (const { inStack } of inputs) {
    const parent = inStack();
    if (parent) {
      const remedy: LocationRemedy = { kind: "move-parent", child, parent: describe(parent) };
      return fromReferenced(parent, stack!, "(none, a child resource)", `inherited from parent ${describe(parent)}`, visiting, remedy);
    }
  }
  const chosen = inputs.find(({ input }) => readString(resource.props, input).state !== "absent") ?? inputs[0];
  const path = chosen.input;
  const named = readString(resource.props, path);
  const seen = showValue(named);
  const literal = named.state === "known" && !named.secret ? named.value : undefined;
  const remedy: LocationRemedy = { kind: "provide-parent", child, input: path, ...(literal !== undefined && { name: literal }) };
  const declared = named.state === "known" ? chosen.declared(named.value) : undefined;
  if (declared) return fromDeclared(declared, path, seen, "inherited from its parent outside the stack", remedy);
  return {
    state: "absent",
    path,
    seen,
    why: `its parent named by ${path} is not a resource of this stack, so its location cannot be read at preview`,
    remedy,
    viaStack: true,
  };
}

/** An azure-native child located through the parent its parent-name inputs (from the type table) name. */
function fromParent(resource: ResourceFacts, token: TypeToken, stack: StackView | undefined, visiting: Set<string>): LocatedValue | undefined {
  const parents = lookupAzureNativeType(token.key)?.parents ?? [];
  if (parents.length === 0) return undefined;
  const group = stack && groupNameOf(resource, stack);
  const inputs = parents.map((property): ParentInput => ({
    input: property,
    // Only a resource of the same service can be the parent: a value computed from another service's resource (a
    // vault's name used as an account name) proves nothing about where the parent is.
    inStack: () =>
      stack?.dependenciesOf(resource, property).find((r) => parseTypeToken(r.type)?.module === token.module) ??
      stack?.namedParentOf(resource, token.module, property),
    declared: (name) => (group === undefined ? undefined : stack!.external.parent(subscriptionOf(resource), group, token.module, name)),
  }));
  return fromParentInputs(resource, token, stack, visiting, inputs);
}

/**
 * A classic child of `catalog/classic-parents.ts` located through the parent its inputs name (the parent of the
 * stack by dependency or literal, else its declaration); `undefined` for any other classic type.
 */
function fromClassicParent(resource: ResourceFacts, token: TypeToken, stack: StackView | undefined, visiting: Set<string>): LocatedValue | undefined {
  const row = CLASSIC_CHILD_TYPES.get(token.key);
  if (!row) return undefined;
  const inputs = row.inputs.map((input): ParentInput => ({
    input: input.input,
    inStack: () => stack && classicParentInStack(resource, input, stack),
    declared: (value) => stack && classicParentDeclared(resource, input, stack, value),
  }));
  return fromParentInputs(resource, token, stack, visiting, inputs);
}

function fromResourceGroup(resource: ResourceFacts, stack: StackView | undefined, seen: string, visiting: Set<string>): LocatedValue {
  const group = stack?.resourceGroupOf(resource);
  if (group) return fromReferenced(group, stack!, seen, `inherited from resource group '${group.name}'`, visiting);
  return fromGroupOutsideStack(resource, stack, seen);
}

/** The location of a group that no resource of the stack is: as declared in the pack config, else not provable. */
function fromGroupOutsideStack(resource: ResourceFacts, stack: StackView | undefined, seen: string): LocatedValue {
  const named = readString(resource.props, "resourceGroupName");
  const declared = named.state === "known" ? stack?.external.group(subscriptionOf(resource), named.value) : undefined;
  const groupText = named.state === "known" && !named.secret ? `resource group '${named.value}'` : "its resource group";
  if (declared) return fromDeclared(declared, OWN_LOCATION, seen, `inherited from ${groupText} outside the stack`);
  return {
    state: "absent",
    path: OWN_LOCATION,
    seen,
    why: `${groupText} is not created by this stack, so its location cannot be read at preview`,
    remedy: { kind: "declare-group", group: groupText },
    viaStack: true,
  };
}

/** A group of the stack that the classic provider cannot be shown to read: not provable, for the reason given. */
function unprovenClassicGroup(seen: string, why: string): LocatedValue {
  return { state: "absent", path: OWN_LOCATION, seen, why, viaStack: true };
}

/**
 * The location the classic provider's Check fills in for a resource that sets none (pulumi-azure
 * `defaultAzureLocation`): that of the resource group its `resourceGroupName` names, read from Azure in the
 * provider's subscription. On a first preview the group does not exist yet, so the preview shows the location as
 * unknown; the group of this stack that Azure will hold under that name gives it ({@link classicResourceGroupOf}).
 */
function fromClassicGroup(resource: ResourceFacts, stack: StackView | undefined, seen: string, visiting: Set<string>): LocatedValue {
  const lookup = stack ? classicResourceGroupOf(resource, stack) : { kind: "none" as const };
  switch (lookup.kind) {
    case "found":
      return fromReferenced(lookup.group, stack!, seen, `inherited from resource group '${lookup.group.name}'`, visiting);
    case "other-subscription":
      return unprovenClassicGroup(seen, `resource group '${lookup.group.name}' of this stack is behind another provider, and the two providers do not name the same literal subscriptionId, so the classic provider cannot be shown to read its location`);
    case "several":
      return unprovenClassicGroup(seen, `its resourceGroupName names several resource groups of this stack (${lookup.groups.map((g) => `'${g.name}'`).join(", ")}), so which one holds it is not known`);
    case "none":
      return fromGroupOutsideStack(resource, stack, seen);
  }
}

/**
 * A classic resource without a location of its own: a resource group takes the classic provider's `location`
 * (`azure:location`, the only resource it fills in); any other resource in a group takes its group's location.
 * `undefined` for a resource without a group: the classic provider gives it no location.
 */
function classicDefault(resource: ResourceFacts, token: TypeToken, stack: StackView | undefined, seen: string, visiting: Set<string>): LocatedValue | undefined {
  if (CLASSIC_GLOBAL_LOCATION_TYPES.has(token.key)) return classicGlobal(seen);
  if (isClassicResourceGroup(resource.type)) {
    return providerLocation(resource, seen) ?? { state: "absent", path: OWN_LOCATION, seen, why: "neither the resource group nor its provider (azure:location) sets a location", viaStack: false };
  }
  if (readString(resource.props, "resourceGroupName").state === "absent") return undefined;
  return fromClassicGroup(resource, stack, seen, visiting);
}

/** A classic type that azurerm places at `global` when the program sets no location (catalog/classic-global-locations.ts). */
function classicGlobal(seen: string): LocatedValue {
  return { state: "known", location: "global", path: OWN_LOCATION, seen, via: "the classic provider's default for this type", viaStack: false };
}

/**
 * True when an unknown location of a classic resource is the default its provider's Check filled in: it has a
 * resource group, is not one, and the program did not set the location from a secret or compute it from a resource
 * (the default is never secret, and a real preview runs functions and decrypts config, so a location the program set
 * is known, secret or computed from a resource).
 */
function isClassicDefault(resource: ResourceFacts, token: TypeToken, stack: StackView | undefined, own: StringRead, path: string): boolean {
  return (
    token.provider === "azure" &&
    own.state === "unknown" &&
    !own.secret &&
    !isClassicResourceGroup(resource.type) &&
    readString(resource.props, "resourceGroupName").state !== "absent" &&
    !stack?.isComputedFromResources(resource, path)
  );
}

function locate(resource: ResourceFacts, stack: StackView | undefined, visiting: Set<string>, asToken?: TypeToken): LocatedValue | undefined {
  const token = asToken ?? parseTypeToken(resource.type);
  if (!token || visiting.has(resource.urn)) return undefined;
  const compute = () => {
    visiting.add(resource.urn);
    try {
      return locateUncached(resource, token, stack, visiting);
    } finally {
      visiting.delete(resource.urn);
    }
  };
  return stack ? stack.remember(`location:${resource.urn}:${token.key}`, compute) : compute();
}

/**
 * The input that holds a resource's own region: `location`, or `locationName` for the few types whose region is
 * a path parameter (`sql:InstanceFailoverGroup`, `sql:ServerTrustGroup`).
 */
function ownLocationInput(info: AzureNativeTypeInfo | undefined): string {
  return info && !info.location && info.parents.includes("locationName") ? "locationName" : OWN_LOCATION;
}

function locateUncached(resource: ResourceFacts, token: TypeToken, stack: StackView | undefined, visiting: Set<string>): LocatedValue | undefined {
  const info = token.provider === "azure-native" ? lookupAzureNativeType(token.key) : undefined;
  const path = ownLocationInput(info);
  const own = readString(resource.props, path);
  const seen = showValue(own);
  switch (own.state) {
    case "known":
      return { state: "known", location: own.value, path, seen, secret: own.secret, viaStack: false };
    case "invalid":
      return { state: "invalid", path, seen, why: `${path} must be a region name string`, viaStack: false };
    case "unknown": {
      const source = stack?.dependenciesOf(resource, path).find((r) => parseTypeToken(r.type));
      if (source) return fromReferenced(source, stack!, seen, `taken from ${describe(source)}`, visiting);
      if (isClassicDefault(resource, token, stack, own, path)) {
        return CLASSIC_GLOBAL_LOCATION_TYPES.has(token.key) ? classicGlobal(seen) : fromClassicGroup(resource, stack, seen, visiting);
      }
      return { state: "unknown", path, seen, why: "its value is computed and only known after deployment", viaStack: true };
    }
    case "absent":
      break;
  }
  if (token.provider === "azure") return fromClassicParent(resource, token, stack, visiting) ?? classicDefault(resource, token, stack, seen, visiting);
  if (info && !info.location) return fromParent(resource, token, stack, visiting);
  const inherited = providerLocation(resource, seen);
  if (inherited) return inherited;
  const inGroup = info ? info.rg === true && !isResourceGroup(resource.type) : readString(resource.props, "resourceGroupName").state !== "absent";
  if (inGroup) return fromResourceGroup(resource, stack, seen, visiting);
  if (!info) return undefined;
  return { state: "absent", path: OWN_LOCATION, seen, why: "neither the resource nor its provider sets a location", viaStack: false };
}

/**
 * The primary location of a resource: its own `location`, else the provider's `location` (as azure-native's
 * Check fills it), else its resource group's (the group of the stack, or one declared in the pack config), else
 * its parent's for a child type without a location input (the parent of the stack by property dependency or by
 * name, or one declared in the pack config). A classic `@pulumi/azure` resource follows its own provider: only its
 * resource groups take the provider's `location`; a child type of `catalog/classic-parents.ts` takes its parent's
 * (found as for an azure-native child, by the row's inputs), whether or not it has a group; any other resource
 * without one (or with the unknown its Check fills in) takes the location of the resource group the classic provider
 * reads, a group of the stack in the same subscription or one declared in the pack config. `undefined` for a
 * resource that has no location at all (extension resources such as role assignments, classic resources outside any
 * group and that table) or is not an Azure resource. `token` judges the resource as one candidate of an ambiguous
 * token; by default the resource's own token.
 */
export function primaryLocation(resource: ResourceFacts, stack?: StackView, token?: TypeToken): LocatedValue | undefined {
  return locate(resource, stack, new Set(), token);
}
