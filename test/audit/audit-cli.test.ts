/**
 * `data-boundary audit` end to end: realistic exports judged by the real pack over its gRPC protocol, each report
 * format, exit codes 0 and 1, exemptions, the policy config found as `check` finds it, and secrets kept secret.
 * (Exit code 2 and its one-line errors: bad-files.test.ts.)
 */
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import * as path from "path";
import type { Log } from "sarif";
import { beforeAll, describe, expect, it } from "vitest";
import { CliOutcome, runCli } from "../../cli/main";
import { CheckReport } from "../../cli/report/model";
import { renderReport } from "../../cli/report/render";
import { scratchDir, writeScratchFile } from "../helpers/scratch";
import { PAGE_1, PAGE_2, REST_ANSWER, STATE, STATE_SHOWN, SUBSCRIPTION, SUBSCRIPTION_2 } from "./helpers";

const dir = scratchDir("audit");
const write = (name: string, content: unknown) => writeScratchFile(dir, name, content);

const SARIF_SCHEMA = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(SARIF_SCHEMA);

const id = (subscription: string, group: string, path: string) => `/subscriptions/${subscription}/resourceGroups/${group}/providers/${path}`;
const LEGACY_US = id(SUBSCRIPTION, "rg-legacy-us", "Microsoft.Storage/storageAccounts/stlegacyus");
const COSMOS = id(SUBSCRIPTION_2, "rg-orders", "Microsoft.DocumentDB/databaseAccounts/cosmos-orders");
const CLASSIC = id(SUBSCRIPTION_2, "rg-classic", "Microsoft.ClassicStorage/storageAccounts/stclassicweu");
const LOGS = id(SUBSCRIPTION, "analytics-rg", "Microsoft.Storage/storageAccounts/stanalyticslogs");
const LEGACY_EXPORTS = id(SUBSCRIPTION, "legacy-rg", "Microsoft.Storage/storageAccounts/stlegacyexports");
const VAULT = id(SUBSCRIPTION, "analytics-rg", "Microsoft.KeyVault/vaults/kv-analytics-prod");
const render = (report: CheckReport, format: "text" | "markdown" | "sarif" | "json") => renderReport(report, format, { colour: false, toolVersion: "0.1.0" });

async function audit(...argv: string[]): Promise<{ outcome: CliOutcome; report: CheckReport }> {
  const outcome = await runCli(["audit", ...argv, "--format", "json"]);
  expect(outcome.stderr).toBe("");
  return { outcome, report: JSON.parse(outcome.stdout) };
}

