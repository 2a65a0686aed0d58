/**
 * fast-check arbitraries for the fuzz tests: region strings (catalogue names in any case and spacing, near-misses,
 * look-alikes), property values of every awkward shape, resources of every covered type with values along the
 * paths the rules read, stacks of such resources with property dependencies, and boundaries.
 */
import fc from "fast-check";
import { BOUNDARY_PRESETS, CANARY_LOCATION_PATTERN, LEGACY_LOCATIONS, LOGICAL_LOCATIONS, REGIONS } from "../../../policy-pack/catalog";
import * as VOCABULARIES from "../../../policy-pack/catalog/vocabularies";
import { UNKNOWN_SENTINELS } from "../../../policy-pack/engine";
import { BoundarySpec, SECRET_MARKER, SECRET_SIG } from "./oracle";
import { CoveredType, Harvest } from "./harvest";

/** How many cases each property runs: `FUZZ_RUNS` (the `npm run fuzz` script sets 10000), else 200 for CI. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? "") > 0 ? Number(process.env.FUZZ_RUNS) : 200;

/** fast-check parameters: `FUZZ_SEED` replays a failing run; the time budget grows with the runs. */
export function fuzzParameters<T>(extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  const seed = Number(process.env.FUZZ_SEED ?? "");
  return { numRuns: RUNS, ...(Number.isFinite(seed) && process.env.FUZZ_SEED ? { seed } : {}), ...extra };
}

let breaths = 0;

/**
 * Lets the test worker answer the runner now and then during a long property: a property that keeps the event loop
 * busy for a minute makes vitest fail the run with "Timeout calling onTaskUpdate". Await it in every case.
 */
export async function breathe(): Promise<void> {
  if (++breaths % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
}

/** A vitest timeout for one property: generous for 10,000 runs, a few seconds for CI's 200. */
export const PROPERTY_TIMEOUT_MS = Math.max(60_000, RUNS * 60);

// ---------------------------------------------------------------------------------------------------------------
// Region strings

const CATALOGUE_NAMES = REGIONS.flatMap((r) => [r.name, r.displayName]);
const LOGICAL_NAMES = LOGICAL_LOCATIONS.flatMap((l) => [l.name, l.displayName]);
const CANARY_NAMES = ["centraluseuap", "eastus2euap", "westeuropestage", "northeuropestg", "eastusstg", "westeuropeeuap"];

/** Characters that look like ASCII letters but are not (Cyrillic, Greek, full-width, the Kelvin sign U+212A). */
const HOMOGLYPHS: Readonly<Record<string, readonly string[]>> = {
  a: ["а", "ɑ", "ａ"], c: ["с", "ϲ", "ｃ"], e: ["е", "ё", "ｅ"], i: ["і", "ı", "ｉ"], k: ["\u212a", "κ", "ｋ"], l: ["ⅼ", "ӏ", "ｌ"],
  n: ["ո", "ｎ"], o: ["о", "ο", "０", "ｏ"], p: ["р", "ρ", "ｐ"], r: ["г", "ｒ"], s: ["ѕ", "ｓ"], t: ["τ", "ｔ"], u: ["υ", "ս", "ｕ"],
  w: ["ԝ", "ѡ", "ｗ"], x: ["х", "ｘ"], y: ["у", "ｙ"], E: ["Е", "Ε"], W: ["Ԝ"], N: ["Ν"], S: ["Ѕ"], K: ["\u212a", "Κ"],
};
/** Invisible or non-ASCII spacing characters: zero-width, joiners, BOM, non-breaking and ideographic spaces. */
const INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0", "\u2002", "\u2009", "\u3000", "\u202f", "\u180e", "\u00ad", "\u0301"];
const ASCII_SPACES = [" ", "  ", "\t", "\n", "\r\n"];

const randomCase = (name: string) =>
  fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }).map((flips) => [...name].map((c, i) => (flips[i] ? c.toUpperCase() : c.toLowerCase())).join(""));

const withAsciiSpaces = (name: string) =>
  fc.array(fc.tuple(fc.nat(name.length), fc.constantFrom(...ASCII_SPACES)), { maxLength: 3 }).map((inserts) => {
    const chars = [...name];
    for (const [at, space] of inserts) chars.splice(Math.min(at, chars.length), 0, space);
    return chars.join("");
  });

