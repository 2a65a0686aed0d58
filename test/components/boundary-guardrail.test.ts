import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveBoundary } from "../../policy-pack/engine";
import { BoundaryViolationError } from "../../components/boundary";
import { BoundaryGuardrail } from "../../components/guardrail/boundary-guardrail";
import { ComponentArgumentError } from "../../components/shared/errors";
import { resourceMessages } from "../helpers/evaluate";
import { resource } from "../helpers/facts";
import { children, recorded, resetRecorded, setRecordingMocks, settled, thrownBy, unwrap } from "../helpers/mocks";

const TYPE = "azure-native:authorization:PolicyAssignment";
const COMPONENT = "data-boundary:index:BoundaryGuardrail";
const SUB = "/subscriptions/00000000-0000-0000-0000-000000000001";
const MG = "/providers/Microsoft.Management/managementGroups/landing-zones";
const EUDB_REGIONS = [
  "austriaeast", "belgiumcentral", "denmarkeast", "francecentral", "francesouth", "germanynorth", "germanywestcentral",
  "italynorth", "northeurope", "norwayeast", "norwaywest", "polandcentral", "spaincentral", "swedencentral", "swedensouth",
  "switzerlandnorth", "switzerlandwest", "westeurope",
];
const EUDB_LIST = EUDB_REGIONS.join(", ");

beforeAll(async () => {
  pulumi.runtime.setAllConfig({ "data-boundary:preset": "ch" });
  await setRecordingMocks();
});
beforeEach(() => resetRecorded());

async function build(name: string, args: ConstructorParameters<typeof BoundaryGuardrail>[1]): Promise<BoundaryGuardrail> {
  const guardrail = new BoundaryGuardrail(name, args);
  await settled();
  return guardrail;
}

function expectPackPasses(boundary = resolveBoundary({ preset: "ch" })): void {
  for (const child of children()) expect(resourceMessages(resource(child.type, child.name, child.inputs), boundary)).toEqual([]);
}

