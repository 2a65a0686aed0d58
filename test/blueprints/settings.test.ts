import * as fs from "fs";
import * as path from "path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ConfigReader, readBlueprintSettings } from "../../stacks/settings";

/** A reader over a stack file's config as the program receives it: scalars as text, lists and maps as JSON. */
function readerOf(config: Record<string, unknown>): ConfigReader {
  return (key) => {
    const value = config[key];
    return value === undefined ? undefined : typeof value === "string" ? value : JSON.stringify(value);
  };
}

const stackConfig = (stack: string): Record<string, unknown> =>
  parse(fs.readFileSync(path.resolve(__dirname, `../../stacks/Pulumi.${stack}.yaml`), "utf8")).config;

const settingsOf = (config: Record<string, unknown>) => readBlueprintSettings(readerOf(config), "test");
const ZERO = "00000000-0000-0000-0000-000000000000";

describe("the shipped stack configs", () => {
  it.each([
    ["eudb", "westeurope", "northeurope", false],
    ["ch", "switzerlandnorth", "switzerlandwest", true],
    ["de", "germanywestcentral", "germanynorth", true],
  ])("%s selects every blueprint, in %s and %s (restricted acknowledged: %s)", (stack, primary, secondary, acknowledged) => {
    const settings = settingsOf(stackConfig(stack));
    expect(settings.boundary.id).toBe(stack);
    expect(settings.primaryRegion).toBe(primary);
    expect(settings.landingZone).toEqual({ subscriptionId: ZERO, tenantId: ZERO });
    expect(settings.customerKey).toEqual({
      secondaryRegion: secondary,
      restrictedRegionAcknowledged: acknowledged,
      tenantId: ZERO,
      microsoft365ServicePrincipals: {
        exchangeOnline: "00000000-0000-0000-0000-000000000001",
        sharePointOnline: "00000000-0000-0000-0000-000000000002",
        multiWorkload: "00000000-0000-0000-0000-000000000003",
      },
    });
    expect(settings.aiWorkload).toEqual({});
    expect(settings.collaboration).toEqual({});
  });

  it.each([["eudb-hyok"], ["ch-hyok"]])("%s selects the landing zone and customer-held keys, with three HSM administrators", (stack) => {
    const settings = settingsOf(stackConfig(stack));
    expect(settings.customerKey).toBeUndefined();
    expect(settings.customerHeldKeys?.section.hsmAdministratorObjectIds).toHaveLength(3);
    expect(settings.customerHeldKeys?.section.dke.keyName).toBe("dke");
  });
});

describe("bad stack config stops the program naming the key, the value and the expected form", () => {
  const ch = stackConfig("ch");

  it.each([
    [
      { "data-boundary:blueprints": "landing-zone" },
      'data-boundary:blueprints is "landing-zone"; expected a list of one or more of landing-zone, m365-customer-key, ai-workload, collaboration, customer-held-keys, such as [landing-zone, ai-workload].',
    ],
    [
      { "data-boundary:blueprints": ["landing-zone", "ai"] },
      'data-boundary:blueprints is ["landing-zone","ai"]; expected a list of one or more of landing-zone, m365-customer-key, ai-workload, collaboration, customer-held-keys, such as [landing-zone, ai-workload]; "ai" is not one.',
    ],
    [
      { "data-boundary:blueprints": ["landing-zone", "m365-customer-key", "customer-held-keys"] },
      'data-boundary:blueprints is ["landing-zone","m365-customer-key","customer-held-keys"]; expected either m365-customer-key or customer-held-keys: both create a pair of Customer Key vaults.',
    ],
    [
      { "data-boundary:blueprints": ["ai-workload"] },
      `data-boundary:blueprints is ["ai-workload"]; expected landing-zone in the list too: ai-workload sends its diagnostics to the landing zone's Log Analytics workspace.`,
    ],
    [
      { "data-boundary:preset": "europe" },
      'data-boundary:preset is "europe"; expected one of eudb, eu, ch, de, fr, se, no, nl, ie, pl, it, es, at, be, dk, custom.',
    ],
    [
      { "data-boundary:primaryRegion": "westeurope" },
      'data-boundary:primaryRegion is "westeurope"; expected a region inside Switzerland, one of switzerlandnorth, switzerlandwest.',
    ],
    [
      { "data-boundary:acknowledgedRestrictedRegions": undefined },
      'data-boundary:secondaryRegion is "switzerlandwest"; expected a region inside Switzerland, one of switzerlandnorth; switzerlandwest is a restricted region, which Azure opens only to subscriptions approved for it: request access, then list it in data-boundary:acknowledgedRestrictedRegions.',
    ],
    [
      { "data-boundary:acknowledgedRestrictedRegions": ["germanynorth"] },
      'data-boundary:acknowledgedRestrictedRegions is ["germanynorth"]; expected a list of the restricted regions inside Switzerland that your subscription was granted access to, such as [switzerlandwest] (one of switzerlandwest).',
    ],
    [
      { "data-boundary:secondaryRegion": "switzerlandnorth" },
      'data-boundary:secondaryRegion is "switzerlandnorth"; expected a region other than data-boundary:primaryRegion: Customer Key needs its two Key Vaults in two regions.',
    ],
    [
      { "azure-native:subscriptionId": "my-subscription" },
      'azure-native:subscriptionId is "my-subscription"; expected the id of the subscription the landing zone governs and deploys to, a GUID such as 00000000-0000-0000-0000-000000000000.',
    ],
    [
      { "data-boundary:microsoft365ServicePrincipals": { exchange: ZERO } },
      `data-boundary:microsoft365ServicePrincipals is {"exchange":"${ZERO}"}; expected a map from one or more of exchangeOnline, sharePointOnline, multiWorkload to the object id (a GUID) of that Microsoft 365 service principal in your tenant, such as { exchangeOnline: <object id>, sharePointOnline: <object id> }.`,
    ],
    [
      { "azure-native:location": "eastus" },
      'azure-native:location is "eastus"; expected a region inside Switzerland, such as switzerlandnorth (the location of any resource that sets none).',
    ],
  ])("%j", (change, message) => {
    expect(() => settingsOf({ ...ch, ...change })).toThrow(message);
  });

  it("asks only for what the selected blueprints need", () => {
    const settings = settingsOf({ "data-boundary:blueprints": ["landing-zone"], "data-boundary:primaryRegion": "swedencentral", "azure-native:subscriptionId": ZERO, "azure-native:tenantId": ZERO });
    expect(settings.boundary.id).toBe("eudb");
    expect(settings.customerKey).toBeUndefined();
    expect(settings.namePrefix).toBe("db-test");
  });
});
