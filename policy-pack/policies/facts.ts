import { PolicyResource, ResourceValidationArgs } from "@pulumi/policy";
import { PropertyBag, ProviderFacts, ResourceFacts, StackResource } from "../engine";
import { rawInputsOf } from "./raw-requests";

/** The key @pulumi/policy's unknown-checking proxy answers with its unwrapped target. */
const PROXY_TARGET = "__getSpecialProxyTarget";

/**
 * The raw properties behind @pulumi/policy's proxy, in which unknown values are Pulumi's sentinel strings.
 * Reading through the proxy would throw on the first unknown, and the SDK turns that throw into an advisory
 * "can't run policy during preview" that lets the preview pass; the engine judges unknowns itself.
 */
export function rawProps(props: unknown): PropertyBag {
  if (props === null || typeof props !== "object") return {};
  const target = (props as Record<string, unknown>)[PROXY_TARGET];
  return (target ?? props) as PropertyBag;
}

function providerFacts(provider: { type: string; name: string; urn: string; props: unknown } | undefined): ProviderFacts | undefined {
  return provider ? { type: provider.type, name: provider.name, urn: provider.urn, props: rawProps(provider.props) } : undefined;
}

/** Prefers the wire form of the request (secrets still marked) over the SDK's unwrapped props. */
function withSecrets(urn: string, props: PropertyBag, provider: ProviderFacts | undefined): { props: PropertyBag; provider?: ProviderFacts } {
  const raw = rawInputsOf(urn);
  if (!raw) return { props, provider };
  return { props: raw.props, provider: provider && raw.providerProps ? { ...provider, props: raw.providerProps } : provider };
}

/** The engine's view of the resource a resource policy is validating. */
export function resourceFacts(args: ResourceValidationArgs): ResourceFacts {
  return { urn: args.urn, type: args.type, name: args.name, ...withSecrets(args.urn, rawProps(args.props), providerFacts(args.provider)) };
}

/** The engine's view of one resource of the stack, with its parent and property dependencies as URNs. */
export function stackResourceFacts(resource: PolicyResource): StackResource {
  const propertyDependencies: Record<string, string[]> = {};
  for (const [property, resources] of Object.entries(resource.propertyDependencies ?? {})) {
    propertyDependencies[property] = resources.map((r) => r.urn);
  }
  return {
    urn: resource.urn,
    type: resource.type,
    name: resource.name,
    ...withSecrets(resource.urn, rawProps(resource.props), providerFacts(resource.provider)),
    parent: resource.parent?.urn,
    propertyDependencies,
  };
}
