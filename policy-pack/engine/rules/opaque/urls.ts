import { Read, showValue } from "../../values";

/** A URL as messages show it: without its query string, which may carry a SAS token. */
export function withoutQuery(value: Read): string {
  if (value.state !== "known" || value.secret || typeof value.value !== "string") return showValue(value);
  const [base, query] = value.value.split("?", 2);
  return query === undefined ? base : `${base}?(query not shown)`;
}
