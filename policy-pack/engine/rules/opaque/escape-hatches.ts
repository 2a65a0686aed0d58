import { Finding, Rule, RuleContext } from "../../types";
import { read, readString, showValue, StringRead } from "../../values";
import { isArmType, mapArmType } from "./arm-types";
import { GENERIC_RESOURCE_FAMILIES, nestedFindings } from "./nested";
import { withoutQuery } from "./urls";

const EXEMPTION_FIX = "Replace it with azure-native resources that the pack can check, or add a reviewed exemption.";

/** The full ARM type of a generic resource: namespace, the types of `parentResourcePath` (`servers/s1`), then `resourceType`. */
function genericArmType(props: unknown): StringRead {
  const namespace = readString(props, "resourceProviderNamespace");
  const type = readString(props, "resourceType");
  const parent = readString(props, "parentResourcePath");
  for (const part of [namespace, type, parent]) if (part.state === "unknown" || part.state === "invalid") return part;
  if (namespace.state !== "known" || type.state !== "known") return { state: "absent" };
  const parentPath = parent.state === "known" ? parent.value.replace(/^\/+|\/+$/g, "") : "";
  const parentTypes = parentPath ? parentPath.split("/").filter((_, index) => index % 2 === 0) : [];
  const secret = [namespace, type, parent].some((part) => part.state === "known" && part.secret);
  return { state: "known", value: [namespace.value, ...parentTypes, type.value].join("/"), secret };
}

/**
 * V35: a generic `resources:Resource`. Its own location is judged by the location policy; here its type is
 * mapped to the azure-native type the other rules know, and its body is judged by them. An unknown type is
 * judged on its location alone; a type that cannot be read is unproven.
 */
const genericResourceRule: Rule = {
  id: "opaque-generic-resource",
  family: "opaque",
  appliesTo: (token) => token.key === "resources:Resource",
  findings(context) {
    const armType = genericArmType(context.resource.props);
    if (armType.state !== "known" || !isArmType(armType.value)) {
      return [{
        rule: "opaque-generic-resource",
        what: "is a generic resource whose type cannot be read, so the rules for its data cannot run and its data may be in",
        path: "resourceType",
        seen: showValue(armType),
        verdict: "unproven",
        fix: "Set resourceProviderNamespace and resourceType to literal values, or use the typed azure-native resource.",
        viaStack: false,
      }];
    }
    const mapped = mapArmType(armType.value);
    if (!mapped.known) return [];
    const body = context.resource.props as Record<string, unknown>;
    const nested = { armType: armType.value, mapped, name: context.resource.name, raw: body, resolved: body, pathPrefix: "", typePath: "resourceType", subject: `of type ${armType.value}` };
    return nestedFindings(context, nested, "opaque-generic-resource", GENERIC_RESOURCE_FAMILIES);
  },
};

/** Deployment scripts of azure-native: `scriptContent` inline, or `primaryScriptUri`. docs/coverage/opaque.md lists them. */
export const DEPLOYMENT_SCRIPT_TYPES: readonly string[] = ["resources:AzureCliScript", "resources:AzurePowerShellScript"];

/**
 * V35: a deployment script runs arbitrary code with Azure credentials: whatever it creates or sends is unproven.
 * `types` are the script types, each with an inline `scriptContent` or a `primaryScriptUri`.
 */
export function deploymentScriptRule(types: readonly string[]): Rule {
  const scriptTypes = new Set(types);
  return {
    id: "opaque-script",
    family: "opaque",
    appliesTo: (token) => scriptTypes.has(token.key),
    findings(context) {
      const inline = read(context.resource.props, "scriptContent");
      const path = inline.state !== "absent" ? "scriptContent" : "primaryScriptUri";
      const seen = inline.state === "known" && !inline.secret ? "(inline script, not shown)" : withoutQuery(read(context.resource.props, path));
      return [{
        rule: "opaque-script",
        what: "runs a script that can create resources or send data anywhere, so its data may be in",
        path,
        seen,
        verdict: "unproven",
        fix: EXEMPTION_FIX,
        viaStack: false,
      }];
    },
  };
}

/** `az` as a command word (at the start, or after a shell separator, quote or bracket) and its subcommand words. */
const AZ_CALL = /(?:^|[\s;&|(`'"])az((?:\s+[a-z][a-z0-9-]*)*)\s/;
const COMMAND_INPUTS = ["create", "update"];

function commandFinding(path: string, value: StringRead): Finding | undefined {
  if (value.state === "absent") return undefined;
  const known = value.state === "known";
  const call = known ? AZ_CALL.exec(`${value.value} `) : null;
  if (known && !call) return undefined;
  // Arguments may hold credentials: only the az subcommand is shown.
  const text = call && !value.secret ? `az${call[1]} (arguments not shown)` : showValue(value);
  return {
    rule: "opaque-command",
    what: known ? "runs the Azure CLI, which can create resources or send data anywhere, so its data may be in" : "runs a command that cannot be read at preview and may call the Azure CLI, so its data may be in",
    path,
    seen: text,
    verdict: "unproven",
    fix: EXEMPTION_FIX,
    viaStack: false,
  };
}

/**
 * V35: a Pulumi `command` Command whose create or update command calls `az` (or cannot be read at preview, so it
 * may): it can create Azure resources anywhere, out of sight of the typed checks.
 */
const azCommandRule: Rule = {
  id: "opaque-command",
  family: "opaque",
  appliesTo: (token) => token.provider === "command",
  findings: (context: RuleContext) =>
    COMMAND_INPUTS.flatMap((input) => commandFinding(input, readString(context.resource.props, input)) ?? []),
};

/** Rules for the escape hatches that carry neither a template nor a script: generic resources, `az` commands. */
export const OPAQUE_ESCAPE_HATCH_RULES: readonly Rule[] = [genericResourceRule, azCommandRule];
