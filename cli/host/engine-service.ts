import { stripVTControlCharacters } from "node:util";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import type { IEngineServer } from "@pulumi/pulumi/proto/engine_grpc_pb";
import {
  GetRootResourceResponse,
  LogSeverity as ProtoLogSeverity,
  RequirePulumiVersionResponse,
  SetRootResourceResponse,
} from "@pulumi/pulumi/proto/engine_pb";
import { unimplemented } from "./grpc-errors";
import type { HostLogEntry, LogSeverity } from "./types";

/** Severities kept; debug messages are dropped, as the CLI hides them unless asked for verbose output. */
const KEPT_SEVERITIES: ReadonlyMap<ProtoLogSeverity, LogSeverity> = new Map([
  [ProtoLogSeverity.INFO, "info"],
  [ProtoLogSeverity.WARNING, "warning"],
  [ProtoLogSeverity.ERROR, "error"],
]);

/**
 * The `pulumirpc.Engine` service the SDK talks to besides the resource monitor (pulumi/pulumi
 * `pkg/resource/plugin/host_server.go` is the CLI's). `Log` collects messages with their severity, so
 * the program's own errors can be shown (without the terminal colours the SDK adds to stack traces); the root resource is remembered; `RequirePulumiVersion`
 * accepts every range, since the emulated engine stands in for a current CLI; debugging cannot start.
 * @param logs Array the messages are appended to.
 */
export function createEngineService(logs: HostLogEntry[]): IEngineServer {
  let rootResource = "";
  return {
    log: (call, callback) => {
      const severity = KEPT_SEVERITIES.get(call.request.getSeverity());
      if (severity !== undefined) {
        const urn = call.request.getUrn();
        const message = stripVTControlCharacters(call.request.getMessage());
        logs.push({ severity, message, ...(urn === "" ? {} : { urn }) });
      }
      callback(null, new Empty());
    },
    getRootResource: (_call, callback) => {
      callback(null, new GetRootResourceResponse().setUrn(rootResource));
    },
    setRootResource: (call, callback) => {
      rootResource = call.request.getUrn();
      callback(null, new SetRootResourceResponse());
    },
    startDebugging: (_call, callback) => {
      callback(unimplemented("StartDebugging: the offline check cannot attach a debugger"));
    },
    requirePulumiVersion: (_call, callback) => {
      callback(null, new RequirePulumiVersionResponse());
    },
  };
}
