import {
  classifyLocation,
  countryName,
  evaluateResource,
  Place,
  StackResource,
  StackView,
} from "../../policy-pack/engine";
import { describeRule, forbids } from "../../policy-pack/policies/exemptions-match";
import { FAMILY_POLICIES } from "../../policy-pack/policies/family-policies";
import type { PackSettings } from "../../policy-pack/policies/settings";
import { ReportPlace } from "./model";

const UNPROVABLE = "not provable at preview";

/** How the picture names a place: a described place as written, a region by name with its country. */
function labelOf(place: Place): { label: string; country: string | null } {
  if (place.place !== undefined) return { label: place.place, country: null };
  if (place.location === undefined) return { label: UNPROVABLE, country: null };
  const found = classifyLocation(place.location);
  switch (found.kind) {
    case "region":
      return { label: found.region.name, country: countryName(found.region) };
    case "logical":
      return { label: found.logical.name, country: null };
    default:
      return { label: found.name || "an empty location", country: null };
  }
}

/**
 * Every place of every resource, inside ones included, judged by the pack's own engine on the inputs the pack
 * saw, with the stack view the pack's stack policies build (the declarations of resources outside the stack
 * included, so that a declared target is placed where the pack placed it): the pack reports only what it does not
 * pass, the picture needs everything. Which places the pack blocked or an exemption allowed stays the pack's to say
 * (the report's violations and exemptions).
 */
export function computePlaces(
  resources: readonly StackResource[],
  settings: Pick<PackSettings, "boundary" | "neverExempt" | "externalResources">,
): ReportPlace[] {
  const { boundary, neverExempt } = settings;
  const stack = new StackView(resources, settings.externalResources);
  return resources.flatMap((resource) =>
    evaluateResource(resource, boundary, undefined, stack).map((place) => {
      const policy = FAMILY_POLICIES[place.family];
      const rule = place.verdict === "inside" ? undefined : neverExempt.find((r) => forbids(r, policy, place));
      return {
        urn: resource.urn,
        policy,
        verdict: place.verdict,
        ...labelOf(place),
        path: place.path,
        fix: place.fix,
        message: place.message,
        neverExempt: rule ? `${rule.key} forbids exempting ${describeRule(rule)}` : null,
      };
    }),
  );
}
