import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { SourcePosition } from "./types";

/** A position as the SDK sends it: `file://` URI and 1-based line. */
export interface RawSourcePosition {
  /** `file://` URI of the source file (mapped to the `.ts` file through source maps). */
  uri: string;
  /** 1-based line. */
  line: number;
}

/**
 * Picks the declaration site in the user's program. The SDK sends `sourcePosition` as the first frame
 * after the constructors of `Resource`, `CustomResource`/`ComponentResource` and the concrete class
 * (`@pulumi/pulumi` `resource.js`, `Resource.stackTrace(4)`), plus the remaining `stackTrace`. That frame
 * is the user's `new ...(...)` for ordinary resources, but lands in SDK code when the class adds a level
 * (`ProviderResource` for `new azure.Provider(...)`). So the first frame outside any `node_modules`
 * folder wins. The path is made relative to the program directory.
 */
export function userSourcePosition(
  programDir: string,
  declared: RawSourcePosition | undefined,
  stackFrames: RawSourcePosition[],
): SourcePosition | undefined {
  for (const frame of declared === undefined ? stackFrames : [declared, ...stackFrames]) {
    const file = filePathOf(frame.uri);
    if (file !== undefined && frame.line > 0 && !file.split(path.sep).includes("node_modules")) {
      return { file: path.relative(programDir, file).split(path.sep).join("/"), line: frame.line };
    }
  }
  return undefined;
}

function filePathOf(uri: string): string | undefined {
  try {
    return uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
