/**
 * Benchmark 5's baseline: runs a Pulumi program under Pulumi's official mocks (`pulumi.runtime.setMocks`, a
 * preview), in its own process started as `node --import tsx bench/mocks-runner.ts <programDir>`. Prints the
 * number of resources the mocks saw as the last line of stdout when the program has settled.
 */
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { PROGRAM_PROJECT, PROGRAM_STACK, programEntry } from "./programs";

const programDir = path.resolve(process.argv[2] ?? ".");
let registered = 0;

void pulumi.runtime.setMocks(
  {
    newResource(args: pulumi.runtime.MockResourceArgs): pulumi.runtime.MockResourceResult {
      registered++;
      return { id: `${args.name}-id`, state: { name: args.name, ...args.inputs } };
    },
    call(args: pulumi.runtime.MockCallArgs): pulumi.runtime.MockCallResult {
      return args.inputs;
    },
  },
  PROGRAM_PROJECT,
  PROGRAM_STACK,
  true,
);

process.chdir(programDir);
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(programEntry(programDir));
process.once("beforeExit", () => console.log(String(registered)));
