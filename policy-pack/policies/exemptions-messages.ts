import { Exemption } from "./exemptions-config";
import { DeclaredResource } from "./external-resources-config";

/** Name of the advisory stack policy that shows applied and unused exemptions. */
export const EXEMPTIONS_POLICY = "exemptions";

/** An applied exemption as its advisory message carries it; reports parse it back with {@link parseExempted}. */
export interface ExemptedNote {
  /** The policy whose violation the exemption allows. */
  readonly policy: string;
  /** The violation message the policy would have reported. */
  readonly message: string;
  readonly reason: string;
  readonly approvedBy: string | null;
  readonly ticket: string | null;
  readonly expires: string;
  /** Position in `boundary.exemptions`. */
  readonly index: number;
}

/** An exemption that allowed nothing in a stack, as its advisory message carries it. */
export interface UnusedNote {
  readonly policy: string;
  readonly index: number;
  /** Why it allowed nothing and what to do, one sentence. */
  readonly detail: string;
}

/**
 * The advisory message for one place an exemption allows:
 * `[location-in-boundary] Exempted: <message> — reason: <reason>; approved by <name>; ticket <ref>; expires
 * 2027-03-31 (boundary.exemptions[0]).`
 */
export function exemptedMessage(policy: string, message: string, exemption: Exemption): string {
  return reviewedNote(policy, "Exempted", message, exemption);
}

/** The fields every reviewed entry shows in its note. */
type Reviewed = Pick<Exemption, "key" | "reason" | "expires" | "approvedBy" | "ticket">;

/** `[policy] <Verb>: <message> — reason: ...; approved by ...; ticket ...; expires ... (<key>).` */
function reviewedNote(policy: string, verb: string, message: string, entry: Reviewed): string {
  const approved = entry.approvedBy ? `; approved by ${entry.approvedBy}` : "";
  const ticket = entry.ticket ? `; ticket ${entry.ticket}` : "";
  return `[${policy}] ${verb}: ${message} — reason: ${entry.reason}${approved}${ticket}; expires ${entry.expires} (${entry.key}).`;
}

/**
 * The advisory message for one place proven through a declaration of a resource outside the stack:
 * `[telemetry-in-boundary] Declared: <message> — reason: <reason>; approved by <name>; expires 2027-03-31
 * (boundary.externalResources[0]).`
 */
export function declaredMessage(policy: string, message: string, declared: DeclaredResource): string {
  return reviewedNote(policy, "Declared", message, declared);
}

/** The advisory message for a declaration no place of the stack used: `Unused external resource declaration <key>: <detail>.` */
export function unusedDeclarationMessage(declared: DeclaredResource, detail: string): string {
  return `Unused external resource declaration ${declared.key}: ${detail}.`;
}

/** The advisory message for an exemption that allowed nothing: `[policy] Unused exemption boundary.exemptions[1]: <detail>.` */
export function unusedMessage(exemption: Exemption, detail: string): string {
  return `[${exemption.policy}] Unused exemption ${exemption.key}: ${detail}.`;
}

const EXEMPTED =
  /^\[([a-z0-9-]+)\] Exempted: (.*?) — reason: (.*); expires (\d{4}-\d{2}-\d{2}) \(boundary\.exemptions\[(\d+)\]\)\.$/s;
const APPROVAL = /^(.*?)(?:; approved by (.*?))?(?:; ticket (.*))?$/s;
const UNUSED = /^\[([a-z0-9-]+)\] Unused exemption boundary\.exemptions\[(\d+)\]: (.*)\.$/s;

/** Reads an {@link exemptedMessage} back; `undefined` for any other text. */
export function parseExempted(text: string): ExemptedNote | undefined {
  const found = EXEMPTED.exec(text);
  if (!found) return undefined;
  const approval = APPROVAL.exec(found[3])!;
  return {
    policy: found[1],
    message: found[2],
    reason: approval[1],
    approvedBy: approval[2] ?? null,
    ticket: approval[3] ?? null,
    expires: found[4],
    index: Number(found[5]),
  };
}

/** Reads an {@link unusedMessage} back; `undefined` for any other text. */
export function parseUnused(text: string): UnusedNote | undefined {
  const found = UNUSED.exec(text);
  return found ? { policy: found[1], index: Number(found[2]), detail: found[3] } : undefined;
}
