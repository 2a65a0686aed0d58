/**
 * A typed promise wrapper over the `pulumirpc.Analyzer` gRPC service that a policy pack serves.
 *
 * Requests and answers are plain objects; the protobuf classes come from `@pulumi/pulumi/proto` (the
 * same module instances `@pulumi/policy` uses inside the pack, so nothing is lost in translation).
 *
 * How values travel (checked against @pulumi/pulumi 3.248, @pulumi/policy 1.21):
 * - Properties go through `google.protobuf.Struct.fromJavaScript`, i.e. plain JSON. `undefined` is not
 *   JSON: Struct rejects it ("Unexpected struct type"), and this client says which resource it was in.
 * - An unknown (computed during preview) value is the string {@link UNKNOWN}. The pack turns it back
 *   into an unknown, and reading it inside a policy throws.
 * - A secret is the object `{ [SECRET_SIGNATURE_KEY]: SECRET_SIGNATURE, value }`. Struct passes it
 *   through untouched as an ordinary nested object (this is how the CLI sends secrets), and the pack
 *   unwraps it: `Analyze`/`AnalyzeStack` policies see the plain value, never a secret wrapper.
 */
import * as grpc from "@grpc/grpc-js";
import { BinaryWriter } from "google-protobuf";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { AnalyzerClient as AnalyzerGrpcClient, AnalyzerService } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as proto from "@pulumi/pulumi/proto/analyzer_pb";
import { writeStruct } from "./struct-writer";

/** The string the engine sends for a value that is not known yet (during a preview). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
/** Key that marks a Pulumi special value (secret, asset, archive) in serialized properties. */
export const SECRET_SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
/** Value of {@link SECRET_SIGNATURE_KEY} that marks a secret; the secret itself is under `value`. */
export const SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";

/** Largest message either side accepts: the CLI and @pulumi/policy both raise gRPC's 4 MB to 400 MB. */
const MAX_MESSAGE_BYTES = 400 * 1024 * 1024;

/** A JSON value, as properties travel on the wire. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** How strictly a policy is enforced. */
export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";

/** How severe a policy says its violations are. */
export type Severity = "low" | "medium" | "high" | "critical";

/** The provider resource that manages an analyzed resource (policies see it as `args.provider`). */
export interface AnalyzedProvider {
  urn: string;
  type: string;
  name: string;
  /** The provider's inputs. */
  properties: Record<string, Json>;
}

/** Resource options as the engine reports them to a pack. Absent fields are sent as protobuf defaults. */
export interface AnalyzedResourceOptions {
  protect?: boolean;
  ignoreChanges?: string[];
  /** Left undefined, the pack sees `deleteBeforeReplace` as not set. */
  deleteBeforeReplace?: boolean;
  additionalSecretOutputs?: string[];
  aliases?: string[];
  /** Seconds; the CLI always sends this message, with zeros when no timeout is set. */
  customTimeouts?: { create?: number; update?: number; delete?: number };
  parent?: string;
}

/** One resource as `Analyze` receives it: the provider-checked inputs of a resource being previewed. */
export interface AnalyzedResource {
  urn: string;
  type: string;
  name: string;
  /** Plain JSON; unknown values are {@link UNKNOWN}, secrets are wrapped as described above. */
  properties: Record<string, Json>;
  provider?: AnalyzedProvider;
  options?: AnalyzedResourceOptions;
}

/** One resource as `AnalyzeStack` receives it: an {@link AnalyzedResource} plus its place in the graph. */
export interface AnalyzedStackResource extends AnalyzedResource {
  /** URN of the parent; the pack resolves it only if the parent is among the analyzed resources. */
  parent?: string;
  dependencies?: string[];
  /** Property name to the URNs its value came from. */
  propertyDependencies?: Record<string, string[]>;
}

/** A policy violation (or an advisory note) reported by the pack. */
export interface AnalyzeDiagnostic {
  policyName: string;
  policyPackName: string;
  policyPackVersion: string;
  description: string;
  message: string;
  enforcementLevel: EnforcementLevel;
  /** The URN the policy named; `""` when it named none (the engine then blames the analyzed resource). */
  urn: string;
  severity?: Severity;
}

/** A policy that declared itself not applicable to the analyzed resource(s), and why. */
export interface PolicyNotApplicable {
  policyName: string;
  reason: string;
}

/** The answer to `Analyze` or `AnalyzeStack`. */
export interface AnalyzeResult {
  diagnostics: AnalyzeDiagnostic[];
  notApplicable: PolicyNotApplicable[];
}

