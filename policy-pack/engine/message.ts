import { Boundary } from "./boundary";
import { resourceKind } from "./kinds";
import { describeLocation } from "./locations";
import { TypeToken } from "./tokens";
import { Finding, ResourceFacts } from "./types";

/**
 * The one message template: the resource kind and name, the place and its country, the property path and the
 * value seen, the boundary, then the fix. Example: "Storage account 'logs' keeps a geo-redundant copy in ukwest
 * (United Kingdom) through sku.name Standard_GRS, outside the EU Data Boundary (EU + EFTA). Use Standard_ZRS or
 * Standard_LRS, or a location whose pair is inside the boundary."
 */
export function renderMessage(resource: ResourceFacts, token: TypeToken, finding: Finding, boundary: Boundary): string {
  const place = finding.place ?? (finding.location !== undefined ? describeLocation(finding.location) : "a place that cannot be proven at preview");
  const via = finding.via ? `, ${finding.via}` : "";
  const judged = finding.verdict === "outside" ? "outside" : finding.verdict === "inside" ? "inside" : "not proven inside";
  return `${resourceKind(token)} '${resource.name}' ${finding.what} ${place} through ${finding.path} ${finding.seen}${via}, ${judged} ${boundary.label}. ${finding.fix}`;
}
