import { describe, expect, it } from "vitest";
import { evaluateResource, PropertyBag, resolveBoundary, SECRET_SIG, StackResource, StackView } from "../../policy-pack/engine";
import { classicProvider, classicResource, provider, resource, stackResource, UNKNOWN } from "../helpers/facts";
import { resourceMessages, stackMessages } from "../helpers/evaluate";

const SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";
const CLASSIC_GROUP = "azure:core/resourceGroup:ResourceGroup";
const VAULT = "azure:keyvault/keyVault:KeyVault";

const DEFAULT = classicProvider({ location: "westeurope" });

/** A classic resource of the stack behind `withProvider` (the default classic provider unless given). */
function classic(type: string, name: string, props: PropertyBag, dependsOn: Record<string, StackResource[]> = {}, withProvider = DEFAULT) {
  return stackResource(classicResource(type, name, props, withProvider), dependsOn);
}

/** A classic vault as a first preview shows it when the program sets no location: Check filled in an unknown. */
const vaultIn = (group: StackResource | string, withProvider = DEFAULT) =>
  typeof group === "string"
    ? classic(VAULT, "vault", { location: UNKNOWN, resourceGroupName: group, tenantId: UNKNOWN }, {}, withProvider)
    : classic(VAULT, "vault", { location: UNKNOWN, resourceGroupName: UNKNOWN, tenantId: UNKNOWN }, { resourceGroupName: [group] }, withProvider);

const UNPROVEN = "Key vault 'vault' is located in a place that cannot be proven at preview through location (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA).";

