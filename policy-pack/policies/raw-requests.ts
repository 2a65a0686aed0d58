import { PropertyBag } from "../engine";

/** A protobuf Struct as the Analyzer request carries it. */
interface StructLike {
  toJavaScript(): Record<string, unknown>;
}

/**
 * The JavaScript value of a request's Struct, converted once. @pulumi/policy converts a resource's Struct again for
 * every resource policy it runs (seven here) and once more per resource in `AnalyzeStack`; the Struct instance, which
 * lives only as long as the call, now answers each later `toJavaScript()` with this same value. Neither the SDK (its
 * deserialization builds new objects) nor the engine (pure) modifies it.
 */
function convertOnce(struct: StructLike | undefined): Record<string, unknown> | undefined {
  if (!struct) return undefined;
  const value = struct.toJavaScript();
  struct.toJavaScript = () => value;
  return value;
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
      props: convertOnce(resource.getProperties()) ?? {},
      providerProps: convertOnce(resource.getProvider()?.getProperties()),
    });
    return urn;
  });
  return () => urns.forEach((urn) => inFlight.delete(urn));
}

/** The raw inputs of a resource whose analysis is in flight, if recorded. */
export function rawInputsOf(urn: string): RawInputs | undefined {
  return inFlight.get(urn);
}
