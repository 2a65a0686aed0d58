import { PropertyBag } from "../engine";

/** A protobuf Struct as the Analyzer request carries it. */
interface StructLike {
  toJavaScript(): Record<string, unknown>;
}

/** The parts of an `AnalyzeRequest` / `AnalyzerResource` this module reads. */
export interface WireResource {
  getUrn(): string;
  getProperties(): StructLike | undefined;
  getProvider(): { getProperties(): StructLike | undefined } | undefined;
}

/** Raw inputs of a resource under analysis, secrets still wrapped in Pulumi's secret signature. */
export interface RawInputs {
  readonly props: PropertyBag;
  readonly providerProps?: PropertyBag;
}

const inFlight = new Map<string, RawInputs>();

/**
 * Remembers the wire form of the resources of one `Analyze` or `AnalyzeStack` call until it answers.
 * @pulumi/policy unwraps secrets before policies run, so this is the only place that still knows which values
 * are secret; messages must show `[secret]` for them.
 * @returns a function that forgets them again.
 */
export function recordRawInputs(resources: readonly WireResource[]): () => void {
  const urns = resources.map((resource) => {
    const urn = resource.getUrn();
    inFlight.set(urn, {
      props: resource.getProperties()?.toJavaScript() ?? {},
      providerProps: resource.getProvider()?.getProperties()?.toJavaScript(),
    });
    return urn;
  });
  return () => urns.forEach((urn) => inFlight.delete(urn));
}

/** The raw inputs of a resource whose analysis is in flight, if recorded. */
export function rawInputsOf(urn: string): RawInputs | undefined {
  return inFlight.get(urn);
}
