import * as fs from "fs";
import * as path from "path";

/** The realistic exports the audit tests read. */
export const FIXTURES = path.join(__dirname, "fixtures");
/** `pulumi stack export` of stack `prod`, secrets encrypted. */
export const STATE = path.join(FIXTURES, "state/prod.json");
/** The same stack exported with `--show-secrets`. */
export const STATE_SHOWN = path.join(FIXTURES, "state/prod-show-secrets.json");
/** Resource Graph answers: two pages of one `az graph query --first 4`, a REST answer, a bare `data` array. */
export const PAGE_1 = path.join(FIXTURES, "resource-graph/page-1.json");
export const PAGE_2 = path.join(FIXTURES, "resource-graph/page-2.json");
export const REST_ANSWER = path.join(FIXTURES, "resource-graph/rest-answer.json");
export const DATA_ONLY = path.join(FIXTURES, "resource-graph/data-only.json");

/** The subscriptions of the fixtures. */
export const SUBSCRIPTION = "3f2b6c1e-8d4a-4e7b-9c1f-2a5d7e9b0c13";
export const SUBSCRIPTION_2 = "7d1e0b2a-5c4f-4a3b-8e9d-6f7a8b9c0d1e";

/** A fixture file parsed, to derive broken variants from. */
export function readFixture(file: string): any {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

