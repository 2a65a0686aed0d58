/**
 * Reads the answers of Azure Resource Graph queries: what `az graph query -q "..." -o json` prints (`{ count, data,
 * skip_token, total_records }`), its `data` array alone, or the REST API's `QueryResponse` (`{ count, data,
 * $skipToken, totalRecords, resultTruncated }`, `data` as an object array or as a `{ columns, rows }` table).
 * Several files are the pages of one or more queries.
 */
import { isArmType } from "../../policy-pack/engine/rules/opaque/arm-types";
import { CliError } from "../cli-error";
import { describeJson, Expected, isJsonObject, readJsonFile } from "./json-file";

/** The option that names Resource Graph files. */
export const RESOURCE_GRAPH_OPTION = "--from-resource-graph";

/** The columns every row must have: the documented query projects them, and the rules need each of them. */
const REQUIRED_COLUMNS = ["id", "name", "type", "location", "kind", "sku", "properties"] as const;

const QUERY = `Resources | project ${[...REQUIRED_COLUMNS, "resourceGroup", "subscriptionId"].join(", ")}`;
const EXPECTED: Expected = {
  option: RESOURCE_GRAPH_OPTION,
  shape: `the JSON answer of an Azure Resource Graph query (az graph query -q "${QUERY}" -o json): its "data" array, or the whole answer`,
};

/** One row of a Resource Graph answer, as the query projected it. */
export type ResourceGraphRow = Readonly<Record<string, unknown>> & {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly location: string;
};

/** One file's rows and what it says about paging. */
interface Page {
  readonly rows: readonly unknown[];
  /** The answer says more rows follow (a skip token). */
  readonly continues: boolean;
  /** The answer says rows were cut off without a way to page on. */
  readonly truncated: boolean;
  /** How many rows the query matched, when the answer says. */
  readonly total?: number;
}

function tableRows(file: string, table: Record<string, unknown>): unknown[] {
  const { columns, rows } = table;
  const names = Array.isArray(columns) ? columns.map((c) => (isJsonObject(c) ? c.name : undefined)) : [];
  if (!Array.isArray(rows) || names.length === 0 || names.some((n) => typeof n !== "string")) {
    throw new CliError(`${RESOURCE_GRAPH_OPTION} ${file} has "data" as ${describeJson(table)}; expected an array of rows, or a table with "columns" [{ "name": ... }] and "rows".`);
  }
  return rows.map((row) => (Array.isArray(row) ? Object.fromEntries(names.map((name, i) => [name, row[i]])) : row));
}

function pageOf(file: string, answer: unknown): Page {
  if (Array.isArray(answer)) return { rows: answer, continues: false, truncated: false };
  if (!isJsonObject(answer) || !("data" in answer)) {
    const hint = isJsonObject(answer) && "deployment" in answer ? " (it looks like pulumi stack export: use --from-state)" : "";
    throw new CliError(`${RESOURCE_GRAPH_OPTION} ${file} is ${describeJson(answer)}${hint}; expected ${EXPECTED.shape}.`);
  }
  const data = answer.data;
  const rows = Array.isArray(data) ? data : isJsonObject(data) ? tableRows(file, data) : undefined;
  if (!rows) throw new CliError(`${RESOURCE_GRAPH_OPTION} ${file} has "data" as ${describeJson(data)}; expected an array of rows.`);
  const token = answer.skip_token ?? answer.$skipToken ?? answer.skipToken;
  const total = answer.total_records ?? answer.totalRecords;
  return {
    rows,
    continues: typeof token === "string" && token !== "",
    truncated: answer.resultTruncated === true || answer.resultTruncated === "true",
    total: typeof total === "number" ? total : undefined,
  };
}

function checkedRow(file: string, index: number, row: unknown): ResourceGraphRow {
  const where = `${RESOURCE_GRAPH_OPTION} ${file} row ${index}`;
  if (!isJsonObject(row)) throw new CliError(`${where} is ${describeJson(row)}; expected an object with the columns ${REQUIRED_COLUMNS.join(", ")}.`);
  const missing = REQUIRED_COLUMNS.filter((column) => !(column in row));
  if (missing.length > 0) {
    throw new CliError(`${where} has no ${missing.map((c) => `"${c}"`).join(", ")} column; expected the columns of the query ${QUERY}.`);
  }
  for (const column of ["id", "name", "type", "location"] as const) {
    if (typeof row[column] !== "string") throw new CliError(`${where} has "${column}" ${describeJson(row[column])}; expected a string.`);
  }
  if (!isArmType(row.type as string)) {
    throw new CliError(`${where} has "type" ${describeJson(row.type)}; expected an ARM resource type such as "microsoft.storage/storageaccounts".`);
  }
  if (!(row.id as string).startsWith("/")) {
    throw new CliError(`${where} has "id" ${describeJson(row.id)}; expected an Azure resource id such as "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Storage/storageAccounts/<name>".`);
  }
  return row as ResourceGraphRow;
}

/**
 * The rows of every file, in order. A file of another shape, a row without the query's columns and an answer
 * that is known to be incomplete (cut off, or pages missing) are each a {@link CliError} naming the file: an
 * estate judged in part would pass what it never saw.
 */
export function readResourceGraphRows(files: readonly string[]): ResourceGraphRow[] {
  const rows: ResourceGraphRow[] = [];
  const pages: Page[] = [];
  for (const file of files) {
    const page = pageOf(file, readJsonFile(file, EXPECTED));
    if (page.truncated) {
      throw new CliError(`${RESOURCE_GRAPH_OPTION} ${file} says its result was truncated (resultTruncated true); expected a complete answer: page the query with --first and --skip-token, or split it by subscription (docs/audit.md).`);
    }
    page.rows.forEach((row, index) => rows.push(checkedRow(file, index, row)));
    pages.push(page);
  }
  if (pages.length > 0 && pages.every((page) => page.continues)) {
    throw new CliError(`${RESOURCE_GRAPH_OPTION} ${files[files.length - 1]} has a skip token, and no file is a last page; expected every page of the query: fetch the next one with az graph query --skip-token <token>.`);
  }
  const total = Math.max(0, ...pages.map((page) => page.total ?? 0));
  if (rows.length < total) {
    throw new CliError(`${RESOURCE_GRAPH_OPTION} ${files.join(", ")} hold ${rows.length} rows but the query matched ${total} (total_records); expected every page of the query: fetch the rest with az graph query --skip-token <token>.`);
  }
  return rows;
}
