/**
 * A generated Azure estate as Azure Resource Graph answers it (`az graph query -o json`, pages of 1,000 rows): the
 * resource types an estate is made of, with ARM's casing (lower-case types, `West Europe` for Microsoft.Web), the
 * properties Resource Graph returns for them (about 1 kB a row), spread over resource groups of 25 resources in
 * subscriptions of 5,000; every tenth row sits in, or replicates to, a region outside the boundary.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** Rows per page, as `az graph query --first 1000` returns them. */
export const PAGE_ROWS = 1_000;

type Row = Record<string, unknown>;

interface Template {
  readonly type: string;
  readonly provider: string;
  readonly kind: string;
  readonly sku: Row | null;
  /** The row's properties for a location; `outside` when the row is one of the violating tenth. */
  readonly properties: (location: string, outside: boolean) => Row;
  /** Microsoft.Web answers with display names. */
  readonly displayLocation?: boolean;
  readonly global?: boolean;
}

const TAGS = { costCenter: "cc-4711", owner: "platform-team", environment: "production" };

const TEMPLATES: readonly Template[] = [
  {
    type: "microsoft.storage/storageaccounts",
    provider: "Microsoft.Storage/storageAccounts",
    kind: "StorageV2",
    sku: { name: "Standard_LRS", tier: "Standard" },
    properties: (location, outside) => ({
      minimumTlsVersion: "TLS1_2",
      allowBlobPublicAccess: false,
      supportsHttpsTrafficOnly: true,
      primaryLocation: location,
      statusOfPrimary: "available",
      encryption: { keySource: "Microsoft.Storage", services: { blob: { enabled: true, keyType: "Account" }, file: { enabled: true, keyType: "Account" } } },
      networkAcls: { bypass: "AzureServices", defaultAction: outside ? "Allow" : "Deny", ipRules: [], virtualNetworkRules: [] },
      primaryEndpoints: { blob: "https://x.blob.core.windows.net/", dfs: "https://x.dfs.core.windows.net/", file: "https://x.file.core.windows.net/" },
      accessTier: "Hot",
      creationTime: "2024-03-11T09:21:44.0000000Z",
    }),
  },
  {
    type: "microsoft.documentdb/databaseaccounts",
    provider: "Microsoft.DocumentDB/databaseAccounts",
    kind: "GlobalDocumentDB",
    sku: null,
    displayLocation: true,
    properties: (location, outside) => ({
      databaseAccountOfferType: "Standard",
      consistencyPolicy: { defaultConsistencyLevel: "Session", maxIntervalInSeconds: 5, maxStalenessPrefix: 100 },
      locations: [
        { locationName: location, failoverPriority: 0, isZoneRedundant: false },
        { locationName: outside ? "East US" : "North Europe", failoverPriority: 1, isZoneRedundant: false },
      ],
      enableAutomaticFailover: true,
      publicNetworkAccess: "Disabled",
      documentEndpoint: "https://x.documents.azure.com:443/",
    }),
  },
  {
    type: "microsoft.web/sites",
    provider: "Microsoft.Web/sites",
    kind: "app,linux",
    sku: null,
    displayLocation: true,
    properties: () => ({
      state: "Running",
      hostNames: ["x.azurewebsites.net"],
      httpsOnly: true,
      siteConfig: { linuxFxVersion: "NODE|20-lts", minTlsVersion: "1.2", ftpsState: "Disabled", alwaysOn: true },
      clientAffinityEnabled: false,
      publicNetworkAccess: "Enabled",
    }),
  },
  {
    type: "microsoft.keyvault/vaults",
    provider: "Microsoft.KeyVault/vaults",
    kind: "",
    sku: null,
    properties: () => ({
      sku: { family: "A", name: "standard" },
      tenantId: "8c3dad1d-b6bc-4f8b-939b-8263372eced6",
      enableRbacAuthorization: true,
      enableSoftDelete: true,
      softDeleteRetentionInDays: 90,
      enablePurgeProtection: true,
      vaultUri: "https://x.vault.azure.net/",
      networkAcls: { bypass: "AzureServices", defaultAction: "Deny", ipRules: [], virtualNetworkRules: [] },
    }),
  },
  {
    type: "microsoft.compute/disks",
    provider: "Microsoft.Compute/disks",
    kind: "",
    sku: { name: "Premium_LRS", tier: "Premium" },
    properties: () => ({
      creationData: { createOption: "FromImage", imageReference: { id: "/Subscriptions/x/Providers/Microsoft.Compute/Locations/westeurope/Publishers/canonical/ArtifactTypes/VMImage/Offers/ubuntu-24_04-lts/Skus/server/Versions/24.04.202409120" } },
      diskSizeGB: 128,
      diskState: "Attached",
      encryption: { type: "EncryptionAtRestWithPlatformKey" },
      networkAccessPolicy: "AllowAll",
      osType: "Linux",
      provisioningState: "Succeeded",
    }),
  },
  {
    type: "microsoft.network/networkinterfaces",
    provider: "Microsoft.Network/networkInterfaces",
    kind: "",
    sku: null,
    properties: () => ({
      ipConfigurations: [{ name: "ipconfig1", properties: { privateIPAddress: "10.0.1.4", privateIPAllocationMethod: "Dynamic", primary: true, subnet: { id: "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default" } } }],
      enableAcceleratedNetworking: true,
      enableIPForwarding: false,
      provisioningState: "Succeeded",
    }),
  },
  {
    type: "microsoft.operationalinsights/workspaces",
    provider: "Microsoft.OperationalInsights/workspaces",
    kind: "",
    sku: null,
    properties: () => ({ sku: { name: "PerGB2018" }, retentionInDays: 30, publicNetworkAccessForIngestion: "Enabled", features: { enableLogAccessUsingOnlyResourcePermissions: true } }),
  },
  {
    type: "microsoft.network/privatednszones",
    provider: "Microsoft.Network/privateDnsZones",
    kind: "",
    sku: null,
    global: true,
    properties: () => ({ numberOfRecordSets: 4, maxNumberOfRecordSets: 25000, provisioningState: "Succeeded" }),
  },
  {
    type: "microsoft.compute/virtualmachines/extensions",
    provider: "Microsoft.Compute/virtualMachines/vm-app/extensions",
    kind: "",
    sku: null,
    properties: () => ({ publisher: "Microsoft.Azure.Monitor", type: "AzureMonitorLinuxAgent", typeHandlerVersion: "1.0", autoUpgradeMinorVersion: true, provisioningState: "Succeeded" }),
  },
];

