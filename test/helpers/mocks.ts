import { expect } from "vitest";
import * as pulumi from "@pulumi/pulumi";

/** One `registerResource` the mocks saw: what a component created, with its parent's URN. */
export interface RecordedResource {
  readonly type: string;
  readonly name: string;
  /** The inputs as the engine would receive them (Outputs resolved, unknowns left out). */
  readonly inputs: Record<string, any>;
  /** True for custom (provider) resources, false for components. */
  readonly custom: boolean;
  /** URN of the parent resource, `""` for the stack's direct children. */
  readonly parent: string;
  /** Provider reference (`<urn>::<id>`) when the resource was given an explicit provider. */
  readonly provider?: string;
}

/** Every resource registered since the last {@link resetRecorded}, in registration order. */
export const recorded: RecordedResource[] = [];

const parents = new Map<string, string>();

/** The options of {@link setRecordingMocks}. */
export interface RecordingMockOptions {
  readonly project?: string;
  readonly stack?: string;
  /** Default true: components are checked as `pulumi preview` runs them. */
  readonly preview?: boolean;
  /**
   * Optional. Outputs the provider would compute (not inputs), such as a web app's `defaultHostName`, merged over the
   * state of each resource. Default: none.
   */
  readonly outputs?: (args: pulumi.runtime.MockResourceArgs) => Record<string, unknown> | undefined;
}

/**
 * Installs mocks that record every resource and answer with its inputs as state (plus `id`, and `name` when the
 * inputs have none). Calls (invokes) throw: components must not look anything up. Call once per test file, in
 * `beforeAll` (vitest runs each file in its own worker).
 */
export async function setRecordingMocks(options: RecordingMockOptions = {}): Promise<void> {
  await pulumi.runtime.setMocks(
    {
      newResource(args: pulumi.runtime.MockResourceArgs): pulumi.runtime.MockResourceResult {
        const parent = parents.get(`${args.type}::${args.name}`) ?? "";
        recorded.push({ type: args.type, name: args.name, inputs: args.inputs, custom: args.custom ?? false, parent, ...(args.provider ? { provider: args.provider } : {}) });
        const id = args.custom ? `/mock/${args.type.split(":").pop()}/${args.name}` : undefined;
        return { id, state: { name: args.name, ...args.inputs, ...options.outputs?.(args) } };
      },
      call(args: pulumi.runtime.MockCallArgs): pulumi.runtime.MockCallResult {
        throw new Error(`Unexpected call to ${args.token}: components must not invoke provider functions.`);
      },
    },
    options.project ?? "project",
    options.stack ?? "stack",
    options.preview ?? true,
  );
  // The mocks API does not pass the parent; read it off the register request on its way to the mock monitor.
  const monitor = pulumi.runtime.getMonitor() as unknown as { registerResource(req: any, cb: any): unknown };
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req: any, cb: any) => {
    parents.set(`${req.getType()}::${req.getName()}`, req.getParent());
    return register(req, cb);
  };
}

/** Forgets what was recorded; call in `beforeEach`. */
export function resetRecorded(): void {
  recorded.length = 0;
}

/** Waits until every registration started so far has reached the mocks. */
export async function settled(): Promise<void> {
  const settings = require("@pulumi/pulumi/runtime/settings") as { waitForRPCs(): Promise<void> };
  await settings.waitForRPCs();
}

/**
 * The value of an Output, as a test sees it; `undefined` for a value unknown at preview (an `apply` would never
 * run for it, so this reads the Output's internal promise instead).
 */
export function unwrap<T>(output: pulumi.Input<T>): Promise<T | undefined> {
  return (pulumi.output(output) as unknown as { promise(withUnknowns?: boolean): Promise<T | undefined> }).promise();
}

/** The custom resources recorded, without the component itself. */
export function children(): RecordedResource[] {
  return recorded.filter((r) => r.custom);
}

/** The one recorded resource of `type` named `name`; throws when there is none or more than one. */
export function findRecorded(type: string, name: string): RecordedResource {
  const found = recorded.filter((r) => r.type === type && r.name === name);
  if (found.length !== 1) throw new Error(`Expected one ${type} named ${name}, found ${found.length}: ${recorded.map((r) => `${r.type}::${r.name}`).join(", ")}`);
  return found[0];
}

/** The error `construct` throws; fails the test when it throws nothing. Compare its class and exact message. */
export function thrownBy(construct: () => unknown): Error {
  try {
    construct();
  } catch (error) {
    return error as Error;
  }
  throw new Error("Expected the construction to throw, but it did not.");
}

/** Asserts that `build` throws exactly `error` and that nothing reached the mocks: construction fails before any child registers. */
export async function expectNothingRegistered(build: () => unknown, error: Error): Promise<void> {
  expect(build).toThrow(error);
  await settled();
  expect(recorded).toEqual([]);
}
