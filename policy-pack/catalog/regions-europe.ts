import { Region, region } from "./region";

/**
 * Azure regions in Europe, and the UK for contrast (`../shared/reference/regions.md` §2). Pairs, restricted flags and
 * availability zones come from the regions list and the pairs page (S-REG ms.date 09/23/2025, S-PAIR). Without zones:
 * francesouth, germanynorth, norwaywest, switzerlandwest (all restricted), swedensouth (no row of its own) and the UK
 * regions (not recorded: outside every boundary).
 */
export const EUROPEAN_REGIONS: readonly Region[] = [
  region("northeurope", "North Europe", "IE", "westeurope", "S-REG", { zones: true, note: "Geography Europe: pairs across a border with westeurope (NL)." }),
  region("westeurope", "West Europe", "NL", "northeurope", "S-REG", { zones: true, note: "Geography Europe: pairs across a border with northeurope (IE)." }),
  region("francecentral", "France Central", "FR", "francesouth", "S-REG", { zones: true }),
  region("francesouth", "France South", "FR", "francecentral", "S-REG", { restricted: true }),
  region("germanywestcentral", "Germany West Central", "DE", "germanynorth", "S-REG", { zones: true }),
  region("germanynorth", "Germany North", "DE", "germanywestcentral", "S-REG", { restricted: true }),
  region("swedencentral", "Sweden Central", "SE", "swedensouth", "S-REG", { zones: true }),
  region("swedensouth", "Sweden South", "SE", "swedencentral", "S-REG", {
    restricted: true,
    note: "Listed only as Sweden Central's restricted pair; its physical location is unverified, taken as Sweden.",
  }),
  region("polandcentral", "Poland Central", "PL", null, "S-REG", { zones: true }),
  region("italynorth", "Italy North", "IT", null, "S-REG", { zones: true }),
  region("spaincentral", "Spain Central", "ES", null, "S-REG", { zones: true }),
  region("austriaeast", "Austria East", "AT", null, "S-REG", { zones: true, note: "Coming soon in 03/2025, listed in 09/2025." }),
  region("belgiumcentral", "Belgium Central", "BE", null, "S-REG", { zones: true, note: "First listed in 09/2025." }),
  region("denmarkeast", "Denmark East", "DK", null, "S-REG", {
    zones: true,
    note: "Coming soon in 09/2025; public deployments show it in use. General availability not confirmed by Microsoft.",
  }),
  region("finlandcentral", "Finland Central", "FI", null, "S-NEWS", {
    status: "announced",
    note: "Announced only; the ARM name comes from third-party lists. Not proven inside any boundary until confirmed.",
  }),
  region("greececentral", "Greece Central", "GR", null, "S-NEWS", {
    status: "announced",
    note: "Announced only; the ARM name comes from third-party lists. Not proven inside any boundary until confirmed.",
  }),
  region("norwayeast", "Norway East", "NO", "norwaywest", "S-REG", { zones: true }),
  region("norwaywest", "Norway West", "NO", "norwayeast", "S-REG", { restricted: true }),
  region("switzerlandnorth", "Switzerland North", "CH", "switzerlandwest", "S-REG", { zones: true }),
  region("switzerlandwest", "Switzerland West", "CH", "switzerlandnorth", "S-REG", { restricted: true }),
  region("uksouth", "UK South", "GB", "ukwest", "S-REG"),
  region("ukwest", "UK West", "GB", "uksouth", "S-REG"),
];
