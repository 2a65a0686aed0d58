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

/** A provider of the classic `@pulumi/azure` package with the given inputs (its stack config `azure:*`). */
export function classicProvider(props: PropertyBag = {}, name = "default_5_89_2"): ProviderFacts {
  return { type: "pulumi:providers:azure", name, urn: `urn:pulumi:dev::proj::pulumi:providers:azure::${name}`, props };
}

/** The default classic provider of a stack located in westeurope (`azure:location`). */
export const CLASSIC_DEFAULT_PROVIDER = classicProvider({ location: "westeurope" });

/**
 * A classic `@pulumi/azure` resource as the engine sees it: `type` is the token as registered
 * (`azure:cosmosdb/account:Account`), behind the default classic provider unless one is given.
 */
export function classicResource(type: string, name: string, props: PropertyBag, withProvider = CLASSIC_DEFAULT_PROVIDER): ResourceFacts {
  return resource(type, name, props, withProvider);
}
