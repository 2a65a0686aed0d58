import { CliError } from "../cli-error";
import { summarize } from "./assemble";
import type { CheckReport, ReportLevel, ReportPolicy, ReportResource } from "./model";
import { PolicyDiagnostic, sortDiagnostics, withoutDescription } from "./violations";

/**
 * The parts of Pulumi's engine events (`apitype.EngineEvent`, as `pulumi preview --event-log <file>` and the
 * streaming `--json` preview write them, one JSON object per line) that a report reads.
 */
export interface EngineEvent {
  readonly policyEvent?: {
    readonly resourceUrn?: string;
    readonly message: string;
    readonly policyName: string;
    readonly policyPackName: string;
    /** `advisory` (older CLIs: `warning`), `mandatory`, `remediate`, `disabled` (older: `none`). */
    readonly enforcementLevel: string;
  };
  readonly resourcePreEvent?: { readonly metadata: { readonly urn: string; readonly type: string } };
  readonly summaryEvent?: { readonly PolicyPacks?: Record<string, string> };
  readonly policyAnalyzeSummaryEvent?: { readonly policyPackName: string };
  readonly policyAnalyzeStackSummaryEvent?: { readonly policyPackName: string };
}

/** What the events do not say and the report needs. */
export interface PreviewReportOptions {
  /** The pack's name and policies, from `GetAnalyzerInfo`. */
  readonly packName: string;
  readonly policies: readonly ReportPolicy[];
  readonly boundary: CheckReport["boundary"];
  readonly programDir: string;
  readonly policyConfig: string | null;
}

const DIGEST_KEYS = ["steps", "changeSummary", "diagnostics", "duration"];
const LEVELS: Record<string, ReportLevel | undefined> = {
  advisory: "advisory",
  warning: "advisory",
  mandatory: "mandatory",
  remediate: "remediate",
};

function asEvents(value: unknown, file: string): EngineEvent[] {
  if (Array.isArray(value)) return value as EngineEvent[];
  const object = value as Record<string, unknown>;
  if (Array.isArray(object.events)) return object.events as EngineEvent[];
  if (DIGEST_KEYS.some((k) => k in object)) {
    throw new CliError(
      `--from-preview ${file} is the digest of \`pulumi preview --json\`, which leaves policy events out; write them with \`pulumi preview --event-log <file>\`, or run \`pulumi preview --json\` with PULUMI_ENABLE_STREAMING_JSON_PREVIEW=true.`,
    );
  }
  return [object as EngineEvent];
}

/** Reads engine events: JSON lines, a JSON array, or `{ "events": [...] }`. Anything else is a `CliError`. */
export function parseEngineEvents(text: string, file: string): EngineEvent[] {
  try {
    return asEvents(JSON.parse(text), file);
  } catch (error) {
    if (error instanceof CliError) throw error;
  }
  return text.split("\n").flatMap((line, index) => {
    if (line.trim() === "") return [];
    try {
      return [JSON.parse(line) as EngineEvent];
    } catch (error) {
      throw new CliError(
        `--from-preview ${file} line ${index + 1} is not JSON (${(error as Error).message}); expected the engine events of \`pulumi preview --event-log <file>\`, one JSON object per line.`,
      );
    }
  });
}

/** Pulumi colour tags (`<{%fg 12%}>`) and ANSI escapes removed. */
function plain(message: string): string {
  return message
    .replace(/<\{%[^%]*%\}>/g, "")
    .replace(/\u001b\[[0-9;]*m/g, "")
    .trim();
}

function resourceOfUrn(urn: string, type?: string): ReportResource {
  const segments = urn.split("::");
  const qualified = segments.slice(2, -1).join("::");
  return {
    urn,
    type: type ?? qualified.slice(qualified.lastIndexOf("$") + 1),
    name: segments[segments.length - 1] ?? "",
    source: null,
  };
}

/**
 * A report from a real preview's engine events: the pack's diagnostics (policy events of `packName`) sorted as the
 * offline check sorts them. The events carry no source positions and no inputs the engine could place, so there
 * are no declaring lines and no picture. Events that show no run of the pack are an error, never an empty pass.
 */
export function reportFromEvents(
  events: readonly EngineEvent[],
  file: string,
  options: PreviewReportOptions,
): CheckReport {
  const ran = events.some(
    (e) =>
      e.summaryEvent?.PolicyPacks?.[options.packName] !== undefined ||
      e.policyEvent?.policyPackName === options.packName ||
      e.policyAnalyzeSummaryEvent?.policyPackName === options.packName ||
      e.policyAnalyzeStackSummaryEvent?.policyPackName === options.packName,
  );
  if (!ran) {
    throw new CliError(
      `--from-preview ${file} shows no run of the ${options.packName} policy pack; run the preview with --policy-pack and write its events with --event-log <file>.`,
    );
  }
  const resources = new Map<string, ReportResource>();
  for (const e of events) {
    const metadata = e.resourcePreEvent?.metadata;
    if (metadata && !resources.has(metadata.urn))
      resources.set(metadata.urn, resourceOfUrn(metadata.urn, metadata.type));
  }
  const diagnostics: PolicyDiagnostic[] = [];
  for (const e of events) {
    const p = e.policyEvent;
    const level = p && LEVELS[p.enforcementLevel];
    if (!p || !level || p.policyPackName !== options.packName) continue;
    const urn = p.resourceUrn ?? "";
    if (urn && !resources.has(urn)) resources.set(urn, resourceOfUrn(urn));
    diagnostics.push({
      policyName: p.policyName,
      urn,
      enforcementLevel: level,
      text: withoutDescription(plain(p.message)),
    });
  }
  const sorted = sortDiagnostics(diagnostics, resources);
  const [stack, project] = ([...resources.keys()][0] ?? "urn:pulumi:unknown::unknown")
    .replace(/^urn:pulumi:/, "")
    .split("::");
  return {
    project,
    stack,
    boundary: options.boundary,
    resources: [...resources.values()],
    violations: sorted.violations,
    summary: summarize(resources.size, sorted.violations),
    origin: "preview",
    programDir: options.programDir,
    policyConfig: options.policyConfig,
    policies: options.policies,
    exemptions: sorted.exemptions,
    unusedExemptions: sorted.unusedExemptions,
    declarations: sorted.declarations,
    unusedDeclarations: sorted.unusedDeclarations,
    places: [],
  };
}
