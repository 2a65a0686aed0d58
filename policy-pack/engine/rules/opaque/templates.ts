import { Finding, RuleContext } from "../../types";
import { isUnknown, read, showValue } from "../../values";
import { isArmExpression, ParameterResolver, resolveArmValue } from "./arm-expressions";
import { isArmType, mapArmType, NESTED_ESCAPE_HATCHES, parentArmType } from "./arm-types";
import { nestedFindings, TEMPLATE_FAMILIES } from "./nested";

const RULE = "opaque-template";
const EXEMPTION = "or add a reviewed exemption";

/** One resource declared in a template, with its full ARM type (children of a nested `resources` list included). */
interface TemplateEntry {
  readonly body: Readonly<Record<string, unknown>>;
  readonly armType: string | undefined;
  readonly path: string;
  /** `account/default/data` for a child, when every name on the way is a literal (or a resolved parameter). */
  readonly fullName: string | undefined;
}

/** True for a plain object (not `null`, not a list). */
export const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** A resource name as written or resolved from a parameter; `undefined` for any other expression. */
function literalName(name: unknown, parameter: ParameterResolver): string | undefined {
  const resolved = resolveArmValue(name, parameter);
  return typeof resolved === "string" && !isUnknown(resolved) ? resolved : undefined;
}

/** The entries of a `resources` list (languageVersion 1.0) or symbolic-name object (2.0), children flattened. */
function entriesOf(resources: unknown, path: string, parameter: ParameterResolver, parent?: TemplateEntry): TemplateEntry[] {
  const pairs: [string, unknown][] = Array.isArray(resources)
    ? resources.map((item, index) => [`${path}[${index}]`, item])
    : isObject(resources) ? Object.entries(resources).map(([name, item]) => [`${path}.${name}`, item]) : [];
  return pairs.flatMap(([entryPath, item]) => {
    if (!isObject(item)) return [{ body: {}, armType: undefined, path: entryPath, fullName: undefined }];
    if (item.existing === true) return [];
    const written = typeof item.type === "string" && !isArmExpression(item.type) ? item.type : undefined;
    const full = written && parent ? (parent.armType ? `${parent.armType}/${written}` : undefined) : written;
    const armType = full && isArmType(full) ? full : undefined;
    const name = literalName(item.name, parameter);
    const fullName = name !== undefined && parent ? (parent.fullName !== undefined ? `${parent.fullName}/${name}` : undefined) : name;
    const entry: TemplateEntry = { body: item, armType, path: entryPath, fullName };
    return [entry, ...entriesOf(item.resources, `${entryPath}.resources`, parameter, entry)];
  });
}

/**
 * Whether the template creates the parent of a child entry: an entry of the parent type whose full name is the
 * child's name without its last segment. A name that is an expression matches any parent of the right type.
 */
function parentCreated(child: TemplateEntry, parentType: string, entries: readonly TemplateEntry[]): boolean {
  const parentName = child.fullName?.split("/").slice(0, -1).join("/").toLowerCase();
  return entries.some((e) => e.armType?.toLowerCase() === parentType.toLowerCase()
    && (e.fullName === undefined || parentName === undefined || e.fullName.toLowerCase() === parentName));
}

function unproven(what: string, path: string, seen: string, via: string, fix: string): Finding {
  return { rule: RULE, what, path, seen, via, verdict: "unproven", fix, viaStack: false };
}

