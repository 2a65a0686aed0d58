import { createHash } from "crypto";
import * as path from "path";
import type { Location, Log, ReportingDescriptor, Result } from "sarif";
import { POLICY_DOCS_BASE } from "../../policy-pack/policies/docs-url";
import { EXEMPTIONS_POLICY } from "../../policy-pack/policies/exemptions-messages";
import type { CheckReport, ReportLevel, ReportPolicy, ReportReviewedPlace, SourceRef } from "./model";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = POLICY_DOCS_BASE.replace(/\/blob\/.*$/, "");
const EXEMPTIONS_DOC = POLICY_DOCS_BASE.replace(/\/policy-pack\/docs\/policies$/, "/docs/exemptions.md");

/** GitHub code scanning ranks alerts by this number (0.1 to 10) when a rule is tagged `security`. */
const SECURITY_SEVERITY: Record<NonNullable<ReportPolicy["severity"]>, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
};

/** Name of the fingerprint in `partialFingerprints`; bump its version if the fingerprinted fields change. */
export const FINGERPRINT_KEY = "dataBoundaryResult/v1";

function levelOf(level: ReportLevel): Result.level {
  return level === "advisory" ? "warning" : level === "disabled" ? "none" : "error";
}

/** Stable across runs: the same policy, resource and message give the same fingerprint, whatever line it is on. */
export function fingerprint(policy: string, urn: string, message: string): string {
  return createHash("sha256").update(`${policy}\u0000${urn}\u0000${message}`).digest("hex").slice(0, 32);
}

function helpOf(policy: ReportPolicy): { text: string; markdown: string } {
  const exemption =
    policy.name === EXEMPTIONS_POLICY
      ? "Remove an unused exemption from boundary.exemptions, or correct its resource pattern; remove an unused declaration from boundary.externalResources, or correct its id."
      : "To allow a place deliberately, add a reviewed entry to boundary.exemptions in the policy pack config naming this policy, the resource, a reason, an expiry date and an approver or ticket; places outside the EU and EFTA can never be exempted by default.";
  const fix = policy.remediationSteps ? `How to fix: ${policy.remediationSteps}` : "";
  const text = [policy.description, fix, exemption, policy.url ? `Documentation: ${policy.url}` : ""]
    .filter(Boolean)
    .join("\n\n");
  const markdown = [
    policy.description,
    policy.remediationSteps ? `**How to fix:** ${policy.remediationSteps}` : "",
    `**Exemptions:** ${exemption} See [exemptions](${EXEMPTIONS_DOC}).`,
    policy.url ? `[Policy page](${policy.url})` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
  return { text, markdown };
}

function ruleOf(policy: ReportPolicy): ReportingDescriptor {
  const firstSentence = /^.*?\.(?=\s|$)/.exec(policy.description)?.[0] ?? policy.description;
  return {
    id: policy.name,
    name: policy.displayName || policy.name,
    shortDescription: { text: firstSentence },
    fullDescription: { text: policy.description },
    help: helpOf(policy),
    ...(policy.url && { helpUri: policy.url }),
    defaultConfiguration: { level: levelOf(policy.enforcementLevel), enabled: policy.enforcementLevel !== "disabled" },
    properties: {
      tags: policy.severity ? ["data-residency", "security"] : ["data-residency"],
      precision: "very-high",
      ...(policy.severity && { "security-severity": SECURITY_SEVERITY[policy.severity] }),
    },
  };
}

/** Rules of every policy of the pack, and a bare rule for any policy a result names that the pack did not describe. */
function rulesOf(report: CheckReport): ReportingDescriptor[] {
  const named = [...report.violations, ...report.exemptions, ...report.unusedExemptions, ...report.declarations].map((r) => r.policy);
  const known = new Set(report.policies.map((p) => p.name));
  const missing = [...new Set(named.filter((n) => !known.has(n)))].sort();
  const bare = (name: string): ReportPolicy => ({
    name,
    displayName: name,
    description: `Policy ${name} of the data-boundary pack.`,
    enforcementLevel: "mandatory",
    severity: null,
    remediationSteps: null,
    url: null,
  });
  return [...report.policies, ...missing.map(bare)].map(ruleOf);
}

/**
 * A result's place in the repository: the declaring line, else the project file (preview events carry no lines).
 * An audit's resources are declared nowhere in the repository: their only location is the resource id.
 */
function locationOf(report: CheckReport, source: SourceRef | null, urn: string, resourceId?: string | null): Location[] {
  if (report.audit) return [{ logicalLocations: [{ fullyQualifiedName: resourceId ?? urn, kind: "resource" }] }];
  const uri = path.posix.normalize(path.posix.join(report.programDir, source ? source.file : "Pulumi.yaml"));
  return [
    {
      physicalLocation: { artifactLocation: { uri }, region: { startLine: source?.line ?? 1 } },
      logicalLocations: [{ fullyQualifiedName: urn, kind: "resource" }],
    },
  ];
}

/** Where an unused exemption is written: the policy config file when known, else the project file. */
function configLocation(report: CheckReport): Location[] {
  const uri = report.policyConfig ?? path.posix.normalize(path.posix.join(report.programDir, "Pulumi.yaml"));
  return [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } } }];
}

