import { tableRule } from "../table-rule";
import { Finding, Rule, RuleContext } from "../../types";
import { read, readArray, showValue, wrapSecret } from "../../values";
import { parameterResolver } from "./arm-expressions";
import { withoutQuery } from "./urls";
import { isObject, parseJson, templateFindings, TemplateSite } from "./templates";

/**
 * How a carrier gives its parameter values: `object` is ARM's `{ name: { value } }`, `json` the same as a JSON
 * string (classic `parametersContent`), `plain` a map of plain strings `{ name: "value" }` (classic 5.x
 * `TemplateDeployment.parameters`).
 */
export type ParameterShape = "object" | "json" | "plain";

/** One input that gives parameter values. */
export interface ParameterInput {
  readonly path: string;
  readonly shape: ParameterShape;
}

/** Where a type that deploys an ARM template keeps it (vectors.md V35). One row per type. */
export interface TemplateCarrier {
  /** `<module>:<Type>` (azure-native) or `azure:<module>:<Type>` (classic). */
  readonly type: string;
  /** Path of the inline template (an object, or a JSON string). */
  readonly template: string;
  /** Path of a linked template (an object with `uri` or `id`, or an id), when the type can link one. */
  readonly templateLink?: string;
  /** The inputs that give parameter values; absent when parameters are given only at deployment. */
  readonly parameters?: readonly ParameterInput[];
  /** Path of a linked parameters file. */
  readonly parametersLink?: string;
  /** Path of a list of further templates whose entries carry `template` (template-spec artifacts). */
  readonly linkedTemplates?: string;
}

const deployment = (type: string): TemplateCarrier => ({
  type,
  template: "properties.template",
  templateLink: "properties.templateLink",
  parameters: [{ path: "properties.parameters", shape: "object" }],
  parametersLink: "properties.parametersLink",
});

const deploymentStack = (type: string): TemplateCarrier => ({
  type,
  template: "template",
  templateLink: "templateLink",
  parameters: [{ path: "parameters", shape: "object" }],
  parametersLink: "parametersLink",
});

/** The table for azure-native; docs/coverage/opaque.md lists the same rows. */
export const TEMPLATE_CARRIERS: readonly TemplateCarrier[] = [
  deployment("resources:Deployment"),
  deployment("resources:DeploymentAtScope"),
  deployment("resources:DeploymentAtSubscriptionScope"),
  deployment("resources:DeploymentAtManagementGroupScope"),
  deployment("resources:DeploymentAtTenantScope"),
  deploymentStack("resources:DeploymentStackAtResourceGroup"),
  deploymentStack("resources:DeploymentStackAtSubscription"),
  deploymentStack("resources:DeploymentStackAtManagementGroup"),
  // A template spec is deployed later with any parameters, so none of its parameters is provable.
  { type: "resources:TemplateSpecVersion", template: "mainTemplate", linkedTemplates: "linkedTemplates" },
];

/** A parameter's `{ value }` entry with its value kept secret. */
const secretEntry = (entry: unknown) => (isObject(entry) && "value" in entry ? { ...entry, value: wrapSecret(entry.value) } : entry);

/**
 * A parameter input as ARM's `{ name: { value } }`; `undefined` when it is not an object of its shape. The values
 * of a secret input stay secret, so that the rules never show them.
 */
function asArmParameters(value: unknown, shape: ParameterShape, secret: boolean): Record<string, unknown> | undefined {
  const parsed = shape === "json" ? (typeof value === "string" ? parseJson(value) : undefined) : value;
  if (!isObject(parsed)) return undefined;
  const entries = Object.entries(parsed).map(([name, entry]) => [name, shape === "plain" ? { value: entry } : entry] as const);
  return Object.fromEntries(secret ? entries.map(([name, entry]) => [name, secretEntry(entry)]) : entries);
}

