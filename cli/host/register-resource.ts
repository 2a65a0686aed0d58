import type { Struct } from "google-protobuf/google/protobuf/struct_pb";
import type { ReadResourceRequest, RegisterResourceRequest } from "@pulumi/pulumi/proto/resource_pb";
import type { StackTrace, SourcePosition as SourcePositionMessage } from "@pulumi/pulumi/proto/source_pb";
import { AZURE_CLASSIC, type AzureClassicSdk } from "./azure-classic-sdk";
import { AZURE_NATIVE, type AzureNativeSdk } from "./azure-native-sdk";
import { checkClassicLocation, checkLocation, type CheckedLocation } from "./check-location";
import { resolveProvider, type ProviderResolver } from "./provider-resolution";
import { userSourcePosition, type RawSourcePosition } from "./source-position";
import type { ProviderReference, RecordedAlias, RegisteredResource, WireProperties } from "./types";
import { isProviderType, makeUrn, packageOfType } from "./urn";
import { UNKNOWN } from "./wire-values";

/** Everything resource registration needs besides the request. */
export interface RegistrationContext extends ProviderResolver {
  /** Project name. */
  project: string;
  /** Stack name. */
  stack: string;
  /** Program directory, the base of source positions. */
  programDir: string;
  /** The azure-native SDK the program loads, when installed. */
  sdk: AzureNativeSdk | undefined;
  /** The classic azure SDK the program loads, when installed. */
  classicSdk: AzureClassicSdk | undefined;
}

/** A recorded registration and the answer the engine would give the SDK on a first preview. */
export interface Registration {
  /** The recorded resource. */
  resource: RegisteredResource;
  /** ID to answer: "" for a previewed create (the SDK treats it as unknown), the unknown ID for providers. */
  id: string;
  /** Output properties to answer: the checked inputs for custom resources, nothing for components. */
  outputs: WireProperties;
}

/**
 * Handles `RegisterResource` as the first preview of a new stack: every resource is a create. The URN,
 * provider and (for azure-native) the `location` default are computed as the engine and provider would.
 * Outputs are the checked inputs: azure-native's preview `Create` maps inputs onto outputs and leaves the
 * rest unknown (`PreviewOutputs`), and the SDK treats outputs missing from the answer as unknown during a
 * preview; components get no outputs (engine `RegisterResource`).
 * @throws Error for requests a first preview cannot serve offline (remote components, bad references).
 */
export function registerResource(context: RegistrationContext, request: RegisterResourceRequest): Registration {
  const type = request.getType();
  const name = request.getName();
  const custom = request.getCustom();
  if (request.getRemote()) {
    throw new Error(
      `${type} '${name}' is a multi-language component: its provider's Construct cannot run without the Pulumi CLI`,
    );
  }
  let inputs = toWireProperties(request.getObject());
  let provider: ProviderReference | undefined;
  if (isProviderType(type)) {
    inputs = withPluginInputs(inputs, request.getVersion(), request.getPlugindownloadurl());
  } else if (custom) {
    provider = resolveProvider(context, {
      token: type,
      provider: request.getProvider(),
      providers: stringMap(request.getProvidersMap()),
      parent: request.getParent(),
      version: request.getVersion(),
      pluginDownloadUrl: request.getPlugindownloadurl(),
      packageRef: request.getPackageref(),
    });
  }
  const checked = provider === undefined ? { inputs } : checkProviderDefaults(context, type, inputs, provider.inputs);
  const resource: RegisteredResource = {
    ...identity(context, type, name, request.getParent()),
    custom,
    external: false,
    provider,
    inputs: checked.inputs,
    propertyDependencies: propertyDependenciesOf(request),
    dependencies: request.getDependenciesList(),
    sourcePosition: sourcePositionOf(context, request.getSourceposition(), request.getStacktrace()),
    ...(checked.locationDefault === undefined ? {} : { locationDefault: checked.locationDefault }),
    ...(custom ? {} : aliasesOf(request)),
  };
  context.registry.add(resource);
  if (!custom) {
    context.componentProviders.set(resource.urn, stringMap(request.getProvidersMap()));
  }
  return {
    resource,
    id: isProviderType(type) ? UNKNOWN : "",
    outputs: custom ? checked.inputs : {},
  };
}

/**
 * Handles `ReadResource` (`Resource.get`): the resource is recorded as external and its provider
 * resolved (registering a default provider as the engine does), but its state would come from Azure,
 * so the answer has no properties and the SDK sees every output as unknown.
 */
