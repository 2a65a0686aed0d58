/**
 * Azure Resource Graph rows as resources a preview would send: each ARM type mapped to the azure-native token the
 * rules key on, each ARM body reshaped into the SDK's inputs (the shape the rules read), and each resource linked to
 * its resource group and parent when the estate holds them.
 */
import type { AnalyzedStackResource, Json } from "../pack/analyzer-client";
import { estateTypeOf, EstateType } from "./arm-types";
import type { Estate, EstateResource } from "./estate";
import { isJsonObject } from "./json-file";
import { readResourceGraphRows, ResourceGraphRow } from "./resource-graph-file";

/** The project in the URNs given to Resource Graph resources (exemption URN patterns match it). */
export const RESOURCE_GRAPH_PROJECT = "resource-graph";
/** The stack in the URNs given to Resource Graph resources. */
export const RESOURCE_GRAPH_STACK = "estate";

/**
 * Columns of an ARM resource that are inputs of the azure-native resource under the same name (the SDK flattens
 * `properties` beside them). `null` and `""` in these columns mean "not set", as ARM leaves them out.
 */
const INPUT_COLUMNS = ["location", "sku", "kind", "identity", "tags", "zones", "plan", "extendedLocation", "managedBy"] as const;

/** `/subscriptions/s/resourceGroups/g/providers/NS/t1/n1/t2/n2` split into its group and its type/name pairs. */
interface ParsedId {
  /** `/subscriptions/s/resourceGroups/g`, for a resource in a group. */
  readonly groupId?: string;
  readonly resourceGroup?: string;
  /** The resource's own provider path: `[{ type: "servers", name: "s1" }, { type: "databases", name: "db" }]`. */
  readonly segments: readonly { readonly type: string; readonly name: string }[];
  /** The id up to each segment, i.e. the id of each ancestor and of the resource itself. */
  readonly prefixes: readonly string[];
}

function parseId(id: string): ParsedId {
  const parts = id.split("/").filter((part) => part !== "");
  const groupAt = parts.findIndex((part) => part.toLowerCase() === "resourcegroups");
  const providersAt = parts.map((part) => part.toLowerCase()).lastIndexOf("providers");
  const path = providersAt >= 0 ? parts.slice(providersAt + 2) : [];
  const base = providersAt >= 0 ? `/${parts.slice(0, providersAt + 2).join("/")}` : "";
  const segments = [];
  const prefixes = [];
  for (let i = 0; i + 1 < path.length; i += 2) {
    segments.push({ type: path[i], name: path[i + 1] });
    prefixes.push(`${base}/${path.slice(0, i + 2).join("/")}`);
  }
  if (groupAt < 0 || groupAt + 1 >= parts.length) return { segments, prefixes };
  return { groupId: `/${parts.slice(0, groupAt + 2).join("/")}`, resourceGroup: parts[groupAt + 1], segments, prefixes };
}

/**
 * Which segment of the id an input naming a parent refers to: `serverName` the `servers` segment, `accountName`
 * the `storageAccounts` one (the singular type ends with the input's stem); a bare `name` the top-level resource.
 * The one parent input of a child of a top-level resource names that resource whatever its stem (`vmName` the
 * `virtualMachines` segment of an extension, `privateZoneName` the `privateDnsZones` one of a link).
 */
function parentSegment(input: string, id: ParsedId, onlyParentInput: boolean): number {
  const stem = input.replace(/Name$/, "").toLowerCase();
  const last = id.segments.length - 1;
  if (stem === "name") return last > 0 ? 0 : -1;
  for (let i = last - 1; i >= 0; i--) {
    const singular = id.segments[i].type.toLowerCase().replace(/ies$/, "y").replace(/(ss|sh|ch|x)es$/, "$1").replace(/s$/, "");
    if (singular.endsWith(stem)) return i;
  }
  return onlyParentInput && last === 1 ? 0 : -1;
}

/** The SDK shape of a row: `properties` flattened, the input columns beside them, `properties` itself kept. */
function inputsOf(row: ResourceGraphRow, type: EstateType): Record<string, Json> {
  const properties = isJsonObject(row.properties) ? (row.properties as Record<string, Json>) : {};
  const inputs: Record<string, Json> = { ...properties };
  for (const column of INPUT_COLUMNS) {
    const value = row[column];
    // An empty location stays, to be judged, unless the type has no location input and so lives in its parent.
    const unset = value === null || value === undefined || (value === "" && (column !== "location" || !type.hasLocation));
    if (!unset) inputs[column] = value as Json;
  }
  if (row.properties !== undefined && row.properties !== null) inputs.properties = row.properties as Json;
  return inputs;
}

const GROUP_TOKEN = "azure-native:resources:ResourceGroup";

function urnOf(token: string, id: string): string {
  return `urn:pulumi:${RESOURCE_GRAPH_STACK}::${RESOURCE_GRAPH_PROJECT}::${token}::${id}`;
}

/** Links the names a child's inputs carry (resource group, parents) to the resources of the estate with those ids. */
function link(row: ResourceGraphRow, type: EstateType, inputs: Record<string, Json>, urnById: ReadonlyMap<string, string>): Record<string, string[]> {
  const id = parseId(row.id);
  const dependencies: Record<string, string[]> = {};
  if (type.token === GROUP_TOKEN) {
    inputs.resourceGroupName = row.name;
  } else if (id.groupId !== undefined && id.resourceGroup !== undefined) {
    inputs.resourceGroupName = id.resourceGroup;
    const group = urnById.get(id.groupId.toLowerCase());
    if (group) dependencies.resourceGroupName = [group];
  }
  for (const input of type.parents) {
    const at = parentSegment(input, id, type.parents.length === 1);
    if (at < 0) continue;
    inputs[input] = id.segments[at].name;
    const parent = urnById.get(id.prefixes[at].toLowerCase());
    if (parent) dependencies[input] = [parent];
  }
  return dependencies;
}

/**
 * The estate of one or more Resource Graph answers. Rows are kept once per resource id (ids are case-insensitive;
 * a later row with a known id is listed as skipped). Types the pack does not know keep a derived token and are
 * judged on their location alone.
 */
export function readResourceGraphEstate(files: readonly string[]): Estate {
  const rows = readResourceGraphRows(files);
  const urnById = new Map<string, string>();
  const kept: { row: ResourceGraphRow; type: EstateType }[] = [];
  const skipped: Estate["skipped"][number][] = [];
  for (const row of rows) {
    const key = row.id.toLowerCase();
    if (urnById.has(key)) {
      skipped.push({ resource: row.id, reason: "the same resource id appears in an earlier row" });
      continue;
    }
    const type = estateTypeOf(row.type);
    urnById.set(key, urnOf(type.token, row.id));
    kept.push({ row, type });
  }
  const resources = kept.map(({ row, type }): EstateResource => {
    const inputs = inputsOf(row, type);
    const propertyDependencies = link(row, type, inputs, urnById);
    const analyzed: AnalyzedStackResource = {
      urn: urnById.get(row.id.toLowerCase())!,
      type: type.token,
      name: row.name,
      properties: inputs,
      options: {},
      dependencies: [...new Set(Object.values(propertyDependencies).flat())],
      propertyDependencies,
    };
    return { analyzed, resourceId: row.id, ...(type.known ? {} : { unknownType: row.type }) };
  });
  return { project: RESOURCE_GRAPH_PROJECT, stack: RESOURCE_GRAPH_STACK, source: "resource-graph", files, resources, skipped };
}
