import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BoundaryViolationError } from "../../components/boundary";
import { ResourceGroup } from "../../components/resource-group";
import { ComponentArgumentError } from "../../components/shared";
import { sortedChildren } from "../helpers/children";
import { children, findRecorded, recorded, resetRecorded, setRecordingMocks, settled, unwrap } from "../helpers/mocks";

const COMPONENT = "data-boundary:index:ResourceGroup";
const RG = "azure-native:resources:ResourceGroup";
const LOCK = "azure-native:authorization:ManagementLockByScope";
const ROLE = "azure-native:authorization:RoleAssignment";
const URN = (name: string) => `urn:pulumi:stack::project::${COMPONENT}::${name}`;

beforeAll(async () => {
  pulumi.runtime.setAllConfig({ "data-boundary:preset": "ch" });
  await setRecordingMocks();
});
beforeEach(() => resetRecorded());

describe("ResourceGroup", () => {
  it("defaults: one resource group in the given location, no lock or roles", async () => {
    const rg = new ResourceGroup("rg", { location: "switzerlandnorth" });
    await settled();
    expect(recorded.map((r) => [r.type, r.name])).toEqual([[COMPONENT, "rg"], [RG, "rg"]]);
    expect(children()[0].inputs).toEqual({ location: "switzerlandnorth" });
    expect(children()[0].parent).toBe(URN("rg"));
    expect(await unwrap(rg.name)).toBe("rg");
    expect(await unwrap(rg.resourceId)).toBe("/mock/ResourceGroup/rg");
    expect(await unwrap(rg.location)).toBe("switzerlandnorth");
  });

  it("waf-aligned: explicit name, tags and a CanNotDelete lock with the default name and notes", async () => {
    new ResourceGroup("rg-waf", { location: "switzerlandnorth", resourceGroupName: "rg-app-prod", tags: { env: "prod" }, lock: { kind: "CanNotDelete" } });
    await settled();
    expect(sortedChildren()).toEqual([[LOCK, "rg-waf-lock"], [RG, "rg-waf"]]);
    expect(findRecorded(RG, "rg-waf").inputs).toEqual({ location: "switzerlandnorth", resourceGroupName: "rg-app-prod", tags: { env: "prod" } });
    expect(findRecorded(LOCK, "rg-waf-lock").inputs).toEqual({
      scope: "/mock/ResourceGroup/rg-waf",
      level: "CanNotDelete",
      lockName: "lock-rg-waf",
      notes: "Cannot delete resource or child resources.",
    });
  });

  it("max: lock and two role assignments (by name and by id) on the group", async () => {
    new ResourceGroup("rg-max", {
      location: "switzerlandnorth",
      tags: { env: "prod" },
      lock: { kind: "ReadOnly", name: "rg-lock", notes: "Frozen." },
      roleAssignments: [
        { roleDefinitionIdOrName: "Reader", principalId: "11111111-1111-1111-1111-111111111111", principalType: "Group", description: "Auditors" },
        {
          roleDefinitionIdOrName: "/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c",
          principalId: pulumi.output("22222222-2222-2222-2222-222222222222"),
        },
      ],
    });
    await settled();
    expect(sortedChildren()).toEqual([[LOCK, "rg-max-lock"], [ROLE, "rg-max-role-0"], [ROLE, "rg-max-role-1"], [RG, "rg-max"]]);
    expect(children().every((c) => c.parent === URN("rg-max"))).toBe(true);
    const reader = findRecorded(ROLE, "rg-max-role-0");
    const contributor = findRecorded(ROLE, "rg-max-role-1");
    const lock = findRecorded(LOCK, "rg-max-lock");
    expect(reader.inputs).toEqual({
      scope: "/mock/ResourceGroup/rg-max",
      principalId: "11111111-1111-1111-1111-111111111111",
      principalType: "Group",
      description: "Auditors",
      roleDefinitionId: "/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7",
      roleAssignmentName: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    });
    expect(contributor.inputs.roleDefinitionId).toBe("/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c");
    expect(contributor.inputs.roleAssignmentName).not.toBe(reader.inputs.roleAssignmentName);
    expect(lock.inputs).toEqual({ scope: "/mock/ResourceGroup/rg-max", level: "ReadOnly", lockName: "rg-lock", notes: "Frozen." });
  });

  it("throws with the pack's wording for a location outside the boundary, and registers nothing", async () => {
    expect(() => new ResourceGroup("rg-us", { location: "westeurope" })).toThrow(
      new BoundaryViolationError([
        "Resource group 'rg-us' is located in westeurope (Netherlands) through location westeurope, outside Switzerland. Set location to a region inside the boundary, such as switzerlandnorth.",
      ]),
    );
    await settled();
    expect(recorded).toEqual([]);
  });

  it("throws for an unknown role name before anything registers", async () => {
    expect(() => new ResourceGroup("rg-role", { location: "switzerlandnorth", roleAssignments: [{ roleDefinitionIdOrName: "Superuser", principalId: "x" }] })).toThrow(ComponentArgumentError);
    await settled();
    expect(recorded).toEqual([]);
  });
});
