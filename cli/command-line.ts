import * as path from "path";
import { parseArgs, type ParseArgsConfig } from "util";
import { CliError } from "./cli-error";
import { Format, FORMATS } from "./report/render";

/** The options of a command, as `util.parseArgs` takes them. */
type CommandOptions = NonNullable<ParseArgsConfig["options"]>;

/** What `util.parseArgs` returns for these options: their typed values and the positional arguments. */
type ParsedCommandLine<T extends CommandOptions> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>
>;

/**
 * `util.parseArgs` over a command's arguments (`data-boundary <command>` already taken off), with its errors as
 * one-line {@link CliError}s in parseArgs' own words. Positional arguments are refused unless `allowPositionals`.
 */
export function parseCommandLine<T extends CommandOptions>(
  argv: readonly string[],
  options: T,
  allowPositionals = false,
): ParsedCommandLine<T> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}.`);
  }
}

/** The program's folder of a command that takes it as its one optional positional argument: default the current directory. */
export function programDirOf(positionals: readonly string[]): string {
  if (positionals.length > 1)
    throw new CliError(`Expected at most one programDir, got ${positionals.map((p) => `"${p}"`).join(" ")}.`);
  return path.resolve(positionals[0] ?? ".");
}

/** The `--format` value, checked against the report formats. */
export function formatOf(value: string | undefined): Format {
  if (!(FORMATS as readonly (string | undefined)[]).includes(value))
    throw new CliError(`--format is "${value}"; expected one of ${FORMATS.join(", ")}.`);
  return value as Format;
}
