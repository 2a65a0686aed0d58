/**
 * The expected verdict of every corpus program (test/fixtures/corpus/<name>), written from reading the program and
 * ../shared/reference/vectors.md, not from the pack's output: which resources must be blocked, by which policy, and
 * that nothing else is. Each run stages the program with one SDK (see stage.ts) and checks it as stack `dev`.
 */
import type { Adaptation } from "./stage";

/** One check of a program: its SDK, boundary and expected verdict. */
export interface CorpusRun {
  /** The SDK the run uses, as the test names it. */
  readonly sdk: "azure-native v2" | "azure-native v3" | "classic azure";
  /** Majors replacing the program's own pins, e.g. azure-native 3 for the v3 run of a v2 program. */
  readonly majors?: Readonly<Record<string, number>>;
  /** The small changes a v2 program needs to build on v3 (modules renamed or dropped in v3). */
  readonly adaptations?: readonly Adaptation[];
  /** The pack's boundary preset; `eudb` (the pack's default) when absent. */
  readonly preset?: string;
  /** Type tokens the run must register: they show which SDK and token form the pack was given. */
  readonly tokens: readonly string[];
  /** Every mandatory violation, as [resource name, policy], sorted; empty when the program must pass. */
  readonly blocked: readonly (readonly [string, string])[];
  /** Set when the expectation needs issue #14 part A in the pack (v2 and versioned tokens, CDN at any location). */
  readonly needsPartA?: string;
}

/** A vendored program and its runs. */
export interface CorpusProgram {
  /** Folder under test/fixtures/corpus. */
  readonly name: string;
  /** What the program builds and why its runs expect what they do. */
  readonly reading: string;
  readonly runs: readonly CorpusRun[];
}

const V3: Readonly<Record<string, number>> = { "@pulumi/azure-native": 3 };
const LOCATION = "location-in-boundary";
const REPLICATION = "replication-in-boundary";
const V2_TOKENS = "azure-native v2 module names must be read as their v3 keys";
const VERSIONED_TOKENS = "explicit API-version modules must be read as their v3 keys";

