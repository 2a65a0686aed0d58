import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveBoundary } from "../../policy-pack/engine";
import { BoundaryViolationError } from "../../components/boundary";
import { allowedGeos } from "../../components/power-platform/enterprise-policy-args";
import { PowerPlatformEnterprisePolicy, PowerPlatformEnterprisePolicyArgs } from "../../components/power-platform/enterprise-policy";
import { ComponentArgumentError } from "../../components/shared/errors";
import { resourceMessages } from "../helpers/evaluate";
import { resource } from "../helpers/facts";
import { children, findRecorded, recorded, resetRecorded, setRecordingMocks, settled, thrownBy, unwrap } from "../helpers/mocks";

const POLICY = "azure-native:powerplatform:EnterprisePolicy";
const LOCK = "azure-native:authorization:ManagementLockByScope";
const ROLE = "azure-native:authorization:RoleAssignment";
const KV = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv";
const VNET = (n: string) => `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/${n}`;
const EUDB = resolveBoundary({});
const CH = resolveBoundary({ preset: "ch" });
const URN = "urn:pulumi:stack::project::data-boundary:index:PowerPlatformEnterprisePolicy::pp";

beforeAll(async () => {
  pulumi.runtime.setAllConfig({ "data-boundary:preset": "no" });
  await setRecordingMocks();
});
beforeEach(() => resetRecorded());

async function build(name: string, args: PowerPlatformEnterprisePolicyArgs): Promise<PowerPlatformEnterprisePolicy> {
  const component = new PowerPlatformEnterprisePolicy(name, args);
  await settled();
  return component;
}

function expectPackPasses(boundary: ReturnType<typeof resolveBoundary>): void {
  for (const child of children()) expect(resourceMessages(resource(child.type, child.name, child.inputs), boundary)).toEqual([]);
}

const childList = () => children().map((c): [string, string] => [c.type, c.name]).sort((a, b) => a[1].localeCompare(b[1]));

