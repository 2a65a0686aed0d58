import * as grpc from "@grpc/grpc-js";
import { EngineService, type IEngineServer } from "@pulumi/pulumi/proto/engine_grpc_pb";
import { ResourceMonitorService, type IResourceMonitorServer } from "@pulumi/pulumi/proto/resource_grpc_pb";

/** Largest message accepted, as the CLI allows (pulumi/pulumi `rpcutil.GrpcChannelOptions`: 400 MiB). */
const MAX_MESSAGE_BYTES = 400 * 1024 * 1024;

/** A running gRPC server for one program run. */
export interface RunningServer {
  /** `127.0.0.1:<port>`, handed to the program as both `--monitor` and `--engine`. */
  address: string;
  /** Stops the server; never waits more than a second for open calls. */
  stop(): Promise<void>;
}

/** Serves the resource monitor and the engine on one loopback port. */
export async function startServer(monitor: IResourceMonitorServer, engine: IEngineServer): Promise<RunningServer> {
  const server = new grpc.Server({
    "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
    "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
  });
  server.addService(ResourceMonitorService, monitor);
  server.addService(EngineService, engine);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, boundPort) =>
      error === null ? resolve(boundPort) : reject(error),
    ),
  );
  return {
    address: `127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 1_000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      }),
  };
}
