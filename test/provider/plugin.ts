/**
 * Starts the component package in `provider/` the way the Pulumi engine starts a source-based Node.js plugin, and
 * talks `pulumirpc.ResourceProvider` to it.
 *
 * The engine reads `PulumiPlugin.yaml` (`runtime: nodejs`) and asks the Node.js language host to `RunPlugin`
 * (pulumi/pulumi `sdk/nodejs/cmd/pulumi-language-nodejs/main.go`): the host resolves `@pulumi/pulumi/cmd/run-plugin`
 * from the plugin folder, runs `node <run-plugin> <plugin folder> <engine address>` in the engine's working directory
 * (the consumer's program, not the plugin), with the engine's environment plus `PULUMI_NODEJS_TYPESCRIPT=true`
 * (the `typescript` runtime option defaults to true). run-plugin requires the folder (its package.json `main`); the
 * provider serves on 127.0.0.1 and prints its port alone on stdout.
 */
import * as grpc from "@grpc/grpc-js";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import * as path from "node:path";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { ResourceProviderClient } from "@pulumi/pulumi/proto/provider_grpc_pb";
import { ConfigureRequest, ConstructRequest, GetSchemaRequest } from "@pulumi/pulumi/proto/provider_pb";

/** The component package of this repository. */
export const PROVIDER_DIR = path.resolve(__dirname, "../../provider");

/** A Construct call as the engine makes it for a program's remote component, in the parts these tests vary. */
export interface ConstructCall {
  readonly type: string;
  readonly name: string;
  /** Inputs in wire form: plain JSON, output values (`OUTPUT_VALUE_SIG`), the unknown sentinel. */
  readonly inputs: Record<string, unknown>;
  /** URN of the parent the program gave the component. */
  readonly parent: string;
  /** The program's stack config, `namespace:key` to value. */
  readonly config?: Record<string, string>;
}

/** The plugin process and a client of its ResourceProvider service. */
export interface RunningPlugin {
  /** Calls GetPluginInfo and returns the version. */
  version(): Promise<string>;
  /** Calls Configure as the engine does before the first Construct (no provider config for a component package). */
  configure(): Promise<void>;
  /** Calls GetSchema (version 0) and returns the schema string. */
  schema(): Promise<string>;
  /** Calls Construct against the resource monitor at `monitor`; resolves with the URN and the component's outputs. */
  construct(call: ConstructCall, monitor: string): Promise<{ urn: string; state: Record<string, unknown> }>;
  /** Everything the plugin wrote to stderr. */
  stderr(): string;
  /** Closes the client and ends the plugin. */
  stop(): Promise<void>;
}

/** Runs a unary call and resolves with its answer; a gRPC error rejects with the provider's own message (`details`). */
function unary<T>(call: (callback: (error: grpc.ServiceError | null, response: T) => void) => unknown): Promise<T> {
  return new Promise((resolve, reject) => call((error, response) => (error ? reject(new Error(error.details)) : resolve(response))));
}

/**
 * Spawns the plugin in `pluginDir` with `engineAddress` as its argument and `cwd` as working directory, waits up to
 * `timeoutMs` for its port, and connects.
 */
export async function startPlugin(pluginDir: string, engineAddress: string, cwd: string, timeoutMs: number): Promise<RunningPlugin> {
  const runPlugin = createRequire(path.join(pluginDir, "package.json")).resolve("@pulumi/pulumi/cmd/run-plugin");
  const child = spawn(process.execPath, [runPlugin, pluginDir, engineAddress], {
    cwd,
    env: { ...process.env, PULUMI_NODEJS_TYPESCRIPT: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const port = await new Promise<string>((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => reject(new Error(`The plugin printed no port within ${timeoutMs} ms:\n${stderr}`)), timeoutMs);
    child.on("exit", (code) => reject(new Error(`The plugin exited with code ${code} before printing its port:\n${stderr}`)));
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const line = stdout.split("\n")[0].trim();
      if (stdout.includes("\n")) {
        clearTimeout(timer);
        if (/^\d+$/.test(line)) resolve(line);
        else reject(new Error(`The plugin printed "${line}" instead of its port.`));
      }
    });
  });
  const client = new ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  return {
    version: async () => (await unary<{ getVersion(): string }>((cb) => client.getPluginInfo(new Empty(), cb))).getVersion(),
    configure: async () => void (await unary((cb) => client.configure(new ConfigureRequest().setAcceptsecrets(true).setAcceptresources(true), cb))),
    schema: async () => (await unary<{ getSchema(): string }>((cb) => client.getSchema(new GetSchemaRequest().setVersion(0), cb))).getSchema(),
    construct: async (call, monitor) => {
      const request = new ConstructRequest()
        .setProject("consumer")
        .setStack("dev")
        .setOrganization("organization")
        .setDryrun(true)
        .setParallel(1)
        .setMonitorendpoint(monitor)
        .setType(call.type)
        .setName(call.name)
        .setParent(call.parent)
        .setAcceptsOutputValues(true)
        .setInputs(Struct.fromJavaScript(call.inputs as Record<string, never>));
      for (const [key, value] of Object.entries(call.config ?? {})) request.getConfigMap().set(key, value);
      const response = await unary<{ getUrn(): string; getState(): Struct | undefined }>((cb) => client.construct(request, cb));
      return { urn: response.getUrn(), state: response.getState()?.toJavaScript() ?? {} };
    },
    stderr: () => stderr,
    stop: async () => {
      client.close();
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill();
        await exited;
      }
    },
  };
}
