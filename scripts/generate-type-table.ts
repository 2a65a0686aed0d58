/**
 * Generates `policy-pack/catalog/azure-native-type-table.json`: one entry per azure-native resource
 * type token, recording only what a string-keyed policy pack needs (does the Args have a
 * top-level `location`, a `resourceGroupName`, which inputs name the parent resource, which
 * inputs are extension scopes, and, for the types the engine's type-specific rules read, every
 * top-level input: `scripts/type-table-inputs.ts`), plus the aliases the 3.x classes declare
 * (the tokens of azure-native 1.x and 2.x, mapped to their 3.x key: `scripts/type-table-aliases.ts`).
 *
 * The policy pack must never import `@pulumi/azure-native` (hundreds of MB of modules; loading it OOMs the analyzer), so this
 * script walks the installed SDK once at development time and the pack reads the JSON.
 *
 * Usage: `npx tsx scripts/generate-type-table.ts [--check] [--sdk <dir>] [--out <file>]`
 *   --check  exit 1 if the committed JSON differs from what the installed SDK produces.
 *
 * What is read: every `.js` with `static __pulumiType = 'azure-native:<module>:<Type>'` (the
 * provider's token is plain `azure-native`; invokes have none), and in the sibling `.d.ts` the
 * `<Type>Args` interface (inputs) and `class <Type>` (outputs), parsed with the TypeScript parser.
 *
 * Heuristics (all in the exported pure functions below, exercised by test/catalog):
 *  - location / rg: the Args has a top-level `location` / `resourceGroupName` member.
 *  - parents ({@link classifyParents}): required `pulumi.Input<string>` inputs named `*Name` or
 *    `name`, minus `resourceGroupName`, the scope inputs and the own name ({@link isOwnName}: input
 *    named `<type>Name`, or JSDoc "The name of the <type words>"). Inputs that are *not* class
 *    outputs are URL path parameters and are kept. Inputs that are also outputs are ambiguous
 *    (body `displayName` vs. echoed path parameter cdn `profileName`) and are kept only when the
 *    same input is a non-output path parameter elsewhere in the module, or the JSDoc names a
 *    resource type of the module, or (bare `name`) the JSDoc names something other than this
 *    resource (`web:*` "Name of the app.", `redis:*` "The name of the redis cache.").
 *    When unsure a candidate is kept: a false parent costs one failed lookup, a dropped parent
 *    would hide a residency-inheritance path. Intermediate parents with non-`*Name` inputs
 *    (apimanagement `apiId`, web `slot`) are not listed; the root (`serviceName`, `name`) is.
 *  - scope ({@link classifyScope}): `scope` / `resourceUri` / `resourceId` when required
 *    `pulumi.Input<string>` and a path parameter (or documented as a scope).
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { AliasTarget, aliasesOf, buildAliasTable } from "./type-table-aliases";
import { ruleTypeKeys } from "./type-table-inputs";

/** One top-level input of a resource's `<Type>Args` interface, as read from the `.d.ts`. */
export interface ArgsMember {
  /** Property name (camelCase SDK shape). */
  name: string;
  /** True when the property has no `?` token. */
  required: boolean;
  /** The property's type annotation, as source text with whitespace collapsed. */
  type: string;
  /** The JSDoc comment text (tags dropped), whitespace collapsed. */
  doc: string;
}

/** Raw scan result for one resource class of the SDK. */
export interface ResourceScan {
  /** Token without the `azure-native:` prefix, e.g. `storage:BlobContainer`. */
  token: string;
  /** The `<Type>` part of the token. */
  typeName: string;
  /** `.d.ts` path relative to the SDK root. */
  file: string;
  /** Members of `<Type>Args`; empty when the Args interface is missing. */
  members: ArgsMember[];
  /** False when no `<Type>Args` interface was found next to the class. */
  hasArgs: boolean;
  /** Output property names declared on the resource class (`readonly x: pulumi.Output<...>`). */
  outputs: string[];
  /** The older tokens the class declares as aliases, `<module>:<Type>` (versions kept). */
  aliases: string[];
}