const DISPLAY: Record<string, string> = { westeurope: "West Europe", eastus: "East US" };

/** Row `index` of the estate. */
export function estateRow(index: number): Row {
  const template = TEMPLATES[index % TEMPLATES.length];
  const outside = index % 10 === 3;
  const region = outside ? "eastus" : "westeurope";
  const subscription = `3f2b6c1e-8d4a-4e7b-9c1f-${String(Math.floor(index / 5_000)).padStart(12, "0")}`;
  const group = `rg-app-${Math.floor(index / 25)}`;
  const name = `${template.provider.split("/").pop()!.toLowerCase().slice(0, 8)}${index}`;
  return {
    id: `/subscriptions/${subscription}/resourceGroups/${group}/providers/${template.provider}/${name}`,
    name,
    type: template.type,
    location: template.global ? "global" : template.displayLocation ? DISPLAY[region] : region,
    kind: template.kind,
    sku: template.sku,
    properties: template.properties(region, outside),
    resourceGroup: group,
    subscriptionId: subscription,
    tags: TAGS,
  };
}

/** Writes the estate of `count` resources as pages of {@link PAGE_ROWS} rows into `dir`; returns the files. */
export function writeEstatePages(dir: string, count: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let start = 0; start < count; start += PAGE_ROWS) {
    const rows = Array.from({ length: Math.min(PAGE_ROWS, count - start) }, (_, i) => estateRow(start + i));
    const last = start + PAGE_ROWS >= count;
    const file = path.join(dir, `page-${String(files.length).padStart(3, "0")}.json`);
    const answer = { count: rows.length, data: rows, skip_token: last ? null : `ew0KICAiJGlkIjogIjEiLA0KICAiTWF4Um93cyI6IDEwMDAsDQogICJSb3dzVG9Ta2lwIjogJHtzdGFydH0NCn0=${start}`, total_records: count };
    fs.writeFileSync(file, JSON.stringify(answer));
    files.push(file);
  }
  return files;
}