describe("classic resources located through their resource group", () => {
  it("takes the location of the classic group its resourceGroupName was computed from", () => {
    const group = classic(CLASSIC_GROUP, "rg", { location: "eastus" });
    const vault = vaultIn(group);
    expect(stackMessages(vault, [group, vault])).toEqual([
      "Key vault 'vault' is located in eastus (United States) through location (unknown at preview), inherited from resource group 'rg', outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
    const inside = classic(CLASSIC_GROUP, "rg", { location: "westeurope" });
    expect(stackMessages(vaultIn(inside), [inside, vaultIn(inside)])).toEqual([]);
  });

  it("takes the location of the classic group whose literal name it names, in any case", () => {
    const group = classic(CLASSIC_GROUP, "rg", { name: "rg-prod", location: "westeurope" });
    const vault = vaultIn("RG-Prod");
    expect(stackMessages(vault, [group, vault])).toEqual([]);
  });

  it("lets the per-resource policy leave the inherited location to the stack policy", () => {
    expect(resourceMessages(vaultIn("rg-prod"))).toEqual([]);
  });

  it("does not resolve through a group whose location is unknown at preview", () => {
    const group = classic(CLASSIC_GROUP, "rg", { location: UNKNOWN });
    const vault = vaultIn(group);
    expect(stackMessages(vault, [group, vault])).toEqual([
      "Key vault 'vault' is located in a place that cannot be proven at preview through location (unknown at preview), inherited from resource group 'rg', not proven inside the EU Data Boundary (EU + EFTA). Set location to a literal region inside the boundary, such as westeurope, because its value is computed and only known after deployment.",
    ]);
  });

  it("does not resolve when no group of the stack has the name, and says how to declare it", () => {
    const group = classic(CLASSIC_GROUP, "rg", { name: "rg-prod", location: "westeurope" });
    const vault = vaultIn("rg-other");
    expect(stackMessages(vault, [group, vault])).toEqual([
      `${UNPROVEN} Set location to a literal region inside the boundary, such as westeurope, or declare resource group 'rg-other' with its region in boundary.externalResources (docs/external-resources.md): the group is not created by this stack, so its location cannot be read at preview.`,
    ]);
  });

  it("takes a group outside the stack from its declaration in the pack config", () => {
    const vault = vaultIn("hub", classicProvider({ location: "westeurope", subscriptionId: SUBSCRIPTION }));
    const declared = { key: "boundary.externalResources[0]", id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/hub`, location: "eastus" };
    const view = new StackView([vault], [declared]);
    const messages = evaluateResource(vault, resolveBoundary({}), new Set(["location" as const]), view).map((p) => p.message);
    expect(messages).toEqual([
      "Key vault 'vault' is located in eastus (United States) through location (unknown at preview), inherited from resource group 'hub' outside the stack, as boundary.externalResources[0] declares it, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
  });

  it("keeps a location the program computed from another resource, even from one outside Azure", () => {
    const group = classic(CLASSIC_GROUP, "rg", { location: "westeurope" });
    const reference = stackResource(resource("pulumi:pulumi:StackReference", "hub", { name: "org/hub/prod" }));
    const vault = classic(VAULT, "vault", { location: UNKNOWN, resourceGroupName: UNKNOWN }, { resourceGroupName: [group], location: [reference] });
    expect(stackMessages(vault, [group, reference, vault])).toEqual([
      `${UNPROVEN} Set location to a literal region inside the boundary, such as westeurope, because its value is computed and only known after deployment.`,
    ]);
  });

  it("keeps a secret location the program set, which the provider's default never is", () => {
    const group = classic(CLASSIC_GROUP, "rg", { location: "westeurope" });
    const location = { [SECRET_SIG]: "1b47061264138c4ac30d75fd1eb44270", value: UNKNOWN };
    const vault = classic(VAULT, "vault", { location, resourceGroupName: UNKNOWN }, { resourceGroupName: [group] });
    expect(stackMessages(vault, [group, vault])).toEqual([
      "Key vault 'vault' is located in a place that cannot be proven at preview through location [secret], not proven inside the EU Data Boundary (EU + EFTA). Set location to a literal region inside the boundary, such as westeurope, because its value is computed and only known after deployment.",
    ]);
  });

  it("gives a resource without a location, a group or a parent of its own no place, and never takes the provider's location", () => {
    const policy = classic("azure:keyvault/accessPolicy:AccessPolicy", "policy", { keyVaultId: UNKNOWN, objectId: "o", tenantId: "t" }, {}, classicProvider({ location: "eastus" }));
    expect(stackMessages(policy, [policy])).toEqual([]);
    const rule = classic("azure:sql/firewallRule:FirewallRule", "fw", { resourceGroupName: "rg-elsewhere", serverName: "sql" });
    expect(stackMessages(rule, [rule])).toEqual([
      "Firewall rule 'fw' is located in a place that cannot be proven at preview through location (not set), not proven inside the EU Data Boundary (EU + EFTA). Set location to a literal region inside the boundary, such as westeurope, or declare resource group 'rg-elsewhere' with its region in boundary.externalResources (docs/external-resources.md): the group is not created by this stack, so its location cannot be read at preview.",
    ]);
  });

  it("places a resource without a location input in the group it names", () => {
    const group = classic(CLASSIC_GROUP, "rg", { location: "eastus" });
    const admin = classic("azure:sql/activeDirectoryAdministrator:ActiveDirectoryAdministrator", "admin", { resourceGroupName: UNKNOWN, login: "admin" }, { resourceGroupName: [group] });
    expect(stackMessages(admin, [group, admin])).toEqual([
      "Active directory administrator 'admin' is located in eastus (United States) through location (not set), inherited from resource group 'rg', outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
  });
});

describe("classic resource groups", () => {
  it("take the classic provider's location (azure:location) when they set none", () => {
    const group = classic(CLASSIC_GROUP, "rg", {}, {}, classicProvider({ location: "eastus" }));
    expect(resourceMessages(group)).toEqual([
      "Resource group 'rg' is located in eastus (United States) through location (not set), inherited from provider 'default_5_89_2', outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
  });

  it("are not proven inside when neither they nor the provider set a location", () => {
    const group = classic(CLASSIC_GROUP, "rg", {}, {}, classicProvider({}));
    expect(resourceMessages(group)).toEqual([
      "Resource group 'rg' is located in a place that cannot be proven at preview through location (not set), not proven inside the EU Data Boundary (EU + EFTA). Set location to a literal region inside the boundary, such as westeurope, because neither the resource group nor its provider (azure:location) sets a location.",
    ]);
  });
});

describe("the subscription the classic provider reads the group in", () => {
  const nativeGroup = (subscriptionId?: string) =>
    stackResource(resource("resources:ResourceGroup", "native-rg", { location: "westeurope" }, provider(subscriptionId ? { subscriptionId } : {})));

  it("does not resolve through an azure-native group when the providers do not name the same subscription", () => {
    const group = nativeGroup();
    const vault = vaultIn(group, classicProvider({ subscriptionId: SUBSCRIPTION }));
    expect(stackMessages(vault, [group, vault])).toEqual([
      `${UNPROVEN} Set location to a literal region inside the boundary, such as westeurope, because resource group 'native-rg' of this stack is behind another provider, and the two providers do not name the same literal subscriptionId, so the classic provider cannot be shown to read its location.`,
    ]);
  });

  it("resolves through an azure-native group when both providers name the same literal subscription", () => {
    const group = stackResource(resource("resources:ResourceGroup", "native-rg", { location: "eastus" }, provider({ subscriptionId: SUBSCRIPTION })));
    const vault = vaultIn(group, classicProvider({ subscriptionId: SUBSCRIPTION.toUpperCase() }));
    expect(stackMessages(vault, [group, vault])).toEqual([
      "Key vault 'vault' is located in eastus (United States) through location (unknown at preview), inherited from resource group 'native-rg', outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
  });

  it("never takes the azure-native provider's location for a classic resource", () => {
    const group = stackResource(resource("resources:ResourceGroup", "native-rg", { resourceGroupName: "shared" }, provider({ location: "westeurope" })));
    const vault = vaultIn("shared", classicProvider({ location: "westeurope" }));
    expect(stackMessages(vault, [group, vault])).toEqual([
      `${UNPROVEN} Set location to a literal region inside the boundary, such as westeurope, because resource group 'native-rg' of this stack is behind another provider, and the two providers do not name the same literal subscriptionId, so the classic provider cannot be shown to read its location.`,
    ]);
  });

  it("resolves through a classic group behind another classic provider only with the same literal subscription", () => {
    const group = classic(CLASSIC_GROUP, "rg", { location: "westeurope" }, {}, classicProvider({ subscriptionId: SUBSCRIPTION }, "hub"));
    const same = vaultIn(group, classicProvider({ subscriptionId: SUBSCRIPTION }));
    expect(stackMessages(same, [group, same])).toEqual([]);
    const unnamed = vaultIn(group, classicProvider({}));
    expect(stackMessages(unnamed, [group, unnamed])).toEqual([
      `${UNPROVEN} Set location to a literal region inside the boundary, such as westeurope, because resource group 'rg' of this stack is behind another provider, and the two providers do not name the same literal subscriptionId, so the classic provider cannot be shown to read its location.`,
    ]);
  });

  it("does not choose between several groups of the stack with the same name", () => {
    const first = classic(CLASSIC_GROUP, "rg-a", { name: "shared", location: "westeurope" });
    const second = classic(CLASSIC_GROUP, "rg-b", { name: "SHARED", location: "eastus" });
    const vault = vaultIn("shared");
    expect(stackMessages(vault, [first, second, vault])).toEqual([
      `${UNPROVEN} Set location to a literal region inside the boundary, such as westeurope, because its resourceGroupName names several resource groups of this stack ('rg-a', 'rg-b'), so which one holds it is not known.`,
    ]);
  });
});

describe("classic types that azurerm places at global when the program sets no location", () => {
  const group = classic(CLASSIC_GROUP, "rg", { location: "westeurope" });

  it("judges an action group without a location at global, not at its group's westeurope", () => {
    const alerts = classic("azure:monitoring/actionGroup:ActionGroup", "alerts", { resourceGroupName: "rg", shortName: "ops" }, { resourceGroupName: [group] });
    expect(resourceMessages(alerts)).toEqual([
      "Action group 'alerts' is located in global (logical location Global, not a region) through location (not set), the classic provider's default for this type, because a global action group may process alert payloads in any geography, outside the EU Data Boundary (EU + EFTA). Set location to swedencentral or germanywestcentral, the regional action-group locations in Europe.",
    ]);
    const regional = classic("azure:monitoring/actionGroup:ActionGroup", "alerts", { location: "swedencentral", resourceGroupName: "rg", shortName: "ops" });
    expect(resourceMessages(regional)).toEqual([]);
  });

  it("judges the unknown location a first preview shows for a Maps account at global as well", () => {
    const maps = classic("azure:maps/account:Account", "maps", { location: UNKNOWN, resourceGroupName: UNKNOWN, skuName: "G2" }, { resourceGroupName: [group] });
    expect(stackMessages(maps, [group, maps])).toEqual([]);
    expect(resourceMessages(maps)).toEqual([
      "Azure Maps account 'maps' is located in global (logical location Global, not a region) through location (unknown at preview), the classic provider's default for this type, because nothing shows where a global instance of this type keeps or processes data, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
    ]);
  });

  it("judges a classic metric alert, which has no location input, at global", () => {
    const alert = classic("azure:monitoring/metricAlert:MetricAlert", "cpu", { resourceGroupName: "rg", scopes: [UNKNOWN] }, { resourceGroupName: [group] });
    expect(resourceMessages(alert)).toEqual([
      "Metric alert 'cpu' is located in global (logical location Global, not a region) through location (not set), the classic provider's default for this type, because where a global metric alert processes data is not documented (unverified, taken as outside), outside the EU Data Boundary (EU + EFTA). Replace it with an azure-native monitor.MetricAlert in a region inside the boundary, or add a reviewed exemption.",
    ]);
  });
});
