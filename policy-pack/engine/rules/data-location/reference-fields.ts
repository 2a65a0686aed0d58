import { ReferenceField } from "../reference-fields";

/** Resources another resource binds its data to, by id (vectors.md V27). docs/coverage/data-location.md lists the same rows. */
export const DATA_LOCATION_REFERENCE_FIELDS: readonly ReferenceField[] = [
  {
    type: "powerplatform:EnterprisePolicy",
    path: "encryption.keyVault.id",
    what: "encrypts Dataverse data with a key held in",
    fix: "Use a Key Vault located inside the boundary.",
    targets: ["keyvault:Vault"],
  },
  {
    type: "powerplatform:EnterprisePolicy",
    list: "networkInjection.virtualNetworks",
    path: "id",
    what: "injects Dataverse traffic into a virtual network in",
    fix: "Delegate virtual networks located inside the boundary.",
    targets: ["network:VirtualNetwork"],
  },
];