describe("BoundaryGuardrail", () => {
  it("defaults: three Deny assignments of the stack's boundary (ch) at subscription scope", async () => {
    const guardrail = await build("guard", { scope: SUB });
    expect(recorded.map((r) => [r.type, r.name])).toEqual([
      [COMPONENT, "guard"],
      [TYPE, "guard-allowed-locations"],
      [TYPE, "guard-allowed-rg-locations"],
      [TYPE, "guard-cosmos-locations"],
    ]);
    const componentUrn = "urn:pulumi:stack::project::data-boundary:index:BoundaryGuardrail::guard";
    expect(children().every((c) => c.parent === componentUrn)).toBe(true);
    expect(children().map((c) => c.inputs)).toEqual([
      {
        scope: SUB,
        policyAssignmentName: "db-loc",
        policyDefinitionId: "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c",
        displayName: "Allowed locations: Switzerland",
        description: "Denies deployments outside Switzerland (data-boundary guardrail 'guard').",
        enforcementMode: "Default",
        location: "switzerlandnorth",
        parameters: { listOfAllowedLocations: { value: ["switzerlandnorth", "switzerlandwest"] } },
        nonComplianceMessages: [{ message: "Resource location is outside Switzerland. Use one of: switzerlandnorth, switzerlandwest." }],
        metadata: { managedBy: "data-boundary", boundary: "ch" },
      },
      {
        scope: SUB,
        policyAssignmentName: "db-rg-loc",
        policyDefinitionId: "/providers/Microsoft.Authorization/policyDefinitions/e765b5de-1225-4ba3-bd56-1ac6695af988",
        displayName: "Allowed locations for resource groups: Switzerland",
        description: "Denies deployments outside Switzerland (data-boundary guardrail 'guard').",
        enforcementMode: "Default",
        location: "switzerlandnorth",
        parameters: { listOfAllowedLocations: { value: ["switzerlandnorth", "switzerlandwest"] } },
        nonComplianceMessages: [{ message: "Resource group location is outside Switzerland. Use one of: switzerlandnorth, switzerlandwest." }],
        metadata: { managedBy: "data-boundary", boundary: "ch" },
      },
      {
        scope: SUB,
        policyAssignmentName: "db-cosmos-loc",
        policyDefinitionId: "/providers/Microsoft.Authorization/policyDefinitions/0473574d-2d43-4217-aefe-941fcdf7e684",
        displayName: "Azure Cosmos DB allowed locations: Switzerland",
        description: "Denies deployments outside Switzerland (data-boundary guardrail 'guard').",
        enforcementMode: "Default",
        location: "switzerlandnorth",
        parameters: { listOfAllowedLocations: { value: ["switzerlandnorth", "switzerlandwest"] }, policyEffect: { value: "deny" } },
        nonComplianceMessages: [{ message: "A Cosmos DB account region is outside Switzerland. Use one of: switzerlandnorth, switzerlandwest." }],
        metadata: { managedBy: "data-boundary", boundary: "ch" },
      },
    ]);
    expect(await unwrap(guardrail.name)).toBe("guard-allowed-locations"); // the mocks answer name = logical name
    expect(await unwrap(guardrail.resourceId)).toBe("/mock/PolicyAssignment/guard-allowed-locations");
    expect(await Promise.all(guardrail.policyAssignmentIds.map(unwrap))).toEqual([
      "/mock/PolicyAssignment/guard-allowed-locations",
      "/mock/PolicyAssignment/guard-allowed-rg-locations",
      "/mock/PolicyAssignment/guard-cosmos-locations",
    ]);
    expectPackPasses();
  });

  it("waf-aligned: EU Data Boundary at management-group scope with a sandbox excluded", async () => {
    const eudb = resolveBoundary({ preset: "eudb" });
    await build("lz", { scope: MG, notScopes: [`${SUB}/resourceGroups/sandbox`], boundary: "eudb" });
    expect(children().map((c) => c.name)).toEqual(["lz-allowed-locations", "lz-allowed-rg-locations", "lz-cosmos-locations"]);
    const first = children()[0].inputs;
    expect(first).toEqual({
      scope: MG,
      notScopes: [`${SUB}/resourceGroups/sandbox`],
      policyAssignmentName: "db-loc",
      policyDefinitionId: "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c",
      displayName: "Allowed locations: the EU Data Boundary (EU + EFTA)",
      description: "Denies deployments outside the EU Data Boundary (EU + EFTA) (data-boundary guardrail 'lz').",
      enforcementMode: "Default",
      location: "westeurope",
      parameters: { listOfAllowedLocations: { value: EUDB_REGIONS } },
      nonComplianceMessages: [{ message: `Resource location is outside the EU Data Boundary (EU + EFTA). Use one of: ${EUDB_LIST}.` }],
      metadata: { managedBy: "data-boundary", boundary: "eudb" },
    });
    expect(children().every((c) => c.inputs.scope === MG && c.inputs.notScopes.length === 1)).toBe(true);
    expectPackPasses(eudb);
  });

  it("max: every option set; one policy left out", async () => {
    const de = resolveBoundary({ preset: "de" });
    await build("max", {
      scope: SUB,
      notScopes: [`${SUB}/resourceGroups/a`, `${SUB}/resourceGroups/b`],
      policies: { allowedLocations: true, allowedResourceGroupLocations: true, cosmosDbAllowedLocations: false },
      enforcementMode: "DoNotEnforce",
      assignmentNamePrefix: "de-guard",
      location: "germanynorth",
      boundary: "de",
    });
    expect(children().map((c) => [c.name, c.inputs.policyAssignmentName, c.inputs.enforcementMode, c.inputs.location])).toEqual([
      ["max-allowed-locations", "de-guard-loc", "DoNotEnforce", "germanynorth"],
      ["max-allowed-rg-locations", "de-guard-rg-loc", "DoNotEnforce", "germanynorth"],
    ]);
    expect(children()[1].inputs.parameters).toEqual({ listOfAllowedLocations: { value: ["germanynorth", "germanywestcentral"] } });
    expect(children()[1].inputs.nonComplianceMessages).toEqual([{ message: "Resource group location is outside Germany. Use one of: germanynorth, germanywestcentral." }]);
    expectPackPasses(de);
  });

  it("custom boundary: exactly the listed regions", async () => {
    await build("custom", { scope: SUB, boundary: "custom", boundaryRegions: ["westeurope", "northeurope"], policies: { allowedResourceGroupLocations: false, cosmosDbAllowedLocations: false } });
    expect(children()).toHaveLength(1);
    expect(children()[0].inputs.parameters).toEqual({ listOfAllowedLocations: { value: ["northeurope", "westeurope"] } });
    expect(children()[0].inputs.displayName).toBe("Allowed locations: the custom boundary (northeurope, westeurope)");
  });

  describe("construction errors register nothing", () => {
    const cases: [string, ConstructorParameters<typeof BoundaryGuardrail>[1], Function, string][] = [
      [
        "resource-group scope",
        { scope: `${SUB}/resourceGroups/rg` },
        ComponentArgumentError,
        `BoundaryGuardrail 'bad' has scope '${SUB}/resourceGroups/rg', which is neither a subscription nor a management group. Use /subscriptions/<subscription id> or /providers/Microsoft.Management/managementGroups/<group id>.`,
      ],
      [
        "long prefix",
        { scope: SUB, assignmentNamePrefix: "much-too-long" },
        ComponentArgumentError,
        "BoundaryGuardrail 'bad' has assignmentNamePrefix 'much-too-long'; management-group assignment names are limited to 24 characters. Use 1 to 10 letters, digits or hyphens.",
      ],
      [
        "no policy",
        { scope: SUB, policies: { allowedLocations: false, allowedResourceGroupLocations: false, cosmosDbAllowedLocations: false } },
        ComponentArgumentError,
        "BoundaryGuardrail 'bad' has every policy disabled. Enable at least one of allowedLocations, allowedResourceGroupLocations, cosmosDbAllowedLocations.",
      ],
      [
        "location outside the boundary",
        { scope: SUB, location: "westeurope" },
        BoundaryViolationError,
        "Policy assignment 'bad-allowed-locations' is located in westeurope (Netherlands) through location westeurope, outside Switzerland. Set location to a region inside the boundary, such as switzerlandnorth.",
      ],
    ];
    it.each(cases)("%s", async (_, args, errorType, message) => {
      const error = thrownBy(() => new BoundaryGuardrail("bad", args));
      expect(error).toBeInstanceOf(errorType);
      expect(error.message).toBe(message);
      await settled();
      expect(recorded).toEqual([]);
    });
  });
});
