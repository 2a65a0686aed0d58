import { CheckReport } from "./model";

/** The report as the stable JSON document of docs/offline-check.md. */
export function renderJson(report: CheckReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
