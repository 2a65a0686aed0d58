import { main } from "@pulumi/pulumi/provider";
import { createProvider } from "./provider";

/**
 * The plugin: serves the components' provider over `pulumirpc.ResourceProvider` on 127.0.0.1 and prints its port, as
 * `componentProviderHost` does. The engine passes its own address as the only argument (`main` reads it).
 */
main(createProvider(), process.argv.slice(2));
