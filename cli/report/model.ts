/**
 * The stable JSON shape of a check (docs/reports.md, "JSON"). Every report format renders this model; nothing
 * in it is computed by a report. Fields are only ever added.
 */

/** Where in the user's program a resource is declared. */
export interface SourceRef {
  /** Path relative to the program directory, with `/` separators. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
}

/** One resource the program registered. */
export interface ReportResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly source: SourceRef | null;
  /** Audits only: the provider's id of the deployed resource (the Azure resource id), or null when it has none. */
  readonly resourceId?: string | null;
}

/** How strictly a policy is enforced. */
export type ReportLevel = "advisory" | "mandatory" | "remediate" | "disabled";

/** One diagnostic of the pack, attached to the resource it names. */
export interface ReportViolation {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  /** The policy that owns the concern (the `boundary` stack policy's `[policy]` prefix is resolved to it). */
  readonly policy: string;
  readonly enforcementLevel: ReportLevel;
  readonly message: string;
  readonly source: SourceRef | null;
  /** Audits only: the resource's Azure resource id, or null when it has none. */
  readonly resourceId?: string | null;
}

/** A policy as the pack describes it in `GetAnalyzerInfo`: the rule metadata of SARIF. */
export interface ReportPolicy {
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly enforcementLevel: ReportLevel;
  readonly severity: "low" | "medium" | "high" | "critical" | null;
  readonly remediationSteps: string | null;
  /** The policy's documentation page. */
  readonly url: string | null;
}

/** A place a reviewed entry of the pack config allowed or proved, as the pack's advisory `exemptions` policy reported it. */
export interface ReportReviewedPlace {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly source: SourceRef | null;
  /** Audits only: the resource's Azure resource id, or null when it has none. */
  readonly resourceId?: string | null;
  /** The policy that owns the place. */
  readonly policy: string;
  /** The policy's message for the place. */
  readonly message: string;
  readonly reason: string;
  readonly approvedBy: string | null;
  readonly ticket: string | null;
  /** Last day (UTC) it applies, `YYYY-MM-DD`. */
  readonly expires: string;
  /** Position of the entry in its list of the pack config. */
  readonly index: number;
}

/** A place a reviewed exemption allowed; its message is the violation the policy would have reported. */
export interface ReportExemption extends ReportReviewedPlace {
  /** Position in `boundary.exemptions`. */
  readonly index: number;
}

/**
 * A place proven inside through a reviewed declaration of a resource outside the stack (`boundary.externalResources`):
 * its message names the declared region, which the pack takes on trust.
 */
export interface ReportDeclaration extends ReportReviewedPlace {
  /** Position in `boundary.externalResources`. */
  readonly index: number;
}

/** An exemption that allowed nothing in the stack. */
export interface ReportUnusedExemption {
  readonly policy: string;
  /** Position in `boundary.exemptions`. */
  readonly index: number;
  /** Why, and what to do. */
  readonly detail: string;
}

/** A declaration of a resource outside the stack that proved no place of the stack. */
export interface ReportUnusedDeclaration {
  /** Position in `boundary.externalResources`. */
  readonly index: number;
  /** Why, and what to do. */
  readonly detail: string;
}

/** One place where a resource's data is, for the picture; computed by the engine, never by the pack. */
export interface ReportPlace {
  readonly urn: string;
  /** The policy that owns the place. */
  readonly policy: string;
  readonly verdict: "inside" | "outside" | "unproven";
  /** The place as the picture names it: a region (`westeurope`), a location string, or a described place. */
  readonly label: string;
  /** The region's country, when the place is a catalogue region. */
  readonly country: string | null;
  /** The property the place came from, e.g. `sku.name`. */
  readonly path: string;
  /** What to change, one sentence. */
  readonly fix: string;
  /** The engine's message: the pack reports the same text for the places it does not pass. */
  readonly message: string;
  /** Why no exemption may allow this place (`boundary.neverExempt[0] ...`), or null when one may. */
  readonly neverExempt: string | null;
}

/** Resources of one type the pack has no rules for: judged by their location (and resource group) alone. */
export interface ReportUnknownType {
  /** The type as the source wrote it: an ARM type (`microsoft.contoso/widgets`) or a Pulumi type token. */
  readonly type: string;
  /** The type token the resources were sent to the pack as. */
  readonly token: string;
  /** The resource id (else the URN) of each resource of the type. */
  readonly resources: readonly string[];
}

/** Where an audit's resources came from, and what the report should know about them. */
export interface ReportAudit {
  /** `state` for `pulumi stack export`, `resource-graph` for Azure Resource Graph answers. */
  readonly source: "state" | "resource-graph";
  /** The files read, relative to where the command ran. */
  readonly files: readonly string[];
  /** Types the pack does not know, listed as "type not known to the pack". */
  readonly unknownTypes: readonly ReportUnknownType[];
  /** Entries of the source that were not sent to the pack, each with why (external reads, repeated rows). */
  readonly skipped: readonly { readonly resource: string; readonly reason: string }[];
}

/** The whole result of a check. */
export interface CheckReport {
  readonly project: string;
  readonly stack: string;
  readonly boundary: { readonly name: string; readonly regions: readonly string[] };
  readonly resources: readonly ReportResource[];
  readonly violations: readonly ReportViolation[];
  readonly summary: { readonly resources: number; readonly mandatory: number; readonly advisory: number };
  /**
   * `check` for the offline check, `preview` for a report built from a real preview's engine events, `audit` for
   * an audit of deployed resources.
   */
  readonly origin: "check" | "preview" | "audit";
  /** The program directory relative to where the command ran (`/` separators, `.` for the same): SARIF joins it to each source file. */
  readonly programDir: string;
  /** The `--policy-config` file relative to where the command ran (`/` separators), or null without one. */
  readonly policyConfig: string | null;
  /** The pack's policies, from `GetAnalyzerInfo`. */
  readonly policies: readonly ReportPolicy[];
  readonly exemptions: readonly ReportExemption[];
  readonly unusedExemptions: readonly ReportUnusedExemption[];
  /** Each place proven inside through a declaration in `boundary.externalResources`. */
  readonly declarations: readonly ReportDeclaration[];
  readonly unusedDeclarations: readonly ReportUnusedDeclaration[];
  /** Every place of every resource, inside ones included; empty for reports from preview events. */
  readonly places: readonly ReportPlace[];
  /** Audits only: where the resources came from, the types the pack does not know, what was left out. */
  readonly audit?: ReportAudit;
}