/** A policy as the pack describes it in `GetAnalyzerInfo`. */
export interface PolicyInfo {
  name: string;
  displayName: string;
  description: string;
  /** The policy's default level (its own, else the pack's). */
  enforcementLevel: EnforcementLevel;
  type: "resource" | "stack" | "unknown";
  /** JSON Schema fragment for the policy's config properties (the CLI adds `enforcementLevel` itself). */
  configSchema?: { properties: Record<string, Json>; required: string[] };
  severity?: Severity;
  /** What to change to comply, when the policy says. */
  remediationSteps?: string;
  /** The policy's documentation page, when the policy names one. */
  url?: string;
}

/** What `GetAnalyzerInfo` says about the pack. */
export interface AnalyzerInfo {
  name: string;
  version: string;
  supportsConfig: boolean;
  policies: PolicyInfo[];
}

/** Config for one policy. Without `enforcementLevel` the policy keeps its default level. */
export interface PolicyConfig {
  enforcementLevel?: EnforcementLevel;
  properties?: Record<string, Json>;
}

/** What the CLI tells a pack about the stack being previewed (`ConfigureStack`). */
export interface StackContext {
  stack: string;
  project: string;
  organization?: string;
  dryRun: boolean;
  /** Stack config, `"namespace:key"` to its string value. */
  config?: Record<string, string>;
  configSecretKeys?: string[];
  tags?: Record<string, string>;
}

/** A failed Analyzer call: the gRPC status and the pack's own message (`details`). */
export class AnalyzerCallError extends Error {
  /**
   * @param method the Analyzer RPC that failed
   * @param code the gRPC status code
   * @param details the status details, i.e. the error message the pack sent
   */
  constructor(
    readonly method: string,
    readonly code: grpc.status,
    readonly details: string,
  ) {
    super(`${method} failed (${grpc.status[code] ?? code}): ${details}`);
    this.name = "AnalyzerCallError";
  }
}

const LEVEL_TO_PROTO: Record<EnforcementLevel, proto.EnforcementLevel> = {
  advisory: proto.EnforcementLevel.ADVISORY,
  mandatory: proto.EnforcementLevel.MANDATORY,
  remediate: proto.EnforcementLevel.REMEDIATE,
  disabled: proto.EnforcementLevel.DISABLED,
};

const SEVERITY_FROM_PROTO: Partial<Record<proto.PolicySeverity, Severity>> = {
  [proto.PolicySeverity.POLICY_SEVERITY_LOW]: "low",
  [proto.PolicySeverity.POLICY_SEVERITY_MEDIUM]: "medium",
  [proto.PolicySeverity.POLICY_SEVERITY_HIGH]: "high",
  [proto.PolicySeverity.POLICY_SEVERITY_CRITICAL]: "critical",
};

const POLICY_TYPE_FROM_PROTO: Record<proto.PolicyType, PolicyInfo["type"]> = {
  [proto.PolicyType.POLICY_TYPE_UNKNOWN]: "unknown",
  [proto.PolicyType.POLICY_TYPE_RESOURCE]: "resource",
  [proto.PolicyType.POLICY_TYPE_STACK]: "stack",
};

/** Talks to one running policy pack over its Analyzer gRPC service. */
export class AnalyzerClient {
  private readonly grpcClient: AnalyzerGrpcClient;

