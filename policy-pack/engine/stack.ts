import { ResourceFacts } from "./types";
import { readString } from "./values";

/** A resource as the stack policy sees it: its facts plus the graph edges the engine sends. */
export interface StackResource extends ResourceFacts {
  /** URN of the resource's Pulumi parent (a component or another resource), if any. */
  readonly parent?: string;
  /** Top-level input name to the URNs of the resources its value came from. */
  readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
}

/** True for a resource group of any azure-native package version. */
export const isResourceGroup = (type: string) => /^azure-native(?:_[^:]+)?:resources:ResourceGroup$/.test(type);

/**
 * Every resource of the stack, indexed once so that resolving a reference costs one map look-up: the stack
 * policy stays linear in the number of resources.
 */
export class StackView {
  private readonly byUrn = new Map<string, StackResource>();
  private readonly groupsByName = new Map<string, StackResource>();
  private readonly memo = new Map<string, unknown>();

  constructor(resources: readonly StackResource[]) {
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
   * The resource group a resource lives in: the group its `resourceGroupName` was computed from, else a group
   * of this stack whose explicit `resourceGroupName` equals the literal name (Azure names are case-insensitive).
   */
  resourceGroupOf(resource: ResourceFacts): StackResource | undefined {
    const fromDependency = this.dependenciesOf(resource, "resourceGroupName").find((r) => isResourceGroup(r.type));
    if (fromDependency) return fromDependency;
    const literal = readString(resource.props, "resourceGroupName");
    return literal.state === "known" ? this.groupsByName.get(literal.value.toLowerCase()) : undefined;
  }

  /** Computes `compute()` once per key for the lifetime of this view (locations of shared parents, groups). */
  remember<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }
}