export function readResource(context: RegistrationContext, request: ReadResourceRequest): RegisteredResource {
  const type = request.getType();
  const provider = isProviderType(type)
    ? undefined
    : resolveProvider(context, {
        token: type,
        provider: request.getProvider(),
        parent: request.getParent(),
        version: request.getVersion(),
        pluginDownloadUrl: request.getPlugindownloadurl(),
        packageRef: request.getPackageref(),
      });
  const resource: RegisteredResource = {
    ...identity(context, type, request.getName(), request.getParent()),
    custom: true,
    external: true,
    provider,
    inputs: toWireProperties(request.getProperties()),
    propertyDependencies: {},
    dependencies: request.getDependenciesList(),
    sourcePosition: sourcePositionOf(context, request.getSourceposition(), request.getStacktrace()),
  };
  context.registry.add(resource);
  return resource;
}

/** Converts a protobuf `Struct` to wire properties (unknowns stay sentinel strings, secrets stay wrapped). */
function toWireProperties(struct: Struct | undefined): WireProperties {
  return (struct?.toJavaScript() ?? {}) as WireProperties;
}

function identity(context: RegistrationContext, type: string, name: string, parent: string) {
  return {
    urn: makeUrn(context.stack, context.project, parent === "" ? undefined : parent, type, name),
    type,
    name,
    ...(parent === "" ? {} : { parent }),
  };
}

/** Engine: a provider's `version` and `pluginDownloadURL` options become provider inputs. */
function withPluginInputs(inputs: WireProperties, version: string, pluginDownloadUrl: string): WireProperties {
  return {
    ...inputs,
    ...(version === "" ? {} : { version }),
    ...(pluginDownloadUrl === "" ? {} : { pluginDownloadURL: pluginDownloadUrl }),
  };
}

function stringMap(map: { forEach(callback: (value: string, key: string) => void): void }): Map<string, string> {
  const result = new Map<string, string>();
  map.forEach((value, key) => result.set(key, value));
  return result;
}

/** The location default of the provider's `Check`, for the two Azure providers the host emulates. */
function checkProviderDefaults(
  context: RegistrationContext,
  type: string,
  inputs: WireProperties,
  providerInputs: WireProperties,
): CheckedLocation {
  switch (packageOfType(type)) {
    case AZURE_NATIVE:
      return checkLocation(inputs, hasLocationInput(context.sdk, type), providerInputs);
    case AZURE_CLASSIC:
      return checkClassicLocation(type, inputs, hasLocationInput(context.classicSdk, type), providerInputs);
    default:
      return { inputs };
  }
}

function hasLocationInput(sdk: AzureNativeSdk | AzureClassicSdk | undefined, type: string): boolean {
  return sdk?.resourceInputs(type)?.includes("location") ?? false;
}

function propertyDependenciesOf(request: RegisterResourceRequest): Record<string, string[]> {
  const dependencies: Record<string, string[]> = {};
  request.getPropertydependenciesMap().forEach((urns, property) => {
    const list = urns.getUrnsList();
    if (list.length > 0) {
      dependencies[property] = list;
    }
  });
  return dependencies;
}

function sourcePositionOf(
  context: RegistrationContext,
  declared: SourcePositionMessage | undefined,
  stackTrace: StackTrace | undefined,
) {
  const frames = (stackTrace?.getFramesList() ?? [])
    .map((frame) => frame.getPc())
    .filter((position): position is SourcePositionMessage => position !== undefined)
    .map(rawPosition);
  return userSourcePosition(context.programDir, declared === undefined ? undefined : rawPosition(declared), frames);
}

function rawPosition(position: SourcePositionMessage): RawSourcePosition {
  return { uri: position.getUri(), line: position.getLine() };
}

/** The aliases of a registration, recorded as sent (an earlier URN, or the changed type and name of a spec). */
function aliasesOf(request: RegisterResourceRequest): { aliases?: RecordedAlias[] } {
  const aliases = request.getAliasesList().map((alias): RecordedAlias => {
    const spec = alias.getSpec();
    if (!spec) return { urn: alias.getUrn() };
    return { ...(spec.getType() && { type: spec.getType() }), ...(spec.getName() && { name: spec.getName() }) };
  });
  return aliases.length === 0 ? {} : { aliases };
}
