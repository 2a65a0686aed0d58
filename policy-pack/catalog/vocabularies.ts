import { COUNTRIES } from "./countries";
import { SourceId } from "./sources";

/**
 * Location vocabularies that are not region names (regions.md §4): what each value means in countries, or in
 * regions, with its source. Data only; the engine's processing and data-location rules read it.
 */

/** One value of a service's location vocabulary and the countries it may put data in. */
export interface VocabularyValue {
  /** The value as the service documents it (`Europe`, `unitedstates`); matched case- and space-insensitively. */
  readonly value: string;
  /**
   * ISO codes of every country the value may put data in. The value is inside a boundary only when all of them
   * are; an empty list means the countries are not known, which proves nothing (never inside).
   */
  readonly countries: readonly string[];
  /** The countries as messages name them: "United States", "EU member states; which ones is unverified". */
  readonly covers: string;
}

/** The location vocabulary of one or more properties. */
export interface Vocabulary {
  /** What the values name, for messages about an unrecognised value: "Communication Services data location". */
  readonly name: string;
  readonly values: readonly VocabularyValue[];
  readonly source: SourceId;
  /** What is unverified about the values; docs/coverage repeats it. */
  readonly note: string;
}

/** The 27 EU member states, from the country table. */
const EU_MEMBER_STATES: readonly string[] = Object.values(COUNTRIES).filter((c) => c.eu).map((c) => c.code);

const EUROPE_COVERS = "EU member states; which ones is unverified";

const country = (value: string, code: string): VocabularyValue => ({ value, countries: [code], covers: COUNTRIES[code].name });
const europe = (value: string): VocabularyValue => ({ value, countries: EU_MEMBER_STATES, covers: EUROPE_COVERS });
const elsewhere = (value: string, covers: string): VocabularyValue => ({ value, countries: [], covers });

/**
 * Communication Services and Email Communication Services `dataLocation` (regions.md §4.3). Which countries
 * "Europe" covers is not published: it is taken as EU member states, so it is inside `eu` and `eudb` and outside
 * every single-country boundary.
 */
export const COMMUNICATION_DATA_LOCATIONS: Vocabulary = {
  name: "Communication Services data location",
  source: "S-ACS",
  note: "The countries behind Europe are not published (taken as EU member states); the multi-country geographies outside Europe are listed without countries.",
  values: [
    europe("Europe"),
    country("France", "FR"),
    country("Germany", "DE"),
    country("Norway", "NO"),
    country("Switzerland", "CH"),
    country("United Kingdom", "GB"),
    country("United States", "US"),
    country("Australia", "AU"),
    country("Brazil", "BR"),
    country("Canada", "CA"),
    country("India", "IN"),
    country("Japan", "JP"),
    country("Korea", "KR"),
    country("United Arab Emirates", "AE"),
    elsewhere("Africa", "African countries"),
    elsewhere("Asia Pacific", "Asia Pacific countries"),
  ],
};

/**
 * Azure AD B2C and External ID (CIAM) tenant `location` (regions.md §4.4, SDK docs). Only "Europe" can be
 * inside, and only for `eu` and `eudb`: the Go-Local add-on that pins data to one country has no published country
 * list, so no value is inside a single-country boundary.
 */
export const DIRECTORY_TENANT_LOCATIONS: Vocabulary = {
  name: "directory tenant location",
  source: "S-B2C",
  note: "The countries behind Europe are not published (taken as EU member states); the Go-Local country list is unverified, so isGoLocalTenant proves nothing.",
  values: [
    europe("Europe"),
    country("United States", "US"),
    country("Australia", "AU"),
    elsewhere("Asia Pacific", "Asia Pacific countries"),
  ],
};

/**
 * Power Platform geographies used as enterprise policy `location` (regions.md §4.5). The list is unverified: the
 * values are the ARM logical locations Microsoft's own module examples use; any other value is outside.
 */
