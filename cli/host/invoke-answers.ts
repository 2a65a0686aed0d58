import type { FunctionResultReader } from "./sdk-declarations";
import type { WireProperties } from "./types";
import { UNKNOWN } from "./wire-values";

/**
 * Answers an `Invoke` (a data-source function such as `getResourceGroup` or `getClientConfig`).
 * A real preview runs invokes against the cloud; offline that is impossible, so:
 * - for a function whose result type one of the program's SDKs declares (azure-native, and the classic
 *   `@pulumi/azure`), every top-level result field is answered as unknown. The SDK accepts unknowns in an
 *   invoke answer during a preview: the `Output` form yields unknown fields and the `Promise` form yields
 *   `unknown` placeholders, which serialize back to unknowns when passed to a resource. Whatever depends on
 *   the result reaches the policies as unknown, which they must treat as not proven to stay in the boundary;
 * - any other function fails the invoke with this explanation, which the SDK raises in the program
 *   (`new Error(err.details)`), so the run stops with a clear message instead of guessing an answer.
 *   Answering with an empty result instead would make every field `undefined` and known, which could
 *   pass as a deliberate absence.
 * @param sdks The SDKs the program has installed, asked in turn.
 * @throws Error when the function cannot be answered.
 */
export function answerInvoke(sdks: readonly (FunctionResultReader | undefined)[], token: string): WireProperties {
  for (const sdk of sdks) {
    const fields = sdk?.functionResults(token);
    if (fields !== undefined) {
      return Object.fromEntries(fields.map((field) => [field, UNKNOWN]));
    }
  }
  throw new Error(
    `The offline check cannot run '${token}': it would need the provider and a cloud account. ` +
      `Only functions of azure-native and of the classic azure package are answered (with unknown values); ` +
      `pass the value through the stack config instead.`,
  );
}
