import * as pulumi from "@pulumi/pulumi";
import { ComponentProvider, getPulumiComponents } from "@pulumi/pulumi/provider/experimental";
import * as components from "../components";
import { assertConstructInputs, ServedSchema } from "./construct-inputs";

/**
 * The multi-language component provider: Pulumi's `ComponentProvider` (what `componentProviderHost` serves) over
 * every ComponentResource that `components/index.ts` exports, under the package name `data-boundary`. Its schema is
 * inferred from the components' TypeScript sources (the analyzer reads `provider/tsconfig.json` and follows the
 * imports of `provider/index.ts`). One addition: Construct checks the inputs against that schema before building the
 * component ({@link assertConstructInputs}), so that a computed value where the component needs a known one is a
 * clear error instead of a wrong default.
 */
export class DataBoundaryProvider extends ComponentProvider {
  /**
   * Builds the component `type` named `name` from what Construct handed over, after checking the inputs.
   * @throws ComponentArgumentError for a computed plain input or an enum value outside its enum; the component's own
   *   errors (`BoundaryViolationError`, `ComponentArgumentError`) as it throws them.
   */
  async construct(
    name: string,
    type: string,
    inputs: pulumi.Inputs,
    options: pulumi.ComponentResourceOptions,
  ): ReturnType<ComponentProvider["construct"]> {
    const schema = JSON.parse(await this.getSchema()) as ServedSchema;
    assertConstructInputs(schema, type, name, inputs);
    return super.construct(name, type, inputs, options);
  }
}

/** The provider of every exported component, with the schema of this folder: `index.ts` serves it, `data-boundary schema` prints it. */
export function createProvider(): DataBoundaryProvider {
  const served = getPulumiComponents(components);
  return new DataBoundaryProvider({ name: components.PACKAGE_NAME, dirname: __dirname, components: served });
}