/**
 * The `{ name: { value } }` values a deployment gives its parameters: none set gives none; `undefined` (every
 * parameter unknown) when the values cannot be read at preview, are not of their input's shape, or come from two
 * inputs at once (which one wins is not provable).
 */
function parameterValues(props: unknown, inputs: readonly ParameterInput[]): unknown {
  const given = inputs.map((input) => ({ input, value: read(props, input.path) })).filter((g) => g.value.state !== "absent");
  if (given.length === 0) return {};
  const [{ input, value }] = given;
  if (given.length > 1 || value.state !== "known") return undefined;
  return asArmParameters(value.value, input.shape, value.secret);
}

function linkFinding(context: RuleContext, path: string): Finding[] {
  const link = read(context.resource.props, path);
  if (link.state === "absent") return [];
  const uri = read(context.resource.props, `${path}.uri`);
  const id = read(context.resource.props, `${path}.id`);
  const [shownPath, seen] = uri.state !== "absent" ? [`${path}.uri`, withoutQuery(uri)] : id.state !== "absent" ? [`${path}.id`, showValue(id)] : [path, showValue(link)];
  return [{
    rule: "opaque-template",
    what: "deploys a linked template, so its resources may be in",
    path: shownPath,
    seen,
    via: "because a linked template is fetched only during deployment",
    verdict: "unproven",
    fix: "Inline the template so that its resources can be checked at preview, or add a reviewed exemption.",
    viaStack: false,
  }];
}

function sites(context: RuleContext, row: TemplateCarrier): TemplateSite[] {
  const props = context.resource.props;
  const values = row.parameters ? parameterValues(props, row.parameters) : undefined;
  const linked = row.parametersLink !== undefined && read(props, row.parametersLink).state !== "absent";
  const main: TemplateSite = {
    path: row.template,
    parameters: (template) => parameterResolver({ declarations: template.parameters, values, linked }),
  };
  const extra = row.linkedTemplates ? readArray(props, row.linkedTemplates) : undefined;
  const artifacts = extra?.state === "known" ? extra.items.map((_, index): TemplateSite => ({
    path: `${row.linkedTemplates}[${index}].template`,
    parameters: (template) => parameterResolver({ declarations: template.parameters, linked: true }),
  })) : [];
  return [main, ...artifacts];
}

function unreadableArtifacts(context: RuleContext, path: string): Finding[] {
  if (readArray(context.resource.props, path).state !== "unknown") return [];
  return [{
    rule: "opaque-template",
    what: "deploys linked templates that cannot be read at preview, so their resources may be in",
    path,
    seen: "(unknown at preview)",
    verdict: "unproven",
    fix: `Set ${path} to literal templates, or add a reviewed exemption.`,
    viaStack: false,
  }];
}

function noTemplate(context: RuleContext, row: TemplateCarrier): Finding[] {
  const hasTemplate = read(context.resource.props, row.template).state !== "absent";
  const hasLink = row.templateLink !== undefined && read(context.resource.props, row.templateLink).state !== "absent";
  if (hasTemplate || hasLink) return [];
  return [{
    rule: "opaque-template",
    what: "deploys a template the pack cannot see, so its resources may be in",
    path: row.template,
    seen: "(not set)",
    verdict: "unproven",
    fix: `Set ${row.template} to the inline template, or add a reviewed exemption.`,
    viaStack: false,
  }];
}

/**
 * V35: deployments, deployment stacks and template specs, one row per type. An inline template's resources are
 * judged by the engine's rules (see {@link templateFindings}); a linked template, or no readable template, is
 * unproven.
 */
export function templateCarrierRule(table: readonly TemplateCarrier[]): Rule {
  return tableRule("opaque-template", "opaque", table, (context, [row]) => [
    ...noTemplate(context, row),
    ...(row.templateLink ? linkFinding(context, row.templateLink) : []),
    ...(row.linkedTemplates ? unreadableArtifacts(context, row.linkedTemplates) : []),
    ...sites(context, row).flatMap((site) => templateFindings(context, site)),
  ]);
}
