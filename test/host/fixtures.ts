import * as path from "node:path";
import type { HostResult, RegisteredResource } from "../../cli/host";

/** Absolute directory of a fixture program under test/fixtures/programs. */
export function fixtureDir(name: string): string {
  return path.resolve(__dirname, "..", "fixtures", "programs", name);
}

/** The URN a resource of the fixture's `dev` stack gets, with its qualified type. */
export function urnOf(project: string, qualifiedType: string, name: string): string {
  return `urn:pulumi:dev::${project}::${qualifiedType}::${name}`;
}

/** The single resource with this logical name; fails the test when there is none or more than one. */
export function resourceNamed(result: HostResult, name: string): RegisteredResource {
  const matches = result.resources.filter((resource) => resource.name === name);
  if (matches.length !== 1) {
    throw new Error(`expected one resource named '${name}', found ${matches.length}`);
  }
  return matches[0];
}

/** Type of the default azure-native provider and its name for @pulumi/azure-native 3.28.0. */
export const DEFAULT_AZURE_PROVIDER = { type: "pulumi:providers:azure-native", name: "default_3_28_0" };

/** Wire form of a secret whose value is unknown. */
export const UNKNOWN_SECRET = {
  "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
  value: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
};
