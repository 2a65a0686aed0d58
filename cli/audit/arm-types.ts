import { azureNativeTypeTokens, lookupAzureNativeType } from "../../policy-pack/catalog/azure-native-types";
import { mapArmType } from "../../policy-pack/engine/rules/opaque/arm-types";

/** How an ARM type is sent to the pack. */
export interface EstateType {
  /** The azure-native type token, e.g. `azure-native:storage:StorageAccount`. */
  readonly token: string;
  /** The pack has rules keyed on this type; otherwise it judges only the location and resource group. */
  readonly known: boolean;
  /** The SDK type has a `location` input (false for child types that live in their parent's region). */
  readonly hasLocation: boolean;
  /** Inputs that name the parent resources the type lives in, e.g. `["serverName"]` for `sql:Database`. */
  readonly parents: readonly string[];
}

let lowerCaseKeys: Map<string, string> | undefined;

/** The SDK's `<module>:<Type>` spelled as the type table spells it; ARM types are case-insensitive. */
function tableKey(key: string): string | undefined {
  lowerCaseKeys ??= new Map(azureNativeTypeTokens().map((token) => [token.toLowerCase(), token]));
  return lowerCaseKeys.get(key.toLowerCase());
}

const memo = new Map<string, EstateType>();

/**
 * The token an ARM type is judged as, from the engine's own ARM mapping (the one the opaque-template rules use),
 * looked up in the SDK type table without regard to case: Resource Graph writes types in lower case
 * (`microsoft.storage/storageaccounts`), templates in camel case. Call it only for a type the
 * engine's `isArmType` accepts.
 */
export function estateTypeOf(armType: string): EstateType {
  const lower = armType.toLowerCase();
  const cached = memo.get(lower);
  if (cached) return cached;
  const mapped = mapArmType(armType);
  const key = tableKey(mapped.key) ?? mapped.key;
  const info = lookupAzureNativeType(key);
  const type: EstateType = {
    token: `azure-native:${key}`,
    known: info !== undefined || mapped.known,
    hasLocation: info ? info.location : mapped.hasLocation,
    parents: info?.parents ?? [],
  };
  memo.set(lower, type);
  return type;
}
