import { COUNTRIES } from "../../../catalog/countries";
import { COMMUNICATION_DATA_LOCATIONS, DIRECTORY_TENANT_LOCATIONS, Vocabulary, VocabularyValue } from "../../../catalog/vocabularies";
import { VocabularyField } from "./vocabulary";

/** A vocabulary with the extra words the Terraform azurerm provider (and so classic `@pulumi/azure`) documents. */
const withAzurermWords = (vocabulary: Vocabulary, words: readonly VocabularyValue[]): Vocabulary => ({
  ...vocabulary,
  values: [...vocabulary.values, ...words],
});

const countryWord = (value: string, code: string, covers = COUNTRIES[code].name): VocabularyValue => ({ value, countries: [code], covers });

/**
 * Communication Services `dataLocation` as azurerm spells it (5.89 and 6.x docs): `UK` and `UAE` besides the ARM
 * words, and (6.x) `usgov`, the US Government geography.
 */
const AZURERM_COMMUNICATION_DATA_LOCATIONS: Vocabulary = withAzurermWords(COMMUNICATION_DATA_LOCATIONS, [
  countryWord("UK", "GB"),
  countryWord("UAE", "AE"),
  countryWord("usgov", "US", "United States (US Government)"),
]);

/** Azure AD B2C `dataResidencyLocation` as azurerm documents it: `Global` besides the ARM words, with no country list. */
const AZURERM_DIRECTORY_TENANT_LOCATIONS: Vocabulary = withAzurermWords(DIRECTORY_TENANT_LOCATIONS, [
  { value: "Global", countries: [], covers: "any geography" },
]);

/**
 * The classic `@pulumi/azure` counterparts of `DATA_LOCATION_VOCABULARY_FIELDS` (vectors.md V23, V26), the same in
 * 5.x and 6.x. docs/coverage/data-location.md lists the same rows.
 */
export const CLASSIC_DATA_LOCATION_VOCABULARY_FIELDS: readonly VocabularyField[] = [
  // V23: azurerm's default is United States (5.89 JSDoc "Defaults to `United States`"; 6.x keeps it optional).
  { type: "azure:communication:Service", path: "dataLocation", vocabulary: AZURERM_COMMUNICATION_DATA_LOCATIONS, what: "stores data in", unsetMeans: "United States" },
  // V23: required, so an absent value (an older program) is not proven.
  { type: "azure:communication:EmailService", path: "dataLocation", vocabulary: AZURERM_COMMUNICATION_DATA_LOCATIONS, what: "stores data in" },
  // V26: the B2C tenant's data residency; `countryCode` does not place data and is not judged.
  { type: "azure:aadb2c:Directory", path: "dataResidencyLocation", vocabulary: AZURERM_DIRECTORY_TENANT_LOCATIONS, what: "stores its directory in" },
];
