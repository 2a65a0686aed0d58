import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { ComponentArgumentError } from "../../components/shared/errors";
import { runCli } from "../../cli/main";
import { assertConstructInputs, ServedSchema } from "../../provider/construct-inputs";

/** A schema shaped as the analyzer writes it: plain scalars, an Input, an enum, a plain object, arrays and a map. */
const SCHEMA: ServedSchema = {
  resources: {
    "data-boundary:index:Thing": {
      inputProperties: {
        location: { type: "string", plain: true },
        resourceGroupName: { type: "string" },
        sku: { $ref: "#/types/data-boundary:index:Sku", plain: true },
        settings: { type: "array", plain: true, items: { $ref: "#/types/data-boundary:index:Setting", plain: true } },
        tags: { type: "object", plain: true, additionalProperties: { type: "string", plain: true } },
      },
    },
  },
  types: {
    "data-boundary:index:Sku": { enum: [{ value: "Standard_LRS" }, { value: "Standard_ZRS" }] },
    "data-boundary:index:Setting": { properties: { targetLocation: { type: "string", plain: true }, workspaceResourceId: { type: "string" } } },
  },
};

/** An Output as Construct hands it for a value of another resource. */
const fromAnotherResource = (value: string) => pulumi.output(value);

function thrown(inputs: Record<string, unknown>): unknown {
  try {
    assertConstructInputs(SCHEMA, "data-boundary:index:Thing", "t", inputs);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("assertConstructInputs", () => {
  it("passes plain values, and Outputs where the schema takes an Input, at any depth", () => {
    const inputs = {
      location: "westeurope",
      resourceGroupName: fromAnotherResource("rg"),
      sku: "Standard_ZRS",
      settings: [{ targetLocation: "westeurope", workspaceResourceId: fromAnotherResource("/ws") }],
      tags: { team: "data" },
    };
    expect(thrown(inputs)).toBeUndefined();
  });

  it("refuses a plain input that is an Output, unknown or nested in a plain array or map, naming every path", () => {
    const inputs = {
      location: fromAnotherResource("westeurope"),
      settings: [{ targetLocation: "westeurope" }, { targetLocation: pulumi.unknown }],
      tags: { team: fromAnotherResource("data") },
    };
    const list = "location, settings[1].targetLocation, tags.team";
    expect(thrown(inputs)).toEqual(
      new ComponentArgumentError(
        `Thing 't' received ${list} as computed values (an output of another resource, a value unknown during preview, or a secret). ` +
          "The component needs them known when it is built, to check them against the boundary before anything is created. " +
          "Pass them as plain values, such as a literal in the program or a stack config value.",
      ),
    );
  });

  it("refuses a value outside the enum of a plain enum input", () => {
    expect(thrown({ location: "westeurope", sku: "Standard_GRS" })).toEqual(
      new ComponentArgumentError(`Thing 't' has sku "Standard_GRS"; expected one of Standard_LRS, Standard_ZRS. Set each to one of the values listed.`),
    );
  });

  it("leaves absent optional inputs and types it does not serve to the component", () => {
    expect(thrown({ location: "westeurope" })).toBeUndefined();
    expect(() => assertConstructInputs(SCHEMA, "other:index:Thing", "t", { location: pulumi.unknown })).not.toThrow();
  });
});

describe("data-boundary schema", () => {
  it("takes no arguments: one line, exit code 2, before any inference", async () => {
    expect(await runCli(["schema", "--format", "yaml"])).toEqual({ exitCode: 2, stdout: "", stderr: 'data-boundary: schema takes no arguments, got "--format" "yaml".\n' });
  });

  it("is listed in the usage", async () => {
    expect((await runCli(["--help"])).stdout).toContain("Usage: data-boundary schema");
  });
});
