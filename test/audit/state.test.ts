/**
 * A `pulumi stack export` becomes the resources a preview would send, judged on the deployed values: outputs over
 * inputs, the provider resource as the resource's `provider`, secrets as wire secrets. Pure: no pack.
 */
import { describe, expect, it } from "vitest";
import { Json, SECRET_SIGNATURE, SECRET_SIGNATURE_KEY, UNKNOWN } from "../../cli/pack/analyzer-client";
import { deployedInputs, wireValue } from "../../cli/audit/state-values";
import { readStateEstate } from "../../cli/audit/state-file";
import { STATE, STATE_SHOWN, SUBSCRIPTION } from "./helpers";

const secret = (value: Json) => ({ [SECRET_SIGNATURE_KEY]: SECRET_SIGNATURE, value });
const P = "urn:pulumi:prod::estate::";

describe("the stack export of stack prod", () => {
  const estate = readStateEstate(STATE);
  const byName = new Map(estate.resources.map((r) => [r.analyzed.name, r]));

  it("holds every resource the stack manages, stack, providers and component included, in state order", () => {
    expect(estate.resources.map((r) => [r.analyzed.type, r.analyzed.name])).toEqual([
      ["pulumi:pulumi:Stack", "estate-prod"],
      ["pulumi:providers:azure-native", "default_3_28_0"],
      ["pulumi:providers:azure-native", "us-east"],
      ["acme:data:Store", "analytics"],
      ["azure-native:resources:ResourceGroup", "analytics-rg"],
      ["azure-native:storage:StorageAccount", "logs"],
      ["azure-native:storage:StorageAccount", "legacy"],
      ["azure-native:keyvault:Vault", "secrets"],
      ["azure-native:storage:StorageTask", "tiering"],
    ]);
    expect([estate.project, estate.stack, estate.source]).toEqual(["estate", "prod", "state"]);
  });

  it("leaves out and lists the resource read with get()", () => {
    expect(estate.skipped).toEqual([
      { resource: `/subscriptions/${SUBSCRIPTION}/resourceGroups/platform-shared`, reason: "read with get() (external): the stack that manages it is audited with it" },
    ]);
  });

  it("judges a custom resource on its inputs with the provider's outputs in place, except id, name and type", () => {
    const logs = byName.get("logs")!.analyzed.properties;
    expect(logs.sku).toEqual({ name: "Standard_GRS", tier: "Standard" });
    expect(logs.secondaryLocation).toBe("westeurope");
    expect(logs.accountName).toBe("stanalyticslogs");
    expect(logs.resourceGroupName).toBe("analytics-rg");
    expect(["id", "name", "type"].filter((key) => key in logs)).toEqual([]);
  });

  it("sends the provider named by the resource's provider reference, with its inputs", () => {
    expect(byName.get("legacy")!.analyzed.provider).toEqual({
      urn: `${P}pulumi:providers:azure-native::us-east`,
      type: "pulumi:providers:azure-native",
      name: "us-east",
      properties: { location: "eastus", version: "3.28.0" },
    });
  });

  it("keeps the graph: parent, dependencies and property dependencies", () => {
    const logs = byName.get("logs")!.analyzed;
    const group = `${P}acme:data:Store$azure-native:resources:ResourceGroup::analytics-rg`;
    expect(logs.parent).toBe(`${P}acme:data:Store::analytics`);
    expect(logs.dependencies).toEqual([group]);
    expect(logs.propertyDependencies).toEqual({ resourceGroupName: [group] });
  });

  it("carries the provider's id of each resource, null for components", () => {
    expect(byName.get("legacy")!.resourceId).toBe(`/subscriptions/${SUBSCRIPTION}/resourceGroups/legacy-rg/providers/Microsoft.Storage/storageAccounts/stlegacyexports`);
    expect(byName.get("analytics")!.resourceId).toBeNull();
  });

  it("sends an encrypted secret as a secret whose value is unknown", () => {
    expect(byName.get("secrets")!.analyzed.properties.location).toEqual(secret(UNKNOWN));
    expect(byName.get("default_3_28_0")!.analyzed.properties.subscriptionId).toEqual(secret(UNKNOWN));
  });

  it("marks an azure-native type the pack does not know", () => {
    expect(estate.resources.filter((r) => r.unknownType).map((r) => r.unknownType)).toEqual(["azure-native:storage:StorageTask"]);
  });
});

describe("the same stack exported with --show-secrets", () => {
  it("sends each plaintext as a secret holding the value", () => {
    const estate = readStateEstate(STATE_SHOWN);
    const vault = estate.resources.find((r) => r.analyzed.name === "secrets")!;
    expect(vault.analyzed.properties.location).toEqual(secret("eastus2"));
  });
});

describe("state values", () => {
  it("leave objects without secrets as they are, not copied", () => {
    const inputs = { sku: { name: "Standard_LRS" }, tags: ["a", "b"] };
    expect(wireValue(inputs, "inputs")).toBe(inputs);
  });

  it("rewrite secrets at any depth and copy only what holds one", () => {
    const unchanged = { tier: "Standard" };
    const inputs = { nested: [{ key: { [SECRET_SIGNATURE_KEY]: SECRET_SIGNATURE, plaintext: '{"a":[1,null]}' } }], unchanged };
    const wired = wireValue(inputs, "inputs") as Record<string, unknown>;
    expect(wired).toEqual({ nested: [{ key: secret({ a: [1, null] }) }], unchanged });
    expect(wired.unchanged).toBe(unchanged);
  });

  it("keep an output secret where the input of the same name was", () => {
    expect(deployedInputs({ location: secret("eastus") }, { location: "eastus", id: "/x" })).toEqual({ location: secret("eastus") });
    expect(deployedInputs({ location: "eastus" }, { location: secret(UNKNOWN) })).toEqual({ location: secret(UNKNOWN) });
  });

  it("add outputs the inputs lack: the location the provider filled", () => {
    expect(deployedInputs({ resourceGroupName: "rg" }, { location: "westeurope", name: "x", type: "Microsoft.Web/sites", urn: "u" })).toEqual({
      resourceGroupName: "rg",
      location: "westeurope",
    });
  });
});
