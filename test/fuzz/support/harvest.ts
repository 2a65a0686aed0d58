/**
 * What the fuzz tests cover, found at run time from the engine itself, so that a rule or a table row added
 * tomorrow is fuzzed without touching these tests:
 * - the covered type tokens: every type of the azure-native type table, every alias of azure-native 1.x and 2.x
 *   it records, a versioned-module form of every type a type-specific rule reads, every type key named anywhere in
 *   the rule sources, the classic and `command` tokens, kept when some rule's `appliesTo` accepts them;
 * - the property paths rules read: every table row exported by a module under `engine/rules/**` (its `path`,
 *   `list` + `path`, and any other path-like field), plus every path-like string literal of the rule sources;
 * - the values rules compare against: every short string literal of the rule sources (SKU names, `Managed`,
 *   `AutoResolve`, `GlobalStandard`, ...).
 */
import * as fs from "fs";
import * as path from "path";
import { azureNativeAliases, azureNativeTypeTokens, lookupAzureNativeType } from "../../../policy-pack/catalog/azure-native-types";
import { parseEscapeHatchToken, parseTypeToken, TypeToken } from "../../../policy-pack/engine";
import { RULES } from "../../../policy-pack/engine/rules";
import { Rule } from "../../../policy-pack/engine/types";

export const RULES_DIR = path.resolve(__dirname, "../../../policy-pack/engine/rules");

/** One type the rules cover, with the property paths worth filling for it. */
export interface CoveredType {
  /** A raw type token as a program registers it: `azure-native:storage:StorageAccount`. */
  readonly raw: string;
  /** The key rules match on. */
  readonly key: string;
  /** Ids of the rules that apply (besides the universal ones). */
  readonly rules: readonly string[];
  /** Paths the rules read for this type (table rows, type-table parents and scopes); `[]` marks a list. */
  readonly paths: readonly string[];
  /** String literals of the rule sources that name this type: the values its rules compare against. */
  readonly literals: readonly string[];
}

export interface Harvest {
  /** Types some non-universal rule applies to. */
  readonly specific: readonly CoveredType[];
  /** Every covered type (the universal rules cover the whole type table). */
  readonly all: readonly CoveredType[];
  /** Path-like literals of the rule sources, for any type. */
  readonly pathPool: readonly string[];
  /** Short string literals of the rule sources: values rules compare against. */
  readonly literalPool: readonly string[];
  /** Ids of rules that apply to every token (probed with a type no table can name). */
  readonly universalRules: readonly string[];
  readonly rules: readonly Rule[];
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

const STRING_LITERAL = /"((?:[^"\\\n]|\\.){1,80})"|'((?:[^'\\\n]|\\.){1,80})'/g;
const TYPE_KEY = /^(?:azure:)?[a-z][a-z0-9]*:[A-Z][A-Za-z0-9]*$|^command:(?:local|remote):Command$/;
const PATH_LIKE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\]|\[\d+\])*$/;

function literalsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(STRING_LITERAL)) found.push(match[1] ?? match[2]);
  return found;
}

/** Turns a type key back into a raw token a program would register. */
export function rawTokenOf(key: string): string {
  if (ESCAPE_HATCH_CANDIDATES.includes(key)) return key;
  if (key.startsWith("azure:")) {
    const [, module, type] = key.split(":");
    return `azure:${module}/${module.toLowerCase()}:${type}`;
  }
  return `azure-native:${key}`;
}

function tokenOf(raw: string): TypeToken | undefined {
  return parseTypeToken(raw) ?? parseEscapeHatchToken(raw);
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** Path-like string fields of a table row (`path`, `list`, `template`, `onlyWhen.path`, ...), `list[].path` joined. */
function rowPaths(row: Record<string, unknown>): string[] {
  const paths: string[] = [];
  const visit = (value: Record<string, unknown>, depth: number) => {
    for (const [field, item] of Object.entries(value)) {
      if (field === "type" || field === "what" || field === "fix" || field === "why") continue;
      if (typeof item === "string" && PATH_LIKE.test(item)) paths.push(item);
      else if (isObject(item) && depth < 2) visit(item, depth + 1);
    }
  };
  visit(row, 0);
  if (typeof row.list === "string") paths.push(typeof row.path === "string" && row.path ? `${row.list}[].${row.path}` : `${row.list}[]`);
  return paths;
}

/** Rows of every table exported by the rule modules: arrays of objects with a string `type`. */
async function tableRows(files: readonly string[]): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const file of files) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const exported of Object.values(module)) {
      if (!Array.isArray(exported)) continue;
      for (const row of exported) if (isObject(row) && typeof row.type === "string") rows.push(row);
    }
  }
  return rows;
}

