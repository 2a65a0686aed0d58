import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { runCli } from "../../cli/main";
import { CheckReport } from "../../cli/report/model";
import {
  CUSTOMER_HELD_KEYS_CONFIG_KEY,
  CustomerHeldKeysConfigError,
  parseCustomerHeldKeysSection,
} from "../../stacks/blueprints/customer-held-keys";
import { scratchDir } from "../helpers/scratch";

const programs = path.resolve(__dirname, "../fixtures/programs");
const stacks = path.resolve(__dirname, "../../stacks");

async function check(program: string, stack: string, extra: string[] = []) {
  const outcome = await runCli(["check", path.join(programs, program), "--stack", stack, "--format", "json", ...extra]);
  return { ...outcome, report: outcome.stdout ? (JSON.parse(outcome.stdout) as CheckReport) : undefined };
}

const scratch = scratchDir("hyok");

function policyConfig(preset: string): string {
  const file = path.join(scratch, `policy-${preset}.json`);
  fs.writeFileSync(file, JSON.stringify({ boundary: { preset } }));
  return file;
}

/** `[type, name]` of every azure-native resource the program registered, sorted. */
function azureResources(report: CheckReport | undefined): [string, string][] {
  return (report?.resources ?? [])
    .filter((r) => r.type.startsWith("azure-native:"))
    .map((r): [string, string] => [r.type, r.name])
    .sort((a, b) => (a[0] === b[0] ? a[1].localeCompare(b[1]) : a[0].localeCompare(b[0])));
}

const EXPECTED_RESOURCES: [string, string][] = [
  ["azure-native:authorization:ManagementLockByScope", "hyok-ck-primary-lock"],
  ["azure-native:authorization:ManagementLockByScope", "hyok-ck-secondary-lock"],
  ["azure-native:authorization:ManagementLockByScope", "hyok-dke-lock"],
  ["azure-native:authorization:ManagementLockByScope", "hyok-hsm-lock"],
  ["azure-native:authorization:RoleAssignment", "hyok-ck-primary-role-0"],
  ["azure-native:authorization:RoleAssignment", "hyok-ck-primary-role-1"],
  ["azure-native:authorization:RoleAssignment", "hyok-ck-secondary-role-0"],
  ["azure-native:authorization:RoleAssignment", "hyok-ck-secondary-role-1"],
  ["azure-native:keyvault:Key", "hyok-ck-primary-key-m365-customer-key"],
  ["azure-native:keyvault:Key", "hyok-ck-secondary-key-m365-customer-key"],
  ["azure-native:keyvault:ManagedHsm", "hyok-hsm"],
  ["azure-native:keyvault:Vault", "hyok-ck-primary"],
  ["azure-native:keyvault:Vault", "hyok-ck-secondary"],
  ["azure-native:monitor:DiagnosticSetting", "hyok-ck-primary-diag-0"],
  ["azure-native:monitor:DiagnosticSetting", "hyok-ck-secondary-diag-0"],
  ["azure-native:monitor:DiagnosticSetting", "hyok-dke-diag-0"],
  ["azure-native:monitor:DiagnosticSetting", "hyok-hsm-diag-0"],
  ["azure-native:operationalinsights:Workspace", "hyok-law"],
  ["azure-native:resources:ResourceGroup", "hyok-rg"],
  ["azure-native:resources:ResourceGroup", "hyok-rg-secondary"],
  ["azure-native:web:AppServicePlan", "hyok-dke-plan"],
  ["azure-native:web:WebApp", "hyok-dke"],
];

describe("customer-held-keys blueprint through the offline check", () => {
  it("passes under the EU Data Boundary with zero violations", async () => {
    const { exitCode, report, stderr } = await check("customer-held-keys", "dev");
    expect(stderr).toBe("");
    expect(exitCode).toBe(0);
    expect(report?.boundary.name).toBe("eudb");
    expect(report?.violations).toEqual([]);
    expect(report?.summary).toEqual({ resources: 32, mandatory: 0, advisory: 0 });
    expect(azureResources(report)).toEqual(EXPECTED_RESOURCES);
  });

  it("passes under ch, with the second Customer Key vault in the restricted switzerlandwest", async () => {
    const { exitCode, report } = await check("customer-held-keys", "ch", ["--policy-config", policyConfig("ch")]);
    expect(exitCode).toBe(0);
    expect(report?.boundary.name).toBe("ch");
    expect(report?.violations).toEqual([]);
    expect(azureResources(report)).toEqual(EXPECTED_RESOURCES);
  });

  it("blocks the broken variant: an HSM replica in eastus and a DKE plan in eastus", async () => {
    const { exitCode, report } = await check("customer-held-keys-broken", "dev");
    expect(exitCode).toBe(1);
    expect(report?.summary).toEqual({ resources: 32, mandatory: 2, advisory: 0 }); // one Microsoft 365 principal (two role assignments fewer), two raw resources
    expect(report?.violations.map((v) => [v.name, v.policy, v.enforcementLevel, v.source ? `${v.source.file}:${v.source.line}` : null, v.message])).toEqual([
      [
        "rogue-hsm",
        "replication-in-boundary",
        "mandatory",
        "index.ts:21",
        "Managed HSM 'rogue-hsm' replicates its keys to eastus (United States) through properties.regions[1].name eastus, outside the EU Data Boundary (EU + EFTA). Keep every entry of properties.regions in a region inside the boundary, such as westeurope.",
      ],
      [
        "rogue-dke-plan",
        "location-in-boundary",
        "mandatory",
        "index.ts:33",
        "App service plan 'rogue-dke-plan' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
      ],
    ]);
  });
});