  /** @param address `host:port` the pack serves on, e.g. `127.0.0.1:45161` */
  constructor(address: string) {
    this.grpcClient = new AnalyzerGrpcClient(address, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
      "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
    });
  }

  /** The pack's name, version and policies. */
  async getAnalyzerInfo(): Promise<AnalyzerInfo> {
    const info = await this.call<Empty, proto.AnalyzerInfo>(
      "GetAnalyzerInfo",
      this.grpcClient.getAnalyzerInfo,
      new Empty(),
    );
    return {
      name: info.getName(),
      version: info.getVersion(),
      supportsConfig: info.getSupportsconfig(),
      policies: info.getPoliciesList().map(toPolicyInfo),
    };
  }

  /**
   * Sends policy config, as the CLI does after reading `--policy-pack-config`. An entry without an
   * enforcement level gets the policy's default level from `GetAnalyzerInfo`, as the CLI does: the
   * protocol has no "unset" level, and @pulumi/policy would read a missing one as advisory.
   * The `"all"` shorthand and schema validation belong to the config file reader, not to this call.
   */
  async configure(config: Record<string, PolicyConfig>): Promise<void> {
    const defaults = Object.values(config).some((c) => c.enforcementLevel === undefined)
      ? await this.defaultLevels()
      : new Map<string, EnforcementLevel>();
    const request = new proto.ConfigureAnalyzerRequest();
    for (const [policyName, policyConfig] of Object.entries(config)) {
      const level = policyConfig.enforcementLevel ?? defaults.get(policyName);
      if (level === undefined) {
        throw new Error(`Cannot configure policy "${policyName}": the pack has no policy of that name.`);
      }
      const message = new proto.PolicyConfig();
      message.setEnforcementlevel(LEVEL_TO_PROTO[level]);
      message.setProperties(toStruct(policyConfig.properties ?? {}, `config of policy "${policyName}"`));
      request.getPolicyconfigMap().set(policyName, message);
    }
    await this.call("Configure", this.grpcClient.configure, request);
  }

  /** Tells the pack which stack is being previewed (policies read it as `args.stackTags`). */
  async configureStack(context: StackContext): Promise<void> {
    const request = new proto.AnalyzerStackConfigureRequest();
    request.setStack(context.stack);
    request.setProject(context.project);
    request.setOrganization(context.organization ?? "");
    request.setDryRun(context.dryRun);
    request.setConfigSecretKeysList(context.configSecretKeys ?? []);
    setAll(request.getConfigMap(), context.config);
    setAll(request.getTagsMap(), context.tags);
    await this.call("ConfigureStack", this.grpcClient.configureStack, request);
  }

  /** Runs the pack's resource policies on one resource, as the engine does for each resource it previews. */
  async analyze(resource: AnalyzedResource): Promise<AnalyzeResult> {
    const request = new proto.AnalyzeRequest();
    request.setUrn(resource.urn);
    request.setType(resource.type);
    request.setName(resource.name);
    request.setProperties(toStruct(resource.properties, resource.urn));
    request.setOptions(toOptions(resource.options));
    if (resource.provider) {
      request.setProvider(toProvider(resource.provider));
    }
    return toResult(await this.call("Analyze", this.grpcClient.analyze, request));
  }

  /**
   * Runs the pack's stack policies once over all resources, as the engine does at the end of a preview. The
   * request is written as bytes resource by resource ({@link encodeStackRequest}): one message with every resource
   * of a large stack would otherwise be built first as protobuf objects many times its size.
   */
  async analyzeStack(resources: readonly AnalyzedStackResource[]): Promise<AnalyzeResult> {
    const bytes = encodeStackRequest(resources);
    const { path } = AnalyzerService.analyzeStack;
    const decode = (b: Buffer) => proto.AnalyzeResponse.deserializeBinary(new Uint8Array(b));
    const rpc = (request: Buffer, callback: (error: grpc.ServiceError | null, response: proto.AnalyzeResponse) => void) =>
      this.grpcClient.makeUnaryRequest(path, (b: Buffer) => b, decode, request, (error, response) => callback(error, response!));
    return toResult(await this.call("AnalyzeStack", rpc, bytes));
  }

  /** Closes the connection; the pack process keeps running. */
  close(): void {
    this.grpcClient.close();
  }

  private async defaultLevels(): Promise<Map<string, EnforcementLevel>> {
    const info = await this.getAnalyzerInfo();
    return new Map(info.policies.map((p) => [p.name, p.enforcementLevel]));
  }

  private call<Req, Res>(
    method: string,
    rpc: (request: Req, callback: (error: grpc.ServiceError | null, response: Res) => void) => grpc.ClientUnaryCall,
    request: Req,
  ): Promise<Res> {
    return new Promise((resolve, reject) => {
      rpc.call(this.grpcClient, request, (error, response) => {
        if (error) {
          reject(new AnalyzerCallError(method, error.code, error.details));
        } else {
          resolve(response);
        }
      });
    });
  }
}

function toStruct(value: Record<string, Json>, owner: string): Struct {
  try {
    return Struct.fromJavaScript(value);
  } catch (error) {
    throw new Error(`Cannot encode the properties of ${owner} as JSON: ${(error as Error).message}`);
  }
}

function setAll(
  target: { set(key: string, value: string): unknown },
  entries: Record<string, string> | undefined,
): void {
  for (const [key, value] of Object.entries(entries ?? {})) {
    target.set(key, value);
  }
}

function toOptions(options: AnalyzedResourceOptions = {}): proto.AnalyzerResourceOptions {
  const message = new proto.AnalyzerResourceOptions();
  message.setProtect(options.protect ?? false);
  message.setIgnorechangesList(options.ignoreChanges ?? []);
  message.setDeletebeforereplacedefined(options.deleteBeforeReplace !== undefined);
  message.setDeletebeforereplace(options.deleteBeforeReplace ?? false);
  message.setAdditionalsecretoutputsList(options.additionalSecretOutputs ?? []);
  message.setAliasesList(options.aliases ?? []);
  const timeouts = new proto.AnalyzerResourceOptions.CustomTimeouts();
  timeouts.setCreate(options.customTimeouts?.create ?? 0);
  timeouts.setUpdate(options.customTimeouts?.update ?? 0);
  timeouts.setDelete(options.customTimeouts?.delete ?? 0);
  message.setCustomtimeouts(timeouts);
  message.setParent(options.parent ?? "");
  return message;
}

