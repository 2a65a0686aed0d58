import type { AnalyzedStackResource } from "../pack/analyzer-client";
import type { ReportAudit } from "../report/model";

/** One deployed resource, as the pack receives it, with what the report says about it. */
export interface EstateResource {
  /** The resource as `Analyze` and `AnalyzeStack` receive it. */
  readonly analyzed: AnalyzedStackResource;
  /** The provider's id of the resource (for Azure, the resource id), or null when it has none. */
  readonly resourceId: string | null;
  /** The type as the source wrote it, when the pack has no rules for it; absent otherwise. */
  readonly unknownType?: string;
}

/** Everything an audit judges, read from one source. */
export interface Estate {
  /** The project and stack the URNs name. */
  readonly project: string;
  readonly stack: string;
  readonly source: ReportAudit["source"];
  /** The files read, as given. */
  readonly files: readonly string[];
  /** The resources to judge, in the order of the source. */
  readonly resources: readonly EstateResource[];
  /** Entries of the source left out, each with why. */
  readonly skipped: ReportAudit["skipped"];
}