/** One row of the generated table; false/empty fields are omitted. */
export interface TypeTableEntry {
  /** Args has a top-level `location` input. */
  location?: true;
  /** Args has a `resourceGroupName` input. */
  rg?: true;
  /** Inputs naming the parent resource(s), sorted. */
  parents?: string[];
  /** Extension-scope inputs (`scope`, `resourceUri`, `resourceId`), sorted. */
  scope?: string[];
  /** Every top-level input, sorted; only for the types type-specific rules read. */
  inputs?: string[];
}

/** The generated JSON document. */
export interface TypeTable {
  /** `@pulumi/azure-native@<version>` the table was generated from. */
  generatedFrom: string;
  /** Rows keyed by `<module>:<Type>` (no `azure-native:` prefix). */
  types: Record<string, TypeTableEntry>;
  /** Unversioned older `<module>:<Type>` → its 3.x key, or the 3.x keys the engine judges it as. */
  aliases: Record<string, AliasTarget>;
}

/** Inputs that make a resource an extension resource attached to an arbitrary ARM scope. */
export const SCOPE_INPUTS: readonly string[] = ["scope", "resourceUri", "resourceId"];

const TOKEN_RE = /static\s+__pulumiType\s*=\s*'azure-native:([^':]+):([^':]+)'/;

/** Recursively list `.js` files under `dir`, skipping `types/` (enums) and nested `node_modules`. */
function listJsFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
      if (ent.isDirectory()) {
        if (ent.name === "node_modules" || (dir === root && ent.name === "types")) continue;
        walk(path.join(dir, ent.name));
      } else if (ent.isFile() && ent.name.endsWith(".js")) {
        out.push(path.join(dir, ent.name));
      }
    }
  };
  walk(root);
  return out.sort();
}

const ws = (s: string): string => s.replace(/\s+/g, " ").trim();

/** What {@link parseDts} extracts from one resource's `.d.ts`. */
export interface ParsedDts {
  /** Members of `<Type>Args`, or undefined when the interface is missing. */
  args: ArgsMember[] | undefined;
  /** Property names declared on `class <Type>` (its outputs). */
  outputs: string[];
}

/** Parse the `<typeName>Args` interface and the `<typeName>` class's outputs out of a `.d.ts` source text. */
export function parseDts(dtsText: string, typeName: string, fileName = "x.d.ts"): ParsedDts {
  const sf = ts.createSourceFile(fileName, dtsText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const outputs: string[] = [];
  for (const stmt of sf.statements) {
    if (ts.isClassDeclaration(stmt) && stmt.name?.text === typeName) {
      for (const m of stmt.members) {
        if (ts.isPropertyDeclaration(m) && ts.isIdentifier(m.name)) outputs.push(m.name.text);
      }
    }
  }
  return { args: parseArgsFrom(sf, typeName), outputs: outputs.sort() };
}

function parseArgsFrom(sf: ts.SourceFile, typeName: string): ArgsMember[] | undefined {
  const want = `${typeName}Args`;
  for (const stmt of sf.statements) {
    if (!ts.isInterfaceDeclaration(stmt) || stmt.name.text !== want) continue;
    const members: ArgsMember[] = [];
    for (const m of stmt.members) {
      if (!ts.isPropertySignature(m) || !m.name) continue;
      const name = ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) ? m.name.text : m.name.getText(sf);
      const docs = ts
        .getJSDocCommentsAndTags(m)
        .filter(ts.isJSDoc)
        .map((d) => (typeof d.comment === "string" ? d.comment : ts.getTextOfJSDocComment(d.comment) ?? ""));
      members.push({
        name,
        required: !m.questionToken,
        type: m.type ? ws(m.type.getText(sf)) : "",
        doc: ws(docs.join(" ")),
      });
    }
    return members;
  }
  return undefined;
}