/** A catalogue name as a user may legitimately spell it: any case, ASCII spaces anywhere. */
export const spelledName = (names: readonly string[]) =>
  fc.constantFrom(...names).chain((name) => randomCase(name)).chain((name) => withAsciiSpaces(name));

/** A catalogue name with one visual look-alike, invisible character or non-ASCII space in it. */
export const lookAlike = fc.constantFrom(...CATALOGUE_NAMES).chain((name) =>
  fc.oneof(
    fc.nat(name.length - 1).chain((at) => {
      const options = HOMOGLYPHS[name[at]] ?? HOMOGLYPHS[name[at].toLowerCase()] ?? ["е"];
      return fc.constantFrom(...options).map((glyph) => name.slice(0, at) + glyph + name.slice(at + 1));
    }),
    fc.tuple(fc.nat(name.length), fc.constantFrom(...INVISIBLES)).map(([at, c]) => name.slice(0, at) + c + name.slice(at)),
    fc.constant(name.normalize("NFD") === name ? `${name}\u0301` : name.normalize("NFD")),
  ),
);

/** A catalogue name one edit away: a letter dropped, doubled, swapped or changed, a digit added. */
export const nearMiss = fc.constantFrom(...REGIONS.map((r) => r.name)).chain((name) =>
  fc.oneof(
    fc.nat(name.length - 1).map((at) => name.slice(0, at) + name.slice(at + 1)),
    fc.nat(name.length - 1).map((at) => name.slice(0, at + 1) + name[at] + name.slice(at + 1)),
    fc.nat(Math.max(0, name.length - 2)).map((at) => name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2)),
    fc.tuple(fc.nat(name.length - 1), fc.char().filter((c) => /[a-z]/.test(c))).map(([at, c]) => name.slice(0, at) + c + name.slice(at + 1)),
    fc.constantFrom("2", "3", "1", "0", "x", "s").map((suffix) => name + suffix),
    fc.constantFrom("euap", "stage", "stg").map((suffix) => name + suffix),
  ),
);

/** Every kind of location string: catalogue names, logical, legacy, canary, near-misses, look-alikes, junk. */
export const regionString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: spelledName(CATALOGUE_NAMES) },
  { weight: 2, arbitrary: spelledName(LOGICAL_NAMES) },
  { weight: 1, arbitrary: spelledName(LEGACY_LOCATIONS) },
  { weight: 1, arbitrary: spelledName(CANARY_NAMES) },
  { weight: 3, arbitrary: nearMiss },
  { weight: 4, arbitrary: lookAlike },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\u200b", "global", "Global", "GLOBAL", "westeurope\u0000", "west-europe", "west_europe", "eu-west-1") },
);

const EUROPEAN_NAMES = REGIONS.filter((r) => ["NL", "IE", "FR", "DE", "SE", "PL", "IT", "ES", "AT", "BE", "DK", "NO", "CH", "FI", "GR", "GB"].includes(r.country)).flatMap((r) => [r.name, r.name, r.displayName]);

/** A region as programs usually write it: an ARM or display name, mostly European, sometimes anywhere. */
export const plainRegion: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...EUROPEAN_NAMES) }, { weight: 1, arbitrary: fc.constantFrom(...CATALOGUE_NAMES) });

/** Sanity: the canary pattern of the catalogue matches the canary names above, so they are outside by rule. */
export const CANARY_SAMPLES_MATCH = CANARY_NAMES.every((n) => CANARY_LOCATION_PATTERN.test(n));

// ---------------------------------------------------------------------------------------------------------------
// Boundaries

const AVAILABLE_REGIONS = REGIONS.filter((r) => r.status === "available").map((r) => r.name);
const EUROPEAN_AVAILABLE = AVAILABLE_REGIONS.filter((name) => {
  const region = REGIONS.find((r) => r.name === name)!;
  return BOUNDARY_PRESETS.find((p) => p.id === "eudb")!.countries.includes(region.country) || region.country === "GB";
});

