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
  const fromProvider = providerLocation(inputs, providerInputs);
  if (fromProvider !== undefined) {
    return fromProvider;
  }
  if (containsUnknowns(inputs.resourceGroupName)) {
    return { inputs: { ...inputs, location: UNKNOWN }, locationDefault: "unknown-resource-group" };
  }
  return { inputs };
}

/** The classic provider's resource group type, whose `location` defaults to the provider's `location`. */
const CLASSIC_RESOURCE_GROUP = "azure:core/resourceGroup:ResourceGroup";

/**
 * Emulates the location default of the classic `@pulumi/azure` provider's `Check` on the first preview of a new stack
 * (pulumi/pulumi-azure `provider/resources.go`: the `location` field of `azurerm_resource_group` defaults to the
 * provider config `location`; every other resource whose inputs include `location` defaults to its resource group's
 * location, `defaultAzureLocation`). For a resource that did not set `location`:
 * - a resource group takes the provider's `location` (as plain text, unknown when secure), or stays without one;
 * - any other resource with a `resourceGroupName` gets an unknown location: the provider reads the group from Azure,
 *   which answers nothing for a group this first preview creates, and its name is often unknown anyway;
 * - a resource without `resourceGroupName` stays without one.
 */
export function checkClassicLocation(
  type: string,
  inputs: WireProperties,
  hasLocationInput: boolean,
  providerInputs: WireProperties | undefined,
): CheckedLocation {
  if (!hasLocationInput || inputs.location !== undefined) {
    return { inputs };
  }
  if (type === CLASSIC_RESOURCE_GROUP) {
    return providerLocation(inputs, providerInputs) ?? { inputs };
  }
  if (inputs.resourceGroupName !== undefined) {
    return { inputs: { ...inputs, location: UNKNOWN }, locationDefault: "resource-group-lookup" };
  }
  return { inputs };
}

/**
 * The inputs with the provider's `location`, which the provider receives as plain text: a secret wrapper is dropped,
 * and a secure value, unknown offline, makes the location unknown. Undefined when the provider has no location.
 */
function providerLocation(inputs: WireProperties, providerInputs: WireProperties | undefined): CheckedLocation | undefined {
  const location = providerInputs?.location;
  return location === undefined
    ? undefined
    : { inputs: { ...inputs, location: plainLocation(location) }, locationDefault: "provider-config" };
}

function plainLocation(value: WireValue): WireValue {
  const plain = unwrapSecret(value);
  return containsUnknowns(plain) ? UNKNOWN : plain;
}
