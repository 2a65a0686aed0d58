import { PropertyBag, ProviderFacts, ResourceFacts, StackResource } from "../../policy-pack/engine";

/** The unknown string sentinel, as a preview sends a value that is not known yet. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The default azure-native provider of a stack, with the given inputs. */
export function provider(props: PropertyBag = {}, name = "default_3_28_0"): ProviderFacts {
  return { type: "pulumi:providers:azure-native", name, urn: `urn:pulumi:dev::proj::pulumi:providers:azure-native::${name}`, props };
}

/** A resource as the engine sees it; `type` without a package prefix gets `azure-native:`. */
export function resource(type: string, name: string, props: PropertyBag, withProvider?: ProviderFacts): ResourceFacts {
  const token = type.includes(":") && type.split(":").length === 3 ? type : `azure-native:${type}`;
  return { urn: `urn:pulumi:dev::proj::${token}::${name}`, type: token, name, props, provider: withProvider ?? provider() };
}

/** A resource of a stack with its property dependencies (input name to the resources it came from). */
export function stackResource(base: ResourceFacts, dependsOn: Record<string, ResourceFacts[]> = {}, parent?: ResourceFacts): StackResource {
  const propertyDependencies = Object.fromEntries(Object.entries(dependsOn).map(([k, v]) => [k, v.map((r) => r.urn)]));
  return { ...base, propertyDependencies, parent: parent?.urn };
}
