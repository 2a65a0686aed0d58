/**
 * A file that is not one of the audit's shapes, or an answer known to be incomplete, stops the audit before the
 * pack starts: exit 2, one line naming the option, the file, what was seen and the expected shape.
 */
import * as grpc from "@grpc/grpc-js";
import { describe, expect, it } from "vitest";
import { tooLarge } from "../../cli/audit/run-audit";
import { AnalyzerCallError } from "../../cli/pack/analyzer-client";
import { failure } from "../helpers/cli";
import { scratchDir, writeScratchFile } from "../helpers/scratch";
import { DATA_ONLY, PAGE_1, PAGE_2, readFixture, STATE } from "./helpers";

const dir = scratchDir("audit");
const write = (name: string, content: unknown) => writeScratchFile(dir, name, content);

const QUERY = "Resources | project id, name, type, location, kind, sku, properties, resourceGroup, subscriptionId";
const RG_SHAPE = `the JSON answer of an Azure Resource Graph query (az graph query -q "${QUERY}" -o json): its "data" array, or the whole answer`;
const STATE_SHAPE = 'the JSON of pulumi stack export: an object with "version": 3 and "deployment": { "resources": [...] }';

const graph = (...files: string[]) => failure(["audit", "--from-resource-graph", ...files]);
const state = (file: string) => failure(["audit", "--from-state", file]);

describe("audit arguments", () => {
  it("needs exactly one source", async () => {
    const message =
      "data-boundary: --from-state or --from-resource-graph is needed, not both; expected the JSON of pulumi stack export, or the JSON answer of an Azure Resource Graph query.";
    expect(await failure(["audit"])).toBe(message);
    expect(await failure(["audit", "--from-state", STATE, "--from-resource-graph", PAGE_1])).toBe(message);
  });

  it("takes more files only after --from-resource-graph", async () => {
    expect(await failure(["audit", "--from-state", STATE, PAGE_1])).toBe(
      `data-boundary: Unexpected argument "${PAGE_1}"; only --from-resource-graph takes more files (pages) after it.`,
    );
  });

  it("refuses --program-dir without a stack export", async () => {
    expect(await failure(["audit", "--from-resource-graph", PAGE_1, "--program-dir", "."])).toBe(
      "data-boundary: --program-dir only applies to --from-state; a Resource Graph answer belongs to no project.",
    );
  });

  it("refuses an unknown format", async () => {
    expect(await failure(["audit", "--from-state", STATE, "--format", "csv"])).toBe(
      'data-boundary: --format is "csv"; expected one of text, markdown, sarif, json.',
    );
  });
});

describe("Resource Graph files that are not an answer", () => {
  it("a missing file", async () => {
    const file = `${dir}/missing.json`;
    expect(await graph(file)).toBe(`data-boundary: --from-resource-graph ${file} cannot be read (ENOENT); expected a file holding ${RG_SHAPE}.`);
  });

  it("text that is not JSON", async () => {
    const file = write("table.txt", "Name        Type\n----------  ------\nstdataweu01 microsoft.storage/storageaccounts\n");
    expect(await graph(file)).toMatch(new RegExp(`^data-boundary: --from-resource-graph ${file} is not JSON \\(Unexpected token .*\\); expected ${RG_SHAPE.replace(/[()|[\]{}.*+?^$\\]/g, "\\$&")}\\.$`));
  });

  it("a stack export given as a Resource Graph answer", async () => {
    expect(await graph(STATE)).toBe(
      `data-boundary: --from-resource-graph ${STATE} is an object with keys "version", "deployment" (it looks like pulumi stack export: use --from-state); expected ${RG_SHAPE}.`,
    );
  });

  it("an answer whose data is neither rows nor a table", async () => {
    const file = write("data-string.json", { count: 0, data: "none" });
    expect(await graph(file)).toBe(`data-boundary: --from-resource-graph ${file} has "data" as the string "none"; expected an array of rows.`);
  });

  it("a row without the query's columns", async () => {
    const page = readFixture(DATA_ONLY);
    delete page[1].sku;
    delete page[1].kind;
    const file = write("no-sku.json", page);
    expect(await graph(file)).toBe(
      `data-boundary: --from-resource-graph ${file} row 1 has no "kind", "sku" column; expected the columns of the query ${QUERY}.`,
    );
  });

  it("a row whose type is not an ARM type", async () => {
    const page = readFixture(DATA_ONLY);
    page[0].type = "Storage account";
    const file = write("bad-type.json", page);
    expect(await graph(file)).toBe(
      `data-boundary: --from-resource-graph ${file} row 0 has "type" the string "Storage account"; expected an ARM resource type such as "microsoft.storage/storageaccounts".`,
    );
  });

  it("a row whose id is not a resource id", async () => {
    const page = readFixture(DATA_ONLY);
    page[0].id = "stdataweu01";
    const file = write("bad-id.json", page);
    expect(await graph(file)).toBe(
      `data-boundary: --from-resource-graph ${file} row 0 has "id" the string "stdataweu01"; expected an Azure resource id such as "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Storage/storageAccounts/<name>".`,
    );
  });

  it("a row with a location that is not a string", async () => {
    const page = readFixture(DATA_ONLY);
    page[0].location = null;
    const file = write("null-location.json", page);
    expect(await graph(file)).toBe(`data-boundary: --from-resource-graph ${file} row 0 has "location" null; expected a string.`);
  });
});

