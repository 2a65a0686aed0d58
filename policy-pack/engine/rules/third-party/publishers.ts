/**
 * Azure Marketplace services run by a third-party publisher (vectors.md V34): the Azure resource is only a link,
 * and the data it configures goes to the publisher's own cloud, outside Microsoft's EU Data Boundary. Every
 * resource of these modules is outside by default. docs/coverage/third-party.md lists the same rows and which
 * module names are verified in the SDK.
 */
export interface ThirdPartyService {
  /**
   * Module names: `<module>` for azure-native (default and locally generated packages, vectors.md P4) and
   * `azure:<module>` for the classic provider.
   */
  readonly modules: readonly string[];
  /** ARM resource-provider namespace, for ids (`marketplacePartnerId`) and ARM templates. */
  readonly armNamespace: string;
  /** Who receives the data, as messages name it: "the third-party publisher Datadog". */
  readonly recipient: string;
  /** What goes there, one clause completing "because ...". */
  readonly reason: string;
  /** An Azure-native service to use instead, for the fix. */
  readonly alternative: string;
}

const OBSERVABILITY = "the monitored resources' logs and metrics are shipped to the publisher's SaaS and stored in the site it chooses";
const MONITOR = "Azure Monitor with a Log Analytics workspace inside the boundary";

/** The table; the third-party rule, the ARM-template mapping and the coverage doc read it. */
export const THIRD_PARTY_SERVICES: readonly ThirdPartyService[] = [
  { modules: ["datadog", "azure:datadog"], armNamespace: "Microsoft.Datadog", recipient: "the third-party publisher Datadog", reason: OBSERVABILITY, alternative: MONITOR },
  { modules: ["elastic", "azure:elasticcloud"], armNamespace: "Microsoft.Elastic", recipient: "the third-party publisher Elastic", reason: "logs and metrics are shipped to an Elastic Cloud deployment that Elastic runs", alternative: MONITOR },
  { modules: ["dynatrace", "azure:dynatrace"], armNamespace: "Dynatrace.Observability", recipient: "the third-party publisher Dynatrace", reason: OBSERVABILITY, alternative: MONITOR },
  { modules: ["newrelicobservability", "azure:newrelic"], armNamespace: "NewRelic.Observability", recipient: "the third-party publisher New Relic", reason: OBSERVABILITY, alternative: MONITOR },
  { modules: ["logz"], armNamespace: "Microsoft.Logz", recipient: "the third-party publisher Logz.io", reason: OBSERVABILITY, alternative: MONITOR },
  { modules: ["confluent"], armNamespace: "Microsoft.Confluent", recipient: "the third-party publisher Confluent", reason: "Kafka clusters, topics and connectors run and keep their data in Confluent Cloud", alternative: "Azure Event Hubs" },
  { modules: ["weightsandbiases"], armNamespace: "Microsoft.WeightsAndBiases", recipient: "the third-party publisher Weights & Biases", reason: "experiment data and models are kept in an instance that Weights & Biases runs", alternative: "Azure Machine Learning" },
  { modules: ["cloudngfw", "azure:paloalto"], armNamespace: "PaloAltoNetworks.Cloudngfw", recipient: "the third-party publisher Palo Alto Networks", reason: "network traffic is inspected by a firewall service that Palo Alto Networks runs, and its logs and rules are managed in the publisher's cloud", alternative: "Azure Firewall" },
  { modules: ["mongodbatlas"], armNamespace: "MongoDB.Atlas", recipient: "the third-party publisher MongoDB", reason: "databases run in MongoDB Atlas, which MongoDB operates", alternative: "Azure Cosmos DB for MongoDB" },
  { modules: ["neonpostgres"], armNamespace: "Neon.Postgres", recipient: "the third-party publisher Neon", reason: "databases run in Neon's serverless Postgres service", alternative: "Azure Database for PostgreSQL" },
  { modules: ["pinecone"], armNamespace: "Pinecone.VectorDb", recipient: "the third-party publisher Pinecone", reason: "vectors and their metadata are stored in Pinecone's service", alternative: "Azure AI Search" },
  { modules: ["informaticadatamanagement"], armNamespace: "Informatica.DataManagement", recipient: "the third-party publisher Informatica", reason: "data pipelines run in Informatica's Intelligent Data Management Cloud", alternative: "Azure Data Factory" },
  { modules: ["astronomer"], armNamespace: "Astronomer.Astro", recipient: "the third-party publisher Astronomer", reason: "Airflow workflows and their data run in Astronomer's Astro service", alternative: "Azure Data Factory" },
  { modules: ["arizeai"], armNamespace: "ArizeAi.ObservabilityEval", recipient: "the third-party publisher Arize AI", reason: "model traces, prompts and responses are shipped to Arize AI's service", alternative: "Azure AI Foundry evaluation and tracing" },
  { modules: ["saas"], armNamespace: "Microsoft.SaaS", recipient: "the publisher of this Marketplace SaaS offer", reason: "a Marketplace SaaS subscription sends data to the offer's publisher, wherever it runs", alternative: "an Azure service that keeps the data inside the boundary" },
  { modules: ["professionalservice"], armNamespace: "Microsoft.ProfessionalService", recipient: "the publisher of this Marketplace professional service", reason: "a professional-services subscription gives the publisher's staff the data it works on", alternative: "a supplier bound to the boundary by contract" },
  { modules: ["awsconnector"], armNamespace: "Microsoft.AwsConnector", recipient: "Amazon Web Services", reason: "the resource describes an AWS resource, whose data lives in AWS", alternative: "an Azure resource inside the boundary" },
];

const BY_MODULE: ReadonlyMap<string, ThirdPartyService> = new Map(THIRD_PARTY_SERVICES.flatMap((s) => s.modules.map((m) => [m, s])));
const BY_NAMESPACE: ReadonlyMap<string, ThirdPartyService> = new Map(THIRD_PARTY_SERVICES.map((s) => [s.armNamespace.toLowerCase(), s]));

/** The service behind a module (`datadog`, or `azure:datadog` for the classic provider), if it is a third party. */
export function thirdPartyByModule(module: string): ThirdPartyService | undefined {
  return BY_MODULE.get(module);
}

/** The service behind an ARM resource-provider namespace (case-insensitive), if it is a third party. */
export function thirdPartyByNamespace(namespace: string): ThirdPartyService | undefined {
  return BY_NAMESPACE.get(namespace.toLowerCase());
}

/** How messages name the place a third party's data goes to. */
export function recipientPlace(service: ThirdPartyService | undefined): string {
  return `${service?.recipient ?? "a third-party Marketplace partner"} (outside Azure)`;
}
