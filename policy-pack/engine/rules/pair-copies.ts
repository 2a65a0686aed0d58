import { tableRule } from "./table-rule";
import { Boundary, judgeLocation } from "../boundary";
import { findRegion, normalizeLocation } from "../locations";
import { primaryLocation } from "../primary-location";
import { Finding, PolicyFamily, Rule, RuleContext } from "../types";
import { expandListPaths, read, readArray, readString, SECRET_PLACE, showValue, StringRead } from "../values";

/**
 * A setting that makes Azure keep a copy of the data in the primary region's paired region (GRS storage, geo
 * backups, implicit Key Vault replication, ...). One row per type and property; adding a vector of this shape is
 * one row here.
 */
export interface PairCopySetting {
  /** `<module>:<Type>` (azure-native) or `azure:<module>:<Type>` (classic). */
  readonly type: string;
  /** Property path of the setting; `[]` marks a list whose every entry is a setting (`storageSettings[].type`). */
  readonly path: string;
  /**
   * Values (compared case-insensitively; booleans as `true`/`false`) that keep a copy in the pair; `always` for a
   * copy no setting turns off, which is judged only when the primary location is inside (moving the resource, as
   * the location policy already demands, is the one fix for both).
   */
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
  /** In a region without a pair the service keeps no copy elsewhere (Key Vault uses zone-redundant storage there). */
  readonly unpairedKeepsNoCopy?: boolean;
}

const lower = (values: readonly string[]) => values.map((v) => v.toLowerCase());

/** Reads a setting as text: strings as they are, booleans as `true`/`false` (`enableGeoBackup: true`). */
function readSetting(props: unknown, path: string): StringRead {
  const value = read(props, path);
  if (value.state === "known" && typeof value.value === "boolean") return { state: "known", value: String(value.value), secret: value.secret };
  return readString(props, path);
}

/** Whether the setting at `path` (or its condition) is on: `yes`, `no`, or not provable (`unknown`). */
function settingCopies(props: unknown, row: PairCopySetting, path: string): { copies: "yes" | "no" | "unknown"; seen: string; path: string } {
  if (row.onlyWhen) {
    const gate = readSetting(props, row.onlyWhen.path);
    const gateOn = gate.state === "known"
      ? lower(row.onlyWhen.values).includes(gate.value.toLowerCase())
      : gate.state === "absent" ? row.onlyWhen.unsetMatches : undefined;
    if (gateOn === undefined) return { copies: "unknown", seen: showValue(gate), path: row.onlyWhen.path };
    if (!gateOn) return { copies: "no", seen: "", path };
  }
  const value = readSetting(props, path);
  const seen = showValue(value);
  if (row.copiesWhen === "always") return { copies: "yes", seen: showValue(read(props, path)), path };
  switch (value.state) {
    case "known":
      return { copies: lower(row.copiesWhen).includes(value.value.toLowerCase()) ? "yes" : "no", seen, path };
    case "absent":
      return { copies: row.unsetCopies ? "yes" : "no", seen, path };
    default:
      return { copies: "unknown", seen, path };
  }
}

function pairOf(location: string, boundary: Boundary, row: PairCopySetting, base: Omit<Finding, "verdict" | "fix" | "location">): Finding | undefined {
  const region = findRegion(location);
  if (!region) return undefined; // the primary-location rule already reports a location outside the catalogue
  if (region.pair === null) {
    if (row.unpairedKeepsNoCopy) return undefined;
    return {
      ...base,
      via: `because ${base.place ? SECRET_PLACE : region.name} has no documented pair, so where the copy goes is unknown`,
      verdict: "unproven",
      fix: row.safeValue ? `Set ${base.path} to ${row.safeValue}, or add a reviewed exemption.` : "Add a reviewed exemption once Microsoft documents where the copy goes.",
    };
  }
  return { ...base, location: region.pair, verdict: judgeLocation(region.pair, boundary), fix: row.fix };
}

function findingsAt(context: RuleContext, row: PairCopySetting, path: string, rule: string): Finding[] {
  const setting = settingCopies(context.resource.props, row, path);
  if (setting.copies === "no") return [];
  const located = primaryLocation(context.resource, context.stack, context.token);
  if (setting.copies === "unknown") {
    const fix = row.safeValue
      ? `Set ${setting.path} to a literal value such as ${row.safeValue}.`
      : `Set ${setting.path} to a literal value.`;
    return [{ rule, what: `may keep a copy in its paired region, which is`, path: setting.path, seen: setting.seen, verdict: "unproven", fix, viaStack: false }];
  }
  // Without a known primary location the primary-location rule reports the resource; the pair follows it.
  if (located?.state !== "known") return [];
  if (row.copiesWhen === "always" && judgeLocation(located.location!, context.boundary) !== "inside") return [];
  // The pair of a secret location would give the location away.
  const place = located.secret ? `the pair of ${SECRET_PLACE}` : undefined;
  const base = { rule, what: row.what, path: setting.path, seen: setting.seen, place, declared: located.declared, viaStack: located.viaStack };
  const found = pairOf(normalizeLocation(located.location!), context.boundary, row, base);
  return found ? [found] : [];
}

function findingsFor(context: RuleContext, row: PairCopySetting, rule: string): Finding[] {
  const settings = expandListPaths(context.resource.props, row.path);
  const unreadable = settings.unreadable.map((list): Finding => ({
    rule,
    what: "may keep a copy in its paired region, which is",
    path: list,
    seen: readArray(context.resource.props, list).state === "unknown" ? "(unknown at preview)" : "(not a list)",
    verdict: "unproven",
    fix: `Set ${list} to a literal list.`,
    viaStack: false,
  }));
  // An absent list reads as an unset setting, so `unsetCopies` decides.
  const paths = settings.paths.length > 0 || unreadable.length > 0 ? settings.paths : [row.path];
  return [...unreadable, ...paths.flatMap((path) => findingsAt(context, row, path, rule))];
}

/** The rule over a table of pair-copy settings, reporting under one policy family. */
export function pairCopyRule(id: string, family: PolicyFamily, table: readonly PairCopySetting[]): Rule {
  return tableRule(id, family, table, (context, rows) => rows.flatMap((row) => findingsFor(context, row, id)));
}