function entryFindings(context: RuleContext, entry: TemplateEntry, entries: readonly TemplateEntry[], parameter: ParameterResolver): Finding[] {
  const typeSeen = showValue(read(entry.body, "type"));
  if (!entry.armType) {
    return [unproven("deploys a template resource whose type cannot be read, so its data may be in", `${entry.path}.type`, typeSeen, "because the pack can only judge a literal Namespace/type", `Give the resource a literal type, ${EXEMPTION}.`)];
  }
  const name = literalName(entry.body.name, parameter) ?? showValue(read(entry.body, "name"));
  const subject = `template resource ${entry.armType} '${name}'`;
  if (NESTED_ESCAPE_HATCHES.has(entry.armType.toLowerCase())) {
    return [unproven(`${subject} deploys or runs content the pack does not follow, so its data may be in`, `${entry.path}.type`, typeSeen, "because nested deployments and scripts are not read", `Deploy the nested content as resources of this template or of the stack, ${EXEMPTION}.`)];
  }
  const mapped = mapArmType(entry.armType);
  const resolved = resolveArmValue(entry.body, parameter) as Record<string, unknown>;
  const findings = nestedFindings(context, { armType: entry.armType, mapped, name, raw: entry.body, resolved, pathPrefix: entry.path, typePath: `${entry.path}.type`, subject }, RULE, TEMPLATE_FAMILIES);
  const hasLocation = read(entry.body, "location").state !== "absent";
  const parent = parentArmType(entry.armType);
  if (!hasLocation && (!mapped.hasLocation || !mapped.known) && parent && !parentCreated(entry, parent, entries)) {
    findings.push(unproven(`${subject} lives in its parent, so its data is in`, `${entry.path}.type`, typeSeen, `because its parent ${parent} is not created by this template`, `Create the parent in this template or in the stack inside the boundary, ${EXEMPTION}.`));
  }
  if (!hasLocation && !mapped.known && !parent) {
    findings.push(unproven(`${subject} is located in`, `${entry.path}.location`, "(not set)", "because the pack does not know where this type keeps data without a location", `Set ${entry.path}.location to a literal region inside the boundary, ${EXEMPTION}.`));
  }
  return findings;
}

/** Where one template sits in a carrier's inputs and how its parameters resolve. */
export interface TemplateSite {
  /** Path of the template, e.g. `properties.template` or `linkedTemplates[0].template`. */
  readonly path: string;
  readonly parameters: (template: Readonly<Record<string, unknown>>) => ParameterResolver;
}

/**
 * The places of every resource an inline ARM template declares, judged by the engine's own rules (V35): each
 * entry is mapped to its azure-native type and evaluated like a resource, with `[parameters('p')]` resolved to a
 * literal the deployment gives and every other expression unknown. A child without a location lives in its
 * parent, which must be created by the same template; a type the pack does not know is judged on its location
 * alone. A template that cannot be read is unproven.
 */
export function templateFindings(context: RuleContext, site: TemplateSite): Finding[] {
  const value = read(context.resource.props, site.path);
  if (value.state === "absent") return [];
  const parsed = value.state === "known" && typeof value.value === "string" ? parseJson(value.value) : value.state === "known" ? value.value : undefined;
  if (!isObject(parsed)) {
    return [unproven("deploys a template the pack cannot read, so its resources may be in", site.path, value.state === "known" ? "(not a template object)" : showValue(value), "because only an inline template object can be checked", `Pass the template as a literal object, ${EXEMPTION}.`)];
  }
  const resourcesPath = `${site.path}.resources`;
  if (read(context.resource.props, resourcesPath).state === "unknown") {
    return [unproven("deploys template resources the pack cannot read, so they may be in", resourcesPath, "(unknown at preview)", "because only literal template resources can be checked", `Pass the template's resources as literal values, ${EXEMPTION}.`)];
  }
  const parameter = site.parameters(parsed);
  const entries = entriesOf(parsed.resources, resourcesPath, parameter);
  const findings = entries.flatMap((entry) => entryFindings(context, entry, entries, parameter));
  if (!value.secret || findings.every((f) => f.verdict === "inside")) return findings;
  // A secret template is judged like any other, but none of its contents may reach a message.
  return [unproven("deploys a secret template whose resources may be in", site.path, "[secret]", "because some of its resources are not proven inside and the pack does not show a secret template's contents", `Judge the template's resources in a plain template, ${EXEMPTION}.`)];
}

/** The value a JSON text holds, or `undefined` when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
