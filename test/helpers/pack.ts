import * as path from "path";
import { AnalyzedProvider, AnalyzedStackResource, Json } from "../../cli/pack/analyzer-client";

/** The policy pack of this repository. */
export const PACK_DIR = path.resolve(__dirname, "../../policy-pack");

/** The stack's default azure-native provider as the engine sends it, with the given config. */
export function defaultProvider(properties: Record<string, Json> = {}): AnalyzedProvider {
  return { urn: "urn:pulumi:dev::proj::pulumi:providers:azure-native::default_3_28_0", type: "pulumi:providers:azure-native", name: "default_3_28_0", properties };
}

/** The stack's default classic `@pulumi/azure` provider as the engine sends it, with its `azure:*` config. */
export function classicWireProvider(properties: Record<string, Json>, name = "default_5_89_2"): AnalyzedProvider {
  return { urn: `urn:pulumi:dev::proj::pulumi:providers:azure::${name}`, type: "pulumi:providers:azure", name, properties };
}

/** A resource as the engine sends it to `Analyze` and `AnalyzeStack`. */
export function wireResource(
  type: string,
  name: string,
  properties: Record<string, Json>,
  extra: Partial<AnalyzedStackResource> = {},
): AnalyzedStackResource {
  return { urn: `urn:pulumi:dev::proj::${type}::${name}`, type, name, properties, provider: defaultProvider(), options: {}, ...extra };
}

/** The violation text without the policy description the SDK puts in front of it. */
export function violationText(message: string): string {
  return message.slice(message.lastIndexOf("\n") + 1);
}
