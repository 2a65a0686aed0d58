import { Boundary } from "../../boundary";
import { StackResource, StackView } from "../../stack";
import { parseTypeToken } from "../../tokens";
import { Finding, ResourceFacts } from "../../types";
import { readString, showValue, StringRead } from "../../values";
import { deploymentTypeFindings } from "./ai-deployment-types";

const SPILLOVER = "properties.spilloverDeploymentName";
const isOfType = (key: string) => (resource: ResourceFacts) => parseTypeToken(resource.type)?.key === key;
const isDeployment = isOfType("cognitiveservices:Deployment");
const isAccount = isOfType("cognitiveservices:Account");

/** The account a deployment belongs to, as a key: the account's name (literal or from the account resource), else its URN. */
function accountKey(deployment: ResourceFacts, stack: StackView): string | undefined {
  const account = stack.dependenciesOf(deployment, "accountName").find(isAccount);
  const name = readString(account ? account.props : deployment.props, "accountName");
  if (name.state === "known") return `name:${name.value.toLowerCase()}`;
  return account ? `urn:${account.urn}` : undefined;
}

/** The deployment's name in Azure: its `deploymentName`, else its Pulumi name. */
function azureName(deployment: ResourceFacts): string {
  const name = readString(deployment.props, "deploymentName");
  return (name.state === "known" ? name.value : deployment.name).toLowerCase();
}

/** The deployments of the stack by account key, built once per stack. */
function deploymentsByAccount(stack: StackView): ReadonlyMap<string, readonly StackResource[]> {
  return stack.remember("processing:ai-deployments-by-account", () => {
    const index = new Map<string, StackResource[]>();
    for (const deployment of stack.all().filter(isDeployment)) {
      const key = accountKey(deployment, stack);
      if (key) index.set(key, [...(index.get(key) ?? []), deployment]);
    }
    return index;
  });
}

/**
 * The deployment a spillover name points at: a deployment of the same account whose Azure name matches, or, for a
 * name only known after deployment, the one deployment the `properties` input was computed from.
 */
function spilloverTarget(deployment: ResourceFacts, value: StringRead, stack: StackView): StackResource | undefined {
  let candidates: readonly StackResource[] = [];
  if (value.state === "known") {
    const key = accountKey(deployment, stack);
    const siblings = key ? deploymentsByAccount(stack).get(key) ?? [] : [];
    candidates = siblings.filter((d) => d.urn !== deployment.urn && azureName(d) === value.value.toLowerCase());
  } else if (value.state === "unknown") {
    candidates = stack.dependenciesOf(deployment, "properties").filter((d) => isDeployment(d) && d.urn !== deployment.urn);
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * V22 spillover: requests a deployment cannot serve go to `properties.spilloverDeploymentName`, so that deployment's
 * type decides where they are processed. A target that is not a deployment of the same account in this stack is
 * not proven inside. The target is a deployment of the same type, so its type is read at the same `paths`. Always
 * judged with the stack.
 */
export function spilloverFindings(deployment: ResourceFacts, paths: readonly string[], boundary: Boundary, rule: string, stack?: StackView): Finding[] {
  const value = readString(deployment.props, SPILLOVER);
  if (value.state === "absent") return [];
  const base = { rule, path: SPILLOVER, seen: showValue(value), viaStack: true };
  const target = stack ? spilloverTarget(deployment, value, stack) : undefined;
  if (!target) {
    return [{
      ...base,
      what: "spills requests over to",
      via: "because that deployment is not a deployment of the same account in this stack",
      verdict: "unproven",
      fix: `Create the spillover deployment in this stack on the same account, so that its deployment type can be checked, or remove ${SPILLOVER}.`,
    }];
  }
  return deploymentTypeFindings(target, paths, boundary, rule, stack)
    .filter((found) => found.verdict !== "inside")
    .map((found): Finding => ({
      ...base,
      what: `spills requests over to deployment '${target.name}', which ${found.what}`,
      place: found.place,
      location: found.location,
      via: [`whose ${found.path} is ${found.seen}`, found.via].filter(Boolean).join(", "),
      verdict: found.verdict,
      fix: `Point ${SPILLOVER} at a deployment whose ${found.path} keeps processing inside the boundary, or remove it.`,
    }));
}
