import type * as Grpc from "@grpc/grpc-js";
import * as path from "path";
import { SETTINGS_POLICY, applySettings } from "./settings";

type Handler = (call: { request: ConfigureRequest }, callback: (error: unknown, response?: unknown) => void) => void;

interface ConfigureRequest {
  getPolicyconfigMap(): { get(key: string): { getProperties(): { toJavaScript(): Record<string, unknown> } | undefined } | undefined };
}

/**
 * @pulumi/policy stores whatever `Configure` sends. Ours must refuse a bad boundary before any resource is
 * analysed, so this wraps the `configure` handler of the Analyzer service the SDK is about to register: the
 * settings are validated first and a bad value fails the call with INVALID_ARGUMENT and a message naming the
 * key, the value and the allowed values. Call once, before `new PolicyPack(...)`.
 */
export function guardConfigure(): void {
  // The gRPC module the SDK itself loads, so that the patched prototype is the one its server uses.
  const grpc: typeof Grpc = require(require.resolve("@grpc/grpc-js", { paths: [path.dirname(require.resolve("@pulumi/policy"))] }));
  const server = grpc.Server.prototype as unknown as { addService(service: unknown, handlers: Record<string, Handler>): void };
  const addService = server.addService;
  server.addService = function (this: unknown, service: unknown, handlers: Record<string, Handler>) {
    const configure = handlers.configure;
    if (configure) {
      handlers = { ...handlers, configure: (call, callback) => {
        try {
          const entry = call.request.getPolicyconfigMap().get(SETTINGS_POLICY);
          applySettings(entry?.getProperties()?.toJavaScript());
        } catch (error) {
          callback({ code: grpc.status.INVALID_ARGUMENT, details: (error as Error).message, message: (error as Error).message });
          return;
        }
        configure(call, callback);
      } };
    }
    return addService.call(this, service, handlers);
  };
}
