import { Boundary, Verdict } from "./boundary";
import { TypeToken } from "./tokens";
import { PropertyBag } from "./values";
import type { StackView } from "./stack";

/**
 * The policy a rule reports under. Each family is one policy of the pack; see `policies/`.
 */
export type PolicyFamily =
  | "location"
  | "replication"
  | "processing"
  | "data-location"
  | "telemetry"
  | "third-party"
  | "opaque"
  | "transit";

/** The provider that will handle a resource, as the engine sends it (type, name and its inputs). */
export interface ProviderFacts {
  readonly type: string;
  readonly name: string;
  readonly urn?: string;
  readonly props: PropertyBag;
}

/** What the engine knows of one resource: its identity, its (checked) inputs and its provider. */
export interface ResourceFacts {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  /** Inputs after the provider's Check; unknowns are Pulumi's sentinel strings. */
  readonly props: PropertyBag;
  readonly provider?: ProviderFacts;
}

/**
 * One place where a rule says the resource's data is stored or processed, before it is rendered into a
 * message. Rules produce these; {@link evaluateResource} judges and renders them.
 */
export interface Finding {
  /** Stable id of the rule (kebab-case), e.g. `storage-geo-pair`. */
  readonly rule: string;
  /** Verb phrase before the place: "is located in", "keeps a geo-redundant copy in". */
  readonly what: string;
  /** Property path the place came from, in SDK (camelCase) form: `sku.name`, `locations[1].locationName`. */
  readonly path: string;
  /** The value seen at `path`, as shown to a reviewer (secrets never shown). */
  readonly seen: string;
  /** The place: a location string when known, `undefined` when it cannot be known at preview. */
  readonly location?: string;
  /**
   * The place as messages show it when it is not a location string: a vocabulary value ("Europe" of a
   * Communication Services `dataLocation`) or a place no region names ("any geography where the model is
   * deployed"). When set, messages show it instead of describing `location`; the verdict is the rule's own.
   */
  readonly place?: string;
  /** How the place was reached, when not simply the property itself: "inherited from resource group 'rg'". */
  readonly via?: string;
  readonly verdict: Verdict;
  /** What to change, one imperative sentence. */
  readonly fix: string;
  /**
   * The declaration of a resource outside the stack (`boundary.externalResources[i]`) the place was proven through;
   * the advisory `exemptions` policy shows each place that used one.
   */
  readonly declared?: string;
  /**
   * True when the verdict depends on other resources of the stack (a resource group, a parent, a referenced
   * id). Such findings are judged by the stack policy, the others by the resource policies, so that each place
   * is reported exactly once.
   */
  readonly viaStack: boolean;
}

/** A judged place with its message: what the policies report. */
export interface Place extends Finding {
  readonly family: PolicyFamily;
  readonly message: string;
}

/** What a rule sees. */
export interface RuleContext {
  readonly resource: ResourceFacts;
  readonly token: TypeToken;
  readonly boundary: Boundary;
  /** The other resources of the stack; present only when the stack policy evaluates. */
  readonly stack?: StackView;
}

/** One residency vector: which types it applies to and the places it finds on one resource. */
export interface Rule {
  readonly id: string;
  readonly family: PolicyFamily;
  /** Whether the rule looks at a resource of this type at all. */
  readonly appliesTo: (token: TypeToken) => boolean;
  readonly findings: (context: RuleContext) => readonly Finding[];
}
