import type { PreviewDiagnostic } from "../pack/analyze-all";
import type { ReportResource, ReportViolation } from "./model";

const STACK_PREFIX = /^\[([a-z0-9-]+)\] /;

/**
 * One report row per diagnostic: the resource it names (the analyzed resource for `Analyze`, the URN the stack
 * policy gave for `AnalyzeStack`), the owning policy (the stack policy's `[policy]` prefix is lifted out of the
 * message) and the message without the policy description the SDK puts in front of it.
 */
export function toViolation(diagnostic: PreviewDiagnostic, resources: ReadonlyMap<string, ReportResource>): ReportViolation {
  const urn = diagnostic.urn || (diagnostic.call === "analyze" ? diagnostic.analyzedUrn : "");
  const resource = resources.get(urn);
  const withoutDescription = diagnostic.message.startsWith(`${diagnostic.description}\n`)
    ? diagnostic.message.slice(diagnostic.description.length + 1)
    : diagnostic.message;
  const prefixed = STACK_PREFIX.exec(withoutDescription);
  return {
    urn,
    type: resource?.type ?? "",
    name: resource?.name ?? "",
    policy: prefixed ? prefixed[1] : diagnostic.policyName,
    enforcementLevel: diagnostic.enforcementLevel,
    message: prefixed ? withoutDescription.slice(prefixed[0].length) : withoutDescription,
    source: resource?.source ?? null,
  };
}
