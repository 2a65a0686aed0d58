import { tableRule } from "../table-rule";
import { TypeToken } from "../../tokens";
import { Finding, Rule, RuleContext } from "../../types";
import { readString, showValue } from "../../values";
import { CLASSIC_PARTNER_SETTINGS } from "./classic-partner-settings";
import { PARTNER_SETTINGS, PartnerSetting } from "./partner-settings";
import { recipientPlace, thirdPartyByModule, thirdPartyByNamespace, ThirdPartyService } from "./publishers";

/** The module key a token is listed under in the third-party table: `datadog`, or `azure:datadog` (classic). */
const moduleKey = (token: TypeToken) => (token.provider === "azure" ? `azure:${token.module}` : token.module);

const fixFor = (service: ThirdPartyService | undefined) =>
  `Use ${service?.alternative ?? "an Azure-native destination inside the boundary"} instead, or add a reviewed exemption.`;

/** V34: every resource of a third-party Marketplace module sends data to its publisher. */
const thirdPartyServiceRule: Rule = {
  id: "third-party-service",
  family: "third-party",
  appliesTo: (token) => thirdPartyByModule(moduleKey(token)) !== undefined,
  findings(context) {
    const service = thirdPartyByModule(moduleKey(context.token))!;
    return [{
      rule: "third-party-service",
      what: "sends data to",
      place: recipientPlace(service),
      path: "type",
      seen: context.token.written,
      via: `because ${service.reason}`,
      verdict: "outside",
      fix: fixFor(service),
      viaStack: false,
    }];
  },
};

/** The namespace of an ARM id (`/subscriptions/.../providers/Microsoft.Datadog/monitors/dd` gives `Microsoft.Datadog`). */
function providerNamespace(id: string): string | undefined {
  return /\/providers\/([^/]+)\//i.exec(id)?.[1];
}

/**
 * V19/V34: a diagnostic setting with any partner id (at its row's path) streams logs to a Marketplace partner.
 * Reported here rather than under telemetry, so that one policy (and one exemption) owns every third-party egress.
 */
function marketplacePartnerRule(table: readonly PartnerSetting[]): Rule {
  return tableRule("marketplace-partner-logs", "third-party", table, (context: RuleContext, [row]): Finding[] => {
    const partner = readString(context.resource.props, row.path);
    if (partner.state === "absent") return [];
    const namespace = partner.state === "known" ? providerNamespace(partner.value) : undefined;
    const service = namespace ? thirdPartyByNamespace(namespace) : undefined;
    return [{
      rule: "marketplace-partner-logs",
      what: "sends logs to",
      place: recipientPlace(service),
      path: row.path,
      seen: showValue(partner),
      via: "because a Marketplace partner keeps the logs in its own cloud",
      verdict: "outside",
      fix: `Remove ${row.path} and send the logs to a Log Analytics workspace inside the boundary, or add a reviewed exemption.`,
      viaStack: false,
    }];
  });
}

/** Rules of the `third-party-egress-blocked` policy (vectors.md V34, and V19's `marketplacePartnerId`). */
export const THIRD_PARTY_RULES: readonly Rule[] = [thirdPartyServiceRule, marketplacePartnerRule([...PARTNER_SETTINGS, ...CLASSIC_PARTNER_SETTINGS])];
