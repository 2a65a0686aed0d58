import { Boundary, judgeLocation } from "../boundary";
import { findRegion, normalizeLocation } from "../locations";
import { primaryLocation } from "../primary-location";
import { Finding, PolicyFamily, Rule, RuleContext } from "../types";
import { read, readString, showValue } from "../values";

/**
 * A setting that makes Azure keep a copy of the data in the primary region's paired region (GRS storage, geo
 * backups, implicit Key Vault replication, ...). One row per type and property; adding a vector of this shape is
 * one row here.
 */
export interface PairCopySetting {
  /** `<module>:<Type>` (azure-native) or `azure:<module>:<Type>` (classic). */
  readonly type: string;
  /** Property path of the setting. */
  readonly path: string;
  /** Values (compared case-insensitively) that keep a copy in the pair; `always` for a copy no setting turns off. */
  readonly copiesWhen: readonly string[] | "always";
  /** The service default when the setting is absent is a pair copy. */
  readonly unsetCopies: boolean;
  /** Only when another setting has one of these values (absent counts when `unsetMatches`). */
  readonly onlyWhen?: { readonly path: string; readonly values: readonly string[]; readonly unsetMatches: boolean };
  /** Verb phrase before the place: "keeps a geo-redundant copy in". */
  readonly what: string;
  /** A literal value that keeps no pair copy, for the fix when the value is unknown. */
  readonly safeValue?: string;
  /** The fix when the pair is outside the boundary, one imperative sentence. */
  readonly fix: string;
}

const lower = (values: readonly string[]) => values.map((v) => v.toLowerCase());

/** Whether the setting (or its condition) is on: `yes`, `no`, or not provable (`unknown`). */
function settingCopies(props: unknown, row: PairCopySetting): { copies: "yes" | "no" | "unknown"; seen: string; path: string } {
  if (row.onlyWhen) {
    const gate = readString(props, row.onlyWhen.path);
    const gateOn = gate.state === "known"
      ? lower(row.onlyWhen.values).includes(gate.value.toLowerCase())
      : gate.state === "absent" ? row.onlyWhen.unsetMatches : undefined;
    if (gateOn === undefined) return { copies: "unknown", seen: showValue(gate), path: row.onlyWhen.path };
    if (!gateOn) return { copies: "no", seen: "", path: row.path };
  }
  const value = readString(props, row.path);
  const seen = showValue(value);
  if (row.copiesWhen === "always") return { copies: "yes", seen: showValue(read(props, row.path)), path: row.path };
  switch (value.state) {
    case "known":
      return { copies: lower(row.copiesWhen).includes(value.value.toLowerCase()) ? "yes" : "no", seen, path: row.path };
    case "absent":
      return { copies: row.unsetCopies ? "yes" : "no", seen, path: row.path };
    default:
      return { copies: "unknown", seen, path: row.path };
  }
}

function pairOf(location: string, boundary: Boundary, row: PairCopySetting, base: Omit<Finding, "verdict" | "fix" | "location">): Finding | undefined {
  const region = findRegion(location);
  if (!region) return undefined; // the primary-location rule already reports a location outside the catalogue
  if (region.pair === null) {
    return {
      ...base,
      via: `because ${region.name} has no documented pair, so where the copy goes is unknown`,
      verdict: "unproven",
      fix: row.safeValue ? `Set ${row.path} to ${row.safeValue}, or add a reviewed exemption.` : "Add a reviewed exemption once Microsoft documents where the copy goes.",
    };
  }
  return { ...base, location: region.pair, verdict: judgeLocation(region.pair, boundary), fix: row.fix };
}

function findingsFor(context: RuleContext, row: PairCopySetting, rule: string): Finding[] {
  const setting = settingCopies(context.resource.props, row);
  if (setting.copies === "no") return [];
  const located = primaryLocation(context.resource, context.stack);
  if (setting.copies === "unknown") {
    const fix = row.safeValue
      ? `Set ${setting.path} to a literal value such as ${row.safeValue}.`
      : `Set ${setting.path} to a literal value.`;
    return [{ rule, what: `may keep a copy in its paired region, which is`, path: setting.path, seen: setting.seen, verdict: "unproven", fix, viaStack: false }];
  }
  // Without a known primary location the primary-location rule reports the resource; the pair follows it.
  if (located?.state !== "known") return [];
  const base = { rule, what: row.what, path: setting.path, seen: setting.seen, viaStack: located.viaStack };
  const found = pairOf(normalizeLocation(located.location!), context.boundary, row, base);
  return found ? [found] : [];
}

/** The rule over a table of pair-copy settings, reporting under one policy family. */
export function pairCopyRule(id: string, family: PolicyFamily, table: readonly PairCopySetting[]): Rule {
  const byType = new Map<string, PairCopySetting[]>();
  for (const row of table) byType.set(row.type, [...(byType.get(row.type) ?? []), row]);
  return {
    id,
    family,
    appliesTo: (token) => byType.has(token.key),
    findings: (context) => (byType.get(context.token.key) ?? []).flatMap((row) => findingsFor(context, row, id)),
  };
}
