import * as pulumi from "@pulumi/pulumi";
import { CONFIG_NAMESPACE } from "../components";
import { Boundary, findRegion, judgeLocation, resolveBoundary } from "../policy-pack/engine";
import { CUSTOMER_HELD_KEYS_CONFIG_KEY, CustomerHeldKeysSection, parseCustomerHeldKeysSection } from "./blueprints/customer-held-keys";

/**
 * The stack config of the blueprints, read and checked once before any resource is created. Every key is in the
 * project's namespace, `data-boundary` (which is also where the components read the boundary from), except the
 * subscription and tenant, which are the azure-native provider's own keys so that the guardrail, the Key Vaults and
 * the provider can never point at different subscriptions or tenants.
 */

/** The blueprints, in the order the program builds them. */
export const BLUEPRINTS = ["landing-zone", "m365-customer-key", "ai-workload", "collaboration", "customer-held-keys"] as const;

/** One blueprint of {@link BLUEPRINTS}. */
export type BlueprintName = (typeof BLUEPRINTS)[number];

/** The Microsoft 365 service principals Customer Key grants key access to (the `CustomerKeyVaults` input). */
export const M365_PRINCIPAL_KEYS = ["exchangeOnline", "sharePointOnline", "multiWorkload"] as const;

/** What the landing zone needs besides the common settings. */
export interface LandingZoneSettings {
  /** `azure-native:subscriptionId`: the subscription the guardrail governs and the provider deploys to. */
  readonly subscriptionId: string;
  /** `azure-native:tenantId`: the Entra tenant of the Key Vault. */
  readonly tenantId: string;
}

/** What Microsoft 365 Customer Key needs besides the common settings. */
export interface CustomerKeySettings {
  /** `data-boundary:secondaryRegion`: the second vault's region, inside the boundary and not the primary region. */
  readonly secondaryRegion: string;
  /** True when either vault's region is restricted (and so listed in `data-boundary:acknowledgedRestrictedRegions`). */
  readonly restrictedRegionAcknowledged: boolean;
  /** `azure-native:tenantId`: the tenant of the vaults and of the Microsoft 365 organisation. */
  readonly tenantId: string;
  /** `data-boundary:microsoft365ServicePrincipals`: object ids of the Microsoft 365 service principals. */
  readonly microsoft365ServicePrincipals: Partial<Record<M365PrincipalKey, string>>;
}

/** A key of `data-boundary:microsoft365ServicePrincipals`. */
export type M365PrincipalKey = (typeof M365_PRINCIPAL_KEYS)[number];

/**
 * The settings every blueprint is built from. A blueprint is selected exactly when its section is present; the
 * landing zone is present whenever another one is (they send their diagnostics to its workspace).
 */
export interface BlueprintSettings {
  /** The stack name, for tags. */
  readonly stack: string;
  /** `data-boundary:preset` (and `data-boundary:regions` for `custom`): the boundary every component checks. */
  readonly boundary: Boundary;
  /** `data-boundary:primaryRegion`: where every blueprint puts its resources. */
  readonly primaryRegion: string;
  /** `data-boundary:acknowledgedRestrictedRegions`: restricted regions the subscription was granted access to. */
  readonly acknowledgedRestrictedRegions: readonly string[];
  /** `data-boundary:namePrefix`: prefix of globally unique names (the AI account's endpoint subdomain). */
  readonly namePrefix: string;
  readonly landingZone?: LandingZoneSettings;
  readonly customerKey?: CustomerKeySettings;
  readonly aiWorkload?: Record<string, never>;
  readonly collaboration?: Record<string, never>;
  readonly customerHeldKeys?: CustomerHeldKeysSettings;
}

/** What the customer-held-keys blueprint needs beyond the shared settings: Customer Key's, plus its own section. */
export interface CustomerHeldKeysSettings extends CustomerKeySettings {
  /** `data-boundary:customerHeldKeys`: the HSM administrators and the DKE key service. */
  readonly section: CustomerHeldKeysSection;
}

/** A stack config value the blueprints cannot use; the message names the key, the value and the expected form. */
export class BlueprintConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BlueprintConfigError";
  }
}

/** Reads one config value by its full key (`namespace:key`), as the program receives it (lists and maps as JSON). */
export type ConfigReader = (key: string) => string | undefined;

/** The reader over the stack's real config. */
export function stackConfigReader(): ConfigReader {
  return (key) => {
    const at = key.indexOf(":");
    return new pulumi.Config(key.slice(0, at)).get(key.slice(at + 1));
  };
}

