"use strict";
// Preloaded into the program process (`NODE_OPTIONS=--require <this file>`, see run-program.ts).
//
// The SDK captures `new Error().stack` for every promise it creates (`debuggablePromise` in
// @pulumi/pulumi/runtime/debuggable.js), and under `cmd/run` ts-node's source-map-support maps every frame
// of every one of those stacks through source maps: with its garbage, about half the program process's CPU
// time for a few hundred azure-native resources (BENCHMARKS.md, benchmark 5). That string is only ever read
// when PULUMI_DEBUG_PROMISE_LEAKS is set. So, unless it is set, those stacks keep only their first line;
// every other stack (errors, and the stacks that give resources their source positions) still goes through
// whatever Error.prepareStackTrace the runtime installs.
if (!process.env.PULUMI_DEBUG_PROMISE_LEAKS) {
  const DEBUGGABLE_FILE = /[\\/]@pulumi[\\/]pulumi[\\/]runtime[\\/]debuggable\.js$/;
  let installed = Error.prepareStackTrace;

  /** The error line alone: formatting the frames would cost about as much as the mapping this avoids. */
  const unmapped = (error) => {
    try {
      return `${String(error)}\n    (stack not kept: set PULUMI_DEBUG_PROMISE_LEAKS to see it)`;
    } catch {
      return "Error";
    }
  };

  /** Formats a stack as V8 does, without source mapping (used only before any runtime installs its own). */
  const plain = (error, frames) => `${unmapped(error).split("\n")[0]}${frames.map((frame) => `\n    at ${frame}`).join("")}`;

  const isPromiseDebugStack = (frames) => {
    const first = frames[0];
    return first !== undefined && first.getFunctionName() === "debuggablePromise" && DEBUGGABLE_FILE.test(first.getFileName() || "");
  };

  const prepareStackTrace = (error, frames) => {
    if (isPromiseDebugStack(frames)) return unmapped(error);
    return installed === undefined ? plain(error, frames) : installed(error, frames);
  };

  Object.defineProperty(Error, "prepareStackTrace", {
    configurable: true,
    enumerable: false,
    get: () => prepareStackTrace,
    set: (value) => {
      installed = value;
    },
  });
}
