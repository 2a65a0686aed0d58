import {
  COMMUNICATION_DATA_LOCATIONS,
  DIRECTORY_TENANT_LOCATIONS,
  POWER_PLATFORM_GEOS,
  SPHERE_DATA_BOUNDARIES,
} from "../../../catalog/vocabularies";
import { VocabularyField } from "./vocabulary";

/**
 * Properties whose value is a location vocabulary word (vectors.md V23, V26, V27, V29). docs/coverage/data-location.md
 * lists the same rows.
 */
export const DATA_LOCATION_VOCABULARY_FIELDS: readonly VocabularyField[] = [
  { type: "communication:CommunicationService", path: "dataLocation", vocabulary: COMMUNICATION_DATA_LOCATIONS, what: "stores data in" },
  { type: "communication:EmailService", path: "dataLocation", vocabulary: COMMUNICATION_DATA_LOCATIONS, what: "stores data in" },
  { type: "azureactivedirectory:B2CTenant", path: "location", vocabulary: DIRECTORY_TENANT_LOCATIONS, what: "stores its directory in" },
  { type: "azureactivedirectory:CIAMTenant", path: "location", vocabulary: DIRECTORY_TENANT_LOCATIONS, what: "stores its directory in" },
  { type: "powerplatform:EnterprisePolicy", path: "location", vocabulary: POWER_PLATFORM_GEOS, what: "governs Dataverse environments in" },
  { type: "azuresphere:DeviceGroup", path: "regionalDataBoundary", vocabulary: SPHERE_DATA_BOUNDARIES, what: "keeps device data in", unsetMeans: "None" },
  { type: "azuresphere:Image", path: "regionalDataBoundary", vocabulary: SPHERE_DATA_BOUNDARIES, what: "keeps image data in", unsetMeans: "None" },
];
