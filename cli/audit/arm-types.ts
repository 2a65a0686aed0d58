import { lookupAzureNativeType } from "../../policy-pack/catalog/azure-native-types";
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

/**
 * The token an ARM type is judged as, from the engine's own ARM mapping, the one the opaque-template rules use (it
 * ignores case: Resource Graph writes types in lower case, `microsoft.storage/storageaccounts`, templates in camel
 * case). Call it only for a type the engine's `isArmType` accepts.
 */
export function estateTypeOf(armType: string): EstateType {
  const mapped = mapArmType(armType);
  return {
    token: `azure-native:${mapped.key}`,
    known: mapped.known,
    hasLocation: mapped.hasLocation,
    parents: lookupAzureNativeType(mapped.key)?.parents ?? [],
  };
}
