/**
 * Where each catalogue fact comes from. Every region, pair and vocabulary row names one of these ids, so a
 * reviewer can check a fact against its source and a maintainer knows what to re-read when Microsoft changes it.
 */
export const SOURCES = {
  "S-REG": {
    title: "Azure regions list (MicrosoftDocs/reliability-docs articles/reliability/regions-list.md, 09/2025)",
    url: "https://learn.microsoft.com/azure/reliability/regions-list",
  },
  "S-REG-0325": {
    title: "Azure regions list (MicrosoftDocs/azure-docs articles/reliability/regions-list.md, 03/2025)",
    url: "https://learn.microsoft.com/azure/reliability/regions-list",
  },
  "S-PAIR": {
    title: "Azure region pairs (MicrosoftDocs/reliability-docs articles/reliability/regions-paired.md, 03/2025)",
    url: "https://learn.microsoft.com/azure/reliability/regions-paired",
  },
  "S-LL": {
    title: "az account list-locations output (regionType Logical, geographyGroup)",
    url: "https://learn.microsoft.com/cli/azure/account#az-account-list-locations",
  },
  "S-EUDB": {
    title: "What is the EU Data Boundary (EU and EFTA countries)",
    url: "https://learn.microsoft.com/privacy/eudb/eu-data-boundary-learn",
  },
  "S-EU": {
    title: "EU member countries",
    url: "https://european-union.europa.eu/principles-countries-history/eu-countries_en",
  },
  "S-EFTA": {
    title: "EFTA member states",
    url: "https://www.efta.int/about-efta/the-efta-states",
  },
  "S-LOCNORM": {
    title: "pulumi-azure-native PR #2281: case- and space-insensitive location diffs",
    url: "https://github.com/pulumi/pulumi-azure-native/pull/2281",
  },
  "S-NEWS": {
    title: "Announcements of new European regions (Finland, Greece, Denmark, Austria, Belgium), May 2026",
    url: "https://azure.microsoft.com/explore/global-infrastructure/geographies/",
  },
  "S-ARMLOC": {
    title:
      "ARM physical locations missing from the regions list: az account list-locations dumps (pairedRegion, physicalLocation) and ARM supported-location lists in public repositories",
    url: "https://learn.microsoft.com/rest/api/resources/subscriptions/list-locations",
  },
  "S-CLI-CRR": {
    title: "azure-cli backup module secondary_region_map (cross-region restore target of each region)",
    url: "https://github.com/Azure/azure-cli/blob/dev/src/azure-cli/azure/cli/command_modules/backup/custom.py",
  },
  "S-NEWS-WORLD": {
    title: "Announcements of new regions outside Europe (Saudi Arabia: availability expected 2026)",
    url: "https://news.microsoft.com/en-xm/2024/12/04/microsoft-shares-strong-progress-on-datacenter-region-in-saudi-arabia-construction-complete-on-three-sites-with-availability-expected-in-2026/",
  },
  "S-ACS": {
    title: "Communication Services data residency and the EU Data Boundary (MicrosoftDocs/azure-docs communication-services concepts privacy.md, european-union-data-boundary)",
    url: "https://learn.microsoft.com/azure/communication-services/concepts/european-union-data-boundary",
  },
  "S-B2C": {
    title: "Azure AD B2C and External ID tenant data residency (locations and Go-Local add-on)",
    url: "https://learn.microsoft.com/azure/active-directory-b2c/data-residency",
  },
  "S-PP": {
    title: "Microsoft.PowerPlatform.EnterprisePolicies PowerShell module (policy location examples such as unitedstates)",
    url: "https://www.powershellgallery.com/packages/Microsoft.PowerPlatform.EnterprisePolicies",
  },
  "S-AOAI": {
    title: "Azure OpenAI deployment types (MicrosoftDocs/azure-ai-docs ai-foundry/openai/how-to/deployment-types.md, 04/2025)",
    url: "https://learn.microsoft.com/azure/ai-foundry/openai/how-to/deployment-types",
  },
  "S-WT": {
    title: "Application Insights availability test locations (location population tags)",
    url: "https://azure.microsoft.com/en-us/resources/templates/dynamic-web-tests/",
  },
  "S-SDK": {
    title: "@pulumi/azure-native 3.28.0: enum documentation in types/enums (for example azuresphere RegionalDataBoundary)",
    url: "https://www.npmjs.com/package/@pulumi/azure-native/v/3.28.0",
  },
} as const;

/** The id of one entry in {@link SOURCES}. */
export type SourceId = keyof typeof SOURCES;
