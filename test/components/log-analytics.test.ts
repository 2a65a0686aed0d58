import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveBoundary } from "../../policy-pack/engine";
import { BoundaryViolationError } from "../../components/boundary";
import { LogAnalyticsWorkspace } from "../../components/log-analytics";
import { ComponentArgumentError } from "../../components/shared";
import { resourceMessages } from "../helpers/evaluate";
import { resource } from "../helpers/facts";
import { componentUrn, sortedChildren } from "../helpers/children";
import { children, expectNothingRegistered, findRecorded, recorded, resetRecorded, setRecordingMocks, settled, unwrap } from "../helpers/mocks";

const COMPONENT = "data-boundary:index:LogAnalyticsWorkspace";
const WS = "azure-native:operationalinsights:Workspace";
const LOCK = "azure-native:authorization:ManagementLockByScope";
const ROLE = "azure-native:authorization:RoleAssignment";
const DIAG = "azure-native:monitor:DiagnosticSetting";
const UAI = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-law";

beforeAll(async () => {
  pulumi.runtime.setAllConfig({ "data-boundary:preset": "ch" });
  await setRecordingMocks();
});
beforeEach(() => resetRecorded());

describe("LogAnalyticsWorkspace", () => {
  it("defaults: PerGB2018, 90 days, Entra ID only, resource-context access", async () => {
    const law = new LogAnalyticsWorkspace("law", { resourceGroupName: "rg", location: "switzerlandnorth" });
    await settled();
    expect(recorded.map((r) => [r.type, r.name])).toEqual([[COMPONENT, "law"], [WS, "law"]]);
    expect(children()[0].parent).toBe(componentUrn(COMPONENT, "law"));
    expect(children()[0].inputs).toEqual({
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      sku: { name: "PerGB2018" },
      retentionInDays: 90,
      publicNetworkAccessForIngestion: "Enabled",
      publicNetworkAccessForQuery: "Enabled",
      features: { disableLocalAuth: true, enableLogAccessUsingOnlyResourcePermissions: true },
    });
    expect(await unwrap(law.name)).toBe("law");
    expect(await unwrap(law.resourceId)).toBe("/mock/Workspace/law");
    expect(law.location).toBe("switzerlandnorth");
    expect(resourceMessages(resource(WS, "law", children()[0].inputs), resolveBoundary({ preset: "ch" }))).toEqual([]);
  });

  it("waf-aligned: longer retention, daily cap, its own audit logs to itself, lock", async () => {
    new LogAnalyticsWorkspace("law-waf", {
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      retentionInDays: 365,
      dailyQuotaGb: 50,
      diagnosticSettings: [{ workspaceResourceId: "/mock/Workspace/law-waf", targetLocation: "switzerlandnorth" }],
      lock: { kind: "CanNotDelete" },
    });
    await settled();
    expect(sortedChildren()).toEqual([[LOCK, "law-waf-lock"], [DIAG, "law-waf-diag-0"], [WS, "law-waf"]]);
    expect(findRecorded(WS, "law-waf").inputs).toMatchObject({ retentionInDays: 365, workspaceCapping: { dailyQuotaGb: 50 } });
    expect(findRecorded(DIAG, "law-waf-diag-0").inputs).toEqual({
      resourceUri: "/mock/Workspace/law-waf",
      name: "law-waf-diagnosticSettings",
      workspaceId: "/mock/Workspace/law-waf",
      logs: [{ categoryGroup: "allLogs", enabled: true }],
      metrics: [{ category: "AllMetrics", enabled: true }],
    });
  });

  it("max: commitment tier, private ingestion and query, user-assigned identity, roles, diagnostics, lock", async () => {
    new LogAnalyticsWorkspace("law-max", {
      resourceGroupName: "rg",
      location: "switzerlandnorth",
      workspaceName: "law-prod",
      tags: { env: "prod" },
      sku: "CapacityReservation",
      capacityReservationLevel: 100,
      retentionInDays: 730,
      publicNetworkAccessForIngestion: "Disabled",
      publicNetworkAccessForQuery: "Disabled",
      allowLocalAuth: true,
      managedIdentities: { userAssignedResourceIds: [UAI] },
      roleAssignments: [{ roleDefinitionIdOrName: "Log Analytics Reader", principalId: "66666666-6666-6666-6666-666666666666" }],
      diagnosticSettings: [{ eventHubAuthorizationRuleResourceId: "/ehrule", eventHubName: "logs", targetLocation: "switzerlandnorth" }],
      lock: { kind: "ReadOnly" },
    });
    await settled();
    expect(sortedChildren()).toEqual([[LOCK, "law-max-lock"], [ROLE, "law-max-role-0"], [DIAG, "law-max-diag-0"], [WS, "law-max"]]);
    expect(children().every((c) => c.parent === componentUrn(COMPONENT, "law-max"))).toBe(true);
    expect(findRecorded(WS, "law-max").inputs).toEqual({
      resourceGroupName: "rg",
      workspaceName: "law-prod",
      location: "switzerlandnorth",
      tags: { env: "prod" },
      sku: { name: "CapacityReservation", capacityReservationLevel: 100 },
      retentionInDays: 730,
      publicNetworkAccessForIngestion: "Disabled",
      publicNetworkAccessForQuery: "Disabled",
      features: { disableLocalAuth: false, enableLogAccessUsingOnlyResourcePermissions: true },
      identity: { type: "UserAssigned", userAssignedIdentities: [UAI] },
    });
    expect(findRecorded(ROLE, "law-max-role-0").inputs.roleDefinitionId).toBe("/providers/Microsoft.Authorization/roleDefinitions/73c42c96-874c-492b-b04d-ab87d138a893");
    expect(findRecorded(DIAG, "law-max-diag-0").inputs).toMatchObject({ eventHubAuthorizationRuleId: "/ehrule", eventHubName: "logs" });
  });

  it("throws with the pack's wording for a location outside the boundary", async () => {
    await expectNothingRegistered(
      () => new LogAnalyticsWorkspace("law-uk", { resourceGroupName: "rg", location: "ukwest", boundary: "eudb" }),
      new BoundaryViolationError([
        "Workspace 'law-uk' is located in ukwest (United Kingdom) through location ukwest, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope.",
      ]),
    );
  });

  it.each([
    [{ retentionInDays: 10 }, "Log Analytics workspace 'law-bad' has retentionInDays 10; it must be a whole number of days from 30 to 730."],
    [{ capacityReservationLevel: 100 }, "Log Analytics workspace 'law-bad' has capacityReservationLevel without sku CapacityReservation. Set sku to CapacityReservation or drop the level."],
    [
      { managedIdentities: { systemAssigned: true, userAssignedResourceIds: [UAI] } },
      "A Log Analytics workspace takes either a system-assigned identity or user-assigned identities, not both. Set managedIdentities.systemAssigned to false or drop managedIdentities.userAssignedResourceIds.",
    ],
  ])("throws for inconsistent options %#", async (extra, message) => {
    await expectNothingRegistered(() => new LogAnalyticsWorkspace("law-bad", { resourceGroupName: "rg", location: "switzerlandnorth", ...extra }), new ComponentArgumentError(message));
  });
});