describe("two pages of a Resource Graph query over two subscriptions", () => {
  let outcome: CliOutcome;
  let report: CheckReport;
  beforeAll(async () => ({ outcome, report } = await audit("--from-resource-graph", PAGE_1, PAGE_2)));

  it("exits 1 with exactly the pack's violations, each carrying its resource id", () => {
    expect(outcome.exitCode).toBe(1);
    expect(report.violations.map((v) => [v.resourceId, v.policy, v.enforcementLevel, v.message])).toEqual([
      [LEGACY_US, "location-in-boundary", "mandatory", "Storage account 'stlegacyus' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope."],
      [LEGACY_US, "replication-in-boundary", "mandatory", "Storage account 'stlegacyus' keeps a geo-redundant copy in westus (United States) through sku.name Standard_RAGRS, outside the EU Data Boundary (EU + EFTA). Use Standard_ZRS or Standard_LRS, or a location whose pair is inside the boundary."],
      [COSMOS, "replication-in-boundary", "mandatory", "Cosmos DB account 'cosmos-orders' replicates data to eastus (United States) through locations[1].locationName East US, outside the EU Data Boundary (EU + EFTA). Keep every entry of locations in a region inside the boundary, such as westeurope."],
    ]);
    expect(report.summary).toEqual({ resources: 8, mandatory: 3, advisory: 0 });
  });

  it("passes West Europe written as a display name, and global DNS zones", () => {
    const passed = report.resources.filter((r) => !report.violations.some((v) => v.urn === r.urn)).map((r) => r.name);
    expect(passed).toEqual(["stdataweu01", "asp-web-weu", "app-orders-weu", "contoso.eu", "stclassicweu", "privatelink.blob.core.windows.net"]);
  });

  it("lists the type the pack does not know, judged by its location only", () => {
    expect(report.audit).toEqual({
      source: "resource-graph",
      files: [PAGE_1, PAGE_2].map((f) => path.relative(process.cwd(), f)),
      unknownTypes: [{ type: "microsoft.classicstorage/storageaccounts", token: "azure-native:classicstorage:Storageaccount", resources: [CLASSIC] }],
      skipped: [],
    });
  });

  it("gives every resource its id in the JSON contract", () => {
    expect(report.origin).toBe("audit");
    expect(report.resources.every((r) => r.resourceId === r.urn.split("::").pop() && r.source === null)).toBe(true);
  });

  it("names resources by id in the text report, and lists the unknown type", () => {
    const text = render(report, "text");
    expect(text).toContain(`azure-native:storage:StorageAccount 'stlegacyus' ${LEGACY_US}\n`);
    expect(text).toContain(`Type not known to the pack, judged by location only: microsoft.classicstorage/storageaccounts (sent as azure-native:classicstorage:Storageaccount), 1 resource(s): ${CLASSIC}.`);
    expect(text.trimEnd().split("\n").pop()).toBe("BLOCKED: 3 mandatory violation(s), 0 advisory, 8 resources checked.");
  });

  it("has a Resource id column and a section for unknown types in the Markdown comment", () => {
    const markdown = render(report, "markdown");
    expect(markdown).toContain("| Resource | Resource id | Place | Country | Fix |");
    expect(markdown).toContain(`| **stlegacyus** \`azure-native:storage:StorageAccount\` | \`${LEGACY_US}\` |`);
    expect(markdown).toContain("### Types not known to the pack");
    expect(markdown).toContain(`| \`microsoft.classicstorage/storageaccounts\` | \`azure-native:classicstorage:Storageaccount\` | 1: \`${CLASSIC}\` |`);
  });

  it("writes valid SARIF whose results have the resource id as their only location, no source line", () => {
    const log = JSON.parse(render(report, "sarif")) as Log;
    expect(validateSarif(log)).toBe(true);
    const results = log.runs[0].results!;
    expect(results.map((r) => r.locations)).toEqual(
      report.violations.map((v) => [{ logicalLocations: [{ fullyQualifiedName: v.resourceId, kind: "resource" }] }]),
    );
    expect(log.runs[0].properties?.audit).toEqual(report.audit);
  });

  it("renders again from its JSON with data-boundary report, with the same exit code", async () => {
    const file = write("audit.json", report);
    const again = await runCli(["report", "--from-check", file, "--format", "text"]);
    expect(again.exitCode).toBe(1);
    expect(again.stdout).toBe(render(report, "text"));
  });
});

describe("a Resource Graph answer with every resource inside", () => {
  it("exits 0", async () => {
    const outcome = await runCli(["audit", "--from-resource-graph", REST_ANSWER]);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout.trimEnd().split("\n").pop()).toBe("PASSED: no mandatory violation, 0 advisory, 3 resources checked.");
  });
});

describe("child types Resource Graph writes in lower case", () => {
  const row = (path: string, type: string, location: string) => ({ id: id(SUBSCRIPTION, "rg-vm", path), name: path.split("/").pop(), type, location, kind: "", sku: null, properties: {} });
  const rows = [
    row("Microsoft.Compute/virtualMachines/vm-app-01", "microsoft.compute/virtualmachines", "westeurope"),
    row("Microsoft.Compute/virtualMachines/vm-app-01/extensions/AzureMonitorLinuxAgent", "microsoft.compute/virtualmachines/extensions", "westeurope"),
    row("Microsoft.Network/privateDnsZones/privatelink.vaultcore.azure.net", "microsoft.network/privatednszones", "global"),
    row("Microsoft.Network/privateDnsZones/privatelink.vaultcore.azure.net/virtualNetworkLinks/hub", "microsoft.network/privatednszones/virtualnetworklinks", "global"),
  ];

  it("are judged as their SDK types: a private DNS link is configuration at global, nothing is an unknown type", async () => {
    const { outcome, report } = await audit("--from-resource-graph", write("children.json", rows));
    expect([outcome.exitCode, report.violations, report.audit?.unknownTypes]).toEqual([0, [], []]);
    expect(report.resources.map((r) => r.type)).toEqual([
      "azure-native:compute:VirtualMachine",
      "azure-native:compute:VirtualMachineExtension",
      "azure-native:privatedns:PrivateZone",
      "azure-native:privatedns:VirtualNetworkLink",
    ]);
  });

  it("block an extension deployed outside the boundary with the extension's own message", async () => {
    const moved = rows.map((r, i) => (i === 1 ? { ...r, location: "eastus" } : r));
    const { report } = await audit("--from-resource-graph", write("children-us.json", moved));
    expect(report.violations.map((v) => [v.name, v.policy, v.message])).toEqual([
      [
        "AzureMonitorLinuxAgent",
        "location-in-boundary",
        "Virtual machine extension 'AzureMonitorLinuxAgent' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
      ],
    ]);
  });
});

