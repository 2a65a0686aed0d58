import { randomUUID } from "node:crypto";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { InvokeResponse } from "@pulumi/pulumi/proto/provider_pb";
import type { IResourceMonitorServer } from "@pulumi/pulumi/proto/resource_grpc_pb";
import {
  DeploymentInfo,
  ReadResourceResponse,
  RegisterPackageResponse,
  RegisterResourceResponse,
  ResourceMonitorFeature,
  Result,
  SupportsFeatureResponse,
} from "@pulumi/pulumi/proto/resource_pb";
import type { AzureClassicSdk } from "./azure-classic-sdk";
import type { AzureNativeSdk } from "./azure-native-sdk";
import { DefaultProviders, type ProviderRequest } from "./default-providers";
import { toHandlerError, unimplemented, type HandlerError } from "./grpc-errors";
import { answerInvoke } from "./invoke-answers";
import { resolveProvider } from "./provider-resolution";
import { readResource, registerResource, type RegistrationContext } from "./register-resource";
import { ResourceRegistry } from "./resource-registry";
import type { HostLogEntry, ProgramConfig, RegisteredResource } from "./types";
import { makeUrn } from "./urn";

/**
 * Features the monitor reports through `SupportsFeature`. The SDK asks once at start-up
 * (`@pulumi/pulumi` `runtime/settings` `awaitFeatureSupport`). The engine answers yes to secrets,
 * resourceReferences, outputValues, aliasSpecs, deletedWith, transforms, invokeTransforms and
 * parameterization (pulumi/pulumi `source_eval.go` `SupportsFeature`). This monitor says yes to what it
 * can honour by recording: secrets keep their wrappers; resource references and output values
 * are kept as the SDK sends them; a component's aliases are recorded (`RegisteredResource.aliases`); deletedWith and
 * replaceWith change nothing at a preview and are ignored; parameterized packages get a package reference. Transforms and hooks need the engine to call back into the program,
 * which this monitor does not do, so it says no and the SDK stops a program that uses them with its own
 * "does not support" error instead of letting it be judged without them. Property dependencies and
 * source positions need no feature: the SDK always sends them.
 */
const SUPPORTED_FEATURES: ReadonlyMap<string, ResourceMonitorFeature> = new Map([
  ["secrets", ResourceMonitorFeature.RESOURCE_MONITOR_FEATURE_SECRETS],
  ["resourceReferences", ResourceMonitorFeature.RESOURCE_MONITOR_FEATURE_RESOURCE_REFERENCES],
  ["outputValues", ResourceMonitorFeature.RESOURCE_MONITOR_FEATURE_OUTPUT_VALUES],
  ["aliasSpecs", ResourceMonitorFeature.RESOURCE_MONITOR_FEATURE_ALIAS_SPECS],
  ["deletedWith", ResourceMonitorFeature.RESOURCE_MONITOR_FEATURE_DELETED_WITH],
  ["replaceWith", ResourceMonitorFeature.RESOURCE_MONITOR_FEATURE_REPLACE_WITH],
  ["parameterization", ResourceMonitorFeature.RESOURCE_MONITOR_FEATURE_PARAMETERIZATION],
]);

/** What the monitor needs to know about the run. */
export interface MonitorOptions {
  /** Project name. */
  project: string;
  /** Stack name. */
  stack: string;
  /** Organization the program is told it runs in. */
  organization: string;
  /** Program directory (base of source positions). */
  programDir: string;
  /** Stack configuration (source of default provider inputs). */
  config: ProgramConfig;
  /** The azure-native SDK the program loads, when installed. */
  sdk: AzureNativeSdk | undefined;
  /** The classic azure SDK the program loads, when installed (its functions are answered too). */
  classicSdk: AzureClassicSdk | undefined;
  /** Array host messages are appended to. */
  logs: HostLogEntry[];
  /** Told of each resource as it is recorded, in registration order. */
  onRegistered?: (resource: RegisteredResource) => void;
}

/** A resource monitor that behaves like the first preview of a new stack and records what it sees. */
export interface PreviewMonitor {
  /** The gRPC service implementation. */
  service: IResourceMonitorServer;
  /** Resources recorded so far, in registration order. */
  resources: RegisteredResource[];
}

/**
 * Creates the `pulumirpc.ResourceMonitor` service (pulumi/pulumi `pkg/resource/deploy/source_eval.go`
 * `resmon` is the engine's) for one program run.
 */
