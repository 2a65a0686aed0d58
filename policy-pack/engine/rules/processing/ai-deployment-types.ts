import { COUNTRIES } from "../../../catalog";
import { AI_DEPLOYMENT_TYPES, AI_EU_DATA_ZONE, DeploymentProcessing } from "../../../catalog/vocabularies";
import { Boundary, judgeCountries, judgeLocation } from "../../boundary";
import { countryName, describeLocation, findRegion } from "../../locations";
import { LocatedValue, primaryLocation } from "../../primary-location";
import { StackView } from "../../stack";
import { Finding, ResourceFacts } from "../../types";
import { readString, SECRET_PLACE, showValue, StringRead } from "../../values";

const PROCESSES = "processes prompts and responses in";
const TYPES_BY_NAME: ReadonlyMap<string, DeploymentProcessing> = new Map(
  Object.entries(AI_DEPLOYMENT_TYPES).map(([sku, processing]) => [sku.toLowerCase(), processing]),
);

/** True when every EU member state is inside the boundary, so that the EU data zone can be. */
function holdsEuDataZone(boundary: Boundary): boolean {
  return judgeCountries(AI_EU_DATA_ZONE, boundary) === "inside";
}

/**
 * Where a type of AI model deployment names its deployment type (vectors.md V22): `sku.name` for azure-native,
 * `scale.type` (5.x) or `sku.name` (6.x) for the classic provider. A type may have several rows, one per SDK shape.
 */
export interface AiDeploymentTypeField {
  /** `<module>:<Type>` (azure-native) or `azure:<module>:<Type>` (classic). */
  readonly type: string;
  /** Path of the deployment type. */
  readonly path: string;
}

/** The deployment types to suggest under this boundary, as a clause after "such as". */
function suggestedTypes(boundary: Boundary): string {
  return holdsEuDataZone(boundary) ? "DataZoneStandard (on an account in an EU member state) or Standard" : "Standard or ProvisionedManaged";
}

type Base = Pick<Finding, "rule" | "what" | "path" | "seen">;

/** DataZone under a boundary that holds every EU member state: inside only for an account in one of them. */
function dataZoneOfAccount(base: Base, located: LocatedValue | undefined): Finding {
  if (located?.state !== "known") {
    const why = located?.why ? `, because ${located.why}` : "";
    const fix = "Create the deployment's account in this stack with a literal location in an EU member state, so that its data zone can be proven.";
    return { ...base, via: `the data zone of its account${why}`, verdict: "unproven", fix, viaStack: true };
  }
  const region = findRegion(located.location!);
  const country = region ? COUNTRIES[region.country] : undefined;
  if (country?.eu) return { ...base, place: "the EU data zone (every EU member state)", via: located.via, verdict: "inside", fix: "No change needed.", viaStack: true };
  const place = `the data zone of an account in ${located.secret ? SECRET_PLACE : describeLocation(located.location!)}`;
  if (country?.efta) {
    const via = `${located.via ? `${located.via}, ` : ""}for which Microsoft documents no data zone`;
    return { ...base, place, via, verdict: "unproven", fix: `Use ${base.path} Standard, or an account in an EU member state.`, viaStack: true };
  }
  return { ...base, place, via: located.via, verdict: "outside", fix: "Use an account in an EU member state for a DataZone deployment.", viaStack: true };
}

/**
 * Standard and ProvisionedManaged process in the account's Azure geography. The account's own region is judged by
 * the location family (the deployment inherits it); the other region of a geography that spans a border (Europe:
 * westeurope NL and northeurope IE, which are each other's pair) is reported here.
 */
function geographyOfAccount(base: Base, located: LocatedValue | undefined, boundary: Boundary): Finding[] {
  if (located?.state !== "known") return [];
  const region = findRegion(located.location!);
  const other = region?.pair ? findRegion(region.pair) : undefined;
  if (!region || !other || other.country === region.country) return [];
  return [{
    ...base,
    what: "may process prompts and responses in",
    location: other.name,
    place: located.secret ? `the other region of the Azure geography of ${SECRET_PLACE}` : undefined,
    via: located.secret ? undefined : `the other region of the Azure geography of its account in ${region.name} (${countryName(region)})`,
    verdict: judgeLocation(other.name, boundary),
    fix: "Use an account in a region whose Azure geography lies in one country inside the boundary, or add a reviewed exemption.",
    viaStack: true,
  }];
}

/**
 * The deployment-type inputs to judge: every one of `paths` the deployment sets (one SDK shape sets one of them), or,
 * when none is set, the first path, read as absent (not proven, like an unknown value).
 */
function deploymentTypes(deployment: ResourceFacts, paths: readonly string[]): { path: string; value: StringRead }[] {
  const reads = paths.map((path) => ({ path, value: readString(deployment.props, path) }));
  const set = reads.filter((r) => r.value.state !== "absent");
  return set.length > 0 ? set : reads.slice(0, 1);
}

/**
 * Where an Azure OpenAI / AI Foundry deployment processes prompts and responses, from its deployment type at each
 * of `paths` it sets (vectors.md V22, S-AOAI). Global and DeveloperTier are outside whatever the account; an
 * unknown, absent or unrecognised type is not proven inside; DataZone and Standard depend on the account's location,
 * found through the stack.
 */
export function deploymentTypeFindings(deployment: ResourceFacts, paths: readonly string[], boundary: Boundary, rule: string, stack?: StackView): Finding[] {
  return deploymentTypes(deployment, paths).flatMap(({ path, value }) => typeFindings(deployment, path, value, boundary, rule, stack));
}

function typeFindings(deployment: ResourceFacts, path: string, sku: StringRead, boundary: Boundary, rule: string, stack?: StackView): Finding[] {
  const base: Base = { rule, what: PROCESSES, path, seen: showValue(sku) };
  const fix = `Use ${path} ${suggestedTypes(boundary)}.`;
  if (sku.state !== "known") {
    return [{ ...base, verdict: "unproven", fix: `Set ${path} to a literal deployment type, such as ${suggestedTypes(boundary)}.`, viaStack: false }];
  }
  switch (TYPES_BY_NAME.get(sku.value.toLowerCase())) {
    case "global":
      return [{ ...base, place: "any geography where the model is deployed", verdict: "outside", fix, viaStack: false }];
    case "no-residency":
      return [{ ...base, place: "any geography", via: "which gives no data residency guarantee", verdict: "outside", fix, viaStack: false }];
    case "data-zone":
      if (!holdsEuDataZone(boundary)) {
        const place = "the data zone of its account (every EU member state for an account in the EU)";
        return [{ ...base, place, verdict: "outside", fix, viaStack: false }];
      }
      return [dataZoneOfAccount(base, primaryLocation(deployment, stack))];
    case "geography":
      return geographyOfAccount(base, primaryLocation(deployment, stack), boundary);
    default:
      return [{ ...base, via: "which is not a documented deployment type", verdict: "unproven", fix, viaStack: false }];
  }
}