/** Non-Azure tokens the engine may still judge (`parseEscapeHatchToken`); kept only when a rule applies. */
const ESCAPE_HATCH_CANDIDATES = ["command:local:Command", "command:remote:Command", "random:index/randomString:RandomString", "pulumi:providers:azure-native"];

let cached: Promise<Harvest> | undefined;

/** The harvest, computed once per test file. */
export function harvest(): Promise<Harvest> {
  cached ??= compute();
  return cached;
}

async function compute(): Promise<Harvest> {
  const files = sourceFiles(RULES_DIR);
  const texts = files.map((file) => fs.readFileSync(file, "utf8"));
  const literals = [...new Set(texts.flatMap(literalsOf))].sort();
  // Values and paths, not module specifiers or message text.
  const usable = (l: string) => !/[{}$\\ /]/.test(l) && !l.startsWith(".") && l.length <= 40;
  /** Literals of the rule folders that mention a type key: the paths its rules read and the values they compare against. */
  const literalsFor = (key: string) => {
    const dirs = new Set(files.filter((_, i) => texts[i].includes(`"${key}"`)).map((file) => path.dirname(file)));
    return [...new Set(texts.filter((_, i) => dirs.has(path.dirname(files[i]))).flatMap(literalsOf))].filter(usable).sort();
  };
  const rows = await tableRows(files);

  const probe: TypeToken = { provider: "azure-native", module: "zzfuzz", type: "NoSuchType", key: "zzfuzz:NoSuchType", written: "zzfuzz:NoSuchType" };
  const universalRules = RULES.filter((rule) => rule.appliesTo(probe)).map((rule) => rule.id);

  // The escape-hatch tokens of engine/tokens.ts (`command:local:Command`, ...) are not azure-native types.
  // Older shapes: a versioned module (`storage/v20150615:StorageAccount`) of each type whose inputs are recorded.
  const versioned = azureNativeTypeTokens().filter((k) => lookupAzureNativeType(k)?.inputs).map((k) => k.replace(":", "/v20150615:"));
  const keys = new Set<string>([...azureNativeTypeTokens(), ...azureNativeAliases(), ...versioned, ...ESCAPE_HATCH_CANDIDATES, ...literals.filter((l) => TYPE_KEY.test(l)), ...rows.map((r) => String(r.type))]);
  const pathsByKey = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = pathsByKey.get(String(row.type)) ?? new Set<string>();
    for (const p of rowPaths(row)) set.add(p);
    pathsByKey.set(String(row.type), set);
  }

  const all: CoveredType[] = [];
  for (const key of [...keys].sort()) {
    const raw = rawTokenOf(key);
    const token = tokenOf(raw);
    if (!token) continue;
    const applying = RULES.filter((rule) => rule.appliesTo(token)).map((rule) => rule.id);
    if (applying.length === 0) continue;
    const info = token.provider === "azure-native" ? lookupAzureNativeType(token.key) : undefined;
    const paths = new Set<string>(["location", ...(pathsByKey.get(token.key) ?? [])]);
    if (info?.rg) paths.add("resourceGroupName");
    for (const p of [...(info?.parents ?? []), ...(info?.scope ?? [])]) paths.add(p);
    const own = literalsFor(token.key);
    for (const literal of own) if (PATH_LIKE.test(literal) && /[.[]|[a-z][A-Z]/.test(literal)) paths.add(literal);
    all.push({ raw, key: token.key, rules: applying.filter((id) => !universalRules.includes(id)), paths: [...paths], literals: own });
  }
  const pathPool = literals.filter((l) => PATH_LIKE.test(l) && !TYPE_KEY.test(l));
  return {
    specific: all.filter((t) => t.rules.length > 0),
    all,
    pathPool,
    literalPool: literals.filter((l) => !/[{}$\\]/.test(l)),
    universalRules,
    rules: RULES,
  };
}
