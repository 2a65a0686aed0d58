import { AzureNativeTypeInfo, lookupAzureNativeTypeIgnoringCase } from "../../../catalog/azure-native-types";
import { memoizeByString } from "../../memo";
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

/**
 * ARM types (in lower case) whose azure-native token does not follow from the namespace, the parent's type and the
 * singular type name (see {@link mapArmType}).
 */
const IRREGULAR_TYPES: ReadonlyMap<string, string> = new Map([
  ["microsoft.web/sites", "web:WebApp"],
  ["microsoft.web/serverfarms", "web:AppServicePlan"],
  ["microsoft.insights/components", "applicationinsights:Component"],
  ["microsoft.insights/webtests", "applicationinsights:WebTest"],
  ["microsoft.cache/redis", "redis:Redis"],
  ["microsoft.devices/iothubs", "iothub:IotHubResource"],
  ["microsoft.network/dnszones", "dns:Zone"],
  ["microsoft.network/privatednszones", "privatedns:PrivateZone"],
  ["microsoft.network/frontdoors", "frontdoor:FrontDoor"],
  ["microsoft.network/trafficmanagerprofiles", "trafficmanager:Profile"],
  ["microsoft.storage/storageaccounts/blobservices/containers", "storage:BlobContainer"],
  ["microsoft.storage/storageaccounts/fileservices/shares", "storage:FileShare"],
  ["microsoft.search/searchservices", "search:Service"],
  ["microsoft.compute/virtualmachinescalesets/virtualmachines", "compute:VirtualMachineScaleSetVM"],
  ["microsoft.authorization/locks", "authorization:ManagementLockAtResourceGroupLevel"],
  ["microsoft.saas/resources", "saas:SaasSubscriptionLevel"],
]);

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

/** `storageAccounts` to `StorageAccount`, `registries` to `Registry`, `publicIPAddresses` to `PublicIPAddress`, in any case. */
function singularType(segment: string): string {
  const pascal = segment.charAt(0).toUpperCase() + segment.slice(1);
  if (/ies$/i.test(pascal)) return `${pascal.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/i.test(pascal)) return pascal.slice(0, -2);
  return pascal.replace(/s$/i, "");
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

/** The longest ARM type of {@link IRREGULAR_TYPES}: a longer one cannot be there. */
const LONGEST_IRREGULAR = Math.max(...[...IRREGULAR_TYPES.keys()].map((type) => type.length));

/**
 * The `<module>:<Type>` keys an ARM type may have in the SDK, most specific first. A top-level type: the namespace's
 * module and the singular type name. A child lives in its parent's module (a private DNS zone's links are in
 * `privatedns`, not `network`), and the SDK names it after its parent (`compute:VirtualMachineExtension` for
 * `virtualMachines/extensions`, `web:WebAppSlot` for `sites/slots`), by its own singular name (`sql:Database`), or,
 * for the settings singletons of a storage account, `<Name>Properties` (`storage:BlobServiceProperties`).
 */
function candidateKeys(namespace: string, segment: string, parent: MappedArmType | undefined): string[] {
  const own = ownKey(namespace, segment, parent);
  if (!parent) return [own];
  const [module, parentType] = parent.key.split(":");
  return [`${module}:${parentType}${singularType(segment)}`, own, `${own}Properties`];
}

/** A level's own singular name in its module (its parent's, for a child): the key an unknown type keeps. */
function ownKey(namespace: string, segment: string, parent: MappedArmType | undefined): string {
  return `${parent ? parent.key.split(":")[0] : moduleOf(namespace)}:${singularType(segment)}`;
}

/**
 * One level of an ARM type (`prefix`, ending in `segment`): the irregular name, else the first candidate the SDK
 * type table holds (without regard to case), else a key derived from the type as written: the module and its own
 * singular name.
 */
function mapLevel(prefix: string, namespace: string, segment: string, parent: MappedArmType | undefined): MappedArmType {
  const irregular = prefix.length <= LONGEST_IRREGULAR ? IRREGULAR_TYPES.get(prefix.toLowerCase()) : undefined;
  const candidates = irregular ? [irregular] : candidateKeys(namespace, segment, parent);
  let info: AzureNativeTypeInfo | undefined;
  for (const candidate of candidates) {
    info = lookupAzureNativeTypeIgnoringCase(candidate);
    if (info) break;
  }
  const key = info?.token ?? irregular ?? ownKey(namespace, segment, parent);
  const thirdParty = thirdPartyByModule(key.split(":")[0]) !== undefined;
  return { key, known: info !== undefined || thirdParty, hasLocation: info ? info.location : true };
}

/** Maps each level of the type in turn, from the top-level type down: a child's candidates need its parent's type. */
function mapUncached(armType: string): MappedArmType {
  const [namespace, ...segments] = armType.split("/");
  let prefix = namespace;
  let mapped: MappedArmType | undefined;
  for (const segment of segments) {
    prefix = `${prefix}/${segment}`;
    mapped = mapLevel(prefix, namespace, segment, mapped);
  }
  return mapped!;
}

/**
 * Maps an ARM type, in any case, to the azure-native type the rules key on: `Microsoft.Storage/storageAccounts` and
 * `microsoft.storage/storageaccounts` to `storage:StorageAccount`, `Microsoft.Compute/virtualMachines/extensions` to
 * `compute:VirtualMachineExtension`. The candidates of {@link candidateKeys} are looked up in the SDK type table
 * without regard to case, the first found wins; irregular names come from a small table. An unknown type keeps a
 * derived key (the namespace's or parent's module and its singular name, as written) and is judged on its location
 * alone. Computed once per distinct string. Call it only for a type that {@link isArmType} accepts.
 */
export const mapArmType: (armType: string) => MappedArmType = memoizeByString(mapUncached);

/** The ARM type of a child's parent (`Microsoft.Sql/servers/databases` gives `Microsoft.Sql/servers`), if any. */
export function parentArmType(armType: string): string | undefined {
  const segments = armType.split("/");
  return segments.length > 2 ? segments.slice(0, -1).join("/") : undefined;
}
