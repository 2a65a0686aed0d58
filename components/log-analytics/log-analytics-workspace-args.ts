import * as pulumi from "@pulumi/pulumi";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import { Boundary } from "../../policy-pack/engine";
import { BoundaryChoiceArgs, CommonArgs, ManagedIdentitiesArgs, PublicNetworkAccess } from "../interfaces";
import { assertInputsInBoundary, ComponentArgumentError, identityInput, validateExtensions } from "../shared";

/** The type token of the child. */
export const WORKSPACE_TYPE = "azure-native:operationalinsights:Workspace";

/** Pricing SKUs of a workspace. */
export const LogAnalyticsSku = { PerGB2018: "PerGB2018", CapacityReservation: "CapacityReservation" } as const;
/** One of `LogAnalyticsSku`. */
export type LogAnalyticsSku = (typeof LogAnalyticsSku)[keyof typeof LogAnalyticsSku];

/** Inputs of `LogAnalyticsWorkspace`. */
export interface LogAnalyticsWorkspaceArgs extends CommonArgs, BoundaryChoiceArgs {
  /** Optional. Azure name, 4-63 letters, digits and hyphens. Default: the component name with a random suffix (auto-naming). */
  readonly workspaceName?: pulumi.Input<string>;
  /** Optional. Pricing SKU. Default `PerGB2018`. */
  readonly sku?: LogAnalyticsSku;
  /** Optional. Commitment tier in GB/day, with `CapacityReservation` only (100, 200, 300, 400, 500, 1000, ...). Default: none. */
  readonly capacityReservationLevel?: number;
  /** Optional. Interactive retention, 30-730 days. Default 90. */
  readonly retentionInDays?: number;
  /** Optional. Daily ingestion cap in GB. Default: no cap. */
  readonly dailyQuotaGb?: number;
  /** Optional. Public ingestion. Default `Enabled` (agents and diagnostic settings ingest over the Azure backbone; use AMPLS to disable). */
  readonly publicNetworkAccessForIngestion?: PublicNetworkAccess;
  /** Optional. Public queries. Default `Enabled`. */
  readonly publicNetworkAccessForQuery?: PublicNetworkAccess;
  /** Optional. Allow shared-key (workspace key) ingestion and queries. Default false: Entra ID only. */
  readonly allowLocalAuth?: boolean;
  /** Optional. Managed identity: system-assigned or user-assigned, not both (the API takes one type). Default: none. */
  readonly managedIdentities?: ManagedIdentitiesArgs;
}

function checkOptions(name: string, args: LogAnalyticsWorkspaceArgs): void {
  const days = args.retentionInDays ?? 90;
  if (!Number.isInteger(days) || days < 30 || days > 730) {
    throw new ComponentArgumentError(`Log Analytics workspace '${name}' has retentionInDays ${days}; it must be a whole number of days from 30 to 730.`);
  }
  if (args.capacityReservationLevel !== undefined && args.sku !== "CapacityReservation") {
    throw new ComponentArgumentError(`Log Analytics workspace '${name}' has capacityReservationLevel without sku CapacityReservation. Set sku to CapacityReservation or drop the level.`);
  }
}

/**
 * The workspace child's inputs: PerGB2018, 90 days, Entra ID only, resource-context access. The workspace is
 * the place logs land; diagnostic settings elsewhere pass its region as `targetLocation`. Checks the boundary first.
 */
export function buildWorkspaceArgs(name: string, args: LogAnalyticsWorkspaceArgs, boundary: Boundary): operationalinsights.WorkspaceArgs {
  checkOptions(name, args);
  validateExtensions(name, args, boundary);
  const inputs: operationalinsights.WorkspaceArgs = {
    resourceGroupName: args.resourceGroupName,
    workspaceName: args.workspaceName,
    location: args.location,
    tags: args.tags,
    sku: { name: args.sku ?? "PerGB2018", capacityReservationLevel: args.capacityReservationLevel },
    retentionInDays: args.retentionInDays ?? 90,
    workspaceCapping: args.dailyQuotaGb === undefined ? undefined : { dailyQuotaGb: args.dailyQuotaGb },
    publicNetworkAccessForIngestion: args.publicNetworkAccessForIngestion ?? "Enabled",
    publicNetworkAccessForQuery: args.publicNetworkAccessForQuery ?? "Enabled",
    features: { disableLocalAuth: !(args.allowLocalAuth ?? false), enableLogAccessUsingOnlyResourcePermissions: true },
    identity: identityInput(args.managedIdentities, { kind: "Log Analytics workspace", combined: false }) as operationalinsights.WorkspaceArgs["identity"],
  };
  assertInputsInBoundary(WORKSPACE_TYPE, name, inputs, boundary);
  return inputs;
}
