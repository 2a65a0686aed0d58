import { tableRule } from "./table-rule";
import { judgeLocation } from "../boundary";
import { EXTERNAL_RESOURCES_DOC } from "../judge";
import { resourceKindInSentence } from "../kinds";
import { primaryLocation } from "../primary-location";
import { StackResource } from "../stack";
import { keysOf, parseTypeToken } from "../tokens";
import { Finding, PolicyFamily, Rule, RuleContext } from "../types";
import { expandListPaths, parsePath, readArray, readString, SECRET_PLACE, showValue, StringRead } from "../values";

/**
 * A property holding the id (or name) of another resource that receives or holds this resource's data: a
 * diagnostic-settings workspace, a failover partner, a replication destination. ARM ids carry no region, so the
 * target's place is the location of the resource of this stack the value was computed from (its property
 * dependency); a target outside the stack cannot be proven (vectors.md P6).
 */
export interface ReferenceField {
  /** `<module>:<Type>` (azure-native) or `azure:<module>:<Type>` (classic). */
  readonly type: string;
  /** Path of the list, when the reference sits in each entry of a list; `[]` marks an enclosing list. */
  readonly list?: string;
  /** Path of the reference, relative to each list entry when `list` is set; empty for a list of plain ids. */
  readonly path: string;
  /** Verb phrase before the place: "sends logs to". */
  readonly what: string;
  /** The fix when the target is outside, one imperative sentence. */
  readonly fix: string;
  /**
   * The type keys the reference can point to (`operationalinsights:Workspace`, or the parent a child id is built
   * from). When set, only dependencies of these types count as targets, so that the resource group or a sibling
   * reference sharing the same top-level input is never taken for the target; a reference with no such
   * dependency stays unproven. Rows sharing a top-level input and these types are judged together, and should
   * share `what` and `fix`.
   */
  readonly targets?: readonly string[];
}

const UNPROVEN_FIX = "Reference a resource created in this stack inside the boundary, so that its location can be read at preview, or add a reviewed exemption.";
const DECLARE_FIX = `Declare the target with its region in boundary.externalResources (${EXTERNAL_RESOURCES_DOC}), reference a resource created in this stack inside the boundary, or add a reviewed exemption.`;
const DECLARED_FIX = "Keep the declaration up to date, or reference a resource created in this stack inside the boundary.";

/** One value of a reference field, as it will be shown. */
interface Entry {
  readonly path: string;
  readonly seen: string;
  /** The id when it is a literal string (secret or not): a declared external resource may match it. */
  readonly id?: string;
}

/** The entry of a value read at `path`; `undefined` when it is absent. */
function entryOf(path: string, value: StringRead): Entry | undefined {
  if (value.state === "absent") return undefined;
  return { path, seen: showValue(value), ...(value.state === "known" && { id: value.value }) };
}

/** The entries of one row, with the display path used when several entries are judged together. */
interface RowEntries {
  readonly row: ReferenceField;
  readonly entries: readonly Entry[];
  readonly joinedPath: string;
}

const topLevelOf = (row: ReferenceField) => String(parsePath(row.list ?? row.path)[0]);
const unreadableList = (props: unknown, list: string): Entry => ({ path: list, seen: readArray(props, list).state === "unknown" ? "(unknown at preview)" : "(not a list)" });

function listEntries(props: unknown, row: ReferenceField, list: string): Entry[] {
  const read = readArray(props, list);
  if (read.state === "absent") return [];
  if (read.state !== "known") return [unreadableList(props, list)];
  return read.items.flatMap((item, index) => {
    const value = row.path ? readString(item, row.path) : readString({ item }, "item");
    const entry = entryOf(row.path ? `${list}[${index}].${row.path}` : `${list}[${index}]`, value);
    return entry ? [entry] : [];
  });
}

function rowEntries(props: unknown, row: ReferenceField): RowEntries {
  if (!row.list) {
    const entry = entryOf(row.path, readString(props, row.path));
    return { row, entries: entry ? [entry] : [], joinedPath: row.path };
  }
  const lists = expandListPaths(props, row.list);
  const entries = [...lists.unreadable.map((list) => unreadableList(props, list)), ...lists.paths.flatMap((list) => listEntries(props, row, list))];
  const joinedPath = entries.length === 1 ? entries[0].path : `${row.list.replace(/\[\]/g, "[*]")}[*]${row.path ? `.${row.path}` : ""}`;
  return { row, entries, joinedPath };
}

