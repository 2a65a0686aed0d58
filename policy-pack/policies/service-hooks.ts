import type * as Grpc from "@grpc/grpc-js";
import * as path from "path";
import { recordRawInputs, WireResource } from "./raw-requests";
import { EXEMPTIONS_POLICY } from "./exemptions-messages";
import { SETTINGS_POLICY, applySettings } from "./settings";

type Callback = (error: unknown, response?: unknown) => void;
type Handler = (call: { request: unknown }, callback: Callback) => void;

interface PolicyConfigMessage {
  getEnforcementlevel(): number;
  getProperties(): { toJavaScript(): Record<string, unknown> } | undefined;
}

interface ConfigureRequest {
  getPolicyconfigMap(): { get(key: string): PolicyConfigMessage | undefined };
}

/** `pulumirpc.EnforcementLevel` values, in proto order. */
const LEVELS = ["advisory", "mandatory", "disabled", "remediate"];

/** True when the settings hold a non-empty list under `field`. */
const hasEntries = (settings: Record<string, unknown> | undefined, field: string) =>
  Array.isArray(settings?.[field]) && (settings![field] as unknown[]).length > 0;

/**
 * Refuses exemptions and declarations of external resources unless the `exemptions` policy that shows them stays
 * advisory: disabled, it would let exempted and declared places pass unseen; mandatory (say through
 * `"all": "mandatory"`), it would block what they allow.
 */
function checkExemptionsLevel(
  settings: Record<string, unknown> | undefined,
  entry: PolicyConfigMessage | undefined,
): void {
  const level = entry && LEVELS[entry.getEnforcementlevel()];
  if (level === undefined || level === "advisory") return;
  const field = ["exemptions", "externalResources"].find((f) => hasEntries(settings, f));
  if (field === undefined) return;
  throw new Error(
    `${EXEMPTIONS_POLICY}.enforcementLevel is "${level}"; expected advisory while ${SETTINGS_POLICY}.${field} is set, because that policy shows the reviewer every place an exemption or declaration allows. Set "${EXEMPTIONS_POLICY}": "advisory" in the policy pack config.`,
  );
}

/** Validates the pack-wide settings before the SDK stores the config; a bad value fails the call. */
function guardConfigure(configure: Handler, grpc: typeof Grpc): Handler {
  return (call, callback) => {
    try {
      const configs = (call.request as ConfigureRequest).getPolicyconfigMap();
      const settings = configs.get(SETTINGS_POLICY)?.getProperties()?.toJavaScript();
      checkExemptionsLevel(settings, configs.get(EXEMPTIONS_POLICY));
      applySettings(settings);
    } catch (error) {
      const message = (error as Error).message;
      callback({ code: grpc.status.INVALID_ARGUMENT, details: message, message });
      return;
    }
    configure(call, callback);
  };
}

/** Keeps the wire form of the analysed resources (with their secret markers) while the SDK answers. */
function keepRawInputs(handler: Handler, resourcesOf: (request: unknown) => WireResource[]): Handler {
  return (call, callback) => {
    const forget = recordRawInputs(resourcesOf(call.request));
    handler(call, (error, response) => {
      forget();
      callback(error, response);
    });
  };
}

/**
 * Wraps three handlers of the Analyzer service that @pulumi/policy is about to register:
 * - `configure`: @pulumi/policy stores whatever `Configure` sends; ours refuses bad settings (boundary,
 *   exemptions, never-exempt rules) before any resource is analysed, with INVALID_ARGUMENT and a message naming
 *   the key, the value and the expected form;
 * - `analyze` and `analyzeStack`: the SDK unwraps secrets before policies run, so the raw request is kept for
 *   the duration of the call, letting messages show `[secret]` instead of a secret value.
 * Call once, before `new PolicyPack(...)`.
 */
export function installServiceHooks(): void {
  // The gRPC module the SDK itself loads, so that the patched prototype is the one its server uses.
  const grpc: typeof Grpc = require(
    require.resolve("@grpc/grpc-js", { paths: [path.dirname(require.resolve("@pulumi/policy"))] }),
  );
  const server = grpc.Server.prototype as unknown as {
    addService(service: unknown, handlers: Record<string, Handler>): void;
  };
  const addService = server.addService;
  server.addService = function (this: unknown, service: unknown, handlers: Record<string, Handler>) {
    const wrapped = { ...handlers };
    if (handlers.configure) wrapped.configure = guardConfigure(handlers.configure, grpc);
    if (handlers.analyze) wrapped.analyze = keepRawInputs(handlers.analyze, (request) => [request as WireResource]);
    if (handlers.analyzeStack) {
      wrapped.analyzeStack = keepRawInputs(handlers.analyzeStack, (request) =>
        (request as { getResourcesList(): WireResource[] }).getResourcesList(),
      );
    }
    return addService.call(this, service, wrapped);
  };
}
