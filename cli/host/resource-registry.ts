import type { ProviderReference, RegisteredResource } from "./types";

/** The resources of one run, in registration order, addressable by URN. */
export class ResourceRegistry {
  /** All resources in registration order. */
  readonly resources: RegisteredResource[] = [];
  private readonly byUrn = new Map<string, RegisteredResource>();

  /** @param onAdded told of each resource as it is recorded, e.g. to analyse it while the program goes on. */
  constructor(private readonly onAdded?: (resource: RegisteredResource) => void) {}

  /**
   * Records a resource.
   * @throws Error when the URN is already taken, with the engine's wording.
   */
  add(resource: RegisteredResource): void {
    if (this.byUrn.has(resource.urn)) {
      throw new Error(`Duplicate resource URN '${resource.urn}'; try giving it a unique name`);
    }
    this.byUrn.set(resource.urn, resource);
    this.resources.push(resource);
    this.onAdded?.(resource);
  }

  /** The resource with this URN, if registered. */
  get(urn: string): RegisteredResource | undefined {
    return this.byUrn.get(urn);
  }

  /**
   * The provider reference for a registered provider resource.
   * @throws Error when no provider with this URN was registered.
   */
  providerReference(urn: string): ProviderReference {
    const provider = this.byUrn.get(urn);
    if (provider === undefined) {
      throw new Error(`unknown provider '${urn}'`);
    }
    return { urn: provider.urn, type: provider.type, name: provider.name, inputs: provider.inputs };
  }
}
