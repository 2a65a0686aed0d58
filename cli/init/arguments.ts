import { parseCommandLine, programDirOf } from "../command-line";

/** The usage of `init`, part of the CLI's `--help`. */
export const INIT_USAGE = `Usage: data-boundary init [programDir] [--stack <name>] [--preset <id>] [--regions <a,b,...>]
         [--no-workflow] [--force]

Sets data-boundary up in the Pulumi project in programDir (default: the current directory): writes the policy pack
config of the stack, policy-config.<stack>.json beside its Pulumi.<stack>.yaml (where check looks for it), with the
boundary --preset (default eudb; custom takes --regions), and the pull-request workflow
.github/workflows/data-boundary.yml at the root of the git repository. Without --stack, the project's only
Pulumi.<stack>.yaml names it. Existing files are never overwritten unless --force is given; --no-workflow writes
the pack config alone (for a second stack).`;

/** The parsed command line of `init`. */
export interface InitArguments {
  readonly programDir: string;
  readonly stack?: string;
  readonly preset: string;
  /** The regions of a `custom` boundary, as given; the pack's settings parser judges them. */
  readonly regions?: readonly string[];
  readonly workflow: boolean;
  readonly force: boolean;
}

/** Parses `init` arguments; anything malformed is a {@link CliError} naming the argument and the expected form. */
export function parseInitArguments(argv: readonly string[]): InitArguments {
  const { values, positionals } = parseCommandLine(
    argv,
    {
      stack: { type: "string", short: "s" },
      preset: { type: "string", default: "eudb" },
      regions: { type: "string" },
      "no-workflow": { type: "boolean", default: false },
      force: { type: "boolean", default: false },
    },
    true,
  );
  return {
    programDir: programDirOf(positionals),
    stack: values.stack,
    preset: values.preset!,
    regions: values.regions?.split(",").map((region) => region.trim()),
    workflow: !values["no-workflow"],
    force: values.force!,
  };
}