/** Every preset, and custom lists of one to four regions (mostly European, sometimes anywhere). */
export const boundarySpec: fc.Arbitrary<BoundarySpec> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...BOUNDARY_PRESETS.map((p): BoundarySpec => ({ preset: p.id }))) },
  {
    weight: 1,
    arbitrary: fc
      .uniqueArray(fc.oneof(fc.constantFrom(...EUROPEAN_AVAILABLE), fc.constantFrom(...AVAILABLE_REGIONS)), { minLength: 1, maxLength: 4 })
      .map((regions): BoundarySpec => ({ preset: "custom", regions })),
  },
);

// ---------------------------------------------------------------------------------------------------------------
// Property values

const SENTINELS = [...UNKNOWN_SENTINELS];
export const secretWrap = (value: unknown) => ({ [SECRET_SIG]: SECRET_MARKER, value });

const HUGE = ["a".repeat(300_000), "westeurope".repeat(20_000), `westeurope${"\u200b".repeat(50_000)}`, `${" ".repeat(100_000)}westeurope`];
const VOCABULARY_WORDS: string[] = Object.values(VOCABULARIES as Record<string, unknown>).flatMap((v) => {
  const values = v !== null && typeof v === "object" ? (v as { values?: unknown }).values : undefined;
  return Array.isArray(values) ? values.map((w: { value?: unknown }) => w?.value).filter((w): w is string => typeof w === "string") : [];
});
const AI_TYPES = Object.keys(VOCABULARIES.AI_DEPLOYMENT_TYPES);
const PROBES = Object.keys(VOCABULARIES.AVAILABILITY_TEST_LOCATIONS);
const ARM_IDS = [
  "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/ws",
  "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Datadog/monitors/dd",
  "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/sa",
  "/subscriptions/x/providers/",
  "/providers//",
];
const ARM_EXPRESSIONS = ["[parameters('loc')]", "[parameters('LOC')]", "[resourceGroup().location]", "[[escaped]", "[", "]", "[parameters('missing')]", "[parameters('loc')"];

/** Options: `wire` keeps to what survives the Analyzer protocol (JSON, well-formed secret wrappers). */
export interface ValueOptions {
  readonly wire: boolean;
}

export interface ValueArbitraries {
  /** Any leaf: strings of every kind, sentinels, numbers, booleans, null, huge strings. */
  readonly leaf: fc.Arbitrary<unknown>;
  /** A leaf or a nested tree (arrays, objects, secret wrappers, sentinels at any depth). */
  readonly tree: fc.Arbitrary<unknown>;
  /** A value for a path of the rules (`a.b[].c`): the expected shape mostly, any shape at every step sometimes. */
  readonly along: (path: string, own?: fc.Arbitrary<string>, clean?: boolean) => fc.Arbitrary<Record<string, unknown>>;
  /** An inline ARM template of a few resources. */
  readonly template: fc.Arbitrary<unknown>;
  /** Props of one resource of the given type. */
  readonly props: (type: CoveredType) => fc.Arbitrary<Record<string, unknown>>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v) && (v as Record<string, unknown>)[SECRET_SIG] === undefined;

/** Merges path values into one bag: objects merge key by key, anything else: the later value wins. */
export function deepMerge(into: Record<string, unknown>, from: Record<string, unknown>): Record<string, unknown> {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    into[key] = isPlainObject(existing) && isPlainObject(value) ? deepMerge({ ...existing }, value) : value;
  }
  return into;
}

