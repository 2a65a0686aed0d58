import { mapArmType } from "./rules/opaque/arm-types";

/**
 * A resource outside the stack that the platform team declared once, reviewed, in the pack config
 * (`boundary.externalResources`), with its region: a hub Log Analytics workspace in another subscription, a shared
 * resource group, the parent of a child the stack adds. The pack validated it when it was configured: its location
 * is a region inside the boundary, and it has not expired.
 */
export interface ExternalResource {
  /** How messages name it: `boundary.externalResources[0]`. */
  readonly key: string;
  /** The ARM id, or an id pattern whose `*` matches any characters inside one segment (`hub-*`). */
  readonly id: string;
  /** The region the declaration gives the resource. */
  readonly location: string;
}

/** The subscription of a resource whose provider does not name one: only a `*` segment matches it. */
const UNKNOWN_SUBSCRIPTION = "(unknown subscription)";

/** One declaration, split into segment matchers (`subscriptions`, `<id>`, `resourceGroups`, `<name>`, ...). */
interface Compiled {
  readonly declared: ExternalResource;
  readonly segments: readonly RegExp[];
  /** The azure-native module of a top-level resource's ARM type (`datafactory` for `Microsoft.DataFactory/factories`). */
  readonly module?: string;
}

const segmentsOf = (id: string) => id.replace(/^\/+|\/+$/g, "").split("/");

function segmentMatcher(segment: string): RegExp {
  const source = segment.replace(/[.+^${}()|[\]\\?]/g, "\\$&").replace(/\*/g, "[^/]*");
  return new RegExp(`^${source}$`, "i");
}

function compile(declared: ExternalResource): Compiled {
  const segments = segmentsOf(declared.id);
  const topLevel = segments.length === 8 && segments[4].toLowerCase() === "providers";
  const module = topLevel ? mapArmType(`${segments[5]}/${segments[6]}`).key.split(":")[0] : undefined;
  return { declared, segments: segments.map(segmentMatcher), ...(module && { module }) };
}

function matches(compiled: Compiled, segments: readonly string[]): boolean {
  return compiled.segments.length === segments.length && compiled.segments.every((matcher, index) => matcher.test(segments[index]));
}

/**
 * The declared external resources, compiled once per stack. ARM ids are compared case-insensitively, segment by
 * segment; the first declaration that matches wins. A resource whose subscription is unknown (its provider names
 * none) matches only declarations whose subscription segment is `*`.
 */
export class ExternalResources {
  private readonly compiled: readonly Compiled[];

  constructor(declarations: readonly ExternalResource[]) {
    this.compiled = declarations.map(compile);
  }

  /** True when nothing is declared. */
  get empty(): boolean {
    return this.compiled.length === 0;
  }

  /** The declaration of the resource with this ARM id, if any. */
  byId(id: string): ExternalResource | undefined {
    const segments = segmentsOf(id);
    return this.compiled.find((c) => matches(c, segments))?.declared;
  }

  /** The declaration of resource group `name` of subscription `subscription`, if any. */
  group(subscription: string | undefined, name: string): ExternalResource | undefined {
    return this.byId(`/subscriptions/${subscription ?? UNKNOWN_SUBSCRIPTION}/resourceGroups/${name}`);
  }

  /**
   * The declaration of a top-level resource of azure-native module `module` named `name` in resource group `group`,
   * the parent a child names by its parent-name input, if any.
   */
  parent(subscription: string | undefined, group: string, module: string, name: string): ExternalResource | undefined {
    const partial = ["subscriptions", subscription ?? UNKNOWN_SUBSCRIPTION, "resourceGroups", group, "providers"];
    return this.compiled.find(
      (c) =>
        c.module === module &&
        c.segments.length === 8 &&
        partial.every((segment, index) => c.segments[index].test(segment)) &&
        c.segments[7].test(name),
    )?.declared;
  }
}
