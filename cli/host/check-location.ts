import type { LocationDefault, WireProperties, WireValue } from "./types";
import { containsUnknowns, UNKNOWN, unwrapSecret } from "./wire-values";

/** Result of the emulated location defaulting. */
export interface CheckedLocation {
  /** Inputs after defaulting (a new object when `location` was filled, else the same object). */
  inputs: WireProperties;
  /** How `location` was filled, when it was. */
  locationDefault?: LocationDefault;
}

/**
 * Emulates the location part of azure-native's `Check` on the first preview of a new stack
 * (pulumi-azure-native `provider/pkg/provider/provider.go`, `applyDefaults` / `getDefaultLocation`).
 * For a resource whose inputs include `location` but which did not set it:
 * 1. old inputs' location: none exist on a first preview;
 * 2. the provider's `location` config (explicit provider inputs or the default provider's stack config).
 *    The provider receives its config as plain strings, so a secret wrapper is dropped; a secure value
 *    is unknown offline, so the location becomes unknown;
 * 3. the location of the resource group named by `resourceGroupName`: unknown when that name is unknown,
 *    otherwise read from Azure, where a group created by this first preview does not exist yet, so
 *    nothing is set (a group that already exists in Azure would give its location; offline it cannot).
 * `hasLocationInput` says whether the type's inputs include `location` (read from the SDK's Args); the
 * provider checks its PUT body instead, which matches the SDK Args except for types that set
 * `AutoLocationDisabled` (not visible in the SDK).
 */
export function checkLocation(
  inputs: WireProperties,
  hasLocationInput: boolean,
  providerInputs: WireProperties | undefined,
): CheckedLocation {
  if (!hasLocationInput || inputs.location !== undefined) {
    return { inputs };
  }
  const providerLocation = providerInputs?.location;
  if (providerLocation !== undefined) {
    return { inputs: { ...inputs, location: plainLocation(providerLocation) }, locationDefault: "provider-config" };
  }
  if (containsUnknowns(inputs.resourceGroupName)) {
    return { inputs: { ...inputs, location: UNKNOWN }, locationDefault: "unknown-resource-group" };
  }
  return { inputs };
}

function plainLocation(value: WireValue): WireValue {
  const plain = unwrapSecret(value);
  return containsUnknowns(plain) ? UNKNOWN : plain;
}
