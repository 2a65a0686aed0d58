import * as path from "path";
import { parseArgs, type ParseArgsConfig } from "util";
import { CliError } from "./cli-error";

/** The options of a command, as `util.parseArgs` takes them. */
type CommandOptions = NonNullable<ParseArgsConfig["options"]>;

/** The option values `util.parseArgs` returns for those options, typed from them. */
type CommandValues<T extends CommandOptions> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: T }>
>["values"];

/**
 * Parses the arguments of a command that takes the program's folder as its one optional positional argument
 * (default: the current directory). A malformed command line is a {@link CliError} in parseArgs' own words.
 */
export function parseCommandLine<T extends CommandOptions>(
  argv: readonly string[],
  options: T,
): { values: CommandValues<T>; programDir: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options });
  } catch (error) {
    throw new CliError(`${(error as Error).message}.`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new CliError(`Expected at most one programDir, got ${positionals.map((p) => `"${p}"`).join(" ")}.`);
  return { values, programDir: path.resolve(positionals[0] ?? ".") };
}
