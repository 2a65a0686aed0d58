/**
 * Calls the pack's policies directly, with arguments built the way @pulumi/policy 1.21 builds them in its Analyzer
 * server (server.js `makeAnalyzeRpcFun` / `makeAnalyzeStackRpcFun`): the properties travel as a protobuf Struct,
 * are deserialised by the SDK's own `deserializeProperties` (secrets unwrapped) and wrapped in its own
 * `unknownCheckingProxy`; stack resources get their parent and property dependencies as resource objects. Like
 * `service-hooks.ts`, the raw request is recorded while a call runs, so the policies can still see secret markers.
 */
import { Policy, PolicyResource, ReportViolation, ResourceValidationArgs, ResourceValidationPolicy, StackValidationArgs, StackValidationPolicy } from "@pulumi/policy";
import * as deserializeModule from "@pulumi/policy/deserialize";
import * as proxyModule from "@pulumi/policy/proxy";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { recordRawInputs, WireResource } from "../../../policy-pack/policies/raw-requests";
import { FuzzResource } from "./arbitraries";

interface StructLike {
  toJavaScript(): Record<string, unknown>;
}

// Internal modules of @pulumi/policy (their .d.ts export nothing); these are the functions server.js calls.
const { unknownCheckingProxy } = proxyModule as unknown as { unknownCheckingProxy<T>(value: T): T };
const { deserializeProperties } = deserializeModule as unknown as { deserializeProperties(struct: StructLike, proxySecrets: boolean): Record<string, unknown> };

/** The properties as they arrive in the pack: through a protobuf Struct, as the engine sends them. */
export function onTheWire(props: Record<string, unknown>): Struct {
  return Struct.fromJavaScript(props as Parameters<typeof Struct.fromJavaScript>[0]);
}

/** One violation a policy reported. */
export interface Reported {
  readonly policy: string;
  readonly enforcementLevel: string;
  readonly message: string;
  /** The resource it concerns: the analysed resource for resource policies, the named URN for stack policies. */
  readonly urn: string;
}

/** What calling the policies gave: their violations, and anything they threw. */
export interface PolicyOutcome {
  readonly reported: Reported[];
  readonly thrown: { readonly policy: string; readonly error: unknown }[];
}

const OPTIONS = { protect: false, ignoreChanges: [], aliases: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 }, additionalSecretOutputs: [] };

function wire(resource: FuzzResource): WireResource & { struct: Struct; providerStruct?: Struct } {
  const struct = onTheWire(resource.props);
  const providerStruct = resource.provider ? onTheWire(resource.provider.props) : undefined;
  return {
    struct,
    providerStruct,
    getUrn: () => resource.urn,
    getProperties: () => struct,
    getProvider: () => (providerStruct ? { getProperties: () => providerStruct } : undefined),
  };
}

function providerOf(resource: FuzzResource, providerStruct: Struct | undefined) {
  if (!resource.provider || !providerStruct) return undefined;
  return { type: resource.provider.type, name: resource.provider.name, urn: resource.provider.urn, props: unknownCheckingProxy(deserializeProperties(providerStruct, false)) };
}

const notApplicable = (reason?: string): never => {
  throw new Error(`notApplicable: ${reason}`);
};

const isResourcePolicy = (p: Policy): p is ResourceValidationPolicy => typeof (p as ResourceValidationPolicy).validateResource === "function";
const isStackPolicy = (p: Policy): p is StackValidationPolicy => typeof (p as StackValidationPolicy).validateStack === "function";

/**
 * Runs every policy on a stack as a preview does: `validateResource` of each resource policy per resource, then
 * `validateStack` of each stack policy once. Returns the violations and anything a policy threw.
 */
export async function runPolicies(policies: readonly Policy[], resources: readonly FuzzResource[]): Promise<PolicyOutcome> {
  const reported: Reported[] = [];
  const thrown: PolicyOutcome["thrown"] = [];
  const wires = resources.map(wire);
  for (const [index, resource] of resources.entries()) {
    const { struct, providerStruct } = wires[index];
    for (const policy of policies.filter(isResourcePolicy)) {
      if (!policy.validateResource) continue;
      const validations = Array.isArray(policy.validateResource) ? policy.validateResource : [policy.validateResource];
      for (const validate of validations) {
        const forget = recordRawInputs([wires[index]]);
        try {
          const props = unknownCheckingProxy(deserializeProperties(struct, false));
          const args = {
            type: resource.type,
            props,
            urn: resource.urn,
            name: resource.name,
            opts: OPTIONS,
            stackTags: new Map<string, string>(),
            isType: () => false,
            asType: () => undefined,
            getConfig: () => ({}),
            notApplicable,
            provider: providerOf(resource, providerStruct),
          } as unknown as ResourceValidationArgs;
          const report: ReportViolation = (message) => reported.push({ policy: policy.name, enforcementLevel: String(policy.enforcementLevel), message, urn: resource.urn });
          await validate(args, report);
        } catch (error) {
          thrown.push({ policy: policy.name, error });
        } finally {
          forget();
        }
      }
    }
  }
  const forget = recordRawInputs(wires);
  try {
    for (const policy of policies.filter(isStackPolicy)) {
      try {
        const byUrn = new Map<string, PolicyResource>();
        const built = resources.map((resource, index) => {
          const props = unknownCheckingProxy(deserializeProperties(wires[index].struct, false));
          const policyResource = {
            type: resource.type,
            props,
            urn: resource.urn,
            name: resource.name,
            opts: OPTIONS,
            dependencies: [] as PolicyResource[],
            propertyDependencies: {} as Record<string, PolicyResource[]>,
            isType: () => false,
            asType: () => undefined,
            provider: providerOf(resource, wires[index].providerStruct),
          } as unknown as PolicyResource;
          byUrn.set(resource.urn, policyResource);
          return policyResource;
        });
        resources.forEach((resource, index) => {
          const target = built[index] as { parent?: PolicyResource; propertyDependencies: Record<string, PolicyResource[]> };
          const parent = resource.parent ? byUrn.get(resource.parent) : undefined;
          if (parent) target.parent = parent;
          for (const [key, urns] of Object.entries(resource.propertyDependencies)) {
            target.propertyDependencies[key] = urns.map((urn) => byUrn.get(urn)).filter((r): r is PolicyResource => r !== undefined);
          }
        });
        const args = { resources: built, getConfig: () => ({}), stackTags: new Map<string, string>(), notApplicable } as unknown as StackValidationArgs;
        const report: ReportViolation = (message, urn) => reported.push({ policy: policy.name, enforcementLevel: String(policy.enforcementLevel), message, urn: urn ?? "" });
        await policy.validateStack(args, report);
      } catch (error) {
        thrown.push({ policy: policy.name, error });
      }
    }
  } finally {
    forget();
  }
  return { reported, thrown };
}

/** The resource's props exactly as the pack's policies can read them (raw wire form, secrets still marked). */
export function asReceived(resource: FuzzResource): FuzzResource {
  const props = onTheWire(resource.props).toJavaScript();
  const provider = resource.provider && { ...resource.provider, props: onTheWire(resource.provider.props).toJavaScript() };
  return { ...resource, props, provider };
}
