import * as pulumi from "@pulumi/pulumi";
import { beforeAll, describe, expect, it } from "vitest";
import { REGIONS } from "../../policy-pack/catalog";
import { resolveBoundary } from "../../policy-pack/engine";
import { BoundaryViolationError } from "../../components/boundary";
import {
  assertPairCopiesInside,
  BUILT_IN_ROLES,
  ComponentArgumentError,
  deterministicGuid,
  diagnosticSettingInputs,
  hasAvailabilityZones,
  identityInput,
  identityMapInput,
  identityType,
  lockInputs,
  plainInputs,
  resolveRole,
  roleAssignmentInputs,
  roleDefinitionIdAt,
  UNKNOWN_STRING,
  validateDiagnosticSettings,
  withUserAssignedIdentity,
} from "../../components/shared";
import { setRecordingMocks, unwrap } from "../helpers/mocks";

const CH = resolveBoundary({ preset: "ch" });
const SUB_SCOPE = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg";
const READER = "acdd72a7-3385-48ef-bd42-f606fba81ae7";

beforeAll(async () => {
  await setRecordingMocks();
});

describe("roles", () => {
  it("keeps a small table of distinct, well-formed built-in role GUIDs", () => {
    const guids = Object.values(BUILT_IN_ROLES);
    expect(guids.every((g) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(g))).toBe(true);
    expect(new Set(guids).size).toBe(guids.length);
    expect(BUILT_IN_ROLES["Key Vault Crypto Service Encryption User"]).toBe("e147488a-f6f5-4113-8e2d-b22465e65bf6");
  });

  it("resolves a name (any case), a GUID and a full role definition id", () => {
    expect(resolveRole("reader")).toEqual({ guid: READER });
    expect(resolveRole(READER.toUpperCase())).toEqual({ guid: READER });
    const id = `/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/${READER}`;
    expect(resolveRole(id)).toEqual({ guid: READER, id });
  });

  it("throws for anything else, listing the known names", () => {
    expect(() => resolveRole("Superuser")).toThrow(
      new ComponentArgumentError(
        `Role "Superuser" is not a built-in role name the components know, a role definition GUID or a role definition id. Use a role definition id, or one of: ${Object.keys(BUILT_IN_ROLES).join(", ")}.`,
      ),
    );
  });

  it("builds the role definition id in the scope's subscription, else at tenant level", () => {
    expect(roleDefinitionIdAt({ guid: READER }, `${SUB_SCOPE}/providers/Microsoft.Storage/storageAccounts/st`)).toBe(
      `/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Authorization/roleDefinitions/${READER}`,
    );
    expect(roleDefinitionIdAt({ guid: READER }, "/providers/Microsoft.Management/managementGroups/mg")).toBe(`/providers/Microsoft.Authorization/roleDefinitions/${READER}`);
    expect(roleDefinitionIdAt({ guid: READER, id: "/given" }, SUB_SCOPE)).toBe("/given");
  });

  it("names role assignments with a deterministic version-5 GUID of scope, principal and role", async () => {
    expect(deterministicGuid("/subscriptions/s/resourceGroups/rg", "p", READER)).toBe("6dd942db-603e-586a-bad0-9e9635b96536");
    const inputs = roleAssignmentInputs(SUB_SCOPE, { roleDefinitionIdOrName: "Reader", principalId: pulumi.output("p") }, { guid: READER });
    expect(await unwrap(inputs.roleAssignmentName!)).toBe(deterministicGuid(SUB_SCOPE, "p", READER));
    expect(await unwrap(inputs.roleDefinitionId)).toBe(`/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Authorization/roleDefinitions/${READER}`);
  });
});

describe("lock", () => {
  it("creates nothing for no lock or kind None, and defaults name and notes", () => {
    expect(lockInputs("x", "/id", undefined)).toBeUndefined();
    expect(lockInputs("x", "/id", { kind: "None" })).toBeUndefined();
    expect(lockInputs("x", "/id", { kind: "ReadOnly" })).toEqual({
      scope: "/id", level: "ReadOnly", lockName: "lock-x", notes: "Cannot delete or modify the resource or child resources.",
    });
  });
});

