import * as pulumi from "@pulumi/pulumi";
import { ComponentArgumentError } from "../components/shared/errors";

/** A property of the served schema, as far as the input check reads it. */
export interface SchemaProperty {
  readonly type?: string;
  readonly $ref?: string;
  readonly items?: SchemaProperty;
  readonly additionalProperties?: SchemaProperty;
  /** True when the value must be known when the component is built (not an `Input`). */
  readonly plain?: boolean;
}

/** The parts of the served package schema the input check reads. */
export interface ServedSchema {
  /** Component token to its input properties. */
  readonly resources: Readonly<Record<string, { readonly inputProperties: Readonly<Record<string, SchemaProperty>> }>>;
  /** Type token to an object type's properties, or an enum's members. */
  readonly types: Readonly<Record<string, ServedType>>;
}

/** An object type or an enum of the served schema. */
export interface ServedType {
  readonly properties?: Readonly<Record<string, SchemaProperty>>;
  readonly enum?: readonly { readonly value: unknown }[];
}

/** What is wrong with the inputs of one Construct call. */
interface Findings {
  /** Paths of plain inputs that arrived as Outputs or unknown values. */
  readonly computed: string[];
  /** `path "value"; expected one of ...` for plain enum inputs with a value outside the enum. */
  readonly notInEnum: string[];
}

const TYPE_REF = "#/types/";

/** An Output (a value from another resource, a secret) or a value unknown during preview: not known at construction. */
function isComputed(value: unknown): boolean {
  return pulumi.Output.isInstance(value) || pulumi.isUnknown(value) || value instanceof Promise;
}

function check(schema: ServedSchema, value: unknown, property: SchemaProperty, path: string, findings: Findings): void {
  if (value === undefined || value === null) return;
  if (isComputed(value)) {
    if (property.plain) findings.computed.push(path);
    return;
  }
  const named = property.$ref?.startsWith(TYPE_REF) ? schema.types[property.$ref.slice(TYPE_REF.length)] : undefined;
  if (named?.enum && property.plain && !named.enum.some((member) => member.value === value)) {
    const allowed = named.enum.map((member) => member.value).join(", ");
    findings.notInEnum.push(`${path} ${JSON.stringify(value)}; expected one of ${allowed}`);
  } else if (named?.properties && typeof value === "object") {
    for (const [key, nested] of Object.entries(named.properties)) {
      check(schema, (value as Record<string, unknown>)[key], nested, `${path}.${key}`, findings);
    }
  } else if (property.items && Array.isArray(value)) {
    value.forEach((item, i) => check(schema, item, property.items!, `${path}[${i}]`, findings));
  } else if (property.additionalProperties && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) check(schema, item, property.additionalProperties, `${path}.${key}`, findings);
  }
}

/**
 * Checks what Construct hands a component against the schema the provider serves, before the component is built:
 * an input the schema declares plain (not an `Input`) must be a known value, because the component decides what it
 * creates from it and checks it against the boundary first; a plain enum input must be one of its values. Inputs
 * typed `Input` may be Outputs and are left to the component.
 * @throws ComponentArgumentError naming the component, every offending input and the fix.
 */
export function assertConstructInputs(schema: ServedSchema, type: string, name: string, inputs: Readonly<Record<string, unknown>>): void {
  const resource = schema.resources[type];
  if (!resource) return;
  const findings: Findings = { computed: [], notInEnum: [] };
  for (const [key, property] of Object.entries(resource.inputProperties)) check(schema, inputs[key], property, key, findings);
  const who = `${type.split(":")[2]} '${name}'`;
  if (findings.computed.length > 0) {
    const [list, one] = [findings.computed.join(", "), findings.computed.length === 1];
    throw new ComponentArgumentError(
      `${who} received ${list} as ${one ? "a computed value" : "computed values"} (an output of another resource, a value unknown during preview, or a secret). ` +
        `The component needs ${one ? "it" : "them"} known when it is built, to check ${one ? "it" : "them"} against the boundary before anything is created. ` +
        `Pass ${one ? list : "them"} as ${one ? "a plain value" : "plain values"}, such as a literal in the program or a stack config value.`,
    );
  }
  if (findings.notInEnum.length > 0) {
    throw new ComponentArgumentError(`${who} has ${findings.notInEnum.join("; and ")}. Set each to one of the values listed.`);
  }
}
