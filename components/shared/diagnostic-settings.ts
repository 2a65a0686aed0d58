import * as pulumi from "@pulumi/pulumi";
import * as monitor from "@pulumi/azure-native/monitor";
import { Boundary, judgeLocation } from "../../policy-pack/engine";
import { exampleRegion } from "../../policy-pack/engine/examples";
import { BoundaryViolationError } from "../boundary";
import { DiagnosticSettingArgs } from "../interfaces";
import { findingMessage } from "../residency/violation";
import { ComponentArgumentError } from "./errors";

/** The type token of the child, as messages name it ("Diagnostic setting"). */
export const DIAGNOSTIC_SETTING_TYPE = "azure-native:monitor:DiagnosticSetting";

/** Which categories a setting sends when the caller lists none (AVM: `allLogs` and `AllMetrics`). */
export interface DiagnosticDefaults {
  /** Send the `allLogs` category group. False for resources without resource logs (a storage account itself). */
  readonly logs: boolean;
  /** Send `AllMetrics`. */
  readonly metrics: boolean;
}

/** AVM's default: all logs and all metrics. */
export const ALL_LOGS_AND_METRICS: DiagnosticDefaults = { logs: true, metrics: true };

/** Names a caller may reach for that the components refuse: third-party (Marketplace partner) targets. */
const THIRD_PARTY_FIELDS = ["marketplacePartnerResourceId", "marketplacePartnerId"] as const;

/** Azure name of setting `index`: its `name`, else `<name>-diagnosticSettings` (`-<index>` after the first). */
export function diagnosticSettingName(name: string, setting: DiagnosticSettingArgs, index: number): string {
  return setting.name ?? (index === 0 ? `${name}-diagnosticSettings` : `${name}-diagnosticSettings-${index}`);
}

function validateOne(name: string, setting: DiagnosticSettingArgs, index: number, boundary: Boundary): void {
  const settingName = diagnosticSettingName(name, setting, index);
  const partner = THIRD_PARTY_FIELDS.find((f) => (setting as unknown as Record<string, unknown>)[f] !== undefined);
  if (partner) {
    throw new BoundaryViolationError([
      `Diagnostic setting '${settingName}' sets ${partner}: the components do not offer Marketplace partner targets, because the partner's ` +
        `third-party service keeps the logs outside ${boundary.label}. Send diagnostics to a Log Analytics workspace, storage account or event hub inside the boundary.`,
    ]);
  }
  if (typeof setting.targetLocation !== "string" || setting.targetLocation.trim() === "") {
    throw new ComponentArgumentError(
      `Diagnostic setting '${settingName}' has no targetLocation. Set it to the region of its workspace, storage account or event hub, so that a target outside the boundary is refused before anything is created.`,
    );
  }
  if (!setting.workspaceResourceId && !setting.storageAccountResourceId && !setting.eventHubAuthorizationRuleResourceId) {
    throw new ComponentArgumentError(
      `Diagnostic setting '${settingName}' has no target. Set workspaceResourceId, storageAccountResourceId or eventHubAuthorizationRuleResourceId.`,
    );
  }
  if (judgeLocation(setting.targetLocation, boundary) === "outside") {
    const fix = `Send diagnostics to a Log Analytics workspace, storage account or event hub in a region inside the boundary, such as ${exampleRegion(boundary)}.`;
    const finding = { what: "sends logs to", path: "targetLocation", seen: setting.targetLocation, location: setting.targetLocation, fix };
    throw new BoundaryViolationError([findingMessage(DIAGNOSTIC_SETTING_TYPE, settingName, finding, boundary)]);
  }
}

/**
 * Refuses, before anything is created, a diagnostic setting whose `targetLocation` is outside the boundary (the
 * pack's wording), one without a target or a target location, and any Marketplace partner (third-party) target.
 */
export function validateDiagnosticSettings(name: string, settings: readonly DiagnosticSettingArgs[] | undefined, boundary: Boundary): void {
  (settings ?? []).forEach((setting, i) => validateOne(name, setting, i, boundary));
}

/** The inputs of diagnostic setting `index` on `resourceUri`. */
export function diagnosticSettingInputs(
  name: string,
  resourceUri: pulumi.Input<string>,
  setting: DiagnosticSettingArgs,
  index: number,
  defaults: DiagnosticDefaults = ALL_LOGS_AND_METRICS,
): monitor.DiagnosticSettingArgs {
  const logs = setting.logCategoriesAndGroups?.map((l) => ({ category: l.category, categoryGroup: l.categoryGroup, enabled: l.enabled ?? true }))
    ?? (defaults.logs ? [{ categoryGroup: "allLogs", enabled: true }] : undefined);
  const metrics = setting.metricCategories?.map((m) => ({ category: m.category, enabled: m.enabled ?? true }))
    ?? (defaults.metrics ? [{ category: "AllMetrics", enabled: true }] : undefined);
  return {
    resourceUri,
    name: diagnosticSettingName(name, setting, index),
    workspaceId: setting.workspaceResourceId,
    storageAccountId: setting.storageAccountResourceId,
    eventHubAuthorizationRuleId: setting.eventHubAuthorizationRuleResourceId,
    eventHubName: setting.eventHubName,
    logs,
    metrics,
  };
}

/**
 * Creates one `azure-native:monitor:DiagnosticSetting` child per entry, named `<name>-diag-<index>`, on
 * `resourceUri` (the primary resource's id). Call {@link validateDiagnosticSettings} first, before anything
 * registers; this function validates again so that it is never used unchecked.
 *
 * @param parent The component; the settings are its children.
 * @param name The component's name (or `<name>-<suffix>` for a sub-resource such as a database).
 */
export function createDiagnosticSettings(
  parent: pulumi.Resource,
  name: string,
  resourceUri: pulumi.Input<string>,
  settings: readonly DiagnosticSettingArgs[] | undefined,
  boundary: Boundary,
  defaults: DiagnosticDefaults = ALL_LOGS_AND_METRICS,
): monitor.DiagnosticSetting[] {
  validateDiagnosticSettings(name, settings, boundary);
  return (settings ?? []).map(
    (setting, i) => new monitor.DiagnosticSetting(`${name}-diag-${i}`, diagnosticSettingInputs(name, resourceUri, setting, i, defaults), { parent }),
  );
}