describe("a Resource Graph child whose parent is declared outside the estate", () => {
  const CONTAINER = id(SUBSCRIPTION, "rg-shared", "Microsoft.Storage/storageAccounts/stshared/blobServices/default/containers/exports");
  const rows = [{ id: CONTAINER, name: "exports", type: "microsoft.storage/storageaccounts/blobservices/containers", location: "", kind: "", sku: null, properties: { publicAccess: "None" } }];
  const declaration = {
    idPattern: "/subscriptions/*/resourceGroups/rg-shared/providers/Microsoft.Storage/storageAccounts/stshared",
    location: "westeurope",
    reason: "The shared account of the data platform team.",
    expires: "2099-12-31",
    ticket: "DATA-3",
  };

  it("is judged in the declared region: the report lists the declaration with the resource id, and the picture agrees", async () => {
    const estate = write("shared-container.json", rows);
    const before = await audit("--from-resource-graph", estate);
    expect([before.outcome.exitCode, before.report.places.map((p) => [p.verdict, p.label])]).toEqual([1, [["unproven", "not provable at preview"]]]);
    const config = write("declared-account.json", { boundary: { externalResources: [declaration] } });
    const { outcome, report } = await audit("--from-resource-graph", estate, "--policy-config", config);
    expect([outcome.exitCode, report.violations]).toEqual([0, []]);
    expect(report.declarations.map((d) => [d.resourceId, d.policy, d.index, d.ticket, d.message])).toEqual([
      [
        CONTAINER,
        "location-in-boundary",
        0,
        "DATA-3",
        "Blob container 'exports' is located in westeurope (Netherlands) through accountName stshared, inherited from its parent outside the stack, as boundary.externalResources[0] declares it, inside the EU Data Boundary (EU + EFTA). Create the parent that accountName names ('stshared') in this stack in a region inside the boundary, such as westeurope, or declare it with its region in boundary.externalResources (docs/external-resources.md); the blob container has no location of its own.",
      ],
    ]);
    expect(report.places.map((p) => [p.verdict, p.label])).toEqual([["inside", "westeurope"]]);
  });
});

