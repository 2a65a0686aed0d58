/**
 * The vectors the benchmarks feed the pack: one per row of the engine's rule tables (read from the tables
 * themselves, so a row added to the pack is benchmarked without touching this file), plus the rules that are
 * code rather than tables (AI deployments, availability tests, integration runtimes, templates, scripts,
 * commands, Marketplace partners). Each vector makes a violating and a compliant instance of its type.
 */
import type { Json } from "../cli/pack/analyzer-client";
import { GLOBAL_SERVICES } from "../policy-pack/engine/rules/location/global-services";
import { DATA_LOCATION_PAIR_COPIES } from "../policy-pack/engine/rules/data-location/pair-copies";
import { DATA_LOCATION_REFERENCE_FIELDS } from "../policy-pack/engine/rules/data-location/reference-fields";
import { DATA_LOCATION_VOCABULARY_FIELDS } from "../policy-pack/engine/rules/data-location/vocabulary-fields";
import type { PairCopySetting } from "../policy-pack/engine/rules/pair-copies";
import { ANYWHERE_SETTINGS } from "../policy-pack/engine/rules/processing/anywhere-settings";
import { PROCESSING_REGION_FIELDS } from "../policy-pack/engine/rules/processing/region-fields";
import type { ReferenceField } from "../policy-pack/engine/rules/reference-fields";
import type { RegionField } from "../policy-pack/engine/rules/region-fields";
import { REPLICATION_PAIR_COPIES } from "../policy-pack/engine/rules/replication/pair-copies";
import { REPLICATION_REFERENCES } from "../policy-pack/engine/rules/replication/references";
import { REPLICATION_REGION_FIELDS } from "../policy-pack/engine/rules/replication/region-fields";
import { REPLICATION_VOCABULARY_FIELDS } from "../policy-pack/engine/rules/replication/vocabulary-fields";
import { TELEMETRY_REFERENCES } from "../policy-pack/engine/rules/telemetry/reference-fields";
import { TELEMETRY_REGION_FIELDS, TELEMETRY_UNPROVABLE_FIELDS } from "../policy-pack/engine/rules/telemetry/other-fields";
import { THIRD_PARTY_SERVICES } from "../policy-pack/engine/rules/third-party/publishers";
import { TRANSIT_REFERENCES, TRANSIT_REGION_FIELDS, TRANSIT_UNPROVABLE_FIELDS } from "../policy-pack/engine/rules/transit/tables";
import type { UnprovableField } from "../policy-pack/engine/rules/unprovable-fields";

/** A region inside every boundary preset the pack ships with. */
export const INSIDE = "westeurope";
/** A region outside every European boundary. */
export const OUTSIDE = "eastus";

/** Properties as they travel to the pack. */
export type Props = Record<string, Json>;

/** One covered vector: a type key and how to make an instance that violates it, or one that does not. */
export interface Vector {
  /** The rule table (or code rule) the vector comes from. */
  readonly source: string;
  /** `<module>:<Type>` (azure-native), `azure:<module>:<Type>` (classic) or a full token (`command:local:Command`). */
  readonly key: string;
  /** Inputs of an instance; `violating` puts the vector's value outside the boundary. */
  props(violating: boolean): Props;
  /** A top-level input holding the id of another resource, and the type key that resource should have. */
  readonly reference?: { readonly input: string; readonly targetKey: string };
}

/** Sets `value` at a dotted path; a `name[]` segment becomes a one-entry list of objects. */
export function setPath(target: Props, path: string, value: Json): Props {
  const segments = path.split(".");
  let node: Props = target;
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    const name = segment.endsWith("[]") ? segment.slice(0, -2) : segment;
    if (last) {
      node[name] = segment.endsWith("[]") ? [value] : value;
    } else if (segment.endsWith("[]")) {
      const entry: Props = {};
      node[name] = [entry];
      node = entry;
    } else {
      const next = (node[name] ?? {}) as Props;
      node[name] = next;
      node = next;
    }
  });
  return target;
}

