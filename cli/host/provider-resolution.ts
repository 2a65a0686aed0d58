import type { DefaultProviders, ProviderRequest } from "./default-providers";
import type { ResourceRegistry } from "./resource-registry";
import type { ProviderReference } from "./types";
import { packageOfType, providerUrnOfReference } from "./urn";

/** What a request says about the provider that should handle it. */
export interface ProviderSelection {
  /** Type token (resource) or function token (invoke) being handled. */
  token: string;
  /** Explicit provider reference `<urn>::<id>`, or "". */
  provider: string;
  /** The `providers` option (package to reference), if the request has one. */
  providers?: Map<string, string>;
  /** Parent URN, or "". */
  parent: string;
  /** Plugin version requested by the SDK, or "". */
  version: string;
  /** Plugin download URL requested by the SDK, or "". */
  pluginDownloadUrl: string;
  /** Package reference from `RegisterPackage`, or "". */
  packageRef: string;
}

/** State shared by all provider look-ups of one run. */
export interface ProviderResolver {
  /** Registered resources, providers included. */
  registry: ResourceRegistry;
  /** The engine's default providers. */
  defaultProviders: DefaultProviders;
  /** Package references handed out by `RegisterPackage`. */
  packageRefs: Map<string, ProviderRequest>;
  /** Component URN to its `providers` option, inherited by its children (engine `componentProviders`). */
  componentProviders: Map<string, Map<string, string>>;
}

/**
 * Finds the provider for a resource, read or invoke as the engine does (`resmon.resolveProvider`,
 * `getProviderReference`): the explicit reference, else the `providers` entry for the package, else the
 * parent component's `providers` entry, else the package's default provider (registered on first use).
 * @throws Error for an unknown package reference or provider, or a refused default provider.
 */
export function resolveProvider(resolver: ProviderResolver, selection: ProviderSelection): ProviderReference {
  const pkg = packageOfType(selection.token);
  const explicit =
    selection.provider ||
    selection.providers?.get(pkg) ||
    resolver.componentProviders.get(selection.parent)?.get(pkg) ||
    "";
  if (explicit !== "") {
    return resolver.registry.providerReference(providerUrnOfReference(explicit));
  }
  const request = providerRequest(resolver, selection, pkg);
  return resolver.registry.providerReference(resolver.defaultProviders.providerFor(request).urn);
}

function providerRequest(resolver: ProviderResolver, selection: ProviderSelection, pkg: string): ProviderRequest {
  if (selection.packageRef === "") {
    return { pkg, version: selection.version, pluginDownloadUrl: selection.pluginDownloadUrl };
  }
  const registered = resolver.packageRefs.get(selection.packageRef);
  if (registered === undefined) {
    throw new Error(`unknown provider package '${selection.packageRef}'`);
  }
  return registered;
}
