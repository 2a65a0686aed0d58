import {
  EXEMPTIONS_POLICY,
  parseDeclared,
  parseExempted,
  parseUnused,
  parseUnusedDeclaration,
} from "../../policy-pack/policies/exemptions-messages";
import type {
  ReportDeclaration,
  ReportExemption,
  ReportLevel,
  ReportResource,
  ReportUnusedDeclaration,
  ReportUnusedExemption,
  ReportViolation,
} from "./model";

const STACK_PREFIX = /^\[([a-z0-9-]+)\] /;

/** A policy diagnostic as both the Analyzer protocol and the engine's policy events carry it. */
export interface PolicyDiagnostic {
  readonly policyName: string;
  /** The resource it names; `""` when none (a stack-level diagnostic). */
  readonly urn: string;
  readonly enforcementLevel: ReportLevel;
  /** The text the pack reported, without the policy description @pulumi/policy puts in front of it. */
  readonly text: string;
}

/** The diagnostics of one run, sorted into the report's lists. */
export interface SortedDiagnostics {
  readonly violations: ReportViolation[];
  readonly exemptions: ReportExemption[];
  readonly unusedExemptions: ReportUnusedExemption[];
  readonly declarations: ReportDeclaration[];
  readonly unusedDeclarations: ReportUnusedDeclaration[];
}

/** Strips the policy description @pulumi/policy puts on the line before the reported text. */
export function withoutDescription(message: string, description?: string): string {
  if (description !== undefined)
    return message.startsWith(`${description}\n`) ? message.slice(description.length + 1) : message;
  const newline = message.indexOf("\n");
  return newline < 0 ? message : message.slice(newline + 1);
}

function resourceFields(urn: string, resources: ReadonlyMap<string, ReportResource>) {
  const resource = resources.get(urn);
  return { urn, type: resource?.type ?? "", name: resource?.name ?? "", source: resource?.source ?? null };
}

/** Puts a note of the `exemptions` policy into the list it belongs to; `false` when the text is no such note. */
function sortNote(diagnostic: PolicyDiagnostic, resources: ReadonlyMap<string, ReportResource>, sorted: SortedDiagnostics): boolean {
  const { text } = diagnostic;
  const exempted = parseExempted(text);
  const declared = exempted ? undefined : parseDeclared(text);
  if (exempted || declared) {
    const resource = resourceFields(diagnostic.urn, resources);
    if (exempted) sorted.exemptions.push({ ...resource, ...exempted });
    if (declared) sorted.declarations.push({ ...resource, ...declared });
    return true;
  }
  const unused = parseUnused(text);
  const unusedDeclaration = unused ? undefined : parseUnusedDeclaration(text);
  if (unused) sorted.unusedExemptions.push(unused);
  if (unusedDeclaration) sorted.unusedDeclarations.push(unusedDeclaration);
  return unused !== undefined || unusedDeclaration !== undefined;
}

/**
 * One report row per diagnostic: violations name the resource (the `boundary` stack policy's `[policy]` prefix
 * is lifted into `policy`); the advisory `exemptions` policy's notes become applied and unused exemptions, and
 * places proven through declarations of resources outside the stack and unused declarations. A note of that policy
 * that does not parse stays a violation, so that nothing the pack said is lost.
 */
export function sortDiagnostics(
  diagnostics: readonly PolicyDiagnostic[],
  resources: ReadonlyMap<string, ReportResource>,
): SortedDiagnostics {
  const sorted: SortedDiagnostics = {
    violations: [],
    exemptions: [],
    unusedExemptions: [],
    declarations: [],
    unusedDeclarations: [],
  };
  for (const diagnostic of diagnostics) {
    if (diagnostic.policyName === EXEMPTIONS_POLICY && sortNote(diagnostic, resources, sorted)) continue;
    const prefixed = STACK_PREFIX.exec(diagnostic.text);
    const { source, ...identity } = resourceFields(diagnostic.urn, resources);
    sorted.violations.push({
      ...identity,
      policy: prefixed ? prefixed[1] : diagnostic.policyName,
      enforcementLevel: diagnostic.enforcementLevel,
      message: prefixed ? diagnostic.text.slice(prefixed[0].length) : diagnostic.text,
      source,
    });
  }
  return sorted;
}
