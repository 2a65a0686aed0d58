/**
 * Reads `pulumi stack export`: `{ "version": 3, "deployment": { "manifest", "resources": [...] } }`, each resource
 * with `urn`, `custom`, `type`, `id`, `inputs`, `outputs`, `parent`, `provider` (`<provider urn>::<provider id>`),
 * `dependencies`, `propertyDependencies`, `external`, `delete`, `pendingReplacement`. Version 4 has the same shape.
 */
import { CliError } from "../cli-error";
import type { AnalyzedProvider, AnalyzedStackResource, Json } from "../pack/analyzer-client";
import { lookupAzureNativeType } from "../../policy-pack/catalog/azure-native-types";
import type { Estate, EstateResource } from "./estate";
import { describeJson, Expected, isJsonObject, readJsonFile } from "./json-file";
import { deployedInputs, wireValue } from "./state-values";

/** The option that names a stack export. */
export const STATE_OPTION = "--from-state";

const VERSIONS = [3, 4];
const EXPECTED: Expected = {
  option: STATE_OPTION,
  shape: 'the JSON of pulumi stack export: an object with "version": 3 and "deployment": { "resources": [...] }',
};
const URN = /^urn:pulumi:([^:]*)::([^:]*)::([^:]+(?::[^:]+)*)::(.*)$/s;
const EXAMPLE_URN = '"urn:pulumi:dev::proj::azure-native:storage:StorageAccount::logs"';

/** One entry of `deployment.resources`, checked. */
interface StateEntry {
  readonly urn: string;
  readonly type: string;
  readonly custom: boolean;
  readonly id?: string;
  readonly inputs: Record<string, Json>;
  readonly outputs: Record<string, Json>;
  readonly parent?: string;
  readonly provider?: string;
  readonly dependencies: string[];
  readonly propertyDependencies: Record<string, string[]>;
  readonly external: boolean;
}

function fail(file: string, where: string, seen: unknown, expected: string): never {
  throw new CliError(`${STATE_OPTION} ${file} ${where} is ${describeJson(seen)}; expected ${expected}.`);
}

function resourcesOf(file: string, exported: unknown): unknown[] {
  if (!isJsonObject(exported) || !isJsonObject(exported.deployment)) {
    const hint = Array.isArray(exported) || (isJsonObject(exported) && "data" in exported) ? " (it looks like a Resource Graph answer: use --from-resource-graph)" : "";
    throw new CliError(`${STATE_OPTION} ${file} is ${describeJson(exported)}${hint}; expected ${EXPECTED.shape}.`);
  }
  if (!VERSIONS.includes(exported.version as number)) fail(file, "version", exported.version, `${VERSIONS.join(" or ")} (pulumi stack export writes deployment version 3)`);
  const resources = exported.deployment.resources ?? [];
  if (!Array.isArray(resources)) fail(file, "deployment.resources", resources, "an array of resources");
  return resources;
}

function stringList(file: string, where: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) fail(file, where, value, "an array of URNs");
  return value as string[];
}

function entryOf(file: string, index: number, raw: unknown): StateEntry {
  const at = `deployment.resources[${index}]`;
  if (!isJsonObject(raw)) fail(file, at, raw, "a resource object with urn, type and custom");
  if (typeof raw.urn !== "string" || !URN.test(raw.urn)) fail(file, `${at}.urn`, raw.urn, `a URN such as ${EXAMPLE_URN}`);
  if (typeof raw.type !== "string" || raw.type === "") fail(file, `${at}.type`, raw.type, "a type token such as azure-native:storage:StorageAccount");
  for (const key of ["inputs", "outputs", "propertyDependencies"] as const) {
    if (raw[key] !== undefined && raw[key] !== null && !isJsonObject(raw[key])) fail(file, `${at}.${key}`, raw[key], "an object");
  }
  for (const key of ["parent", "provider", "id"] as const) {
    if (raw[key] !== undefined && typeof raw[key] !== "string") fail(file, `${at}.${key}`, raw[key], "a string");
  }
  const propertyDependencies: Record<string, string[]> = {};
  for (const [property, urns] of Object.entries((raw.propertyDependencies as Record<string, unknown>) ?? {})) {
    propertyDependencies[property] = stringList(file, `${at}.propertyDependencies.${property}`, urns);
  }
  const where = `${STATE_OPTION} ${file} ${at}`;
  return {
    urn: raw.urn,
    type: raw.type,
    custom: raw.custom === true,
    id: (raw.id as string | undefined) || undefined,
    inputs: wireValue(raw.inputs ?? {}, `${where}.inputs`) as Record<string, Json>,
    outputs: wireValue(raw.outputs ?? {}, `${where}.outputs`) as Record<string, Json>,
    parent: (raw.parent as string | undefined) || undefined,
    provider: (raw.provider as string | undefined) || undefined,
    dependencies: stringList(file, `${at}.dependencies`, raw.dependencies),
    propertyDependencies,
    external: raw.external === true,
  };
}

/** The provider resource a `<urn>::<id>` reference names, as `Analyze` carries it. */
function providerOf(reference: string | undefined, entries: ReadonlyMap<string, StateEntry>): AnalyzedProvider | undefined {
  if (!reference) return undefined;
  const urn = reference.slice(0, reference.lastIndexOf("::"));
  const provider = entries.get(urn);
  if (!provider) return undefined;
  return { urn, type: provider.type, name: nameOf(urn), properties: provider.inputs };
}

function nameOf(urn: string): string {
  return URN.exec(urn)![4];
}

const isProvider = (type: string) => type.startsWith("pulumi:providers:");

/** An azure-native type token the SDK type table does not have (a newer SDK, or a typo in an imported state). */
function unknownAzureNative(type: string): boolean {
  return /^azure-native(?:_[^:]+)?:[^:]+:[^:]+$/.test(type) && lookupAzureNativeType(type) === undefined;
}

function toEstateResource(entry: StateEntry, entries: ReadonlyMap<string, StateEntry>): EstateResource {
  const analyzed: AnalyzedStackResource = {
    urn: entry.urn,
    type: entry.type,
    name: nameOf(entry.urn),
    properties: entry.custom && !isProvider(entry.type) ? deployedInputs(entry.inputs, entry.outputs) : entry.inputs,
    provider: providerOf(entry.provider, entries),
    options: {},
    parent: entry.parent,
    dependencies: entry.dependencies,
    propertyDependencies: entry.propertyDependencies,
  };
  return { analyzed, resourceId: entry.id ?? null, ...(unknownAzureNative(entry.type) ? { unknownType: entry.type } : {}) };
}

/**
 * The estate of one stack export: every resource the stack manages (providers, components and the stack included,
 * as a preview sends them), judged on its deployed values. Resources read with `.get()` (`external`) are left out
 * and listed, as a preview analyses no read; their own stack's audit judges them.
 */
export function readStateEstate(file: string): Estate {
  const raw = resourcesOf(file, readJsonFile(file, EXPECTED));
  const entries = raw.map((item, index) => entryOf(file, index, item));
  const byUrn = new Map(entries.map((entry) => [entry.urn, entry]));
  const managed = entries.filter((entry) => !entry.external);
  const skipped = entries
    .filter((entry) => entry.external)
    .map((entry) => ({ resource: entry.id ?? entry.urn, reason: "read with get() (external): the stack that manages it is audited with it" }));
  const [, stack = "", project = ""] = URN.exec(entries[0]?.urn ?? "") ?? [];
  return { project, stack, source: "state", files: [file], resources: managed.map((entry) => toEstateResource(entry, byUrn)), skipped };
}