/** Walk the installed SDK and return one scan per resource class (provider excluded), sorted by token. */
export function scanSdk(sdkDir: string): ResourceScan[] {
  const scans: ResourceScan[] = [];
  for (const js of listJsFiles(sdkDir)) {
    const src = fs.readFileSync(js, "utf8");
    if (!src.includes("__pulumiType")) continue;
    const m = TOKEN_RE.exec(src);
    if (!m) continue; // the provider's token is plain 'azure-native'; functions have none
    const [, mod, typeName] = m;
    const dts = js.replace(/\.js$/, ".d.ts");
    const parsed = fs.existsSync(dts) ? parseDts(fs.readFileSync(dts, "utf8"), typeName, dts) : undefined;
    const members = parsed?.args;
    scans.push({
      aliases: aliasesOf(src),
      outputs: parsed?.outputs ?? [],
      token: `${mod}:${typeName}`,
      typeName,
      file: path.relative(sdkDir, dts).split(path.sep).join("/"),
      members: members ?? [],
      hasArgs: members !== undefined,
    });
  }
  scans.sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
  return scans;
}

/** Split `BlobContainerImmutabilityPolicy` → ["blob","container","immutability","policy"]. */
export function words(ident: string): string[] {
  return ident
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when the input's type is a plain required string (`pulumi.Input<string>`). */
function isPlainString(m: ArgsMember): boolean {
  return m.type === "pulumi.Input<string>";
}

/** Crude singular form so "sites"/"site", "policies"/"policy" compare equal. */
function singular(w: string): string {
  if (/ies$/.test(w)) return w.slice(0, -3) + "y";
  if (/(ss|us|is|os)$/.test(w)) return w;
  return w.replace(/s$/, "");
}

/**
 * Words of the resource type with a trailing `By<Parent>` / `For<Parent>` / `At<Scope>` qualifier
 * removed (`PrivateEndpointConnectionByHostPool` → private endpoint connection), singularised.
 */
export function typeWords(typeName: string): string[] {
  const base = typeName.replace(/(?<=[a-z0-9])(By|For|At)(?=[A-Z]).*$/, "");
  return words(base).map(singular);
}

/** Words that end the leading noun phrase of a JSDoc ("The name of the key vault *which* ..."). */
const PHRASE_STOP = new Set([
  "which", "that", "where", "whose", "containing", "contains", "within", "in", "under", "to", "for", "of",
  "on", "with", "from", "is", "belongs", "associated", "used", "under", "inside", "as", "and", "or", "must",
  "should", "can", "will", "parameter", "this", "e", "it", "by", "the", "at", "if", "there",
]);

/**
 * The noun phrase a JSDoc says the input names, e.g.
 * "The name of the key vault which contains the key" → ["key","vault"];
 * "Cosmos DB database account name." → ["cosmos","db","database","account"];
 * "Gets or sets the name of the certificate." → ["certificate"]. Undefined when the doc has no such phrase.
 */
export function namedPhrase(doc: string): string[] | undefined {
  const d = doc.toLowerCase().replace(/^gets or sets\s+/, "").replace(/[`'"]/g, "");
  const m =
    /^(?:the\s+)?(?:unique\s+|resource\s+|user-defined\s+)?(?:name|identifier|id)\s+of\s+(?:the\s+|an?\s+|your\s+)?(.*)$/.exec(d) ??
    /^(?:the\s+|an?\s+)?(.*?)\s+(?:resource\s+)?name\b/.exec(d);
  if (!m) return undefined;
  const out: string[] = [];
  for (const w of m[1].split(/[\s/]+/)) {
    const t = w.replace(/[^a-z0-9-]/g, "");
    if (!t || PHRASE_STOP.has(t)) break;
    out.push(t);
    if (/[.,;:()]$/.test(w)) break;
  }
  while (out.length && (out[out.length - 1] === "resource" || out[out.length - 1] === "name")) out.pop();
  return out.length ? out.map(singular) : undefined;
}

/**
 * Decide whether `m` is the resource's own name input rather than a parent's name.
 *  - `<typeCamel>Name` (e.g. `secretName` on `keyvault:Secret`) → own.
 *  - Otherwise the JSDoc's named phrase must end with *all* the type's words
 *    (`sql:FailoverGroup` / "The name of the failover group"), so that
 *    "The name of the key vault which contains the key" on `keyvault:Key` stays a parent.
 *  - For the bare `name` input (used by `web:*`, `redis:*`, `machinelearningservices:*Version` for
 *    the *parent*), the phrase's head noun equalling the type's last word is enough
 *    ("Gets or sets the name of the certificate" on `automation:Certificate` → own;
 *    "Name of the app." on `web:WebAppSlot` → parent); "The name of the resource" → own.
 */
export function isOwnName(m: ArgsMember, typeName: string): boolean {
  const tw = typeWords(typeName);
  const full = words(typeName).map(singular);
  const nw = words(m.name.replace(/Name$/, "")).map(singular);
  if (m.name !== "name" && (nw.join(" ") === tw.join(" ") || nw.join(" ") === full.join(" "))) return true;
  if (m.name === "name" && /^the name of the resource\.?$/i.test(m.doc)) return true;
  const phrase = namedPhrase(m.doc);
  if (!phrase) return false;
  if (endsWith(phrase, tw) || endsWith(phrase, full)) return true;
  if (m.name === "name") {
    return phrase.length === 0 || phrase[phrase.length - 1] === tw[tw.length - 1];
  }
  return false;
}

/** Per-module knowledge used by {@link classifyParents}. */
export interface ModuleContext {
  /**
   * Input names that appear somewhere in the module as a required string input that is *not* also
   * an output of the class, i.e. are URL path parameters for at least one resource of the module.
   */
  pathParams: Set<string>;
  /** {@link typeWords} of every resource type in the module (e.g. ["rule","set"] for `cdn:RuleSet`). */
  typePhrases: string[][];
}

const endsWith = (a: readonly string[], b: readonly string[]): boolean =>
  b.length > 0 && a.length >= b.length && a.slice(a.length - b.length).join(" ") === b.join(" ");

/**
 * True when a JSDoc phrase names a resource type of the module: the phrase equals the type's words
 * ("rule set" → `cdn:RuleSet`, "connector" → `customerinsights:Connector`) or, when it has at least
 * two words, is a suffix of them ("origin group" → `cdn:AFDOriginGroup`). A phrase with extra
 * qualifiers ("storage account", "source endpoint") does not match a one-word type.
 */
function namesModuleType(phrase: readonly string[] | undefined, ctx: ModuleContext): boolean {
  if (!phrase || phrase.length === 0) return false;
  return ctx.typePhrases.some(
    (t) => t.join(" ") === phrase.join(" ") || (phrase.length >= 2 && endsWith(t, phrase)),
  );
}

/** A required plain-string `*Name` (or bare `name`) input, the raw material for parents. */
function isNameLike(m: ArgsMember): boolean {
  return m.required && isPlainString(m) && (/Name$/.test(m.name) || m.name === "name") && m.name !== "resourceGroupName";
}

/** Build {@link ModuleContext} for every module from the scans. */
export function moduleContexts(scans: readonly ResourceScan[]): Map<string, ModuleContext> {
  const ctx = new Map<string, ModuleContext>();
  for (const s of scans) {
    const mod = s.token.split(":")[0];
    let c = ctx.get(mod);
    if (!c) ctx.set(mod, (c = { pathParams: new Set(), typePhrases: [] }));
    c.typePhrases.push(typeWords(s.typeName));
    const outs = new Set(s.outputs);
    for (const m of s.members) if (isNameLike(m) && !outs.has(m.name)) c.pathParams.add(m.name);
  }
  return ctx;
}

/**
 * Parent-name inputs of one resource. Candidates are required `pulumi.Input<string>` inputs named
 * `*Name` (or `name`), minus `resourceGroupName`, the scope inputs and the own name ({@link isOwnName}).
 * A candidate that is also an *output* of the class is ambiguous (body property such as
 * `displayName`/`hostName`, or a path parameter echoed in the response such as cdn `profileName`):
 * it is kept when the same input is a non-output path parameter elsewhere in the module
 * (`profileName` in cdn, `vaultName` in keyvault), or its JSDoc names a resource type of the module
 * ("Name of the rule set ..." on `cdn:Rule` → `cdn:RuleSet`), or it is the bare `name` whose JSDoc
 * names something other than this resource (`web:WebAppSlot.name` = "Name of the app.").
 * `displayName`, `hostName`, `dnsName`, `domainName`, ... are never parents.
 */
export function classifyParents(scan: ResourceScan, ctx?: ModuleContext): string[] {
  const outs = new Set(scan.outputs);
  return scan.members
    .filter((m) => {
      if (!isNameLike(m) || SCOPE_INPUTS.includes(m.name)) return false;
      if (isOwnName(m, scan.typeName)) return false;
      if (m.name === "name" || !outs.has(m.name)) return true;
      if (!ctx || /^(display|friendly|first|last|user|host|dns|domain)Name$/.test(m.name)) return false;
      return ctx.pathParams.has(m.name) || namesModuleType(namedPhrase(m.doc), ctx);
    })
    .map((m) => m.name)
    .sort();
}

/**
 * Extension-scope inputs: `scope` / `resourceUri` / `resourceId` that are required plain strings and
 * either not an output of the class (a URL path segment, e.g. `monitor:DiagnosticSetting.resourceUri`)
 * or, when echoed as an output, documented as a scope / "identifier of the resource"
 * (`authorization:RoleAssignment.scope`). Optional inputs with these names are body properties
 * (`apimanagement:Logger.resourceId` is a log *target*, `containerregistry:Webhook.scope` a repo
 * filter), and so are required echoed ones documented otherwise (`operationalinsights:DataExport.resourceId`
 * is the export *destination*); they are not recorded.
 */
export function classifyScope(scan: ResourceScan): string[] {
  const outs = new Set(scan.outputs);
  return scan.members
    .filter(
      (m) =>
        SCOPE_INPUTS.includes(m.name) &&
        m.required &&
        isPlainString(m) &&
        (!outs.has(m.name) || /\bscope\b|identifier of the resource/i.test(m.doc)),
    )
    .map((m) => m.name)
    .sort();
}

/** Build the table entry for one scan. */
export function classify(scan: ResourceScan, ctx?: ModuleContext): TypeTableEntry {
  const names = new Set(scan.members.map((m) => m.name));
  const entry: TypeTableEntry = {};
  if (names.has("location")) entry.location = true;
  if (names.has("resourceGroupName")) entry.rg = true;
  const parents = classifyParents(scan, ctx);
  if (parents.length) entry.parents = parents;
  const scope = classifyScope(scan);
  if (scope.length) entry.scope = scope;
  return entry;
}

/**
 * Classify every scan (module contexts included) into table rows keyed by token; the types in `withInputs` also get
 * their top-level inputs.
 */
export function classifyAll(scans: readonly ResourceScan[], withInputs: ReadonlySet<string> = new Set()): Record<string, TypeTableEntry> {
  const ctx = moduleContexts(scans);
  const types: Record<string, TypeTableEntry> = {};
  for (const s of scans) {
    const entry = classify(s, ctx.get(s.token.split(":")[0]));
    if (withInputs.has(s.token) && s.members.length > 0) entry.inputs = s.members.map((m) => m.name).sort();
    types[s.token] = entry;
  }
  return types;
}

/** The whole table from the scans: types, inputs of the types the rules read, and aliases. */
export function tableOf(generatedFrom: string, scans: readonly ResourceScan[]): TypeTable {
  const keys = new Set(scans.map((s) => s.token));
  return { generatedFrom, types: classifyAll(scans, ruleTypeKeys(keys)), aliases: buildAliasTable(scans, keys) };
}

/** Read the SDK's version from its package.json. */
export function sdkVersion(sdkDir: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(sdkDir, "package.json"), "utf8")) as { name: string; version: string };
  return `${pkg.name}@${pkg.version}`;
}

/** Pure(ish) entry point: scan the SDK at `sdkDir` and return the table. Deterministic for a given SDK. */
export function buildTypeTable(sdkDir: string): TypeTable {
  return tableOf(sdkVersion(sdkDir), scanSdk(sdkDir));
}

/** Recursively sort object keys so the output is stable. Arrays keep their (already sorted) order. */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, sortKeys(o[k])]));
  }
  return v;
}

/** One line per key of a record, keys sorted. */
function linesOf(record: Record<string, unknown>): string {
  const sorted = sortKeys(record) as Record<string, unknown>;
  return Object.keys(sorted).map((k) => `${JSON.stringify(k)}:${JSON.stringify(sorted[k])}`).join(",\n");
}

/**
 * Serialise compactly but diff-friendly: one type (and one alias) per line, keys sorted.
 * `{"generatedFrom":...,"types":{\n"a:B":{...},\n...\n},"aliases":{\n"c:D":"a:B",\n...\n}}\n`
 */
export function serializeTypeTable(table: TypeTable): string {
  const head = `{"generatedFrom":${JSON.stringify(table.generatedFrom)}`;
  return `${head},"types":{\n${linesOf(table.types)}\n},"aliases":{\n${linesOf(table.aliases)}\n}}\n`;
}

/** Summary counts printed by the CLI and asserted in tests. */
export function countTypeTable(table: TypeTable): Record<string, number> {
  const e = Object.values(table.types);
  return {
    types: e.length,
    location: e.filter((x) => x.location).length,
    noLocation: e.filter((x) => !x.location).length,
    rg: e.filter((x) => x.rg).length,
    withParents: e.filter((x) => x.parents?.length).length,
    withScope: e.filter((x) => x.scope?.length).length,
    withInputs: e.filter((x) => x.inputs?.length).length,
    aliases: Object.keys(table.aliases).length,
    ambiguousAliases: Object.values(table.aliases).filter(Array.isArray).length,
  };
}

/** Repository root (this script lives in `<root>/scripts`). */
export const REPO_ROOT = path.resolve(__dirname, "..");
/** The installed SDK the table is generated from. */
export const DEFAULT_SDK_DIR = path.join(REPO_ROOT, "node_modules", "@pulumi", "azure-native");
/** Where the table is written. */
export const DEFAULT_OUT = path.join(REPO_ROOT, "policy-pack", "catalog", "azure-native-type-table.json");

function main(argv: string[]): number {
  const arg = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sdkDir = path.resolve(arg("--sdk") ?? DEFAULT_SDK_DIR);
  const out = path.resolve(arg("--out") ?? DEFAULT_OUT);
  const t0 = process.hrtime.bigint();
  const scans = scanSdk(sdkDir);
  const missingArgs = scans.filter((s) => !s.hasArgs).map((s) => s.token);
  const table = tableOf(sdkVersion(sdkDir), scans);
  const text = serializeTypeTable(table);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const counts = countTypeTable(table);
  console.log(`${table.generatedFrom}: ${JSON.stringify(counts)} in ${ms.toFixed(0)} ms`);
  if (missingArgs.length) console.log(`no <Type>Args interface: ${missingArgs.join(", ")}`);
  if (argv.includes("--check")) {
    const cur = fs.existsSync(out) ? fs.readFileSync(out, "utf8") : "";
    if (cur !== text) {
      console.error(`${path.relative(process.cwd(), out)} is stale; re-run npx tsx scripts/generate-type-table.ts`);
      return 1;
    }
    console.log(`${path.relative(process.cwd(), out)} is up to date`);
    return 0;
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
  console.log(`wrote ${path.relative(process.cwd(), out)} (${Buffer.byteLength(text)} bytes)`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