export function createPreviewMonitor(options: MonitorOptions): PreviewMonitor {
  const registry = new ResourceRegistry(options.onRegistered);
  const context: RegistrationContext = {
    project: options.project,
    stack: options.stack,
    programDir: options.programDir,
    sdk: options.sdk,
    classicSdk: options.classicSdk,
    registry,
    packageRefs: new Map<string, ProviderRequest>(),
    componentProviders: new Map(),
    defaultProviders: new DefaultProviders(options.config, (type, name, inputs) => {
      const provider: RegisteredResource = {
        urn: makeUrn(options.stack, options.project, undefined, type, name),
        type,
        name,
        custom: true,
        external: false,
        inputs,
        propertyDependencies: {},
        dependencies: [],
      };
      registry.add(provider);
      return provider;
    }),
  };

  const service: IResourceMonitorServer = {
    supportsFeature: (call, callback) =>
      answer(callback, () => new SupportsFeatureResponse().setHassupport(SUPPORTED_FEATURES.has(call.request.getId()))),
    registerResource: (call, callback) =>
      answer(callback, () => {
        const registration = registerResource(context, call.request);
        return new RegisterResourceResponse()
          .setUrn(registration.resource.urn)
          .setId(registration.id)
          .setObject(Struct.fromJavaScript(registration.outputs))
          .setResult(Result.SUCCESS);
      }),
    registerResourceOutputs: (_call, callback) => answer(callback, () => new Empty()),
    readResource: (call, callback) =>
      answer(callback, () =>
        new ReadResourceResponse().setUrn(readResource(context, call.request).urn).setProperties(new Struct()),
      ),
    invoke: (call, callback) =>
      answer(callback, () => {
        const token = call.request.getTok();
        resolveProvider(context, {
          token,
          provider: call.request.getProvider(),
          parent: "",
          version: call.request.getVersion(),
          pluginDownloadUrl: call.request.getPlugindownloadurl(),
          packageRef: call.request.getPackageref(),
        });
        const result = answerInvoke([options.sdk, options.classicSdk], token);
        options.logs.push({
          severity: "warning",
          message: `Invoke '${token}' was answered with unknown values: the offline check does not call the cloud.`,
        });
        return new InvokeResponse().setReturn(Struct.fromJavaScript(result));
      }),
    call: (call, callback) =>
      callback(
        unimplemented(
          `The offline check cannot call '${call.request.getTok()}': resource methods run in the provider ` +
            `against the cloud.`,
        ),
      ),
    registerPackage: (call, callback) =>
      answer(callback, () => {
        const parameterization = call.request.getParameterization();
        const request: ProviderRequest = {
          pkg: parameterization?.getName() ?? call.request.getName(),
          version: parameterization?.getVersion() ?? call.request.getVersion(),
          pluginDownloadUrl: call.request.getDownloadUrl(),
        };
        return new RegisterPackageResponse().setRef(packageReference(context.packageRefs, request));
      }),
    signalAndWaitForShutdown: (_call, callback) => callback(null, new Empty()),
    getDeploymentInfo: (_call, callback) => answer(callback, () => deploymentInfo(options)),
    registerStackTransform: (_call, callback) => callback(unimplemented("Transforms are not supported offline.")),
    registerStackInvokeTransform: (_call, callback) =>
      callback(unimplemented("Invoke transforms are not supported offline.")),
    registerResourceHook: (_call, callback) => callback(unimplemented("Resource hooks are not supported offline.")),
    registerErrorHook: (_call, callback) => callback(unimplemented("Error hooks are not supported offline.")),
  };
  return { service, resources: registry.resources };
}

/** Runs a handler body and answers with its result, or with its error as a gRPC error. */
function answer<T>(callback: (error: HandlerError | null, value?: T) => void, body: () => T): void {
  let value: T;
  try {
    value = body();
  } catch (error) {
    callback(toHandlerError(error));
    return;
  }
  callback(null, value);
}

function packageReference(references: Map<string, ProviderRequest>, request: ProviderRequest): string {
  for (const [reference, existing] of references) {
    if (JSON.stringify(existing) === JSON.stringify(request)) {
      return reference;
    }
  }
  const reference = randomUUID();
  references.set(reference, request);
  return reference;
}

function deploymentInfo(options: MonitorOptions): DeploymentInfo {
  const info = new DeploymentInfo()
    .setProject(options.project)
    .setStack(options.stack)
    .setOrganization(options.organization)
    .setDryrun(true)
    .setConfigsecretkeysList(options.config.secretKeys)
    .setSupportedfeaturesList([...SUPPORTED_FEATURES.values()]);
  for (const [key, value] of Object.entries(options.config.values)) {
    info.getConfigMap().set(key, value);
  }
  return info;
}

