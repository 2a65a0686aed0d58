import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeStackLikePreview } from "../../cli/pack/analyze-all";
import { AnalyzedStackResource, UNKNOWN } from "../../cli/pack/analyzer-client";
import { RunningPack, startPolicyPack } from "../../cli/pack/start-pack";
import { classicWireProvider, PACK_DIR, violationText, wireResource } from "../helpers/pack";

let pack: RunningPack;

beforeAll(async () => {
  pack = await startPolicyPack(PACK_DIR);
  await pack.client.configure({});
});

afterAll(async () => {
  await pack?.stop();
});

/** What the pack reported, as a preview would show it. */
const shown = (diagnostics: Awaited<ReturnType<typeof analyzeStackLikePreview>>) =>
  diagnostics.map((d) => [d.call, d.policyName, d.enforcementLevel, d.urn, violationText(d.message)]);

/**
 * A classic program as a first preview sends it: the group whose location the provider filled in from `azure:location`
 * and a vault with `resourceGroupName: group.name`, whose location the provider's Check left unknown (it reads the
 * group from Azure, where it does not exist yet), and a secret without a location of its own, which lives in the vault.
 */
function classicStack(groupLocation: string): AnalyzedStackResource[] {
  const provider = classicWireProvider({ location: groupLocation, subscriptionId: "00000000-0000-0000-0000-000000000000" });
  const group = wireResource("azure:core/resourceGroup:ResourceGroup", "rg", { location: groupLocation }, { provider });
  const vault = wireResource(
    "azure:keyvault/keyVault:KeyVault",
    "vault",
    { location: UNKNOWN, resourceGroupName: UNKNOWN, skuName: "standard", tenantId: UNKNOWN },
    { provider, propertyDependencies: { resourceGroupName: [group.urn] } },
  );
  const secret = wireResource(
    "azure:keyvault/secret:Secret",
    "secret",
    { keyVaultId: UNKNOWN, value: "x" },
    { provider, propertyDependencies: { keyVaultId: [vault.urn] } },
  );
  return [group, vault, secret];
}

describe("classic resources located through their resource group, over the Analyzer protocol", () => {
  it("passes a vault whose classic group of the stack is in westeurope", async () => {
    expect(shown(await analyzeStackLikePreview(pack.client, classicStack("westeurope")))).toEqual([]);
  });

  it("blocks a vault whose classic group is in eastus, at the stack policy, naming the group", async () => {
    const stack = classicStack("eastus");
    const diagnostics = shown(await analyzeStackLikePreview(pack.client, stack));
    expect(diagnostics).toEqual([
      [
        "analyze",
        "location-in-boundary",
        "mandatory",
        "",
        "Resource group 'rg' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
      ],
      [
        "analyzeStack",
        "boundary",
        "mandatory",
        stack[1].urn,
        "[location-in-boundary] Key vault 'vault' is located in eastus (United States) through location (unknown at preview), inherited from resource group 'rg', outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
      ],
      [
        "analyzeStack",
        "boundary",
        "mandatory",
        stack[2].urn,
        "[location-in-boundary] Secret 'secret' is located in eastus (United States) through location (none, a child resource), inherited from parent key vault 'vault', outside the EU Data Boundary (EU + EFTA). Set the location of key vault 'vault' to a region inside the boundary, such as westeurope; the secret has no location of its own.",
      ],
    ]);
  });

  it("blocks a classic vault in an azure-native group when the providers name no common subscription", async () => {
    const group = wireResource("azure-native:resources:ResourceGroup", "native-rg", { location: "westeurope" });
    const vault = wireResource(
      "azure:keyvault/keyVault:KeyVault",
      "vault",
      { location: UNKNOWN, resourceGroupName: UNKNOWN, skuName: "standard", tenantId: UNKNOWN },
      { provider: classicWireProvider({ location: "westeurope" }), propertyDependencies: { resourceGroupName: [group.urn] } },
    );
    expect(shown(await analyzeStackLikePreview(pack.client, [group, vault]))).toEqual([
      [
        "analyzeStack",
        "boundary",
        "mandatory",
        vault.urn,
        "[location-in-boundary] Key vault 'vault' is located in a place that cannot be proven at preview through location (unknown at preview), not proven inside the EU Data Boundary (EU + EFTA). Set location to a literal region inside the boundary, such as westeurope, because resource group 'native-rg' of this stack is behind another provider, and the two providers do not name the same literal subscriptionId, so the classic provider cannot be shown to read its location.",
      ],
    ]);
  });
});

describe("classic children located through their parent, over the Analyzer protocol", () => {
  const provider = classicWireProvider({ location: "westeurope", subscriptionId: "00000000-0000-0000-0000-000000000000" });
  const SERVER_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hub/providers/Microsoft.Sql/servers/shared-sql";

  it("blocks a SQL database whose serverId was computed from a server of the stack in eastus", async () => {
    const server = wireResource("azure:mssql/server:Server", "srv", { location: "eastus", resourceGroupName: "rg", version: "12.0" }, { provider });
    const database = wireResource("azure:mssql/database:Database", "db", { serverId: UNKNOWN }, { provider, propertyDependencies: { serverId: [server.urn] } });
    expect(shown(await analyzeStackLikePreview(pack.client, [server, database]))).toEqual([
      [
        "analyze",
        "location-in-boundary",
        "mandatory",
        "",
        "SQL server 'srv' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
      ],
      [
        "analyzeStack",
        "boundary",
        "mandatory",
        database.urn,
        "[location-in-boundary] SQL database 'db' is located in eastus (United States) through location (none, a child resource), inherited from parent SQL server 'srv', outside the EU Data Boundary (EU + EFTA). Set the location of SQL server 'srv' to a region inside the boundary, such as westeurope; the SQL database has no location of its own.",
      ],
      [
        "analyzeStack",
        "boundary",
        "mandatory",
        database.urn,
        "[replication-in-boundary] SQL database 'db' keeps geo-redundant backups in westus (United States) through storageAccountType (not set), outside the EU Data Boundary (EU + EFTA). Set storageAccountType to Zone or Local, or use a location whose pair is inside the boundary.",
      ],
    ]);
  });

  it("blocks a SQL database whose literal serverId names a server outside the stack", async () => {
    const database = wireResource("azure:mssql/database:Database", "db", { serverId: SERVER_ID }, { provider });
    expect(shown(await analyzeStackLikePreview(pack.client, [database]))).toEqual([
      [
        "analyzeStack",
        "boundary",
        "mandatory",
        database.urn,
        `[location-in-boundary] SQL database 'db' is located in a place that cannot be proven at preview through serverId ${SERVER_ID}, not proven inside the EU Data Boundary (EU + EFTA). Create the parent that serverId names ('${SERVER_ID}') in this stack in a region inside the boundary, such as westeurope, or declare it with its region in boundary.externalResources (docs/external-resources.md); the SQL database has no location of its own.`,
      ],
    ]);
  });
});
