import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeStackLikePreview } from "../../cli/pack/analyze-all";
import { AnalyzedStackResource, Json, UNKNOWN } from "../../cli/pack/analyzer-client";
import { RunningPack, startPolicyPack } from "../../cli/pack/start-pack";
import { classicWireProvider, PACK_DIR, violationText, wireResource } from "../helpers/pack";

let pack: RunningPack;

beforeAll(async () => {
  pack = await startPolicyPack(PACK_DIR);
});

afterAll(async () => {
  await pack?.stop();
});

/** The stack's default classic provider, located in westeurope (`azure:location`). */
const provider = classicWireProvider({ location: "westeurope" });

/** A classic resource of group `rg` in westeurope, behind the default classic provider. */
const classic = (type: string, name: string, props: Record<string, Json>, propertyDependencies: Record<string, string[]> = {}): AnalyzedStackResource =>
  wireResource(type, name, { location: "westeurope", resourceGroupName: "rg", ...props }, { provider, propertyDependencies });

/** What the pack reported, as a preview would show it. */
const shown = (diagnostics: Awaited<ReturnType<typeof analyzeStackLikePreview>>) => diagnostics.map((d) => [d.call, d.policyName, d.enforcementLevel, violationText(d.message)]);

describe("classic replication-in-boundary over the Analyzer protocol", () => {
  it("blocks a classic Cosmos DB account that replicates to eastus", async () => {
    await pack.client.configure({});
    const geoLocations = [{ location: "westeurope", failoverPriority: 0 }, { location: "eastus", failoverPriority: 1 }];
    const account = classic("azure:cosmosdb/account:Account", "cosmos", { offerType: "Standard", consistencyPolicy: { consistencyLevel: "Session" }, geoLocations, backup: { type: "Continuous" } });
    expect(shown(await analyzeStackLikePreview(pack.client, [account]))).toEqual([
      [
        "analyze",
        "replication-in-boundary",
        "mandatory",
        "Cosmos DB account 'cosmos' replicates data to eastus (United States) through geoLocations[1].location eastus, outside the EU Data Boundary (EU + EFTA). Keep every entry of geoLocations in a region inside the boundary, such as westeurope.",
      ],
    ]);
  });

  it("passes a classic Recovery Services vault with default storage under the EU Data Boundary and blocks it under the Netherlands", async () => {
    const vault = classic("azure:recoveryservices/vault:Vault", "backups", { sku: "Standard" });
    await pack.client.configure({});
    expect(shown(await analyzeStackLikePreview(pack.client, [vault]))).toEqual([]);
    await pack.client.configure({ boundary: { properties: { preset: "nl" } } });
    expect(shown(await analyzeStackLikePreview(pack.client, [vault]))).toEqual([
      [
        "analyze",
        "replication-in-boundary",
        "mandatory",
        "Recovery Services vault 'backups' keeps geo-redundant backups in northeurope (Ireland) through storageModeType (not set), outside the Netherlands. Set storageModeType to ZoneRedundant or LocallyRedundant, or use a location whose pair is inside the boundary.",
      ],
    ]);
    await pack.client.configure({});
  });

  it("resolves a classic failover group's partner server through the stack and blocks it in the stack policy", async () => {
    await pack.client.configure({});
    const home = classic("azure:mssql/server:Server", "sql-eu", { version: "12.0" });
    const partner = classic("azure:mssql/server:Server", "sql-ne", { location: "northeurope", version: "12.0" });
    const group = (target: AnalyzedStackResource) =>
      wireResource("azure:mssql/failoverGroup:FailoverGroup", "orders-fog", { serverId: UNKNOWN, partnerServers: [{ id: UNKNOWN }], readWriteEndpointFailoverPolicy: { mode: "Manual" } }, {
        provider,
        propertyDependencies: { serverId: [home.urn], partnerServers: [target.urn] },
      });
    expect(shown(await analyzeStackLikePreview(pack.client, [home, partner, group(partner)]))).toEqual([]);
    const outside = classic("azure:mssql/server:Server", "sql-us", { location: "eastus", version: "12.0" });
    expect(shown(await analyzeStackLikePreview(pack.client, [home, outside, group(outside)]))).toEqual([
      ["analyze", "location-in-boundary", "mandatory", "SQL server 'sql-us' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope."],
      [
        "analyzeStack",
        "boundary",
        "mandatory",
        "[replication-in-boundary] SQL failover group 'orders-fog' replicates its databases to eastus (United States) through partnerServers[0].id (unknown at preview), the location of SQL server 'sql-us', outside the EU Data Boundary (EU + EFTA). Pair it only with a partner created in this stack inside the boundary.",
      ],
    ]);
  });
});