/** Splits `a.b[].c[0]` into `a`, `b`, `[]`, `c`, `[0]`. */
function stepsOf(path: string): string[] {
  return path.split(".").flatMap((part) => part.split(/(?=\[)/)).filter(Boolean);
}

export function valueArbitraries(h: Harvest, options: ValueOptions): ValueArbitraries {
  const number = options.wire
    ? fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1e308, 2 ** 53 + 1))
    : fc.oneof(fc.integer(), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0));
  const malformedSpecial = options.wire
    ? fc.constant(null)
    : fc.constantFrom({ [SECRET_SIG]: SECRET_MARKER }, { [SECRET_SIG]: "not-a-known-signature", value: "eastus" }, { [SECRET_SIG]: SECRET_MARKER, value: undefined });
  const literal = fc.constantFrom(...h.literalPool).chain((l) => fc.oneof({ weight: 3, arbitrary: fc.constant(l) }, { weight: 1, arbitrary: randomCase(l) }));
  const strings = fc.oneof(
    { weight: 6, arbitrary: regionString },
    { weight: 6, arbitrary: literal },
    { weight: 2, arbitrary: fc.constantFrom(...VOCABULARY_WORDS, ...AI_TYPES, ...PROBES) },
    { weight: 1, arbitrary: fc.constantFrom(...ARM_IDS) },
    { weight: 1, arbitrary: fc.constantFrom(...ARM_EXPRESSIONS) },
    { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constantFrom("true", "false", "True", "0", "null", "undefined", "__proto__", "constructor", "toString", "hasOwnProperty") },
  );
  const leaf: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 12, arbitrary: strings },
    { weight: 3, arbitrary: fc.constantFrom(...SENTINELS) },
    { weight: 2, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: number },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: malformedSpecial },
    { weight: 1, arbitrary: fc.constantFrom({}, [], [[]], [null], [[["eastus"]]]) },
  );
  // On the wire, an object keyed by the signature is a Pulumi special value; the engine never sends a malformed one.
  const keys = fc.oneof(
    fc.constantFrom(...h.pathPool.filter((p) => !/[.[]/.test(p))),
    fc.string({ maxLength: 8 }),
    fc.constantFrom("__proto__", "constructor", "value", ...(options.wire ? [] : [SECRET_SIG])),
  );
  const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
    tree: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      { weight: 6, arbitrary: leaf },
      { weight: 2, arbitrary: fc.array(tie("tree"), { maxLength: 4 }) },
      { weight: 2, arbitrary: fc.dictionary(keys, tie("tree"), { maxKeys: 4 }) },
      { weight: 2, arbitrary: tie("tree").map(secretWrap) },
    ),
  }));

  const armTypes = fc.oneof(
    fc.constantFrom(
      "Microsoft.Storage/storageAccounts", "Microsoft.Sql/servers", "Microsoft.Sql/servers/databases", "Microsoft.DocumentDB/databaseAccounts",
      "Microsoft.Cdn/profiles", "Microsoft.Network/frontDoors", "Microsoft.Insights/diagnosticSettings", "Microsoft.Communication/communicationServices",
      "Microsoft.CognitiveServices/accounts/deployments", "Microsoft.KeyVault/vaults", "Microsoft.Resources/deployments", "Microsoft.Datadog/monitors",
      "Microsoft.Web/sites", "Microsoft.Cache/redis", "Microsoft.Storage/storageAccounts/blobServices/containers", "blobServices", "databases",
      "Microsoft.Unknown/things", "Microsoft.Network/dnszones",
    ),
    fc.string({ maxLength: 12 }),
    fc.constantFrom("constructor", "toString", "__proto__", "valueOf", "hasOwnProperty"),
  );
  const { entry } = fc.letrec<{ entry: Record<string, unknown> }>((tie) => ({
    entry: fc.record(
      {
        type: fc.oneof({ weight: 8, arbitrary: armTypes }, { weight: 1, arbitrary: leaf }),
        name: fc.oneof(fc.constantFrom("x", "[parameters('name')]"), leaf),
        location: fc.oneof(regionString, fc.constantFrom("[parameters('loc')]", "[resourceGroup().location]"), leaf),
        sku: fc.record({ name: fc.oneof(literal, fc.constantFrom(...AI_TYPES)) }),
        properties: fc.oneof(fc.dictionary(keys, tree, { maxKeys: 4 }), tree),
        resources: fc.oneof({ depthSize: "small" }, fc.constant(undefined), fc.array(tie("entry"), { maxLength: 2 })),
        existing: fc.boolean(),
      },
      { requiredKeys: ["type"] },
    ),
  }));
  const dropUndefined = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));
  const templateObject = fc
    .record({
      parameters: fc.dictionary(fc.constantFrom("loc", "LOC", "name", "other"), fc.record({ type: fc.constant("string"), defaultValue: fc.oneof(regionString, leaf) }), { maxKeys: 3 }),
      resources: fc.oneof(fc.array(entry, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 6 }), entry, { maxKeys: 3 }), leaf),
    }, { requiredKeys: [] })
    .map(dropUndefined);
  const template = fc.oneof(
    { weight: 6, arbitrary: templateObject },
    { weight: 1, arbitrary: templateObject.map((t) => JSON.stringify(t)) },
    { weight: 1, arbitrary: templateObject.map(secretWrap) },
    { weight: 1, arbitrary: leaf },
  );
  const parameters = fc.dictionary(fc.constantFrom("loc", "LOC", "name", "other"), fc.oneof(fc.record({ value: fc.oneof(regionString, leaf) }), leaf), { maxKeys: 3 });

  const leafFor = (step: string, own: fc.Arbitrary<string> | undefined, clean: boolean): fc.Arbitrary<unknown> => {
    if (clean) {
      const words = fc.constantFrom(...VOCABULARY_WORDS, ...AI_TYPES, ...PROBES);
      if (/location|region/i.test(step)) return fc.oneof({ weight: 4, arbitrary: plainRegion }, { weight: 1, arbitrary: words }, { weight: own ? 1 : 0, arbitrary: own ?? words });
      return fc.oneof({ weight: own ? 4 : 0, arbitrary: own ?? words }, { weight: 2, arbitrary: plainRegion }, { weight: 1, arbitrary: words }, { weight: 1, arbitrary: fc.boolean() });
    }
    if (/template$/i.test(step)) return fc.oneof({ weight: 3, arbitrary: template }, { weight: 1, arbitrary: tree });
    if (/^parameters$/i.test(step)) return fc.oneof({ weight: 3, arbitrary: parameters }, { weight: 1, arbitrary: tree });
    if (/location|region/i.test(step)) {
      return fc.oneof(
        { weight: 6, arbitrary: plainRegion },
        { weight: 3, arbitrary: regionString },
        { weight: 2, arbitrary: fc.constantFrom(...VOCABULARY_WORDS, ...PROBES) },
        { weight: own ? 1 : 0, arbitrary: own ?? literal },
        { weight: 2, arbitrary: leaf },
        { weight: 1, arbitrary: plainRegion.map(secretWrap) },
        { weight: 1, arbitrary: tree },
      );
    }
    return fc.oneof(
      { weight: 4, arbitrary: literal },
      { weight: own ? 6 : 0, arbitrary: own ?? literal },
      { weight: 2, arbitrary: fc.constantFrom(...VOCABULARY_WORDS, ...AI_TYPES, ...PROBES) },
      { weight: 2, arbitrary: plainRegion },
      { weight: 4, arbitrary: leaf },
      { weight: 1, arbitrary: tree },
      { weight: 1, arbitrary: leaf.map(secretWrap) },
    );
  };
  /** A value for the remaining steps, and sometimes any other shape in place of the expected container. */
  const below = (steps: readonly string[], last: string, own: fc.Arbitrary<string> | undefined, clean: boolean): fc.Arbitrary<unknown> => {
    if (steps.length === 0) return leafFor(last, own, clean);
    const [step, ...rest] = steps;
    const inner = below(rest, step.startsWith("[") ? last : step, own, clean);
    let expected: fc.Arbitrary<unknown>;
    if (step === "[]") expected = fc.array(inner, { maxLength: 4 });
    else if (/^\[\d+\]$/.test(step)) {
      const index = Number(step.slice(1, -1));
      expected = fc.tuple(fc.array(fc.oneof(inner, tree), { minLength: index, maxLength: index }), inner).map(([before, at]) => [...before, at]);
    } else expected = inner.map((value) => ({ [step]: value }));
    if (clean) return expected;
    return fc.oneof(
      { weight: 24, arbitrary: expected },
      { weight: 1, arbitrary: expected.map(secretWrap) },
      { weight: 1, arbitrary: fc.constantFrom(...SENTINELS) },
      { weight: 1, arbitrary: tree },
    );
  };
  const along = (path: string, own?: fc.Arbitrary<string>, clean = false) =>
    below(stepsOf(path), "", own, clean).map((value) => (isPlainObject(value) ? value : {}));

  const props = (type: CoveredType) => {
    const own = type.paths.length > 0 ? fc.subarray([...type.paths], { maxLength: Math.min(8, type.paths.length) }) : fc.constant([] as string[]);
    const extra = fc.subarray(h.pathPool.slice(), { maxLength: Math.min(3, h.pathPool.length) });
    const words = type.literals.length > 0 ? fc.constantFrom(...type.literals).chain((l) => fc.oneof({ weight: 4, arbitrary: fc.constant(l) }, { weight: 1, arbitrary: randomCase(l) })) : undefined;
    // Two cases in three are chaotic (any shape at any step); one in three is clean (well-formed values only),
    // so that the deeper branches of the rules (a managed runtime's region, a vocabulary word) are reached too.
    return fc
      .tuple(own, extra, fc.nat(2))
      .chain(([a, b, mode]) =>
        mode === 0
          ? fc.tuple(...a.map((p) => along(p, words, true)))
          : fc.tuple(...[...a, ...b].map((p) => along(p, words)), fc.dictionary(keys, tree, { maxKeys: 2 })),
      )
      .map((parts) => parts.reduce<Record<string, unknown>>((bag, part) => deepMerge(bag, part as Record<string, unknown>), {}));
  };
  return { leaf, tree, along, template, props };
}

