import { CliError } from "../cli-error";

/** The usage text of `schema`. */
export const SCHEMA_USAGE = `Usage: data-boundary schema

Prints the Pulumi package schema (JSON) that the components' provider (provider/) serves: one resource per
component, its inputs with their documentation and enums. \`pulumi package add\` generates each language's SDK from
it (docs/multi-language.md). Takes 10-40 s: the schema is inferred from the components' TypeScript sources.
Exit codes: 0 printed, 2 the schema could not be made.`;

/**
 * The schema exactly as the provider's GetSchema returns it: the same `getSchema` of the same provider
 * (`provider/provider.ts`), loaded only now, because loading the components costs the other commands seconds.
 * @throws CliError for any argument; the inference's own error (a type it cannot serve, naming the component and
 *   property) when the components are not servable.
 */
export async function buildSchema(argv: readonly string[]): Promise<string> {
  if (argv.length > 0) throw new CliError(`schema takes no arguments, got ${argv.map((a) => `"${a}"`).join(" ")}.`);
  // require, not import(): tsx keeps import() native, and Node's ESM resolution wants the file extension.
  const { createProvider } = require("../../provider/provider") as typeof import("../../provider/provider");
  return createProvider().getSchema();
}
