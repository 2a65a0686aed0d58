import type { ReportAudit, ReportUnknownType } from "./model";

/** Most resource ids a report names per unknown type; the JSON report lists them all. */
export const MAX_IDS_SHOWN = 3;

/** Where an audit's resources came from: `pulumi stack export state.json`, `Azure Resource Graph a.json, b.json`. */
export function auditSource(audit: ReportAudit): string {
  const files = audit.files.length > 3 ? `${audit.files.slice(0, 2).join(", ")} and ${audit.files.length - 2} more pages` : audit.files.join(", ");
  return `${audit.source === "state" ? "pulumi stack export" : "Azure Resource Graph"} ${files}`;
}

/** The first resources of an unknown type and how many more: `/subscriptions/.../w1, /subscriptions/.../w2 and 3 more`. */
export function someResources(type: ReportUnknownType, show: (id: string) => string = (id) => id): string {
  const shown = type.resources.slice(0, MAX_IDS_SHOWN).map(show).join(", ");
  const rest = type.resources.length - MAX_IDS_SHOWN;
  return rest > 0 ? `${shown} and ${rest} more` : shown;
}

/** Entries the audit left out, counted by reason, most first. */
export function skippedByReason(audit: ReportAudit): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const entry of audit.skipped) counts.set(entry.reason, (counts.get(entry.reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}