function targetsOf(context: RuleContext, row: ReferenceField): StackResource[] {
  const accepted = row.targets ? new Set(row.targets) : undefined;
  return (context.stack?.dependenciesOf(context.resource, topLevelOf(row)) ?? []).filter((r) => {
    const token = parseTypeToken(r.type);
    return token !== undefined && (!accepted || keysOf(token).some((key) => accepted.has(key)));
  });
}

function judgeTarget(context: RuleContext, target: StackResource, base: Omit<Finding, "verdict" | "fix">, fix: string): Finding {
  const located = primaryLocation(target, context.stack);
  const owner = `${resourceKindInSentence(parseTypeToken(target.type)!)} '${target.name}'`;
  if (located?.state !== "known") return { ...base, via: `because the location of ${owner} cannot be proven`, verdict: "unproven", fix: UNPROVEN_FIX };
  const via = located.via ? `the location of ${owner}, ${located.via}` : `the location of ${owner}`;
  const place = located.secret ? SECRET_PLACE : undefined;
  return { ...base, via, location: located.location, place, verdict: judgeLocation(located.location!, context.boundary), fix };
}

/**
 * An entry whose target is not a resource of this stack: judged with the location a declaration of the pack config
 * gives its id, else unproven.
 */
function outsideStack(context: RuleContext, entry: Entry, base: Omit<Finding, "verdict" | "fix">, fix: string): Finding {
  const declared = entry.id === undefined ? undefined : context.stack?.external.byId(entry.id);
  if (!declared) {
    const via = "because the target is not a resource of this stack";
    const declarable = entry.id !== undefined && /^\/subscriptions\//i.test(entry.id);
    return { ...base, via, verdict: "unproven", fix: declarable ? DECLARE_FIX : UNPROVEN_FIX };
  }
  const verdict = judgeLocation(declared.location, context.boundary);
  const via = `the location ${declared.key} declares for the target outside the stack`;
  return { ...base, via, location: declared.location, verdict, declared: declared.key, fix: verdict === "inside" ? DECLARED_FIX : fix };
}

/**
 * Judges the rows that share one top-level input and one set of target types. Property dependencies are known
 * per top-level input only, so the entries cannot be matched to the targets one by one: each target is judged
 * once (under the entries' joined path), and when there are more entries than targets the rest is unproven.
 */
function groupFindings(context: RuleContext, group: readonly RowEntries[], rule: string): Finding[] {
  const entries = group.flatMap((g) => g.entries);
  if (entries.length === 0) return [];
  const { what, fix } = group[0].row;
  const targets = targetsOf(context, group[0].row);
  const unresolved = (path: string, seen: string, via: string): Finding => ({ rule, what, path, seen, via, verdict: "unproven", fix: UNPROVEN_FIX, viaStack: true });
  if (targets.length === 0) return entries.map((e) => outsideStack(context, e, { rule, what, path: e.path, seen: e.seen, viaStack: true }, fix));
  const path = entries.length === 1 ? entries[0].path : group.filter((g) => g.entries.length > 0).map((g) => g.joinedPath).join(", ");
  const seen = [...new Set(entries.map((e) => e.seen))].join(" and ");
  const judged = targets.map((target) => judgeTarget(context, target, { rule, what, path, seen, viaStack: true }, fix));
  if (entries.length <= targets.length) return judged;
  const via = `because only ${targets.length} of its ${entries.length} targets ${targets.length === 1 ? "is a resource" : "are resources"} of this stack`;
  return [...judged, unresolved(path, seen, via)];
}

/**
 * The rule over a table of reference fields, reporting under one policy family. Every finding depends on the
 * stack, so the `boundary` stack policy judges them.
 */
export function referenceFieldRule(id: string, family: PolicyFamily, table: readonly ReferenceField[]): Rule {
  return tableRule(id, family, table, (context, rows) => {
    const groups = new Map<string, RowEntries[]>();
    for (const row of rows) {
      const key = `${topLevelOf(row)}|${row.targets?.join(",") ?? "*"}`;
      groups.set(key, [...(groups.get(key) ?? []), rowEntries(context.resource.props, row)]);
    }
    return [...groups.values()].flatMap((group) => groupFindings(context, group, id));
  });
}