/** The corpus, one entry per folder. */
export const CORPUS: readonly CorpusProgram[] = [
  {
    name: "appservice",
    reading:
      "App Service plan and web app, App Insights (v2 module insights), SQL server and database, storage, a SAS invoke; " +
      "everything takes azure-native:location westeurope. SQL backups default to geo-redundant, paired with northeurope, " +
      "inside the EUDB (V08); App Insights without a workspace stores in its own region (V20). Nothing is blocked.",
    runs: [
      { sdk: "azure-native v2", tokens: ["azure-native:insights:Component", "azure-native:sql:Database"], blocked: [] },
      {
        sdk: "azure-native v3",
        majors: V3,
        adaptations: [
          { file: "index.ts", from: '"@pulumi/azure-native/insights"', to: '"@pulumi/azure-native/applicationinsights"' },
        ],
        tokens: ["azure-native:applicationinsights:Component", "azure-native:sql:Database"],
        blocked: [],
      },
    ],
  },
  {
    name: "webapp-privateendpoint",
    reading:
      "Two web apps, a VNet with subnets, a private endpoint, a private DNS zone and its VNet link (v2 module network) at " +
      "location global, everything else at azure-native:location westeurope. Private DNS zones and links are metadata " +
      "that may be global (V03). Nothing is blocked.",
    runs: [
      {
        sdk: "azure-native v2",
        tokens: ["azure-native:network:PrivateZone", "azure-native:network:VirtualNetworkLink"],
        blocked: [],
        needsPartA: `${V2_TOKENS}: network:PrivateZone and network:VirtualNetworkLink are privatedns types that may be global`,
      },
      {
        sdk: "azure-native v3",
        majors: V3,
        adaptations: [
          {
            file: "index.ts",
            from: 'import * as network from "@pulumi/azure-native/network";',
            to: 'import * as network from "@pulumi/azure-native/network";\nimport * as privatedns from "@pulumi/azure-native/privatedns";',
          },
          { file: "index.ts", from: "new network.PrivateZone(", to: "new privatedns.PrivateZone(" },
          { file: "index.ts", from: "new network.VirtualNetworkLink(", to: "new privatedns.VirtualNetworkLink(" },
        ],
        tokens: ["azure-native:privatedns:PrivateZone", "azure-native:privatedns:VirtualNetworkLink"],
        blocked: [],
      },
    ],
  },
  {
    name: "static-website",
    reading:
      "A storage static website behind a CDN profile (Standard_Microsoft) and endpoint, all at azure-native:location " +
      "westeurope. Azure CDN and Front Door cache at global points of presence and are excluded from the EU Data " +
      "Boundary whatever their location (V03): the profile and the endpoint are blocked, the storage passes.",
    runs: [
      {
        sdk: "azure-native v2",
        tokens: ["azure-native:cdn:Profile", "azure-native:cdn:Endpoint"],
        blocked: [
          ["endpoint", LOCATION],
          ["profile", LOCATION],
        ],
        needsPartA: "CDN and Front Door must be blocked at a regional location too",
      },
      {
        sdk: "azure-native v3",
        majors: V3,
        tokens: ["azure-native:cdn:Profile", "azure-native:cdn:Endpoint"],
        blocked: [
          ["endpoint", LOCATION],
          ["profile", LOCATION],
        ],
        needsPartA: "CDN and Front Door must be blocked at a regional location too",
      },
    ],
  },
  {
    name: "cosmosdb-logicapp",
    reading:
      "A Cosmos DB account (v2 module documentdb) in the group's westeurope with periodic backups left at their " +
      "geo-redundant default, a Logic App and an API connection. Judged against the Netherlands only (preset nl): the " +
      "default backups go to the pair northeurope, in Ireland (V07), so the account is blocked; all else is in westeurope.",
    runs: [
      {
        sdk: "azure-native v2",
        preset: "nl",
        tokens: ["azure-native:documentdb:DatabaseAccount"],
        blocked: [["logicappdemo-cdb", REPLICATION]],
        needsPartA: `${V2_TOKENS}: documentdb:DatabaseAccount is cosmosdb:DatabaseAccount`,
      },
      {
        sdk: "azure-native v3",
        majors: V3,
        preset: "nl",
        adaptations: [{ file: "index.ts", from: '"@pulumi/azure-native/documentdb"', to: '"@pulumi/azure-native/cosmosdb"' }],
        tokens: ["azure-native:cosmosdb:DatabaseAccount"],
        blocked: [["logicappdemo-cdb", REPLICATION]],
      },
    ],
  },
  {
    name: "aks-multicluster",
    reading:
      "Two AKS clusters from the explicit API-version module containerservice/v20190601, in eastus and westus, in a " +
      "resource group at the program's default eastus (V01); the Entra ID application is not an Azure resource. The " +
      "group and both clusters are blocked.",
    runs: [
      {
        sdk: "azure-native v2",
        tokens: ["azure-native:containerservice/v20190601:ManagedCluster"],
        blocked: [
          ["aks", LOCATION],
          ["aksCluster-east", LOCATION],
          ["aksCluster-west", LOCATION],
        ],
      },
      {
        sdk: "azure-native v3",
        majors: V3,
        adaptations: [
          {
            file: "index.ts",
            from: '"@pulumi/azure-native/containerservice/v20190601"',
            to: '"@pulumi/azure-native/containerservice"',
          },
          { file: "index.ts", from: "containerservice.ContainerServiceVMSizeTypes.Standard_D2_v2", to: '"Standard_D2_v2"' },
        ],
        tokens: ["azure-native:containerservice:ManagedCluster"],
        blocked: [
          ["aks", LOCATION],
          ["aksCluster-east", LOCATION],
          ["aksCluster-west", LOCATION],
        ],
      },
    ],
  },
  {
    name: "recoveryservices-protecteditem",
    reading:
      "A Recovery Services vault, protection policy, container and protected item from the explicit API-version module " +
      "recoveryservices/v20240101, with a storage account and file share, all in the group's westeurope. Judged against " +
      "the Netherlands only (preset nl): the vault's storage redundancy is not set, so its backups are geo-redundant, " +
      "paired with northeurope in Ireland (V15); the vault is blocked, the LRS storage passes.",
    runs: [
      {
        sdk: "azure-native v2",
        preset: "nl",
        tokens: ["azure-native:recoveryservices/v20240101:Vault"],
        blocked: [["vault", REPLICATION]],
        needsPartA: `${VERSIONED_TOKENS}: recoveryservices/v20240101:Vault is recoveryservices:Vault`,
      },
      {
        sdk: "azure-native v3",
        majors: V3,
        preset: "nl",
        adaptations: [
          {
            file: "index.ts",
            from: "'@pulumi/azure-native/recoveryservices/v20240101'",
            to: "'@pulumi/azure-native/recoveryservices'",
          },
        ],
        tokens: ["azure-native:recoveryservices:Vault"],
        blocked: [["vault", REPLICATION]],
      },
    ],
  },
  {
    name: "functions",
    reading:
      "A consumption plan and function app with its code in a storage account, SAS and key invokes, all at " +
      "azure-native:location swedencentral. Nothing is blocked.",
    runs: [{ sdk: "azure-native v2", tokens: ["azure-native:web:WebApp"], blocked: [] }],
  },
  {
    name: "msi-keyvault-rbac",
    reading:
      "The classic provider: getClientConfig for the tenant, a Key Vault, storage, SQL, an App Service and role " +
      "assignments. The group takes azure:location westeurope; every other located resource (storage, SQL server and " +
      "database, plan, vault, app) sets no location and names the group by resourceGroupName: rg.name, so the provider " +
      "fills in the group's location, unknown on a first preview, and the pack reads it from that classic group of the " +
      "stack behind the same default provider: westeurope (V01, V02). Storage is LRS and the vault's pair is " +
      "northeurope, inside the EUDB (V05, V17); the SQL AD administrator lives in the group too. Children without a " +
      "group (container, blobs, secret, access policy, role assignment) have no location input, and the " +
      "firewall rules are never created at preview (they wait for the app's outbound addresses). Nothing is blocked " +
      "in the EUDB. Judged against the Netherlands only (preset nl): the vault's contents replicate to the pair " +
      "northeurope, in Ireland, and the retired azure.sql.Database keeps geo-redundant backups there (V17, V08); both " +
      "are blocked. The container, blobs and secret are located through their account and vault, in westeurope.",
    runs: [
      {
        sdk: "classic azure",
        tokens: ["azure:keyvault/keyVault:KeyVault", "azure:core/resourceGroup:ResourceGroup"],
        blocked: [],
      },
      {
        sdk: "classic azure",
        preset: "nl",
        tokens: ["azure:sql/database:Database", "azure:keyvault/secret:Secret"],
        blocked: [
          ["sqldb", REPLICATION],
          ["vault", REPLICATION],
        ],
      },
    ],
  },
  {
    name: "keyvault-explicit-provider",
    reading:
      "An explicit azure-native provider (OIDC) and a resource group in westus2 holding an identity, a container group " +
      "(location from the group, unknown at preview), a Key Vault with a key and a secret (children of the vault), and " +
      "a custom role. Everything located, and the vault's children, are in or under westus2 (V01, V02).",
    runs: [
      {
        sdk: "azure-native v3",
        tokens: ["azure-native:keyvault:Vault", "pulumi:providers:azure-native"],
        blocked: [
          ["containergroup", LOCATION],
          ["mykey", LOCATION],
          ["mysecret", LOCATION],
          ["rg", LOCATION],
          ["uai", LOCATION],
          ["vault", LOCATION],
        ],
      },
    ],
  },
];
