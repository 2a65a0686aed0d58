import { Region, region } from "./region";

/**
 * Azure public-cloud regions outside Europe: the Americas, Asia Pacific, the Middle East and Africa. Sovereign
 * clouds (China, US Government) are not here. Canary and staging locations (`*euap`, `*stage`, `*stg`) are matched by
 * `CANARY_LOCATION_PATTERN` instead.
 *
 * The first block is every non-European row of Microsoft's regions list (S-REG, 09/2025), with its pairs and
 * restricted flags. The three asymmetric pairs come from the pairs page (S-PAIR).
 *
 * The second block holds ARM physical locations that the regions list leaves out but that subscriptions see (S-ARMLOC):
 * `az account list-locations` output and ARM "supported locations" lists. None of them is in Europe, so none can be
 * inside a European boundary. Access conditions are unpublished, so each row is marked restricted. Where a pair is
 * given, it comes from `az account list-locations` metadata (S-ARMLOC) or from the azure-cli backup
 * cross-region-restore map (S-CLI-CRR). The note says which.
 */
export const WORLD_REGIONS: readonly Region[] = [
  // ---- Americas (S-REG) ----
  region("brazilsouth", "Brazil South", "BR", "southcentralus", "S-PAIR", {
    note: "Asymmetric and cross-border: geo-redundant copies go to southcentralus (US), which pairs with northcentralus.",
  }),
  region("brazilsoutheast", "Brazil Southeast", "BR", "brazilsouth", "S-REG", {
    restricted: true,
    note: "Rio. Brazil South's in-country DR region. One-way pair: brazilsouth pairs with southcentralus. S-PAIR's list of asymmetric pairs leaves this one out.",
  }),
  region("canadacentral", "Canada Central", "CA", "canadaeast", "S-REG"),
  region("canadaeast", "Canada East", "CA", "canadacentral", "S-REG"),
  region("centralus", "Central US", "US", "eastus2", "S-REG"),
  region("chilecentral", "Chile Central", "CL", null, "S-REG", { note: "Santiago. Nonpaired; first listed in 09/2025." }),
  region("eastus", "East US", "US", "westus", "S-REG", { note: "Also receives westus3's geo-redundant copies (one-way pair, S-PAIR)." }),
  region("eastus2", "East US 2", "US", "centralus", "S-REG"),
  region("mexicocentral", "Mexico Central", "MX", null, "S-REG", { note: "Querétaro State. Nonpaired." }),
  region("northcentralus", "North Central US", "US", "southcentralus", "S-REG"),
  region("southcentralus", "South Central US", "US", "northcentralus", "S-REG", {
    note: "Also receives brazilsouth's geo-redundant copies (one-way pair, S-PAIR).",
  }),
  region("westcentralus", "West Central US", "US", "westus2", "S-REG", { note: "Not flagged restricted in either the 03/2025 or the 09/2025 list." }),
  region("westus", "West US", "US", "eastus", "S-REG"),
  region("westus2", "West US 2", "US", "westcentralus", "S-REG"),
  region("westus3", "West US 3", "US", "eastus", "S-PAIR", { note: "Asymmetric: pairs one way with eastus; eastus pairs with westus." }),

  // ---- Asia Pacific (S-REG) ----
  region("australiacentral", "Australia Central", "AU", "australiacentral2", "S-REG", { note: "Canberra." }),
  region("australiacentral2", "Australia Central 2", "AU", "australiacentral", "S-REG", { restricted: true, note: "Canberra." }),
  region("australiaeast", "Australia East", "AU", "australiasoutheast", "S-REG"),
  region("australiasoutheast", "Australia Southeast", "AU", "australiaeast", "S-REG"),
  region("centralindia", "Central India", "IN", "southindia", "S-REG"),
  region("southindia", "South India", "IN", "centralindia", "S-REG", { note: "Also receives westindia's geo-redundant copies (one-way pair, S-PAIR)." }),
  region("westindia", "West India", "IN", "southindia", "S-PAIR", {
    note: "Asymmetric: pairs with southindia, which pairs with centralindia. One third-party list marks it restricted; S-REG does not.",
  }),
  region("eastasia", "East Asia", "HK", "southeastasia", "S-REG", {
    note: "Hong Kong SAR, geography Asia Pacific: pairs across a border with southeastasia (Singapore).",
  }),
  region("southeastasia", "Southeast Asia", "SG", "eastasia", "S-REG", {
    note: "Singapore, geography Asia Pacific: pairs across a border with eastasia (Hong Kong SAR).",
  }),
  region("indonesiacentral", "Indonesia Central", "ID", null, "S-REG", { note: "Jakarta. Nonpaired; coming soon in 03/2025, listed in 09/2025." }),
  region("japaneast", "Japan East", "JP", "japanwest", "S-REG"),
  region("japanwest", "Japan West", "JP", "japaneast", "S-REG"),
  region("koreacentral", "Korea Central", "KR", "koreasouth", "S-REG"),
  region("koreasouth", "Korea South", "KR", "koreacentral", "S-REG", {
    note: "Flagged restricted in the 03/2025 list but not in the 09/2025 list; the newer list is followed.",
  }),
  region("malaysiawest", "Malaysia West", "MY", null, "S-REG", { note: "Kuala Lumpur. Nonpaired; first listed in 09/2025." }),
  region("newzealandnorth", "New Zealand North", "NZ", null, "S-REG", { note: "Auckland. Nonpaired." }),

  // ---- Middle East and Africa (S-REG) ----
  region("israelcentral", "Israel Central", "IL", null, "S-REG", { note: "Nonpaired. S-REG gives the physical location only as Israel." }),
  region("qatarcentral", "Qatar Central", "QA", null, "S-REG", { note: "Doha. Nonpaired." }),
  region("uaecentral", "UAE Central", "AE", "uaenorth", "S-REG", { restricted: true, note: "Abu Dhabi. UAE North's in-country DR region." }),
  region("uaenorth", "UAE North", "AE", "uaecentral", "S-REG", { note: "Dubai." }),
  region("southafricanorth", "South Africa North", "ZA", "southafricawest", "S-REG", { note: "Johannesburg." }),
  region("southafricawest", "South Africa West", "ZA", "southafricanorth", "S-REG", { restricted: true, note: "Cape Town." }),

  // ---- ARM locations that the regions list omits (S-ARMLOC, S-CLI-CRR) ----
  region("jioindiawest", "Jio India West", "IN", "jioindiacentral", "S-ARMLOC", {
    restricted: true,
    note: "Not in S-REG. list-locations: Jamnagar, pair jioindiacentral. Third-party lists mark it restricted.",
  }),
  region("jioindiacentral", "Jio India Central", "IN", "jioindiawest", "S-ARMLOC", {
    restricted: true,
    note: "Not in S-REG. list-locations: Nagpur, pair jioindiawest. Third-party lists mark it restricted.",
  }),
  region("brazilus", "Brazil US", "US", "brazilsoutheast", "S-ARMLOC", {
    restricted: true,
    note: "Not in S-REG. list-locations gives geography Brazil, an empty physical location, lat/long 0, and pair brazilsoutheast (one-way). Country unverified; taken as US from the name. Outside Europe either way.",
  }),
  region("taiwannorth", "Taiwan North", "TW", "taiwannorthwest", "S-CLI-CRR", {
    restricted: true,
    note: "Not in S-REG; ARM lists it and it has service tags. Pair from the azure-cli backup map only. Access conditions unpublished.",
  }),
  region("taiwannorthwest", "Taiwan Northwest", "TW", "taiwannorth", "S-CLI-CRR", {
    restricted: true,
    note: "Not in S-REG; ARM lists it and it has service tags. Pair from the azure-cli backup map only. Access conditions unpublished.",
  }),
  region("malaysiasouth", "Malaysia South", "MY", "japanwest", "S-CLI-CRR", {
    restricted: true,
    note: "Not in S-REG; ARM lists it. The azure-cli backup map sends it to japanwest (one-way and cross-border). Not confirmed as an ARM pair.",
  }),
  region("israelnorthwest", "Israel Northwest", "IL", null, "S-ARMLOC", {
    restricted: true,
    note: "Not in S-REG; ARM lists it and it has service tags. No pair found; null means unknown, not confirmed nonpaired.",
  }),
  region("indiasouthcentral", "India South Central", "IN", null, "S-ARMLOC", {
    restricted: true,
    note: "Announced Hyderabad region, not in S-REG. ARM SKU and location lists show it. One third-party list spells it southcentralindia. Pair unknown.",
  }),
  region("eastus3", "East US 3", "US", "westus3", "S-CLI-CRR", {
    restricted: true,
    note: "Announced Georgia region, not in S-REG. Pair from the azure-cli backup map only. General availability not confirmed.",
  }),
  region("eastusslv", "East US SLV", "US", null, "S-ARMLOC", {
    restricted: true,
    note: "Not in S-REG; ARM lists it. Purpose and pair undocumented; taken as US from the name.",
  }),
  region("northeastus5", "Northeast US 5", "US", "centralus", "S-CLI-CRR", {
    restricted: true,
    note: "Not in S-REG; has service tags. Pair (one-way) from the azure-cli backup map only.",
  }),
  region("southcentralus2", "South Central US 2", "US", "westcentralus", "S-CLI-CRR", {
    restricted: true,
    note: "Not in S-REG; ARM lists it. Pair (one-way) from the azure-cli backup map only.",
  }),
  region("southeastus", "Southeast US", "US", "westus3", "S-CLI-CRR", {
    restricted: true,
    note: "Not in S-REG; ARM lists it. Pair (one-way) from the azure-cli backup map only.",
  }),
  region("southeastus3", "Southeast US 3", "US", "westus3", "S-CLI-CRR", {
    restricted: true,
    note: "Not in S-REG; has service tags. Pair (one-way) from the azure-cli backup map only.",
  }),
  region("southeastus5", "Southeast US 5", "US", "centralus", "S-CLI-CRR", {
    restricted: true,
    note: "Not in S-REG; has service tags. Pair (one-way) from the azure-cli backup map only.",
  }),
  region("southwestus", "Southwest US", "US", "centralus", "S-CLI-CRR", {
    restricted: true,
    note: "Not in S-REG; ARM lists it. Pair (one-way) from the azure-cli backup map only.",
  }),

  // ---- Announced, ARM name not confirmed by Microsoft ----
  region("saudiarabiaeast", "Saudi Arabia East", "SA", null, "S-NEWS-WORLD", {
    status: "announced",
    note: "Microsoft expects availability in 2026. The ARM name comes only from third-party lists. Pair unknown.",
  }),
];