const base = (): Props => ({ location: INSIDE, resourceGroupName: "rg-bench" });
const armId = (key: string) => `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-bench/providers/Microsoft.Bench/${key.replace(/:/g, "/")}/target`;
const asValue = (text: string): Json => (text === "true" ? true : text === "false" ? false : text);

/** A region (or a list of regions) at a region field; a violating list has one entry outside. */
function regionValue(row: RegionField, violating: boolean): { path: string; value: Json } {
  const region = violating ? OUTSIDE : INSIDE;
  if (!row.list) return { path: row.path, value: region };
  const regions = [INSIDE, violating ? OUTSIDE : "northeurope"];
  return { path: row.list, value: regions.map((r) => (row.path ? setPath({}, row.path, r) : r)) };
}

function regionFieldVector(source: string, row: RegionField): Vector {
  return { source, key: row.type, props: (violating) => { const { path, value } = regionValue(row, violating); return setPath(base(), path, value); } };
}

function pairCopyVector(source: string, row: PairCopySetting): Vector {
  return {
    source,
    key: row.type,
    props: (violating) => {
      const props = { ...base(), location: violating ? OUTSIDE : INSIDE };
      if (row.copiesWhen === "always" || row.path === "location") return props;
      const value = violating ? row.copiesWhen[0] : row.safeValue;
      return value === undefined ? props : setPath(props, row.path, asValue(value));
    },
  };
}