describe("diagnostic settings", () => {
  const inside = { workspaceResourceId: "/law", targetLocation: "switzerlandnorth" };

  it("accepts an in-boundary target and defaults to allLogs and AllMetrics, or metrics only", () => {
    expect(() => validateDiagnosticSettings("x", [inside, { ...inside, targetLocation: "Switzerland West" }], CH)).not.toThrow();
    expect(diagnosticSettingInputs("x", "/id", inside, 0)).toEqual({
      resourceUri: "/id",
      name: "x-diagnosticSettings",
      workspaceId: "/law",
      storageAccountId: undefined,
      eventHubAuthorizationRuleId: undefined,
      eventHubName: undefined,
      logs: [{ categoryGroup: "allLogs", enabled: true }],
      metrics: [{ category: "AllMetrics", enabled: true }],
    });
    expect(diagnosticSettingInputs("x", "/id", inside, 2, { logs: false, metrics: true })).toMatchObject({ name: "x-diagnosticSettings-2", logs: undefined });
  });

  it("refuses a target outside the boundary with the pack's template", () => {
    expect(() => validateDiagnosticSettings("x", [inside, { ...inside, targetLocation: "uksouth" }], CH)).toThrow(
      new BoundaryViolationError([
        "Diagnostic setting 'x-diagnosticSettings-1' sends logs to uksouth (United Kingdom) through targetLocation uksouth, outside Switzerland. Send diagnostics to a Log Analytics workspace, storage account or event hub in a region inside the boundary, such as switzerlandnorth.",
      ]),
    );
  });

  it("refuses any Marketplace partner (third-party) target", () => {
    const partner = { ...inside, marketplacePartnerId: "/providers/Microsoft.Datadog/monitors/dd" } as unknown as typeof inside;
    expect(() => validateDiagnosticSettings("x", [partner], CH)).toThrow(
      new BoundaryViolationError([
        "Diagnostic setting 'x-diagnosticSettings' sets marketplacePartnerId: the components do not offer Marketplace partner targets, because the partner's third-party service keeps the logs outside Switzerland. Send diagnostics to a Log Analytics workspace, storage account or event hub inside the boundary.",
      ]),
    );
  });

  it("refuses a setting without a target or without a target location", () => {
    expect(() => validateDiagnosticSettings("x", [{ name: "d", targetLocation: "switzerlandnorth" }], CH)).toThrow(
      new ComponentArgumentError("Diagnostic setting 'd' has no target. Set workspaceResourceId, storageAccountResourceId or eventHubAuthorizationRuleResourceId."),
    );
    expect(() => validateDiagnosticSettings("x", [{ workspaceResourceId: "/law" } as unknown as typeof inside], CH)).toThrow(
      new ComponentArgumentError(
        "Diagnostic setting 'x-diagnosticSettings' has no targetLocation. Set it to the region of its workspace, storage account or event hub, so that a target outside the boundary is refused before anything is created.",
      ),
    );
  });
});

describe("identity", () => {
  it("maps managedIdentities to the SDK's identity inputs", async () => {
    expect(identityType(undefined)).toBeUndefined();
    expect(identityType({ systemAssigned: false, userAssignedResourceIds: [] })).toBeUndefined();
    expect(identityInput({ systemAssigned: true }, { kind: "k" })).toEqual({ type: "SystemAssigned" });
    expect(identityInput({ userAssignedResourceIds: ["/a"] }, { kind: "k" })).toEqual({ type: "UserAssigned", userAssignedIdentities: ["/a"] });
    expect(identityInput({ systemAssigned: true, userAssignedResourceIds: ["/a"] }, { kind: "k" })).toEqual({ type: "SystemAssigned,UserAssigned", userAssignedIdentities: ["/a"] });
    const map = identityMapInput({ userAssignedResourceIds: ["/a", pulumi.output("/b")] }, { kind: "k", combined: false });
    expect(map?.type).toBe("UserAssigned");
    expect(await unwrap(map!.userAssignedIdentities!)).toEqual({ "/a": {}, "/b": {} });
  });

  it("adds a CMK identity once", () => {
    expect(withUserAssignedIdentity({ systemAssigned: true }, "/a")).toEqual({ systemAssigned: true, userAssignedResourceIds: ["/a"] });
    expect(withUserAssignedIdentity({ userAssignedResourceIds: ["/A"] }, "/a")).toEqual({ userAssignedResourceIds: ["/A"] });
    expect(withUserAssignedIdentity(undefined, undefined)).toBeUndefined();
  });
});

describe("zones", () => {
  it("come from the catalogue: available European regions only, and any spelling is read", () => {
    const withZones = REGIONS.filter((region) => region.availabilityZones);
    expect(withZones.every((region) => region.status === "available" && !region.restricted)).toBe(true);
    expect(withZones.map((region) => region.name).sort()).toEqual([
      "austriaeast", "belgiumcentral", "denmarkeast", "francecentral", "germanywestcentral", "italynorth", "northeurope",
      "norwayeast", "polandcentral", "spaincentral", "swedencentral", "switzerlandnorth", "westeurope",
    ]);
    expect(hasAvailabilityZones("West Europe")).toBe(true);
    expect(hasAvailabilityZones("switzerlandwest")).toBe(false);
    expect(hasAvailabilityZones("nowhere")).toBe(false);
  });
});

describe("construction-time checks", () => {
  it("turn Outputs into the unknown sentinel so the engine leaves them to the pack", () => {
    expect(plainInputs({ a: pulumi.output("x"), b: ["y", pulumi.output(1)], c: undefined, d: { e: 2 } })).toEqual({ a: UNKNOWN_STRING, b: ["y", UNKNOWN_STRING], d: { e: 2 } });
  });

  it("leave a pair-copy setting that is an Output to the pack, and throw for a plain one", () => {
    const sku = (name: pulumi.Input<string>) => ({ location: "polandcentral", sku: { name } });
    expect(() => assertPairCopiesInside("azure-native:storage:StorageAccount", "st", sku(pulumi.output("Standard_GRS")), CH)).not.toThrow();
    expect(() => assertPairCopiesInside("azure-native:storage:StorageAccount", "st", sku("Standard_LRS"), CH)).not.toThrow();
    expect(() => assertPairCopiesInside("azure-native:storage:StorageAccount", "st", sku("Standard_GRS"), CH)).toThrow(BoundaryViolationError);
  });
});
