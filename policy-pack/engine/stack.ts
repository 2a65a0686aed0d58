import { lookupAzureNativeType } from "../catalog/azure-native-types";
import { ExternalResource, ExternalResources } from "./external";
import { parseTypeToken } from "./tokens";
import { ResourceFacts } from "./types";
import { readString } from "./values";

/** A resource as the stack policy sees it: its facts plus the graph edges the engine sends. */
export interface StackResource extends ResourceFacts {
  /** URN of the resource's Pulumi parent (a component or another resource), if any. */
  readonly parent?: string;
  /** Top-level input name to the URNs of the resources its value came from. */
  readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
}

/** True for a resource group of any azure-native package, SDK version or versioned module. */
export const isResourceGroup = (type: string) => parseTypeToken(type)?.key === "resources:ResourceGroup";

/** The literal subscription id of a resource's provider, when it names one. */
export function subscriptionOf(resource: ResourceFacts): string | undefined {
  if (!resource.provider) return undefined;
  const id = readString(resource.provider.props, "subscriptionId");
  return id.state === "known" ? id.value : undefined;
}

/** Literal resource group names compare case-insensitively, as Azure compares them. */
const groupKey = (name: string) => `name:${name.toLowerCase()}`;

/**
 * Every resource of the stack, indexed once so that resolving a reference costs one map look-up: the stack
 * policy stays linear in the number of resources.
 */
export class StackView {
  private readonly byUrn = new Map<string, StackResource>();
  private readonly groupsByName = new Map<string, StackResource>();
  private readonly memo = new Map<string, unknown>();
  /** The resources outside the stack that the pack config declares, reviewed, with their regions. */
  readonly external: ExternalResources;

  constructor(resources: readonly StackResource[], external: readonly ExternalResource[] = []) {
    this.external = new ExternalResources(external);
    for (const resource of resources) {
      this.byUrn.set(resource.urn, resource);
      if (isResourceGroup(resource.type)) {
        const explicit = readString(resource.props, "resourceGroupName");
        if (explicit.state === "known") this.groupsByName.set(explicit.value.toLowerCase(), resource);
      }
    }
  }

  /** The resource with this URN, if it is in the stack. */
  get(urn: string): StackResource | undefined {
    return this.byUrn.get(urn);
  }

  /**
   * Every resource of the stack, in the order the engine sent them. Costs a pass over the stack: rules that
   * search it build their index once through {@link remember}.
   */
  all(): readonly StackResource[] {
    return [...this.byUrn.values()];
  }

  /** The resources of this stack that the given top-level input of `resource` was computed from. */
  dependenciesOf(resource: ResourceFacts, property: string): StackResource[] {
    const own = this.byUrn.get(resource.urn);
    const urns = own?.propertyDependencies[property] ?? [];
    return urns.map((urn) => this.byUrn.get(urn)).filter((r): r is StackResource => r !== undefined);
  }

  /**
   * True when the program computed the given top-level input of `resource` from another resource's output (of any
   * package): the value is the program's, not a default the provider's Check filled in.
   */
  isComputedFromResources(resource: ResourceFacts, property: string): boolean {
    return (this.byUrn.get(resource.urn)?.propertyDependencies[property]?.length ?? 0) > 0;
  }

  /**
   * The resource group a resource lives in: the group its `resourceGroupName` was computed from, else a group
   * of this stack whose explicit `resourceGroupName` equals the literal name (Azure names are case-insensitive).
   */
  resourceGroupOf(resource: ResourceFacts): StackResource | undefined {
    const fromDependency = this.dependenciesOf(resource, "resourceGroupName").find((r) => isResourceGroup(r.type));
    if (fromDependency) return fromDependency;
    const literal = readString(resource.props, "resourceGroupName");
    return literal.state === "known" ? this.groupsByName.get(literal.value.toLowerCase()) : undefined;
  }

  /**
   * The resource of this stack that a child names by the literal value of its parent-name input `property`
   * (`accountName: "logs"` of a blob container): a resource of the same azure-native module whose own input of that
   * name (the parent's name, not a parent of its own) equals the value, in the same resource group and behind the
   * same provider. Azure names compare case-insensitively. `undefined` when none or several match, or when the
   * child's name or group is not a literal.
   */
  namedParentOf(child: ResourceFacts, module: string, property: string): StackResource | undefined {
    const name = readString(child.props, property);
    const group = this.groupIdentity(child);
    if (name.state !== "known" || group === undefined) return undefined;
    const index = this.remember(`named:${module}:${property}`, () => this.indexByOwnName(module, property));
    const found = (index.get(name.value.toLowerCase()) ?? []).filter(
      (r) => r.urn !== child.urn && this.groupIdentity(r) === group && r.provider?.urn === child.provider?.urn,
    );
    return found.length === 1 ? found[0] : undefined;
  }

  /** The resources of `module` whose own (non-parent) input `property` is a literal name, by lower-cased name. */
  private indexByOwnName(module: string, property: string): Map<string, StackResource[]> {
    const index = new Map<string, StackResource[]>();
    for (const resource of this.byUrn.values()) {
      const token = parseTypeToken(resource.type);
      const info = token?.module === module ? lookupAzureNativeType(token.key) : undefined;
      if (!info || info.parents.includes(property)) continue;
      const own = readString(resource.props, property);
      if (own.state !== "known") continue;
      const key = own.value.toLowerCase();
      index.set(key, [...(index.get(key) ?? []), resource]);
    }
    return index;
  }

  /** Which resource group a resource is in: the group resource of this stack, else its literal group name. */
  private groupIdentity(resource: ResourceFacts): string | undefined {
    const group = this.resourceGroupOf(resource);
    if (group) return group.urn;
    const literal = readString(resource.props, "resourceGroupName");
    return literal.state === "known" ? groupKey(literal.value) : undefined;
  }

  /** Computes `compute()` once per key for the lifetime of this view (locations of shared parents, groups). */
  remember<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
}