function referenceVector(source: string, row: ReferenceField): Vector {
  const targetKey = row.targets?.[0] ?? "storage:StorageAccount";
  const id = armId(targetKey);
  const value: Json = row.list ? [row.path ? setPath({}, row.path, id) : id] : id;
  return { source, key: row.type, props: () => setPath(base(), row.list ?? row.path, value), reference: { input: (row.list ?? row.path).split(/[.[]/)[0], targetKey } };
}

function unprovableVector(source: string, row: UnprovableField): Vector {
  return { source, key: row.type, props: (violating) => (violating ? setPath(base(), row.path, "https://bench.example/container?sig=secret") : base()) };
}

/** Every vector, table rows first, in a fixed order. */
export function allVectors(): Vector[] {
  const vectors: Vector[] = [
    { source: "primary-location", key: "resources:ResourceGroup", props: (v) => ({ location: v ? OUTSIDE : INSIDE }) },
    { source: "primary-location", key: "storage:StorageAccount", props: (v) => ({ ...base(), location: v ? OUTSIDE : INSIDE, sku: { name: "Standard_LRS" }, kind: "StorageV2" }) },
    ...GLOBAL_SERVICES.map((row): Vector => ({ source: "global-services", key: row.type, props: (v) => ({ ...base(), location: row.treatment === "processes" ? (v ? "global" : INSIDE) : v ? OUTSIDE : "global" }) })),
    ...REPLICATION_PAIR_COPIES.map((row) => pairCopyVector("replication pair copies", row)),
    ...DATA_LOCATION_PAIR_COPIES.map((row) => pairCopyVector("data-location pair copies", row)),
    ...REPLICATION_REGION_FIELDS.map((row) => regionFieldVector("replication region fields", row)),
    ...PROCESSING_REGION_FIELDS.map((row) => regionFieldVector("processing region fields", row)),
    ...TELEMETRY_REGION_FIELDS.map((row) => regionFieldVector("telemetry region fields", row)),
    ...TRANSIT_REGION_FIELDS.map((row) => regionFieldVector("transit region fields", row)),
    ...REPLICATION_REFERENCES.map((row) => referenceVector("replication references", row)),
    ...TELEMETRY_REFERENCES.map((row) => referenceVector("telemetry references", row)),
    ...DATA_LOCATION_REFERENCE_FIELDS.map((row) => referenceVector("data-location references", row)),
    ...TRANSIT_REFERENCES.map((row) => referenceVector("transit references", row)),
    ...TELEMETRY_UNPROVABLE_FIELDS.map((row) => unprovableVector("telemetry unprovable fields", row)),
    ...TRANSIT_UNPROVABLE_FIELDS.map((row) => unprovableVector("transit unprovable fields", row)),
    ...REPLICATION_VOCABULARY_FIELDS.map((row): Vector => {
      const entries = Object.entries(row.values);
      const outside = entries.find(([, m]) => "region" in m && m.region === "westus2")?.[0] ?? entries[0][0];
      const inside = entries.find(([, m]) => "noCopy" in m)?.[0] ?? entries[0][0];
      return { source: "replication vocabulary", key: row.type, props: (v) => setPath(base(), row.path, v ? outside : inside) };
    }),
    ...DATA_LOCATION_VOCABULARY_FIELDS.map((row): Vector => {
      const inside = row.vocabulary.values.find((value) => value.countries.length > 1)?.value ?? row.vocabulary.values[0].value;
      return { source: "data-location vocabulary", key: row.type, props: (v) => setPath(base(), row.path, v ? "NotADocumentedWord" : inside) };
    }),
    ...ANYWHERE_SETTINGS.map((row): Vector => ({
      source: "processing anywhere",
      key: row.type,
      props: (v) => (row.when === "always" || row.path === "location" ? base() : setPath(base(), row.path, v ? row.when[0] : row.safe[0] ?? "Disabled")),
    })),
    ...THIRD_PARTY_SERVICES.flatMap((service) => service.modules).map((module): Vector => ({
      source: "third-party services",
      key: `${module}:Monitor`,
      props: () => base(),
    })),
    ...codeRuleVectors(),
  ];
  return vectors;
}

/** The rules written as code: one vector each, with the shapes their tests use. */
function codeRuleVectors(): Vector[] {
  const storageTemplate = (region: string): Json => ({
    $schema: "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
    contentVersion: "1.0.0.0",
    resources: [{ type: "Microsoft.Storage/storageAccounts", apiVersion: "2023-01-01", name: "benchsa", location: region, sku: { name: "Standard_LRS" }, kind: "StorageV2" }],
  });
  return [
    { source: "ai deployments", key: "cognitiveservices:Deployment", props: (v) => ({ ...base(), accountName: "bench-ai", sku: { name: v ? "GlobalStandard" : "Standard", capacity: 10 }, properties: { model: { format: "OpenAI", name: "gpt-4o", version: "2024-08-06" } } }), reference: { input: "accountName", targetKey: "cognitiveservices:Account" } },
    { source: "availability tests", key: "applicationinsights:WebTest", props: (v) => ({ ...base(), locations: [{ location: "emea-nl-ams-azr" }, { location: v ? "us-ca-sjc-azr" : "emea-gb-db3-azr" }] }) },
    { source: "integration runtimes", key: "datafactory:IntegrationRuntime", props: (v) => ({ ...base(), factoryName: "bench-adf", properties: { type: "Managed", computeProperties: { location: v ? OUTSIDE : INSIDE } } }) },
    { source: "opaque templates", key: "resources:Deployment", props: (v) => ({ ...base(), properties: { mode: "Incremental", template: storageTemplate(v ? OUTSIDE : INSIDE) } }) },
    { source: "opaque generic resources", key: "resources:Resource", props: (v) => ({ ...base(), location: v ? OUTSIDE : INSIDE, resourceProviderNamespace: "Microsoft.Storage", resourceType: "storageAccounts", parentResourcePath: "", properties: { sku: { name: "Standard_LRS" } } }) },
    { source: "opaque scripts", key: "resources:AzureCliScript", props: (v) => ({ ...base(), kind: "AzureCLI", azCliVersion: "2.52.0", retentionInterval: "PT1H", ...(v ? { scriptContent: "az group create -n x -l eastus" } : {}) }) },
    { source: "opaque commands", key: "command:local:Command", props: (v) => ({ create: v ? "az storage account create -n x -l eastus" : "echo ready" }) },
    { source: "marketplace partners", key: "monitor:DiagnosticSetting", props: (v) => ({ resourceUri: armId("storage:StorageAccount"), ...(v ? { marketplacePartnerId: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Datadog/monitors/dd" } : {}) }) },
  ];
}
