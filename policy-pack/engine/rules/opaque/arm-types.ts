import { lookupAzureNativeType } from "../../../catalog/azure-native-types";
import { thirdPartyByModule, thirdPartyByNamespace } from "../third-party/publishers";

/**
 * Resource-provider namespaces whose azure-native module is not the namespace without `Microsoft.`. Third-party
 * namespaces come from the third-party table; every other `Microsoft.X` becomes module `x`.
 */
const NAMESPACE_MODULES: Readonly<Record<string, string>> = {
  "microsoft.documentdb": "cosmosdb",
  "microsoft.cache": "redis",
  "microsoft.insights": "monitor",
  "microsoft.devices": "iothub",
};

/** ARM types whose azure-native token does not follow from the namespace and the singular type name. */
const IRREGULAR_TYPES: Readonly<Record<string, string>> = {
  "microsoft.web/sites": "web:WebApp",
  "microsoft.web/sites/slots": "web:WebAppSlot",
  "microsoft.web/serverfarms": "web:AppServicePlan",
  "microsoft.insights/components": "applicationinsights:Component",
  "microsoft.insights/webtests": "applicationinsights:WebTest",
  "microsoft.cache/redis": "redis:Redis",
  "microsoft.devices/iothubs": "iothub:IotHubResource",
  "microsoft.network/dnszones": "dns:Zone",
  "microsoft.network/privatednszones": "privatedns:PrivateZone",
  "microsoft.network/frontdoors": "frontdoor:FrontDoor",
  "microsoft.network/trafficmanagerprofiles": "trafficmanager:Profile",
  "microsoft.storage/storageaccounts/blobservices/containers": "storage:BlobContainer",
  "microsoft.authorization/locks": "authorization:ManagementLockAtResourceGroupLevel",
  "microsoft.saas/resources": "saas:SaasSubscriptionLevel",
};

/**
 * ARM types that are themselves escape hatches: a nested deployment, deployment stack, template spec or
 * deployment script inside a template is not followed, so it is unproven.
 */
export const NESTED_ESCAPE_HATCHES: ReadonlySet<string> = new Set([
  "microsoft.resources/deployments",
  "microsoft.resources/deploymentstacks",
  "microsoft.resources/templatespecs/versions",
  "microsoft.resources/deploymentscripts",
]);

/** `Namespace/type[/childType...]` without blanks: the only shape {@link mapArmType} maps. */
const ARM_TYPE = /^[^/\s:]+(\/[^/\s:]+)+$/;

/** True for a well-formed ARM resource type such as `Microsoft.Storage/storageAccounts/blobServices`. */
export function isArmType(value: string): boolean {
  return ARM_TYPE.test(value);
}

/** `storageAccounts` to `StorageAccount`, `registries` to `Registry`, `publicIPAddresses` to `PublicIPAddress`. */
function singularType(segment: string): string {
  const pascal = segment.charAt(0).toUpperCase() + segment.slice(1);
  if (/ies$/.test(pascal)) return `${pascal.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(pascal)) return pascal.slice(0, -2);
  return pascal.replace(/s$/, "");
}

function moduleOf(namespace: string): string {
  const lower = namespace.toLowerCase();
  const known = NAMESPACE_MODULES[lower] ?? thirdPartyByNamespace(namespace)?.modules[0];
  if (known) return known;
  return lower.replace(/^microsoft\./, "").replace(/\./g, "");
}

/** An ARM type mapped to the azure-native token the engine's rules key on. */
export interface MappedArmType {
  /** `<module>:<Type>`, derived even when the SDK has no such type, so that the location can still be judged. */
  readonly key: string;
  /** The SDK has this type (or its module is a known third party), so every rule keyed on it applies. */
  readonly known: boolean;
  /** The type has a `location` input; `false` for child and extension types that live in their parent's place. */
  readonly hasLocation: boolean;
}

/**
 * Maps `Microsoft.Storage/storageAccounts` to `storage:StorageAccount`: the namespace gives the module, the last
 * type segment (singular, PascalCase) the type, checked against the SDK type table; irregular names come from
 * a small table. Unknown types keep a derived key (judged on their location alone). Call it only for a type
 * that {@link isArmType} accepts.
 */
export function mapArmType(armType: string): MappedArmType {
  const [namespace, ...segments] = armType.split("/");
  const key = IRREGULAR_TYPES[armType.toLowerCase()] ?? `${moduleOf(namespace)}:${singularType(segments[segments.length - 1] ?? "")}`;
  const info = lookupAzureNativeType(key);
  const thirdParty = thirdPartyByModule(key.split(":")[0]) !== undefined;
  return { key, known: info !== undefined || thirdParty, hasLocation: info ? info.location : true };
}

/** The ARM type of a child's parent (`Microsoft.Sql/servers/databases` gives `Microsoft.Sql/servers`), if any. */
export function parentArmType(armType: string): string | undefined {
  const segments = armType.split("/");
  return segments.length > 2 ? segments.slice(0, -1).join("/") : undefined;
}