// ---------------------------------------------------------------------------------------------------------------
// Resources and stacks

/** A resource as the engine and the fuzz tests see it, before it is turned into facts or wire requests. */
export interface FuzzResource {
  readonly urn: string;
  readonly type: string;
  readonly key: string;
  readonly name: string;
  readonly props: Record<string, unknown>;
  readonly provider?: { readonly type: string; readonly name: string; readonly urn: string; readonly props: Record<string, unknown> };
  /** Top-level input to the URNs of the resources it came from (may name URNs outside the stack). */
  readonly propertyDependencies: Record<string, string[]>;
  readonly parent?: string;
}

const NAMES = ["data", "logs", "rg", "main", "x", "a-b", "Ünïcode", "名前"];

export function resourceArbitraries(h: Harvest, options: ValueOptions) {
  const values = valueArbitraries(h, options);
  // A rule first, then a type it applies to: every rule gets its share, however many types it covers.
  const ruleIds = [...new Set(h.specific.flatMap((t) => t.rules))].sort();
  const byRule = fc.constantFrom(...ruleIds).chain((id) => fc.constantFrom(...h.specific.filter((t) => t.rules.includes(id))));
  const group = h.all.find((t) => t.key === "resources:ResourceGroup");
  const type = fc.oneof(
    { weight: 6, arbitrary: byRule },
    { weight: 2, arbitrary: fc.constantFrom(...h.all) },
    ...(group ? [{ weight: 1, arbitrary: fc.constant(group) }] : []),
  );
  const provider = fc.option(
    fc.record({ location: fc.oneof(plainRegion, regionString, values.leaf) }, { requiredKeys: [] }).map((props) => ({
      type: "pulumi:providers:azure-native",
      name: "p",
      urn: "urn:pulumi:dev::proj::pulumi:providers:azure-native::p",
      props: props as Record<string, unknown>,
    })),
    { nil: undefined },
  );
  const one = (index: number) =>
    fc.record({ type, name: fc.constantFrom(...NAMES), provider }).chain(({ type: t, name, provider: p }) =>
      values.props(t).map((props): FuzzResource => ({
        urn: `urn:pulumi:dev::proj::${t.raw}::${name}-${index}`,
        type: t.raw,
        key: t.key,
        name,
        props,
        provider: p,
        propertyDependencies: {},
      })),
    );
  /** One to four resources; each top-level input may depend on any of the others (or on a URN outside the stack). */
  const stack = fc
    .integer({ min: 1, max: 4 })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => one(i))))
    .chain((resources) => {
      const urns = [...resources.map((r) => r.urn), "urn:pulumi:dev::proj::azure-native:resources:ResourceGroup::elsewhere"];
      const deps = resources.map((r) => {
        const inputs = [...new Set([...Object.keys(r.props), "location", "resourceGroupName", "properties", "accountName"])];
        const others = urns.filter((u) => u !== r.urn);
        return fc.tuple(
          fc.dictionary(fc.constantFrom(...inputs), fc.subarray(others, { maxLength: Math.min(2, others.length) }), { maxKeys: 3 }),
          fc.option(fc.constantFrom(...urns.filter((u) => u !== r.urn)), { nil: undefined }),
        );
      });
      return fc.tuple(...deps).map((graph) =>
        resources.map((r, i): FuzzResource => ({ ...r, propertyDependencies: graph[i][0], parent: graph[i][1] })),
      );
    });
  return { values, type, one: one(0), stack };
}
