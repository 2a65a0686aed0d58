import { parseArgs, ParseArgsConfig } from "util";
import { CliError } from "./cli-error";
import { Format, FORMATS } from "./report/render";

/** What `util.parseArgs` returns for these options. */
type ParsedCommandLine<T extends ParseArgsConfig["options"]> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>
>;

/** `util.parseArgs` over a command's arguments, with its errors as one-line {@link CliError}s. */
export function parseCommandLine<T extends ParseArgsConfig["options"]>(
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

/** The `--format` value, checked against the report formats. */
export function formatOf(value: string | undefined): Format {
  if (!(FORMATS as readonly (string | undefined)[]).includes(value)) throw new CliError(`--format is "${value}"; expected one of ${FORMATS.join(", ")}.`);
  return value as Format;
}
