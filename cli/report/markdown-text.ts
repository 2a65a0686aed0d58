import { BOUNDARY_PRESETS } from "../../policy-pack/catalog";
import type { CheckReport, ReportPlace } from "./model";

/** Text as Markdown shows it literally: punctuation that could start markup is escaped, line breaks become spaces. */
export function md(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/[\\`*_[\]<>|#]/g, "\\$&");
}

/** Longest free text in one table cell (a fix, a message, a reason); the JSON and SARIF reports carry it whole. */
export const MAX_CELL_CHARS = 1_000;

/** Free text for a table cell: as {@link md} shows it, cut at {@link MAX_CELL_CHARS} with an ellipsis. */
export function cell(text: string): string {
  const shown = md(text);
  return shown.length <= MAX_CELL_CHARS ? shown : `${shown.slice(0, MAX_CELL_CHARS - 1).replace(/\\$/, "")}…`;
}

/** An inline code span that survives backticks in the text. */
export function code(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, " ");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return longest === 0 ? `${fence}${flat}${fence}` : `${fence} ${flat} ${fence}`;
}

/** Plural-aware count: `1 resource`, `2 resources`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** How messages name the report's boundary: "the EU Data Boundary (EU + EFTA)". */
export function boundaryLabel(boundary: CheckReport["boundary"]): string {
  return (
    BOUNDARY_PRESETS.find((p) => p.id === boundary.name)?.label ??
    `the custom boundary (${boundary.regions.join(", ")})`
  );
}

/** The engine's place behind a violation or exemption of the pack: same resource, policy and message. */
export function placeOf(
  item: { urn: string; policy: string; message: string },
  places: readonly ReportPlace[],
): ReportPlace | undefined {
  return places.find(
    (p) =>
      p.urn === item.urn &&
      p.policy === item.policy &&
      (item.message === p.message || item.message.startsWith(`${p.message} (`)),
  );
}
