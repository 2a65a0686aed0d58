import { Exemption } from "./exemptions-config";
import { DeclaredResource } from "./external-resources-config";

/** Name of the advisory stack policy that shows applied and unused exemptions. */
export const EXEMPTIONS_POLICY = "exemptions";

/**
 * A place a reviewed entry allowed (an exemption) or proved inside (a declaration of a resource outside the stack),
 * as its advisory message carries it; reports read it back with {@link parseExempted} and {@link parseDeclared}.
 */
export interface ReviewedNote {
  /** The policy that owns the place. */
  readonly policy: string;
  /** The policy's message for the place: the violation an exemption replaces, or the place a declaration proved. */
  readonly message: string;
  readonly reason: string;
  readonly approvedBy: string | null;
  readonly ticket: string | null;
  readonly expires: string;
  /** Position in `boundary.exemptions` or `boundary.externalResources`. */
  readonly index: number;
}

/** An exemption that allowed nothing in a stack, as its advisory message carries it. */
export interface UnusedNote {
  readonly policy: string;
  readonly index: number;
  /** Why it allowed nothing and what to do, one sentence. */
  readonly detail: string;
}

/** A declaration of a resource outside the stack that proved no place of it, as its advisory message carries it. */
export interface UnusedDeclarationNote {
  /** Position in `boundary.externalResources`. */
  readonly index: number;
  /** Why it proved nothing and what to do, one sentence. */
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

/** Reads back a {@link reviewedNote} of `verb` (`Exempted`, `Declared`) for an entry of `boundary.<list>`. */
function reviewedNotePattern(verb: string, list: string): RegExp {
  return new RegExp(
    `^\\[(?<policy>[a-z0-9-]+)\\] ${verb}: (?<message>.*?) — reason: (?<review>.*); expires (?<expires>\\d{4}-\\d{2}-\\d{2}) \\(boundary\\.${list}\\[(?<index>\\d+)\\]\\)\\.$`,
    "s",
  );
}

/** Reads back an unused-entry note: `<lead>boundary.<list>[<index>]: <detail>.`, the lead naming the policy or not. */
function unusedNotePattern(lead: string, list: string): RegExp {
  return new RegExp(`^${lead}boundary\\.${list}\\[(?<index>\\d+)\\]: (?<detail>.*)\\.$`, "s");
}

const EXEMPTED = reviewedNotePattern("Exempted", "exemptions");
const DECLARED = reviewedNotePattern("Declared", "externalResources");
const UNUSED = unusedNotePattern("\\[(?<policy>[a-z0-9-]+)\\] Unused exemption ", "exemptions");
const UNUSED_DECLARATION = unusedNotePattern("Unused external resource declaration ", "externalResources");
const APPROVAL = /^(.*?)(?:; approved by (.*?))?(?:; ticket (.*))?$/s;

function parseReviewed(pattern: RegExp, text: string): ReviewedNote | undefined {
  const found = pattern.exec(text)?.groups;
  if (!found) return undefined;
  const approval = APPROVAL.exec(found.review)!;
  return {
    policy: found.policy,
    message: found.message,
    reason: approval[1],
    approvedBy: approval[2] ?? null,
    ticket: approval[3] ?? null,
    expires: found.expires,
    index: Number(found.index),
  };
}

/** Reads an {@link exemptedMessage} back; `undefined` for any other text. */
export function parseExempted(text: string): ReviewedNote | undefined {
  return parseReviewed(EXEMPTED, text);
}

/** Reads a {@link declaredMessage} back; `undefined` for any other text. */
export function parseDeclared(text: string): ReviewedNote | undefined {
  return parseReviewed(DECLARED, text);
}

/** Reads an {@link unusedMessage} back; `undefined` for any other text. */
export function parseUnused(text: string): UnusedNote | undefined {
  const found = UNUSED.exec(text)?.groups;
  return found ? { policy: found.policy, index: Number(found.index), detail: found.detail } : undefined;
}

/** Reads an {@link unusedDeclarationMessage} back; `undefined` for any other text. */
export function parseUnusedDeclaration(text: string): UnusedDeclarationNote | undefined {
  const found = UNUSED_DECLARATION.exec(text)?.groups;
  return found ? { index: Number(found.index), detail: found.detail } : undefined;
}