describe("PowerPlatformEnterprisePolicy", () => {
  it("defaults: Encryption policy in the norway geo (stack config no) with a system identity", async () => {
    const pp = await build("pp", { resourceGroupName: "rg", kind: "Encryption", encryption: { keyVaultResourceId: KV, keyVaultLocation: "norwayeast", keyName: "dataverse" } });
    expect(recorded.map((r) => [r.type, r.name])).toEqual([
      ["data-boundary:index:PowerPlatformEnterprisePolicy", "pp"],
      [POLICY, "pp"],
    ]);
    expect(findRecorded(POLICY, "pp").parent).toBe(URN);
    expect(findRecorded(POLICY, "pp").inputs).toEqual({
      resourceGroupName: "rg",
      kind: "Encryption",
      location: "norway",
      identity: { type: "SystemAssigned" },
      encryption: { keyVault: { id: KV, key: { name: "dataverse" } } },
    });
    expect(pp.geo).toBe("norway");
    expect(await unwrap(pp.resourceId)).toBe("/mock/EnterprisePolicy/pp");
    expectPackPasses(resolveBoundary({ preset: "no" }));
  });

  it("waf-aligned: NetworkInjection in the europe geo (eudb), two delegated subnets in the geo's two regions, delete lock", async () => {
    const pp = await build("pp", {
      resourceGroupName: "rg",
      kind: "NetworkInjection",
      boundary: "eudb",
      virtualNetworks: [
        { virtualNetworkResourceId: VNET("we"), subnetName: "pp", location: "westeurope" },
        { virtualNetworkResourceId: VNET("ne"), subnetName: "pp", location: "northeurope" },
      ],
      lock: { kind: "CanNotDelete" },
    });
    expect(childList()).toEqual([
      [POLICY, "pp"],
      [LOCK, "pp-lock"],
    ]);
    expect(findRecorded(POLICY, "pp").inputs).toEqual({
      resourceGroupName: "rg",
      kind: "NetworkInjection",
      location: "europe",
      networkInjection: { virtualNetworks: [{ id: VNET("we"), subnet: { name: "pp" } }, { id: VNET("ne"), subnet: { name: "pp" } }] },
    });
    expect(findRecorded(LOCK, "pp-lock").inputs).toEqual({ scope: "/mock/EnterprisePolicy/pp", level: "CanNotDelete", lockName: "lock-pp", notes: "Cannot delete resource or child resources." });
    expect(await unwrap(pp.systemAssignedMIPrincipalId)).toBeUndefined();
    expectPackPasses(EUDB);
  });

  it("max: Encryption in Switzerland with every option", async () => {
    await build("pp", {
      resourceGroupName: "rg",
      kind: "Encryption",
      boundary: "ch",
      geo: "Switzerland",
      enterprisePolicyName: "contoso-dataverse-cmk",
      encryption: { keyVaultResourceId: KV, keyVaultLocation: "switzerlandnorth", keyName: "dataverse", keyVersion: "abc123" },
      tags: { owner: "power-platform" },
      roleAssignments: [{ roleDefinitionIdOrName: "Reader", principalId: "55555555-5555-5555-5555-555555555555" }],
      lock: { kind: "ReadOnly", notes: "Dataverse CMK." },
    });
    expect(childList()).toEqual([
      [POLICY, "pp"],
      [LOCK, "pp-lock"],
      [ROLE, "pp-role-0"],
    ]);
    expect(findRecorded(POLICY, "pp").inputs).toEqual({
      resourceGroupName: "rg",
      enterprisePolicyName: "contoso-dataverse-cmk",
      kind: "Encryption",
      location: "switzerland",
      identity: { type: "SystemAssigned" },
      encryption: { keyVault: { id: KV, key: { name: "dataverse", version: "abc123" } } },
      tags: { owner: "power-platform" },
    });
    expect(findRecorded(ROLE, "pp-role-0").inputs).toMatchObject({ scope: "/mock/EnterprisePolicy/pp", principalId: "55555555-5555-5555-5555-555555555555" });
    expect(findRecorded(LOCK, "pp-lock").inputs).toMatchObject({ level: "ReadOnly", notes: "Dataverse CMK." });
    expectPackPasses(CH);
  });

  it("max: NetworkInjection in Switzerland with the restricted region acknowledged", async () => {
    await build("pp", {
      resourceGroupName: "rg",
      kind: "NetworkInjection",
      boundary: "ch",
      acknowledgeRestrictedRegion: true,
      virtualNetworks: [
        { virtualNetworkResourceId: VNET("zrh"), subnetName: "pp", location: "switzerlandnorth" },
        { virtualNetworkResourceId: VNET("gva"), subnetName: "pp", location: "switzerlandwest" },
      ],
    });
    expect(findRecorded(POLICY, "pp").inputs.location).toBe("switzerland");
  });

  it("maps each boundary to its geos, default first (list unverified)", () => {
    const presets: [string, string[]][] = [
      ["eudb", ["europe", "france", "germany", "norway", "switzerland"]],
      ["eu", ["europe", "france", "germany"]],
      ["ch", ["switzerland"]],
      ["de", ["germany"]],
      ["fr", ["france"]],
      ["no", ["norway"]],
      ["nl", []],
      ["se", []],
      ["it", []],
    ];
    expect(presets.map(([preset]) => [preset, allowedGeos(resolveBoundary({ preset }))])).toEqual(presets);
    expect(allowedGeos(resolveBoundary({ preset: "custom", regions: ["germanywestcentral"] }))).toEqual([]);
  });

  describe("construction errors register nothing", () => {
    const encryption = { keyVaultResourceId: KV, keyVaultLocation: "norwayeast", keyName: "k" };
    const vnet = (location: string) => ({ virtualNetworkResourceId: VNET(location), subnetName: "pp", location });
    const cases: [string, PowerPlatformEnterprisePolicyArgs, Function, string][] = [
      [
        "a boundary without a Power Platform geo (nl)",
        { resourceGroupName: "rg", kind: "Encryption", encryption, boundary: "nl" },
        ComponentArgumentError,
        "PowerPlatformEnterprisePolicy 'bad' cannot be placed inside the Netherlands: an enterprise policy lives in a Power Platform geo (in Europe: europe, france, germany, norway or switzerland; list unverified), and none of them is proven inside the Netherlands. Use a boundary with a matching geo (eu, eudb, ch, de, fr or no).",
      ],
      [
        "a geo outside the boundary",
        { resourceGroupName: "rg", kind: "Encryption", encryption: { ...encryption, keyVaultLocation: "westeurope" }, boundary: "eudb", geo: "unitedstates" },
        BoundaryViolationError,
        "Power Platform enterprise policy 'bad' governs Dataverse environments in unitedstates (vocabulary value, United States) through location unitedstates, outside the EU Data Boundary (EU + EFTA). Set location to europe, or to france, germany, norway or switzerland.",
      ],
      [
        "europe under a single country",
        { resourceGroupName: "rg", kind: "Encryption", encryption, geo: "europe" },
        BoundaryViolationError,
        "Power Platform enterprise policy 'bad' governs Dataverse environments in europe (vocabulary value, EU member states; which ones is unverified) through location europe, outside Norway. Set location to norway.",
      ],
      [
        "a Key Vault outside the boundary",
        { resourceGroupName: "rg", kind: "Encryption", encryption: { ...encryption, keyVaultLocation: "swedencentral" } },
        BoundaryViolationError,
        "Power Platform enterprise policy 'bad' encrypts Dataverse data with a key held in swedencentral (Sweden) through encryption.keyVaultLocation swedencentral, outside Norway. Use a Key Vault located inside the boundary, such as one in norwayeast.",
      ],
      [
        "a virtual network outside the boundary",
        { resourceGroupName: "rg", kind: "NetworkInjection", virtualNetworks: [vnet("norwayeast"), vnet("uksouth")] },
        BoundaryViolationError,
        "Power Platform enterprise policy 'bad' injects Dataverse traffic into a virtual network in uksouth (United Kingdom) through virtualNetworks[1].location uksouth, outside Norway. Delegate virtual networks located inside the boundary, such as one in norwayeast.",
      ],
      [
        "one virtual network",
        { resourceGroupName: "rg", kind: "NetworkInjection", virtualNetworks: [vnet("norwayeast")] },
        ComponentArgumentError,
        "PowerPlatformEnterprisePolicy 'bad' has kind NetworkInjection and 1 virtual networks; Power Platform needs two, one in each of the two regions of its geo. Set virtualNetworks to two delegated subnets.",
      ],
      [
        "two virtual networks in one region",
        { resourceGroupName: "rg", kind: "NetworkInjection", virtualNetworks: [vnet("norwayeast"), vnet("norwayeast")] },
        ComponentArgumentError,
        "PowerPlatformEnterprisePolicy 'bad' has virtualNetworks[0].location and virtualNetworks[1].location both norwayeast; network injection needs one delegated virtual network in each of the two regions of the Power Platform geo. Set virtualNetworks[1].location to another region inside Norway, such as norwaywest.",
      ],
      [
        "restricted region not acknowledged",
        { resourceGroupName: "rg", kind: "NetworkInjection", virtualNetworks: [vnet("norwayeast"), vnet("norwaywest")] },
        ComponentArgumentError,
        "PowerPlatformEnterprisePolicy 'bad' puts virtualNetworks[1].location in norwaywest, a restricted region: Azure opens it only to subscriptions approved for in-country disaster recovery, and it is the only second region in Norway besides norwayeast. Request access for your subscription, then set acknowledgeRestrictedRegion to true to confirm it.",
      ],
      [
        "Encryption without a key",
        { resourceGroupName: "rg", kind: "Encryption" },
        ComponentArgumentError,
        "PowerPlatformEnterprisePolicy 'bad' has kind Encryption but no encryption. Set encryption to the Key Vault and key that encrypt Dataverse.",
      ],
      [
        "NetworkInjection with a key",
        { resourceGroupName: "rg", kind: "NetworkInjection", encryption, virtualNetworks: [vnet("norwayeast"), vnet("norwaywest")] },
        ComponentArgumentError,
        "PowerPlatformEnterprisePolicy 'bad' has kind NetworkInjection and encryption. Remove encryption, or use kind Encryption.",
      ],
    ];
    it.each(cases)("%s", async (_, args, errorType, message) => {
      const error = thrownBy(() => new PowerPlatformEnterprisePolicy("bad", args));
      expect(error).toBeInstanceOf(errorType);
      expect(error.message).toBe(message);
      await settled();
      expect(recorded).toEqual([]);
    });
  });
});
