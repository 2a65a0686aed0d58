import { Finding, Rule, RuleContext } from "../../types";
import { read, readArray, showValue } from "../../values";
import { parameterResolver } from "./arm-expressions";
import { withoutQuery } from "./urls";
import { templateFindings, TemplateSite } from "./templates";

/** Where a type that deploys an ARM template keeps it (vectors.md V35). One row per type. */
interface TemplateCarrier {
  readonly type: string;
  /** Path of the inline template. */
  readonly template: string;
  /** Path of a linked template, when the type can link one. */
  readonly templateLink?: string;
  /** Path of the `{ name: { value } }` parameters; absent when parameters are given only at deployment. */
  readonly parameters?: string;
  /** Path of a linked parameters file. */
  readonly parametersLink?: string;
  /** Path of a list of further templates whose entries carry `template` (template-spec artifacts). */
  readonly linkedTemplates?: string;
}

const deployment = (type: string): TemplateCarrier => ({
  type,
  template: "properties.template",
  templateLink: "properties.templateLink",
  parameters: "properties.parameters",
  parametersLink: "properties.parametersLink",
});

const deploymentStack = (type: string): TemplateCarrier => ({
  type,
  template: "template",
  templateLink: "templateLink",
  parameters: "parameters",
  parametersLink: "parametersLink",
});

/** The table; docs/coverage/opaque.md lists the same rows. */
const TEMPLATE_CARRIERS: readonly TemplateCarrier[] = [
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

const BY_TYPE: ReadonlyMap<string, TemplateCarrier> = new Map(TEMPLATE_CARRIERS.map((row) => [row.type, row]));

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
  const values = row.parameters ? read(props, row.parameters) : undefined;
  const linked = row.parametersLink !== undefined && read(props, row.parametersLink).state !== "absent";
  const main: TemplateSite = {
    path: row.template,
    parameters: (template) => parameterResolver({
      declarations: template.parameters,
      // An unknown parameters object proves nothing: every parameter is then unknown.
      values: values === undefined || values.state === "unknown" ? undefined : values.state === "known" ? values.value : {},
      linked,
    }),
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
 * V35: deployments, deployment stacks and template specs. An inline template's resources are judged by the
 * engine's rules (see {@link templateFindings}); a linked template, or no readable template, is unproven.
 */
export const templateCarrierRule: Rule = {
  id: "opaque-template",
  family: "opaque",
  appliesTo: (token) => BY_TYPE.has(token.key),
  findings(context) {
    const row = BY_TYPE.get(context.token.key)!;
    return [
      ...noTemplate(context, row),
      ...(row.templateLink ? linkFinding(context, row.templateLink) : []),
      ...(row.linkedTemplates ? unreadableArtifacts(context, row.linkedTemplates) : []),
      ...sites(context, row).flatMap((site) => templateFindings(context, site)),
    ];
  },
};
