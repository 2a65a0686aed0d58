import { BOUNDARY_PRESETS, CUSTOM_PRESET_ID, DEFAULT_PRESET_ID } from "../catalog";
import { Boundary, resolveBoundary } from "../engine";
import {
  EXEMPTIBLE_POLICIES,
  Exemption,
  MIN_REASON_LENGTH,
  NEVER_EXEMPT_PLACES,
  NeverExemptRule,
  parseExemptions,
  parseNeverExempt,
  utcDay,
} from "./exemptions-config";
import { DeclaredResource, parseExternalResources } from "./external-resources-config";

/** Name of the policy whose config carries the pack-wide settings (`{ "boundary": { "preset": "ch" } }`). */
export const SETTINGS_POLICY = "boundary";

const RESOURCE_PATTERN_SCHEMA = {
  oneOf: [
    {
      type: "string",
      pattern: "^urn:pulumi:",
      description: "A URN pattern: urn:pulumi:*::*::azure-native:cdn:Profile::edge.",
    },
    {
      type: "object",
      required: ["type", "name"],
      additionalProperties: false,
      properties: { type: { type: "string", minLength: 1 }, name: { type: "string", minLength: 1 } },
      description: 'A type and a name pattern: {"type": "azure-native:cdn:*", "name": "edge*"}.',
    },
  ],
} as const;

/**
 * The JSON schema of one reviewed entry (an exemption, a declaration): its own `properties` and `required` fields,
 * then a reason, an expiry and an approver or ticket.
 */
function reviewedEntrySchema(noun: string, why: string, required: readonly string[], properties: Record<string, unknown>) {
  return {
    type: "object",
    required: [...required, "reason", "expires"],
    additionalProperties: false,
    anyOf: [{ required: ["approvedBy"] }, { required: ["ticket"] }],
    properties: {
      ...properties,
      reason: { type: "string", minLength: MIN_REASON_LENGTH, description: why },
      expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: `Last day (UTC) the ${noun} applies.` },
      approvedBy: { type: "string", minLength: 1 },
      ticket: { type: "string", minLength: 1 },
    },
  };
}

/** JSON schema of the pack-wide settings; the CLI validates `--policy-pack-config` against it. */
export const SETTINGS_SCHEMA = {
  properties: {
    preset: {
      type: "string",
      enum: [...BOUNDARY_PRESETS.map((p) => p.id), CUSTOM_PRESET_ID],
      default: DEFAULT_PRESET_ID,
      description: "The boundary: eudb (EU + EFTA, default), eu, a country (ch, de, fr, ...) or custom.",
    },
    regions: {
      type: "array",
      items: { type: "string" },
      minItems: 1,
      description: "With preset custom: the Azure regions that are inside the boundary.",
    },
    exemptions: {
      type: "array",
      description:
        "Reviewed exemptions: places outside the boundary that a policy allows for the resources named (docs/exemptions.md).",
      items: reviewedEntrySchema("exemption", "Why the place is acceptable.", ["policy", "resource"], {
        policy: { type: "string", enum: EXEMPTIBLE_POLICIES, description: "The policy whose violation is allowed." },
        resource: RESOURCE_PATTERN_SCHEMA,
      }),
    },
    externalResources: {
      type: "array",
      description:
        "Reviewed declarations of resources outside the stack (a hub workspace, a shared resource group, a parent), each with its region inside the boundary (docs/external-resources.md).",
      items: {
        ...reviewedEntrySchema("declaration", "Why the resource is where it is declared.", ["location"], {
          id: { type: "string", minLength: 1, description: "The resource's ARM id." },
          idPattern: {
            type: "string",
            minLength: 1,
            description: "An ARM id pattern; * matches any characters inside one name segment.",
          },
          location: { type: "string", minLength: 1, description: "The resource's region, inside the boundary." },
        }),
        oneOf: [{ required: ["id"] }, { required: ["idPattern"] }],
      },
    },
    neverExempt: {
      type: "array",
      description: 'Places no exemption may allow; default [{"places": "outside-eu-efta"}] (docs/exemptions.md).',
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          policy: { type: "string", enum: EXEMPTIBLE_POLICIES },
          places: { type: "string", enum: NEVER_EXEMPT_PLACES, default: "any" },
        },
      },
    },
  },
  additionalProperties: false,
} as const;

/** Everything the policies read from the settings policy's config. */
export interface PackSettings {
  readonly boundary: Boundary;
  readonly exemptions: readonly Exemption[];
  readonly neverExempt: readonly NeverExemptRule[];
  /** Reviewed declarations of resources outside the stack, each inside the boundary. */
  readonly externalResources: readonly DeclaredResource[];
  /** The UTC day the settings were applied on; exemptions and declarations were checked for expiry against it. */
  readonly day: string;
}

/**
 * Validates the settings policy's config as of `now` (injectable for tests) without applying it. Throws a
 * `BoundaryConfigError` naming the key (with the entry index for exemptions and declarations), the value and the
 * expected form.
 */
export function parseSettings(properties: Record<string, unknown> | undefined, now: Date = new Date()): PackSettings {
  const settings = properties ?? {};
  const boundary = resolveBoundary(
    { preset: settings.preset, regions: settings.regions },
    (s) => `${SETTINGS_POLICY}.${s}`,
  );
  const extra = Object.keys(settings).find((k) => !(k in SETTINGS_SCHEMA.properties) && k !== "enforcementLevel");
  if (extra !== undefined) {
    throw new Error(
      `${SETTINGS_POLICY}.${extra} is not a setting; expected only ${Object.keys(SETTINGS_SCHEMA.properties).join(", ")}.`,
    );
  }
  const neverExempt = parseNeverExempt(settings.neverExempt);
  const exemptions = parseExemptions(settings.exemptions, neverExempt, now);
  const externalResources = parseExternalResources(settings.externalResources, boundary, now);
  return { boundary, exemptions, neverExempt, externalResources, day: utcDay(now) };
}

let active: PackSettings = parseSettings({});

/**
 * Applies the settings policy's config (called when the engine sends `Configure`, once per preview or update).
 * Exemptions and declarations are checked for expiry here, on the UTC day of `now`, and then hold for the whole
 * run. On error the previous settings stay.
 */
export function applySettings(properties: Record<string, unknown> | undefined, now: Date = new Date()): PackSettings {
  active = parseSettings(properties, now);
  return active;
}

/** The settings every policy judges with, as last configured (the `eudb` boundary, no exemptions, until then). */
export function activeSettings(): PackSettings {
  return active;
}
