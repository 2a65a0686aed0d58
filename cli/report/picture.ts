import type { CheckReport, ReportPlace } from "./model";
import { boundaryLabel, count, md } from "./markdown-text";

/** How a place stands once the pack has spoken: exempted places are outside ones a reviewed exemption allows. */
export type PlaceStatus = "inside" | "exempted" | "unproven" | "outside";

/** One box of the picture: every place with the same label. */
export interface PictureNode {
  readonly label: string;
  readonly country: string | null;
  /** Resources with data there. */
  readonly resources: number;
  /** The worst status of its places: outside, then unproven, then exempted, then inside. */
  readonly status: PlaceStatus;
}

/** Most boxes drawn; the rest are summed into one. */
export const MAX_NODES = 16;

const RANK: Record<PlaceStatus, number> = { inside: 0, exempted: 1, unproven: 2, outside: 3 };

/** What identifies a place the pack reported: its resource, policy and message. */
const placeKey = (p: { urn: string; policy: string; message: string }) => `${p.urn}\u0000${p.policy}\u0000${p.message}`;

function statusOf(place: ReportPlace, exempted: ReadonlySet<string>): PlaceStatus {
  if (place.verdict === "inside") return "inside";
  return exempted.has(placeKey(place)) ? "exempted" : place.verdict;
}

/** The places grouped by label, the boundary's first, then by resources, most first. */
export function pictureNodes(report: CheckReport): PictureNode[] {
  const exempted = new Set(report.exemptions.map(placeKey));
  const groups = new Map<string, { country: string | null; urns: Set<string>; status: PlaceStatus }>();
  for (const place of report.places) {
    const group = groups.get(place.label) ?? {
      country: place.country,
      urns: new Set<string>(),
      status: "inside" as PlaceStatus,
    };
    const status = statusOf(place, exempted);
    group.urns.add(place.urn);
    if (RANK[status] > RANK[group.status]) group.status = status;
    groups.set(place.label, group);
  }
  const nodes = [...groups].map(([label, g]) => ({
    label,
    country: g.country,
    resources: g.urns.size,
    status: g.status,
  }));
  nodes.sort(
    (a, b) =>
      Number(a.status !== "inside") - Number(b.status !== "inside") ||
      b.resources - a.resources ||
      a.label.localeCompare(b.label),
  );
  if (nodes.length <= MAX_NODES) return nodes;
  const rest = nodes.slice(MAX_NODES - 1);
  const worst = rest.reduce<PlaceStatus>((s, n) => (RANK[n.status] > RANK[s] ? n.status : s), "inside");
  return [
    ...nodes.slice(0, MAX_NODES - 1),
    {
      label: `${rest.length} other places`,
      country: null,
      resources: rest.reduce((n, r) => n + r.resources, 0),
      status: worst,
    },
  ];
}

/** Text inside a quoted Mermaid label: entity codes for the characters Mermaid would read. */
function mermaidText(text: string): string {
  return text.replace(/#/g, "#35;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}

function nodeLine(id: string, node: PictureNode): string {
  const where = node.country ? `${node.label} · ${node.country}` : node.label;
  const note = node.status === "inside" ? "" : ` · ${node.status}`;
  return `    ${id}["${mermaidText(where)}<br/>${count(node.resources, "resource")}${note}"]:::${node.status}`;
}

/** A Mermaid flowchart of where the data goes: the program, the boundary with its places, the places outside. */
export function renderPicture(report: CheckReport, nodes: readonly PictureNode[]): string[] {
  const ids = nodes.map((_, i) => `p${i}`);
  const inside = nodes.map((n, i) => [n, ids[i]] as const).filter(([n]) => n.status === "inside");
  const others = nodes.map((n, i) => [n, ids[i]] as const).filter(([n]) => n.status !== "inside");
  const lines = [
    "```mermaid",
    "flowchart LR",
    `  program(["${mermaidText(`${report.project} / ${report.stack}`)}<br/>${count(report.summary.resources, "resource")}"])`,
  ];
  lines.push(`  subgraph boundary["Inside ${mermaidText(boundaryLabel(report.boundary))}"]`);
  inside.forEach(([n, id]) => lines.push(nodeLine(id, n)));
  lines.push("  end");
  others.forEach(([n, id]) => lines.push(nodeLine(id, n).slice(2)));
  inside.forEach(([n, id]) => lines.push(`  program -->|${n.resources}| ${id}`));
  others.forEach(([n, id]) => lines.push(`  program ==>|${n.resources}| ${id}`));
  lines.push(
    "  classDef inside fill:#dafbe1,stroke:#1a7f37,color:#0a3622",
    "  classDef outside fill:#ffebe9,stroke:#cf222e,stroke-width:3px,color:#82071e",
    "  classDef unproven fill:#fff8c5,stroke:#9a6700,stroke-width:2px,color:#4d2d00",
    "  classDef exempted fill:#f6f8fa,stroke:#9a6700,stroke-dasharray:5 3,color:#24292f",
    "```",
  );
  return lines;
}

/** The same picture as a table, for readers whose client draws no Mermaid. */
export function renderPictureTable(nodes: readonly PictureNode[]): string[] {
  const lines = ["| Place | Country | Resources | Status |", "| --- | --- | --: | --- |"];
  for (const n of nodes) {
    const status = n.status === "inside" ? "inside" : `**${n.status}**`;
    lines.push(`| ${md(n.label)} | ${n.country ? md(n.country) : "—"} | ${n.resources} | ${status} |`);
  }
  return lines;
}
