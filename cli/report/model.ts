/**
 * The stable JSON shape of a check (docs/offline-check.md, "JSON output"). Every report format renders this
 * model; nothing in it is computed by a report.
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
}

/** One diagnostic of the pack, attached to the resource it names. */
export interface ReportViolation {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  /** The policy that owns the concern (the `boundary` stack policy's `[policy]` prefix is resolved to it). */
  readonly policy: string;
  readonly enforcementLevel: "advisory" | "mandatory" | "remediate" | "disabled";
  readonly message: string;
  readonly source: SourceRef | null;
}

/** The whole result of a check. */
export interface CheckReport {
  readonly project: string;
  readonly stack: string;
  readonly boundary: { readonly name: string; readonly regions: readonly string[] };
  readonly resources: readonly ReportResource[];
  readonly violations: readonly ReportViolation[];
  readonly summary: { readonly resources: number; readonly mandatory: number; readonly advisory: number };
}
