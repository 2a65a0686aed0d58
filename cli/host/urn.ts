/** Type of the root stack resource; the engine leaves it out of child URNs. */
export const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";

/** Prefix of provider resource types (`pulumi:providers:<package>`). */
export const PROVIDER_TYPE_PREFIX = "pulumi:providers:";

/**
 * Builds a URN as the engine does (pulumi/pulumi `sdk/go/common/resource/urn.go` `NewURN`):
 * `urn:pulumi:<stack>::<project>::<qualified type>::<name>`, where the qualified type is the parent's
 * qualified type, `$`, then the resource's own type; a parent that is the root stack adds nothing.
 */
export function makeUrn(stack: string, project: string, parentUrn: string | undefined, type: string, name: string): string {
  const parentType = parentUrn === undefined ? undefined : qualifiedTypeOf(parentUrn);
  const qualifiedType =
    parentType === undefined || parentType === ROOT_STACK_TYPE ? type : `${parentType}$${type}`;
  return `urn:pulumi:${stack}::${project}::${qualifiedType}::${name}`;
}

/** The qualified type part of a URN (`parent$child` chain). */
export function qualifiedTypeOf(urn: string): string {
  return urn.split("::")[2] ?? "";
}

/** The package of a type token: `azure-native` for `azure-native:storage:StorageAccount`. */
export function packageOfType(type: string): string {
  return type.split(":")[0];
}

/** True for provider resource types. */
export function isProviderType(type: string): boolean {
  return type.startsWith(PROVIDER_TYPE_PREFIX);
}

/** Splits a provider reference `<urn>::<id>` (pulumi/pulumi `providers.ParseReference`) and returns the URN. */
export function providerUrnOfReference(reference: string): string {
  return reference.slice(0, reference.lastIndexOf("::"));
}