describe("the stack export of stack prod", () => {
  let outcome: CliOutcome;
  let report: CheckReport;
  beforeAll(async () => ({ outcome, report } = await audit("--from-state", STATE)));

  it("exits 1 on the US account, judged on its deployed location", () => {
    expect(outcome.exitCode).toBe(1);
    expect(report.violations.map((v) => [v.name, v.resourceId, v.policy])).toEqual([
      ["legacy", LEGACY_EXPORTS, "location-in-boundary"],
      ["secrets", VAULT, "location-in-boundary"],
    ]);
    expect(report.violations[0].message).toBe(
      "Storage account 'legacy' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    );
    expect([report.project, report.stack]).toEqual(["estate", "prod"]);
  });

  it("does not pass an encrypted location it cannot read, and shows it as [secret]", () => {
    expect(report.violations[1].message).toBe(
      "Key Vault 'secrets' is located in a place that cannot be proven at preview through location [secret], not proven inside the EU Data Boundary (EU + EFTA). Set location to a literal region inside the boundary, such as westeurope, because its value is computed and only known after deployment.",
    );
  });

  it("lists the resource read with get() as not judged, and the type the pack does not know", () => {
    expect(report.audit?.skipped).toEqual([
      { resource: `/subscriptions/${SUBSCRIPTION}/resourceGroups/platform-shared`, reason: "read with get() (external): the stack that manages it is audited with it" },
    ]);
    expect(report.audit?.unknownTypes.map((t) => t.type)).toEqual(["azure-native:storage:StorageTask"]);
  });
});

describe("the stack exported with --show-secrets", () => {
  it("judges the secret location and shows it in no report format", async () => {
    const { outcome, report } = await audit("--from-state", STATE_SHOWN);
    expect(outcome.exitCode).toBe(1);
    expect(report.violations.find((v) => v.name === "secrets")?.message).toBe(
      "Key Vault 'secrets' is located in a secret location through location [secret], outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    );
    for (const format of ["text", "markdown", "sarif", "json"] as const) expect(render(report, format)).not.toContain("eastus2");
  });
});

describe("boundary and exemptions from the policy config", () => {
  it("takes policy-config.<stack>.json next to Pulumi.<stack>.yaml in --program-dir, as check does", async () => {
    const project = path.join(dir, "project");
    write("project/Pulumi.yaml", "name: estate\nruntime: nodejs\n");
    write("project/Pulumi.prod.yaml", "config: {}\n");
    write("project/policy-config.prod.json", { boundary: { preset: "ie" } });
    const { report } = await audit("--from-state", STATE, "--program-dir", project);
    expect(report.boundary.name).toBe("ie");
    expect(report.policyConfig).toBe(path.relative(process.cwd(), path.join(project, "policy-config.prod.json")));
    expect(report.violations.find((v) => v.name === "logs")?.message).toBe(
      "Storage account 'logs' keeps a geo-redundant copy in westeurope (Netherlands) through sku.name Standard_GRS, outside Ireland. Use Standard_ZRS or Standard_LRS, or a location whose pair is inside the boundary.",
    );
  });

  it("applies a reviewed exemption to the deployed account, named by its URN, and reports its resource id", async () => {
    const config = write("ie-exempt.json", {
      boundary: {
        preset: "ie",
        exemptions: [
          {
            policy: "replication-in-boundary",
            resource: "urn:pulumi:prod::estate::*azure-native:storage:StorageAccount::logs",
            reason: "The log copies in the Netherlands were approved by the DPO for disaster recovery.",
            expires: "2099-12-31",
            ticket: "DPO-118",
          },
        ],
      },
    });
    const { outcome, report } = await audit("--from-state", STATE, "--policy-config", config);
    expect(report.exemptions.map((e) => [e.name, e.resourceId, e.policy, e.ticket])).toEqual([["logs", LOGS, "replication-in-boundary", "DPO-118"]]);
    expect(report.violations.some((v) => v.name === "logs")).toBe(false);
    expect(outcome.exitCode).toBe(1);
  });

  it("applies an exemption to a Resource Graph resource named by type and Azure name", async () => {
    const config = write("ie-exempt-account.json", {
      boundary: {
        preset: "ie",
        exemptions: [
          {
            policy: "location-in-boundary",
            resource: { type: "azure-native:storage:StorageAccount", name: "stdataweu01" },
            reason: "The Dutch account holds only public release artefacts; reviewed in PLAT-9.",
            expires: "2099-12-31",
            ticket: "PLAT-9",
          },
        ],
      },
    });
    const { outcome, report } = await audit("--from-resource-graph", REST_ANSWER, "--policy-config", config);
    expect(report.violations).toEqual([]);
    expect(report.exemptions.map((e) => [e.resourceId, e.policy, e.message])).toEqual([
      [
        id(SUBSCRIPTION, "rg-data-weu", "Microsoft.Storage/storageAccounts/stdataweu01"),
        "location-in-boundary",
        "Storage account 'stdataweu01' is located in westeurope (Netherlands) through location westeurope, outside Ireland. Set location to a region inside the boundary, such as northeurope.",
      ],
    ]);
    expect(outcome.exitCode).toBe(0);
  });
});
