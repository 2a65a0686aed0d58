import { StackValidationPolicy } from "@pulumi/policy";
import { evaluateResource, StackResource, StackView } from "../engine";
import { policyDocUrl } from "./docs-url";
import { Exemption, NeverExemptRule } from "./exemptions-config";
import { decide, describeRule, matchesResource } from "./exemptions-match";
import { EXEMPTIONS_POLICY, exemptedMessage, unusedMessage } from "./exemptions-messages";
import { DeclarationUsage } from "./external-resources-usage";
import { FAMILY_POLICIES } from "./family-policies";
import { stackResourceFacts } from "./facts";
import { activeSettings, PackSettings } from "./settings";

/** What one exemption met in a stack. */
interface Usage {
  /** Resources its pattern covers. */
  readonly matched: StackResource[];
  /** Places of its policy, outside or not proven inside, on those resources. */
  candidates: number;
  /** Places it allowed. */
  applied: number;
  /** The never-exempt rule that protected a place it matched, if any. */
  blockedBy?: NeverExemptRule;
}

function unusedDetail(exemption: Exemption, usage: Usage, settings: PackSettings): string {
  if (usage.matched.length === 0)
    return "its resource pattern matches no resource of this stack; correct the pattern, or remove the exemption";
  const first = `${usage.matched[0].type} '${usage.matched[0].name}'`;
  const resources = usage.matched.length === 1 ? first : `${usage.matched.length} resources (the first is ${first})`;
  const them = usage.matched.length === 1 ? "it" : "them";
  if (usage.candidates === 0)
    return `it matches ${resources}, but no ${exemption.policy} place of ${them} is outside the boundary; remove the exemption`;
  if (usage.blockedBy)
    return `it matches ${resources}, but ${usage.blockedBy.key} forbids exempting ${describeRule(usage.blockedBy)}; fix the resource, and remove the exemption`;
  const earlier = settings.exemptions.find(
    (e) =>
      e.index < exemption.index &&
      e.policy === exemption.policy &&
      usage.matched.some((r) => matchesResource(e.resource, r)),
  );
  return `${earlier?.key ?? "an earlier exemption"} already allows the places it matches; remove the duplicate`;
}

function checkStack(
  resources: readonly StackResource[],
  settings: PackSettings,
  report: (message: string, urn?: string) => void,
): void {
  const usage = new Map<number, Usage>(
    settings.exemptions.map((e) => [e.index, { matched: [], candidates: 0, applied: 0 }]),
  );
  const declarations = new DeclarationUsage(settings.externalResources, report);
  const stack = new StackView(resources, settings.externalResources);
  for (const resource of resources) {
    const covering = settings.exemptions.filter((e) => matchesResource(e.resource, resource));
    covering.forEach((e) => usage.get(e.index)!.matched.push(resource));
    // Only a stack with declarations needs every resource's places: any of them may be proven through one.
    if (covering.length === 0 && settings.externalResources.length === 0) continue;
    for (const place of evaluateResource(resource, settings.boundary, undefined, stack)) {
      const policy = FAMILY_POLICIES[place.family];
      declarations.note(place, policy, resource.urn);
      if (place.verdict === "inside" || covering.length === 0) continue;
      const candidates = covering.filter((e) => e.policy === policy);
      candidates.forEach((e) => usage.get(e.index)!.candidates++);
      const decision = decide(place, policy, resource, settings);
      if (decision.kind === "exempt") {
        usage.get(decision.exemption.index)!.applied++;
        report(exemptedMessage(policy, place.message, decision.exemption), resource.urn);
      } else if (decision.blockedBy) {
        candidates.forEach((e) => (usage.get(e.index)!.blockedBy ??= decision.blockedBy));
      }
    }
  }
  for (const exemption of settings.exemptions) {
    const entry = usage.get(exemption.index)!;
    if (entry.applied === 0) report(unusedMessage(exemption, unusedDetail(exemption, entry, settings)));
  }
  declarations.reportUnused();
}

/**
 * The advisory stack policy `exemptions`: for every place that a reviewed exemption allows, it reports the
 * violation the exemption replaces, with its reason, approver, ticket and expiry, on the resource; and it reports
 * every exemption that allowed nothing in the stack. The family policies and the `boundary` policy skip the
 * exempted places through the same decision ({@link decide}), so what this policy shows is what they allowed. It
 * shows, the same way, every place proven through a reviewed declaration of a resource outside the stack, and
 * every declaration nothing used.
 */
export const exemptionsPolicy: StackValidationPolicy = {
  name: EXEMPTIONS_POLICY,
  description:
    "Shows each place outside the boundary that a reviewed exemption in the boundary policy's config allows, each place proven through a reviewed declaration of a resource outside the stack, and each exemption or declaration that allows nothing.",
  enforcementLevel: "advisory",
  severity: "low",
  remediationSteps:
    "Review each exemption's and declaration's reason, approver and expiry; fix the resource before the exemption expires, and remove exemptions and declarations that allow nothing.",
  url: policyDocUrl(EXEMPTIONS_POLICY),
  validateStack: (args, reportViolation) => {
    const settings = activeSettings();
    if (settings.exemptions.length === 0 && settings.externalResources.length === 0) return;
    try {
      checkStack(args.resources.map(stackResourceFacts), settings, reportViolation);
    } catch (error) {
      reportViolation(
        `Policy ${EXEMPTIONS_POLICY} could not list the applied exemptions and declarations (${(error as Error)?.message ?? error}). Report this error to the data-boundary maintainers.`,
      );
    }
  },
};