export const POWER_PLATFORM_GEOS: Vocabulary = {
  name: "Power Platform geography",
  source: "S-PP",
  note: "The geography list is unverified (taken from the ARM logical locations); europe is taken as EU member states; unlisted values are outside.",
  values: [
    europe("europe"),
    country("france", "FR"),
    country("germany", "DE"),
    country("norway", "NO"),
    country("switzerland", "CH"),
    country("uk", "GB"),
    country("unitedstates", "US"),
    country("australia", "AU"),
    country("brazil", "BR"),
    country("canada", "CA"),
    country("india", "IN"),
    country("japan", "JP"),
    country("korea", "KR"),
    country("singapore", "SG"),
    country("southafrica", "ZA"),
    country("uae", "AE"),
    elsewhere("asia", "Asian countries"),
  ],
};

/**
 * Azure Sphere `regionalDataBoundary` of device groups and images (SDK enum: None = "No data boundary", EU = "EU
 * data boundary"). Unset is taken as None.
 */
export const SPHERE_DATA_BOUNDARIES: Vocabulary = {
  name: "Azure Sphere regional data boundary",
  source: "S-SDK",
  note: "Which EU countries hold data under EU is not published (taken as EU member states); None and unset give no boundary at all.",
  values: [europe("EU"), elsewhere("None", "no data boundary, any geography")],
};

/** How an Azure OpenAI / AI Foundry deployment type (`sku.name`) processes prompts and responses. */
export type DeploymentProcessing =
  /** In any geography where the model is deployed (`Global*`). */
  | "global"
  /** In the Microsoft data zone of the account: the EU member states for an account in one of them (`DataZone*`). */
  | "data-zone"
  /** In the account's Azure geography (`Standard`, `ProvisionedManaged`). */
  | "geography"
  /** Without any residency guarantee (`DeveloperTier`). */
  | "no-residency";

/** The deployment types of S-AOAI; any other `sku.name` is unrecognised and not proven inside. */
export const AI_DEPLOYMENT_TYPES: Readonly<Record<string, DeploymentProcessing>> = {
  GlobalStandard: "global",
  GlobalProvisionedManaged: "global",
  GlobalBatch: "global",
  DataZoneStandard: "data-zone",
  DataZoneProvisionedManaged: "data-zone",
  DataZoneBatch: "data-zone",
  Standard: "geography",
  ProvisionedManaged: "geography",
  DeveloperTier: "no-residency",
};

/** The only documented data zone in Europe: for an account in an EU member state, every EU member state (S-AOAI). */
export const AI_EU_DATA_ZONE: readonly string[] = EU_MEMBER_STATES;

/**
 * Application Insights availability-test location ids (`locations[].location`) and the region each runs from
 * (S-WT, regions.md §4.7). The ids do not name their site: emea-ru-msa-edge and emea-se-sto-edge are in the UK;
 * emea-ch-zrh-edge is documented as "France Central (formerly France South)" and taken as francecentral. Any
 * id not listed here is outside every boundary.
 */
export const AVAILABILITY_TEST_LOCATIONS: Readonly<Record<string, string>> = {
  "emea-nl-ams-azr": "westeurope",
  "emea-gb-db3-azr": "northeurope",
  "emea-fr-pra-edge": "francecentral",
  "emea-ch-zrh-edge": "francecentral",
  "emea-ru-msa-edge": "uksouth",
  "emea-se-sto-edge": "ukwest",
  "emea-au-syd-edge": "australiaeast",
  "us-va-ash-azr": "eastus",
  "us-fl-mia-edge": "centralus",
  "us-tx-sn1-azr": "southcentralus",
  "us-il-ch1-azr": "northcentralus",
  "us-ca-sjc-azr": "westus",
  "apac-sg-sin-azr": "southeastasia",
  "apac-hk-hkn-azr": "eastasia",
  "apac-jp-kaw-edge": "japaneast",
  "latam-br-gru-edge": "brazilsouth",
};