describe("Resource Graph answers known to be incomplete", () => {
  it("the first page without the second", async () => {
    expect(await graph(PAGE_1)).toBe(
      `data-boundary: --from-resource-graph ${PAGE_1} has a skip token, and no file is a last page; expected every page of the query: fetch the next one with az graph query --skip-token <token>.`,
    );
  });

  it("pages that hold fewer rows than the query matched", async () => {
    const last = readFixture(PAGE_2);
    last.data = last.data.slice(0, 2);
    const file = write("short-last-page.json", last);
    expect(await graph(PAGE_1, file)).toBe(
      `data-boundary: --from-resource-graph ${PAGE_1}, ${file} hold 6 rows but the query matched 8 (total_records); expected every page of the query: fetch the rest with az graph query --skip-token <token>.`,
    );
  });

  it("a REST answer that says it was truncated", async () => {
    const file = write("truncated.json", { totalRecords: 1200, count: 1000, data: readFixture(DATA_ONLY), resultTruncated: "true" });
    expect(await graph(file)).toBe(
      `data-boundary: --from-resource-graph ${file} says its result was truncated (resultTruncated true); expected a complete answer: page the query with --first and --skip-token, or split it by subscription (docs/audit.md).`,
    );
  });

  it("an answer with no rows at all", async () => {
    const file = write("empty.json", { count: 0, data: [], skip_token: null, total_records: 0 });
    expect(await graph(file)).toBe(
      `data-boundary: --from-resource-graph ${file} holds no resource to judge; expected at least one deployed resource (check the stack, or the query's subscriptions and management groups).`,
    );
  });
});

describe("stack exports that are not one", () => {
  it("a Resource Graph answer given as a stack export", async () => {
    expect(await state(PAGE_1)).toBe(
      `data-boundary: --from-state ${PAGE_1} is an object with keys "count", "data", "skip_token", "total_records" (it looks like a Resource Graph answer: use --from-resource-graph); expected ${STATE_SHAPE}.`,
    );
  });

  it("a checkpoint of another version", async () => {
    const file = write("v2.json", { ...readFixture(STATE), version: 2 });
    expect(await state(file)).toBe(
      `data-boundary: --from-state ${file} version is the number 2; expected 3 or 4 (pulumi stack export writes deployment version 3).`,
    );
  });

  it("a resource without a URN", async () => {
    const exported = readFixture(STATE);
    delete exported.deployment.resources[4].urn;
    const file = write("no-urn.json", exported);
    expect(await state(file)).toBe(
      `data-boundary: --from-state ${file} deployment.resources[4].urn is absent; expected a URN such as "urn:pulumi:dev::proj::azure-native:storage:StorageAccount::logs".`,
    );
  });

  it("inputs that are not an object", async () => {
    const exported = readFixture(STATE);
    exported.deployment.resources[5].inputs = ["location", "northeurope"];
    const file = write("list-inputs.json", exported);
    expect(await state(file)).toBe(`data-boundary: --from-state ${file} deployment.resources[5].inputs is an array of 2 items; expected an object.`);
  });

  it("a secret whose plaintext is not JSON", async () => {
    const exported = readFixture(STATE);
    exported.deployment.resources[1].inputs.subscriptionId = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", plaintext: "not json" };
    const file = write("bad-plaintext.json", exported);
    expect(await state(file)).toBe(
      `data-boundary: --from-state ${file} deployment.resources[1].inputs.subscriptionId is a secret whose plaintext is not JSON; expected the plaintext pulumi stack export --show-secrets writes.`,
    );
  });

  it("a stack with no resources yet", async () => {
    const file = write("new-stack.json", { version: 3, deployment: { manifest: { time: "2025-11-08T09:18:05Z", magic: "", version: "v3.248.0" } } });
    expect(await state(file)).toBe(
      `data-boundary: --from-state ${file} holds no resource to judge; expected at least one deployed resource (check the stack, or the query's subscriptions and management groups).`,
    );
  });
});

describe("an estate too large for one AnalyzeStack message", () => {
  it("says how to split it, in one line", () => {
    const error = new AnalyzerCallError("AnalyzeStack", grpc.status.RESOURCE_EXHAUSTED, "Sent message larger than max (455081321 vs. 419430400)");
    expect((tooLarge(error, 412_000) as Error).message).toBe(
      "AnalyzeStack of 412000 resources is larger than the policy pack accepts in one message (Sent message larger than max (455081321 vs. 419430400)); expected a smaller estate: audit it subscription by subscription (docs/audit.md).",
    );
    const other = new AnalyzerCallError("AnalyzeStack", grpc.status.UNAVAILABLE, "Connection dropped");
    expect(tooLarge(other, 412_000)).toBe(other);
  });
});
