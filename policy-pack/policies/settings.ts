import { BOUNDARY_PRESETS, CUSTOM_PRESET_ID, DEFAULT_PRESET_ID } from "../catalog";
import { Boundary, resolveBoundary } from "../engine";

/** Name of the policy whose config carries the pack-wide settings (`{ "boundary": { "preset": "ch" } }`). */
export const SETTINGS_POLICY = "boundary";

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
  },
  additionalProperties: false,
} as const;

let active: Boundary = resolveBoundary({});

/**
 * Applies the settings policy's config (called when the engine sends `Configure`). Throws a
 * `BoundaryConfigError` that names the key, the value and the allowed values; the previous boundary stays.
 */
export function applySettings(properties: Record<string, unknown> | undefined): Boundary {
  const extra = Object.keys(properties ?? {}).filter((k) => !(k in SETTINGS_SCHEMA.properties) && k !== "enforcementLevel");
  const boundary = resolveBoundary({ preset: properties?.preset, regions: properties?.regions }, (s) => `${SETTINGS_POLICY}.${s}`);
  if (extra.length > 0) {
    throw new Error(`${SETTINGS_POLICY}.${extra[0]} is not a setting; expected only ${Object.keys(SETTINGS_SCHEMA.properties).join(", ")}.`);
  }
  active = boundary;
  return boundary;
}

/** The boundary every policy judges against, as last configured (the default `eudb` until then). */
export function activeBoundary(): Boundary {
  return active;
}