describe("data-boundary:customerHeldKeys", () => {
  /** The section of a stack file as the program receives it: a YAML map arrives as JSON. */
  function sectionOf(stackFile: string): string {
    const config = parse(fs.readFileSync(path.join(stacks, stackFile), "utf8")).config as Record<string, unknown>;
    return JSON.stringify(config[CUSTOMER_HELD_KEYS_CONFIG_KEY]);
  }

  it.each(["Pulumi.eudb-hyok.yaml", "Pulumi.ch-hyok.yaml"])("reads the section of %s", (file) => {
    expect(parseCustomerHeldKeysSection(sectionOf(file))).toEqual({
      hsmAdministratorObjectIds: ["00000000-0000-0000-0000-0000000000a1", "00000000-0000-0000-0000-0000000000a2", "00000000-0000-0000-0000-0000000000a3"],
      hsmPublicNetworkAccess: undefined,
      hsmIpRules: undefined,
      dke: { containerImage: "contosoacr.azurecr.io/dke-service:1.0.0", keyName: "dke", authorizedEmailAddresses: ["alice@contoso.com", "bob@contoso.com"] },
    });
  });

  it.each([
    ["eudb-hyok", "eudb"],
    ["ch-hyok", "ch"],
  ])("%s selects the blueprint with the landing zone, and its policy config has the same boundary (%s)", (stack, preset) => {
    const config = parse(fs.readFileSync(path.join(stacks, `Pulumi.${stack}.yaml`), "utf8")).config;
    expect(config["data-boundary:blueprints"]).toEqual(["landing-zone", "customer-held-keys"]);
    expect(config["data-boundary:preset"]).toBe(preset);
    expect(JSON.parse(fs.readFileSync(path.join(stacks, `policy-config.${stack}.json`), "utf8"))).toEqual({ boundary: { preset } });
  });

  const expected =
    "expected a map with hsmAdministrators (a list of at least three object ids) and dke (a map with containerImage or packageUrl, " +
    "and authorizedEmailAddresses, or authorizedRoles with ldapPath; optional keyName and allowedTenantIds), " +
    "and optional hsmPublicNetworkAccess (Enabled or Disabled) and hsmIpRules";
  it.each([
    [undefined, `data-boundary:customerHeldKeys is not set; ${expected}.`],
    ["contoso", `data-boundary:customerHeldKeys is "contoso"; ${expected}.`],
    ["[1]", `data-boundary:customerHeldKeys is "[1]"; ${expected}.`],
    ['{"dke":{}}', `data-boundary:customerHeldKeys is "{"dke":{}}"; ${expected}; hsmAdministrators is missing or not a list of strings.`],
    ['{"hsmAdministrators":["a"]}', `data-boundary:customerHeldKeys is "{"hsmAdministrators":["a"]}"; ${expected}; dke is missing or not a map.`],
    ['{"hsmAdministrators":[],"dke":{"keyName":3}}', `data-boundary:customerHeldKeys is "{"hsmAdministrators":[],"dke":{"keyName":3}}"; ${expected}; dke.keyName is not a string.`],
    [
      '{"hsmAdministrators":[],"dke":{"authorizedRoles":"Legal"}}',
      `data-boundary:customerHeldKeys is "{"hsmAdministrators":[],"dke":{"authorizedRoles":"Legal"}}"; ${expected}; dke.authorizedRoles is not a list of strings.`,
    ],
    [
      '{"hsmAdministrators":[],"dke":{},"hsmPublicNetworkAccess":"Open"}',
      `data-boundary:customerHeldKeys is "{"hsmAdministrators":[],"dke":{},"hsmPublicNetworkAccess":"Open"}"; ${expected}; hsmPublicNetworkAccess is neither Enabled nor Disabled.`,
    ],
  ])("refuses %s", (raw, message) => {
    expect(() => parseCustomerHeldKeysSection(raw)).toThrow(new CustomerHeldKeysConfigError(message));
  });
});
