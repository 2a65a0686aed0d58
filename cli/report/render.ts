import { renderJson } from "./json";
import { renderMarkdown } from "./markdown";
import { CheckReport } from "./model";
import { renderSarif } from "./sarif";
import { renderText } from "./text";

/** The report formats of `check` and `report`. */
export const FORMATS = ["text", "markdown", "sarif", "json"] as const;

/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number];

/** Renders a report in one format; `colour` only affects text, `toolVersion` only SARIF. */
export function renderReport(
  report: CheckReport,
  format: Format,
  options: { colour: boolean; toolVersion: string },
): string {
  switch (format) {
    case "json":
      return renderJson(report);
    case "markdown":
      return renderMarkdown(report);
    case "sarif":
      return renderSarif(report, options.toolVersion);
    case "text":
      return renderText(report, options.colour);
  }
}
