import { md } from "./markdown-text";
import type { ReportPlace, ReportViolation } from "./model";

/**
 * A ready `boundary.exemptions` entry for one violation. Its placeholders fail the pack's validation on purpose
 * (`expires` is not a date, `<...>` values are refused), so an unedited copy never allows anything.
 */
export function exemptionRequest(violation: ReportViolation): string {
  const entry = {
    policy: violation.policy,
    resource: { type: violation.type, name: violation.name },
    reason: "<why this place is acceptable, at least 20 characters>",
    expires: "YYYY-MM-DD",
    approvedBy: "<who approved it>",
    ticket: "<ticket reference>",
  };
  return JSON.stringify(entry, null, 2);
}

/** How a report tells the reviewer to ask for an exemption, or why none may be granted. */
export function exemptionAdvice(violation: ReportViolation, place: ReportPlace | undefined): string[] {
  if (place?.neverExempt) return [`No exemption can allow this place: ${md(place.neverExempt)}. Fix the resource.`];
  const caveat = place
    ? ""
    : " (a place in a country outside the EU and EFTA stays blocked whatever it says, unless `boundary.neverExempt` was narrowed)";
  return [
    `To allow it deliberately, add this entry to \`boundary.exemptions\` in the policy pack config, fill it in, and have it reviewed${caveat}:`,
    "",
    "```json",
    exemptionRequest(violation),
    "```",
  ];
}