/**
 * A place a reviewed entry of `boundary.<list>` allowed or proved, as a result with an accepted external
 * suppression whose justification is the reason: code scanning shows it dismissed, with the review on record.
 */
function reviewedResult(report: CheckReport, entry: ReportReviewedPlace, list: "exemptions" | "externalResources", ruleIndex: number): Result {
  const policyLevel = report.policies.find((p) => p.name === entry.policy)?.enforcementLevel ?? "mandatory";
  return {
    ruleId: entry.policy,
    ruleIndex,
    level: levelOf(policyLevel),
    message: { text: entry.message },
    locations: locationOf(report, entry.source, entry.urn, entry.resourceId),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(entry.policy, entry.urn, entry.message) },
    suppressions: [
      {
        kind: "external",
        status: "accepted",
        justification: `${entry.reason} (boundary.${list}[${entry.index}], expires ${entry.expires})`,
      },
    ],
    properties: {
      urn: entry.urn,
      resourceType: entry.type,
      ...(entry.resourceId && { resourceId: entry.resourceId }),
      [list === "exemptions" ? "exemption" : "declaration"]: entry.index,
      expires: entry.expires,
      approvedBy: entry.approvedBy,
      ticket: entry.ticket,
    },
  };
}

/** An entry of the pack config that allowed or proved nothing, as the `exemptions` policy reported it. */
interface UnusedEntry {
  /** `boundary.exemptions[1]`. */
  readonly key: string;
  /** What else the fingerprint hashes: the exemption's policy, or `declaration`. */
  readonly subject: string;
  readonly text: string;
  readonly properties: Record<string, unknown>;
}

/** An unused entry as a warning of the `exemptions` rule, located in the policy config file. */
function unusedResult(report: CheckReport, entry: UnusedEntry, ruleIndex: number): Result {
  return {
    ruleId: EXEMPTIONS_POLICY,
    ruleIndex,
    level: "warning",
    message: { text: entry.text },
    locations: configLocation(report),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(EXEMPTIONS_POLICY, entry.key, entry.subject) },
    properties: entry.properties,
  };
}

/** The unused exemptions and declarations of a report. */
function unusedEntries(report: CheckReport): UnusedEntry[] {
  return [
    ...report.unusedExemptions.map((u) => ({
      key: `boundary.exemptions[${u.index}]`,
      subject: u.policy,
      text: `Unused exemption boundary.exemptions[${u.index}] (${u.policy}): ${u.detail}.`,
      properties: { exemption: u.index, policy: u.policy },
    })),
    ...report.unusedDeclarations.map((u) => ({
      key: `boundary.externalResources[${u.index}]`,
      subject: "declaration",
      text: `Unused external resource declaration boundary.externalResources[${u.index}]: ${u.detail}.`,
      properties: { declaration: u.index },
    })),
  ];
}

/**
 * SARIF 2.1.0 for code scanning: one rule per policy with its metadata from `GetAnalyzerInfo` (help text with the
 * remediation, help URI to the policy's page, default level), one result per violation at the line that declares
 * the resource, applied exemptions and places proven through declarations of resources outside the stack as results
 * with an accepted external suppression, unused exemptions and declarations as warnings of the `exemptions` rule.
 * Fingerprints are stable across runs.
 */
export function renderSarif(report: CheckReport, toolVersion: string): string {
  const rules = rulesOf(report);
  const ruleIndex = (id: string) => rules.findIndex((r) => r.id === id);
  const results: Result[] = [
    ...report.violations.map((v): Result => ({
      ruleId: v.policy,
      ruleIndex: ruleIndex(v.policy),
      level: levelOf(v.enforcementLevel),
      message: { text: v.message },
      locations: locationOf(report, v.source, v.urn, v.resourceId),
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(v.policy, v.urn, v.message) },
      properties: { urn: v.urn, resourceType: v.type, enforcementLevel: v.enforcementLevel, ...(v.resourceId && { resourceId: v.resourceId }) },
    })),
    ...report.exemptions.map((e) => reviewedResult(report, e, "exemptions", ruleIndex(e.policy))),
    ...report.declarations.map((d) => reviewedResult(report, d, "externalResources", ruleIndex(d.policy))),
    ...unusedEntries(report).map((u) => unusedResult(report, u, ruleIndex(EXEMPTIONS_POLICY))),
  ];
  const log: Log = {
    version: "2.1.0",
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: { driver: { name: "data-boundary", version: toolVersion, informationUri: INFORMATION_URI, rules } },
        automationDetails: { id: `data-boundary/${report.project}/${report.stack}/` },
        invocations: [{ executionSuccessful: true }],
        results,
        ...(report.audit && { properties: { audit: report.audit } }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
