/**
 * Shapes returned by the program host: what a first `pulumi preview` of a new stack would hand to the
 * policy engine, one entry per registered resource.
 */

/** A value as it travels on the wire: plain JSON, unknowns as the sentinel string, secrets wrapped. */
export type WireValue = null | boolean | number | string | WireValue[] | { [key: string]: WireValue };

/** Property bag of a resource, in wire form (see {@link WireValue}). */
export type WireProperties = Record<string, WireValue>;

/** Where in the user's program a resource was declared. */
export interface SourcePosition {
  /** Path of the source file, relative to the program directory, with `/` separators. */
  file: string;
  /** 1-based line of the `new ...(...)` expression. */
  line: number;
}

/** The provider resource that manages a custom resource, as the analyzer sees it. */
export interface ProviderReference {
  /** URN of the provider resource. */
  urn: string;
  /** Provider type, e.g. `pulumi:providers:azure-native`. */
  type: string;
  /** Provider resource name, e.g. `default_3_28_0` or the user's name for an explicit provider. */
  name: string;
  /** The provider's inputs (its configuration), including `version` when known. */
  inputs: WireProperties;
}

/**
 * How the emulated provider `Check` filled a missing `location`, when it did: from the provider's `location`
 * (azure-native, or the classic provider for a resource group), unknown because the resource group's name is unknown
 * (azure-native), or unknown because the classic provider reads the group's location from Azure, where a group of a
 * first preview does not exist yet.
 */
export type LocationDefault = "provider-config" | "unknown-resource-group" | "resource-group-lookup";

/** One resource registered by the program, in registration order. */
export interface RegisteredResource {
  /** URN built as the engine does: `urn:pulumi:<stack>::<project>::<parent types$>type::name`. */
  urn: string;
  /** Type token, e.g. `azure-native:storage:StorageAccount`. */
  type: string;
  /** Logical name given in the program. */
  name: string;
  /** True for custom resources (including providers), false for components and the stack. */
  custom: boolean;
  /** True when the program read an existing resource (`Resource.get`) instead of declaring one. */
  external: boolean;
  /** URN of the parent resource; absent only for the root stack resource and default providers. */
  parent?: string;
  /** Provider managing this custom resource; absent for components, providers and the stack. */
  provider?: ProviderReference;
  /** Inputs after the emulated provider `Check` (what `Analyze` receives). */
  inputs: WireProperties;
  /** Property name to the URNs its value depends on (only non-empty entries). */
  propertyDependencies: Record<string, string[]>;
  /** URNs of all direct dependencies. */
  dependencies: string[];
  /** Position of the declaration in the user's program, when the stack trace reaches it. */
  sourcePosition?: SourcePosition;
  /** Set when the emulated `Check` defaulted `location`. */
  locationDefault?: LocationDefault;
  /** For a component, the earlier identities it declared (`aliases`), when it declared any. */
  aliases?: RecordedAlias[];
}

/** One alias of a registration as the SDK sent it: an earlier URN, or the parts of the identity that changed. */
export interface RecordedAlias {
  urn?: string;
  type?: string;
  name?: string;
}

/** Severity of a message the program logged through the engine. */
export type LogSeverity = "info" | "warning" | "error";

/** One message the program (or the SDK on its behalf) logged through `Engine.Log`, or one the host added. */
export interface HostLogEntry {
  /** Severity of the message. */
  severity: LogSeverity;
  /** Text of the message. */
  message: string;
  /** URN of the resource the message is about, when given. */
  urn?: string;
}

/** The configuration handed to the program, as the CLI would hand it. */
export interface ProgramConfig {
  /** `namespace:key` to the string value the program sees (secure values are the unknown sentinel). */
  values: Record<string, string>;
  /** Keys whose values are secret, `namespace:key` form, sorted. */
  secretKeys: string[];
}

/** Everything a program run produced. */
export interface HostResult {
  /** Project name from `Pulumi.yaml`. */
  project: string;
  /** Stack name the program ran as. */
  stack: string;
  /** All registered resources in registration order, the stack and providers included. */
  resources: RegisteredResource[];
  /** Messages logged during the run. */
  logs: HostLogEntry[];
  /** The configuration the program was given. */
  config: ProgramConfig;
}