const key = (name: string) => `${CONFIG_NAMESPACE}:${name}`;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAME_PREFIX = /^[a-z][a-z0-9-]{0,38}[a-z0-9]$/;
/** The blueprints that send their diagnostics to the landing zone's Log Analytics workspace. */
const NEEDS_WORKSPACE: readonly BlueprintName[] = ["m365-customer-key", "ai-workload", "collaboration", "customer-held-keys"];

/** The value as the user wrote it: a list or map as its JSON, anything else quoted. */
function show(raw: string | undefined): string {
  if (raw === undefined) return "not set";
  return /^[[{]/.test(raw.trim()) ? raw : `"${raw}"`;
}

function fail(name: string, raw: string | undefined, expected: string): never {
  const shown = show(raw);
  throw new BlueprintConfigError(`${name} is ${shown}; expected ${expected}.`);
}

/** A list or map value: the program receives it as JSON; a YAML scalar arrives as its text and is not one. */
function parseJson(name: string, raw: string, expected: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return fail(name, raw, expected);
  }
}

function readBlueprints(read: ConfigReader): BlueprintName[] {
  const name = key("blueprints");
  const raw = read(name);
  const expected = `a list of one or more of ${BLUEPRINTS.join(", ")}, such as [landing-zone, ai-workload]`;
  if (raw === undefined) fail(name, raw, expected);
  const value = parseJson(name, raw, expected);
  if (!Array.isArray(value) || value.length === 0) fail(name, raw, expected);
  for (const item of value) {
    if (!(BLUEPRINTS as readonly unknown[]).includes(item)) fail(name, raw, `${expected}; ${JSON.stringify(item)} is not one`);
  }
  if (new Set(value).size !== value.length) fail(name, raw, `${expected}, each listed once`);
  const missing = NEEDS_WORKSPACE.find((b) => value.includes(b));
  if (missing && !value.includes("landing-zone")) {
    fail(name, raw, `landing-zone in the list too: ${missing} sends its diagnostics to the landing zone's Log Analytics workspace`);
  }
  return BLUEPRINTS.filter((b) => value.includes(b));
}

function readBoundary(read: ConfigReader): Boundary {
  const raw = read(key("regions"));
  const regions = raw === undefined ? undefined : parseJson(key("regions"), raw, 'a list of Azure region names, such as ["westeurope", "northeurope"]');
  return resolveBoundary({ preset: read(key("preset")), regions }, key);
}

/** A programmatic region name inside the boundary; a restricted one only when acknowledged. */
function checkRegion(name: string, raw: string | undefined, boundary: Boundary, acknowledged: readonly string[]): string {
  const inside = boundary.regionNames.filter((r) => !findRegion(r)?.restricted || acknowledged.includes(r));
  const expected = `a region inside ${boundary.label}, one of ${inside.join(", ")}`;
  if (raw === undefined || findRegion(raw)?.name !== raw || judgeLocation(raw, boundary) !== "inside") fail(name, raw, expected);
  if (findRegion(raw)?.restricted && !acknowledged.includes(raw)) {
    fail(
      name,
      raw,
      `${expected}; ${raw} is a restricted region, which Azure opens only to subscriptions approved for it: ` +
        `request access, then list it in ${key("acknowledgedRestrictedRegions")}`,
    );
  }
  return raw;
}

function readAcknowledged(read: ConfigReader, boundary: Boundary): string[] {
  const name = key("acknowledgedRestrictedRegions");
  const raw = read(name);
  if (raw === undefined) return [];
  const restricted = boundary.regionNames.filter((r) => findRegion(r)?.restricted);
  const expected =
    restricted.length === 0
      ? `no value: ${boundary.label} has no restricted region`
      : `a list of the restricted regions inside ${boundary.label} that your subscription was granted access to, such as [${restricted[0]}] (one of ${restricted.join(", ")})`;
  const value = parseJson(name, raw, expected);
  if (!Array.isArray(value) || value.some((r) => !restricted.includes(r))) fail(name, raw, expected);
  return value as string[];
}

function readGuid(read: ConfigReader, name: string, what: string): string {
  const raw = read(name);
  if (raw === undefined || !GUID.test(raw)) fail(name, raw, `${what}, a GUID such as 00000000-0000-0000-0000-000000000000`);
  return raw;
}

function readPrincipals(read: ConfigReader): CustomerKeySettings["microsoft365ServicePrincipals"] {
  const name = key("microsoft365ServicePrincipals");
  const raw = read(name);
  const expected =
    `a map from one or more of ${M365_PRINCIPAL_KEYS.join(", ")} to the object id (a GUID) of that Microsoft 365 ` +
    "service principal in your tenant, such as { exchangeOnline: <object id>, sharePointOnline: <object id> }";
  if (raw === undefined) fail(name, raw, expected);
  const value = parseJson(name, raw, expected);
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(name, raw, expected);
  const entries = Object.entries(value);
  const bad = entries.some(([k, v]) => !(M365_PRINCIPAL_KEYS as readonly string[]).includes(k) || typeof v !== "string" || !GUID.test(v));
  if (entries.length === 0 || bad) fail(name, raw, expected);
  return value as CustomerKeySettings["microsoft365ServicePrincipals"];
}

/**
 * Reads and checks the blueprints' stack config. Throws {@link BlueprintConfigError} (or the pack's
 * `BoundaryConfigError` for `data-boundary:preset`) naming the key, the value and the expected form; only the keys
 * the chosen blueprints need are required.
 */
export function readBlueprintSettings(read: ConfigReader = stackConfigReader(), stack = pulumi.getStack()): BlueprintSettings {
  const blueprints = readBlueprints(read);
  const boundary = readBoundary(read);
  const acknowledged = readAcknowledged(read, boundary);
  const primaryRegion = checkRegion(key("primaryRegion"), read(key("primaryRegion")), boundary, acknowledged);
  const providerLocation = read("azure-native:location");
  if (providerLocation !== undefined && judgeLocation(providerLocation, boundary) !== "inside") {
    fail("azure-native:location", providerLocation, `a region inside ${boundary.label}, such as ${primaryRegion} (the location of any resource that sets none)`);
  }
  const namePrefix = read(key("namePrefix")) ?? `db-${stack}`.toLowerCase();
  if (!NAME_PREFIX.test(namePrefix)) {
    fail(key("namePrefix"), namePrefix, "2-40 lower-case letters, digits or hyphens, starting with a letter and not ending with a hyphen, such as contoso-eudb");
  }
  const uses = (b: BlueprintName) => blueprints.includes(b);
  const tenantId = () => readGuid(read, "azure-native:tenantId", "the Microsoft Entra tenant id of the subscription (and of the Microsoft 365 organisation)");

  if (uses("m365-customer-key") && uses("customer-held-keys")) {
    fail(key("blueprints"), read(key("blueprints")), "either m365-customer-key or customer-held-keys: both create a pair of Customer Key vaults");
  }
  let customerKey: CustomerKeySettings | undefined;
  if (uses("m365-customer-key") || uses("customer-held-keys")) {
    const secondaryRegion = checkRegion(key("secondaryRegion"), read(key("secondaryRegion")), boundary, acknowledged);
    if (secondaryRegion === primaryRegion) {
      fail(key("secondaryRegion"), secondaryRegion, `a region other than ${key("primaryRegion")}: Customer Key needs its two Key Vaults in two regions`);
    }
    customerKey = {
      secondaryRegion,
      restrictedRegionAcknowledged: [primaryRegion, secondaryRegion].some((r) => acknowledged.includes(r)),
      tenantId: tenantId(),
      microsoft365ServicePrincipals: readPrincipals(read),
    };
  }
  return {
    stack,
    boundary,
    primaryRegion,
    acknowledgedRestrictedRegions: acknowledged,
    namePrefix,
    landingZone: uses("landing-zone")
      ? { subscriptionId: readGuid(read, "azure-native:subscriptionId", "the id of the subscription the landing zone governs and deploys to"), tenantId: tenantId() }
      : undefined,
    customerKey: uses("m365-customer-key") ? customerKey : undefined,
    customerHeldKeys: uses("customer-held-keys") ? { ...customerKey!, section: parseCustomerHeldKeysSection(read(CUSTOMER_HELD_KEYS_CONFIG_KEY)) } : undefined,
    aiWorkload: uses("ai-workload") ? {} : undefined,
    collaboration: uses("collaboration") ? {} : undefined,
  };
}

/** The tags every resource of a blueprint carries. */
export function blueprintTags(settings: BlueprintSettings, blueprint: BlueprintName): Record<string, string> {
  return { blueprint, "data-boundary": settings.boundary.id, stack: settings.stack };
}
