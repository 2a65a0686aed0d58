import { BoundaryConfigError } from "../engine";

/**
 * Validators of the fields every reviewed entry of the pack config carries (exemptions, external-resource
 * declarations): a reason, an expiry, an approver or ticket. Each failure throws a `BoundaryConfigError` whose one
 * line names the key, the value seen and the expected form.
 */

/** Shortest reason a reviewed entry may give, in characters (after trimming). */
export const MIN_REASON_LENGTH = 20;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws the one-line configuration error. */
export const fail = (message: string): never => {
  throw new BoundaryConfigError(message);
};

/** A value as messages show it: JSON, or `missing`. */
export const shown = (value: unknown) => (value === undefined ? "missing" : JSON.stringify(value));

/** True for a plain object (not null, not a list). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** True for a snippet placeholder such as `"<who approved it>"`, which must never count as a value. */
const isPlaceholder = (value: string) => /^<.*>$/s.test(value.trim());

/** Refuses a field of `entry` that is not one of `fields`. */
export function rejectUnknownFields(
  key: string,
  entry: Record<string, unknown>,
  fields: readonly string[],
  what: string,
): void {
  const extra = Object.keys(entry).find((field) => !fields.includes(field));
  if (extra !== undefined) fail(`${key}.${extra} is not a field of ${what}; expected only ${fields.join(", ")}.`);
}

/** A reason of at least {@link MIN_REASON_LENGTH} characters; `why` says what it explains ("why the place is acceptable"). */
export function reasonOf(key: string, value: unknown, why: string): string {
  const expected = `expected at least ${MIN_REASON_LENGTH} characters saying ${why}`;
  if (typeof value !== "string") return fail(`${key} is ${shown(value)}; ${expected}.`);
  if (isPlaceholder(value)) return fail(`${key} is ${shown(value)}, a placeholder; ${expected}.`);
  const length = [...value.trim()].length;
  if (length < MIN_REASON_LENGTH) return fail(`${key} is ${shown(value)} (${length} characters); ${expected}.`);
  return value.trim();
}

/** The UTC calendar day of `now`, `YYYY-MM-DD`. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function isCalendarDate(value: string): boolean {
  const parts = DATE.exec(value);
  if (!parts) return false;
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
  return utcDay(date) === value;
}

/** What an expiry message says about the entry: its noun and what to do once it is past. */
export interface ExpiryWording {
  /** "exemption", "declaration". */
  readonly noun: string;
  /** One clause: "Renew the exemption after a new review, or fix the resource and remove it". */
  readonly renew: string;
}

/** The last day (UTC) the entry applies, `YYYY-MM-DD`, from `today` on. */
export function expiresOf(key: string, value: unknown, today: string, wording: ExpiryWording): string {
  if (typeof value !== "string" || !isCalendarDate(value)) {
    return fail(
      `${key} is ${shown(value)}; expected a calendar date YYYY-MM-DD, such as "2027-03-31" (the last day the ${wording.noun} applies, UTC).`,
    );
  }
  if (value < today) {
    fail(`${key} is ${shown(value)}, which is past (today is ${today}, UTC); expected a date from today on. ${wording.renew}.`);
  }
  return value;
}

/** An optional approver or ticket: a non-empty string that is not a placeholder. */
export function approvalOf(key: string, value: unknown, expected: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "") return fail(`${key} is ${shown(value)}; expected ${expected}.`);
  if (isPlaceholder(value)) return fail(`${key} is ${shown(value)}, a placeholder; expected ${expected}.`);
  return value.trim();
}

/** The approver and ticket of an entry; at least one is required. */
export function approvalsOf(key: string, entry: Record<string, unknown>, what: string): { approvedBy?: string; ticket?: string } {
  const approvedBy = approvalOf(`${key}.approvedBy`, entry.approvedBy, `the name of the person who approved the ${what}`);
  const ticket = approvalOf(`${key}.ticket`, entry.ticket, 'a ticket reference, such as "SEC-1234"');
  if (approvedBy === undefined && ticket === undefined) {
    fail(`${key} has neither approvedBy nor ticket; expected the approver's name in approvedBy, a ticket reference in ticket, or both.`);
  }
  return { ...(approvedBy && { approvedBy }), ...(ticket && { ticket }) };
}
