/**
 * The alias part of the type table: which older azure-native tokens name which 3.x type.
 *
 * Every 3.x resource class declares, in its `.js`, the tokens its resource had before (`aliases: [{ type:
 * "azure-native:insights:DiagnosticSetting" }, { type: "azure-native:insights/v20210501preview:DiagnosticSetting" },
 * ...]`): the module it lived in under azure-native 1.x and 2.x, its versioned modules (`<module>/v<date>`), and its
 * former type names. Pulumi uses them to move state; the pack uses them so that a program pinned to an older SDK
 * meets the same rules as a 3.x one.
 *
 * The table is kept small: a versioned alias is recorded without its version segment (the pack strips it from every
 * token it reads), and an alias whose unversioned form is itself a 3.x key is dropped (the 3.x key always wins, so
 * `alertsmanagement:ActionRuleByName` stays itself although `AlertProcessingRuleByName` lists it).
 *
 * One unversioned alias can be listed by several 3.x classes: classes of the same ARM resource type list each
 * other's old tokens (`cosmosdb:SqlResourceSqlContainer` and `cosmosdb:DatabaseAccountSqlContainer` both list
 * `documentdb:SqlResourceSqlContainer`). When exactly one of them has the alias's type name, it is the class the
 * older program used (its module was renamed), and the alias maps to it alone. Otherwise the alias maps to the
 * sorted list of all of them, and the engine judges the resource as each (fail closed).
 */

/** The value of one alias: the 3.x key, or the sorted 3.x keys the engine judges the resource as. */
export type AliasTarget = string | string[];

const ALIASES_RE = /aliases:\s*\[([^\]]*)\]/;
const ALIAS_TYPE_RE = /type:\s*"azure-native:([^":]+):([^":]+)"/g;

/** The alias tokens a 3.x resource class declares in its `.js` source, as `<module>:<Type>` (versions kept). */
export function aliasesOf(jsSource: string): string[] {
  const list = ALIASES_RE.exec(jsSource);
  if (!list) return [];
  return [...list[1].matchAll(ALIAS_TYPE_RE)].map(([, module, type]) => `${module}:${type}`);
}

/** `insights/v20210501preview:DiagnosticSetting` → `insights:DiagnosticSetting`: the module without its version. */
export function withoutVersion(moduleAndType: string): string {
  const colon = moduleAndType.indexOf(":");
  const module = moduleAndType.slice(0, colon);
  const slash = module.indexOf("/");
  return slash < 0 ? moduleAndType : `${module.slice(0, slash)}${moduleAndType.slice(colon)}`;
}

const typeNameOf = (key: string) => key.slice(key.indexOf(":") + 1);

/**
 * The alias table: unversioned alias → 3.x key (or keys), for every alias that is not itself a 3.x key. `classes`
 * lists each 3.x key with the aliases its class declares; `keys` is every 3.x key.
 */
export function buildAliasTable(
  classes: readonly { readonly token: string; readonly aliases: readonly string[] }[],
  keys: ReadonlySet<string>,
): Record<string, AliasTarget> {
  const targets = new Map<string, Set<string>>();
  for (const { token, aliases } of classes) {
    for (const alias of aliases) {
      const unversioned = withoutVersion(alias);
      if (keys.has(unversioned)) continue;
      const seen = targets.get(unversioned) ?? new Set<string>();
      targets.set(unversioned, seen.add(token));
    }
  }
  const table: Record<string, AliasTarget> = {};
  for (const [alias, set] of targets) {
    const all = [...set].sort();
    const sameName = all.filter((key) => typeNameOf(key) === typeNameOf(alias));
    table[alias] = all.length === 1 ? all[0] : sameName.length === 1 ? sameName[0] : all;
  }
  return table;
}