function toProvider(provider: AnalyzedProvider): proto.AnalyzerProviderResource {
  const message = new proto.AnalyzerProviderResource();
  message.setUrn(provider.urn);
  message.setType(provider.type);
  message.setName(provider.name);
  message.setProperties(toStruct(provider.properties, provider.urn));
  return message;
}

/** `AnalyzerResource.properties`, and `AnalyzeStackRequest.resources`, in `pulumi/analyzer.proto`. */
const RESOURCE_PROPERTIES = 2;
const STACK_RESOURCES = 1;

/**
 * The bytes of an `AnalyzeStackRequest`: each resource's message without its properties, serialized as the
 * generated class does, then its properties written straight from their JSON (`struct-writer.ts`). Protobuf
 * reads fields in any order, so the pack decodes the message the generated classes would have built. Each
 * resource is written on its own and the parts joined once, so the request is held about twice, as bytes.
 */
export function encodeStackRequest(resources: readonly AnalyzedStackResource[]): Buffer {
  const parts = resources.map((resource) => {
    const body = new BinaryWriter();
    const head = withoutProperties(resource).serializeBinary();
    body.writeSerializedMessage(head, 0, head.length);
    try {
      body.writeMessage(RESOURCE_PROPERTIES, resource.properties, writeStruct);
    } catch (error) {
      throw new Error(`Cannot encode the properties of ${resource.urn} as JSON: ${(error as Error).message}`);
    }
    const framed = new BinaryWriter();
    framed.writeBytes(STACK_RESOURCES, body.getResultBuffer());
    return framed.getResultBuffer();
  });
  return Buffer.concat(parts);
}

/** A resource's `AnalyzerResource` message, all but its properties. */
function withoutProperties(resource: AnalyzedStackResource): proto.AnalyzerResource {
  const message = new proto.AnalyzerResource();
  message.setUrn(resource.urn);
  message.setType(resource.type);
  message.setName(resource.name);
  message.setOptions(toOptions(resource.options));
  if (resource.provider) {
    message.setProvider(toProvider(resource.provider));
  }
  message.setParent(resource.parent ?? "");
  message.setDependenciesList(resource.dependencies ?? []);
  for (const [property, urns] of Object.entries(resource.propertyDependencies ?? {})) {
    if (urns.length > 0) {
      const dependencies = new proto.AnalyzerPropertyDependencies();
      dependencies.setUrnsList(urns);
      message.getPropertydependenciesMap().set(property, dependencies);
    }
  }
  return message;
}

function toLevel(level: proto.EnforcementLevel): EnforcementLevel {
  const name = (Object.keys(LEVEL_TO_PROTO) as EnforcementLevel[]).find((key) => LEVEL_TO_PROTO[key] === level);
  if (name === undefined) {
    throw new Error(`The pack answered with an unknown enforcement level ${level}.`);
  }
  return name;
}

function toPolicyInfo(policy: proto.PolicyInfo): PolicyInfo {
  const schema = policy.getConfigschema();
  const severity = SEVERITY_FROM_PROTO[policy.getSeverity()];
  return {
    name: policy.getName(),
    displayName: policy.getDisplayname(),
    description: policy.getDescription(),
    enforcementLevel: toLevel(policy.getEnforcementlevel()),
    type: POLICY_TYPE_FROM_PROTO[policy.getPolicyType()] ?? "unknown",
    ...(schema && {
      configSchema: {
        properties: (schema.getProperties()?.toJavaScript() ?? {}) as Record<string, Json>,
        required: schema.getRequiredList(),
      },
    }),
    ...(severity && { severity }),
    ...(policy.getRemediationSteps() && { remediationSteps: policy.getRemediationSteps() }),
    ...(policy.getUrl() && { url: policy.getUrl() }),
  };
}

function toDiagnostic(diagnostic: proto.AnalyzeDiagnostic): AnalyzeDiagnostic {
  const severity = SEVERITY_FROM_PROTO[diagnostic.getSeverity()];
  return {
    policyName: diagnostic.getPolicyname(),
    policyPackName: diagnostic.getPolicypackname(),
    policyPackVersion: diagnostic.getPolicypackversion(),
    description: diagnostic.getDescription(),
    message: diagnostic.getMessage(),
    enforcementLevel: toLevel(diagnostic.getEnforcementlevel()),
    urn: diagnostic.getUrn(),
    ...(severity && { severity }),
  };
}

function toResult(response: proto.AnalyzeResponse): AnalyzeResult {
  return {
    diagnostics: response.getDiagnosticsList().map(toDiagnostic),
    notApplicable: response
      .getNotApplicableList()
      .map((n) => ({ policyName: n.getPolicyName(), reason: n.getReason() })),
  };
}
