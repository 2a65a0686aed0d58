import { TypeToken } from "./tokens";

/** Names reviewers know better than the SDK's class names. */
const KIND_NAMES: Readonly<Record<string, string>> = {
  "resources:ResourceGroup": "Resource group",
  "cosmosdb:DatabaseAccount": "Cosmos DB account",
  "cognitiveservices:Account": "AI Services account",
  "cognitiveservices:Deployment": "AI model deployment",
  "sql:Server": "SQL server",
  "sql:Database": "SQL database",
  "keyvault:Vault": "Key Vault",
  "cdn:Profile": "CDN / Front Door profile",
  "frontdoor:FrontDoor": "Front Door",
  "botservice:Bot": "Bot",
  "monitor:ActionGroup": "Action group",
  "communication:CommunicationService": "Communication Services resource",
  "communication:EmailService": "Email Communication Services resource",
};

/** "Storage account" for `storage:StorageAccount`: the kind of resource as messages name it. */
export function resourceKind(token: TypeToken): string {
  const known = KIND_NAMES[token.key] ?? KIND_NAMES[`${token.module}:${token.type}`];
  if (known) return known;
  const words = token.type.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2");
  const [first, ...rest] = words.split(" ");
  return [first, ...rest.map((w) => (/^[A-Z]{2,}/.test(w) ? w : w.toLowerCase()))].join(" ");
}
