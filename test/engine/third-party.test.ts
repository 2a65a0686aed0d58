import { describe, expect, it } from "vitest";
import { THIRD_PARTY_SERVICES } from "../../policy-pack/engine/rules/third-party/publishers";
import { resource, UNKNOWN } from "../helpers/facts";
import { resourceMessages } from "../helpers/evaluate";

const OUTSIDE = "outside the EU Data Boundary (EU + EFTA)";
const OBSERVABILITY = "because the monitored resources' logs and metrics are shipped to the publisher's SaaS and stored in the site it chooses";
const MONITOR_FIX = "Use Azure Monitor with a Log Analytics workspace inside the boundary instead, or add a reviewed exemption.";

describe("third-party Marketplace services (V34)", () => {
  it("reports a Datadog monitor in an EU region as data sent to its publisher", () => {
    expect(resourceMessages(resource("datadog:Monitor", "dd", { location: "westeurope", resourceGroupName: "rg" }))).toEqual([
      `Datadog monitor 'dd' sends data to the third-party publisher Datadog (outside Azure) through type datadog:Monitor, ${OBSERVABILITY}, ${OUTSIDE}. ${MONITOR_FIX}`,
    ]);
  });

  it("reports every resource of a partner module, children included", () => {
    const rule = resource("elastic:TagRule", "logs", { monitorName: "m", resourceGroupName: "rg" });
    expect(resourceMessages(rule).filter((m) => m.includes("third-party"))).toEqual([
      `Tag rule 'logs' sends data to the third-party publisher Elastic (outside Azure) through type elastic:TagRule, because logs and metrics are shipped to an Elastic Cloud deployment that Elastic runs, ${OUTSIDE}. ${MONITOR_FIX}`,
    ]);
  });

  it("reports Marketplace SaaS, professional services and AWS connector resources", () => {
    const messages = [
      resource("saas:SaasSubscriptionLevel", "offer", { location: "global", resourceGroupName: "rg" }),
      resource("professionalservice:ProfessionalServiceSubscriptionLevel", "advice", { location: "global", resourceGroupName: "rg" }),
      resource("awsconnector:S3Bucket", "bucket", { location: "westeurope", resourceGroupName: "rg" }),
    ].flatMap((r) => resourceMessages(r)).filter((m) => m.includes("through type"));
    expect(messages).toEqual([
      `Saas subscription level 'offer' sends data to the publisher of this Marketplace SaaS offer (outside Azure) through type saas:SaasSubscriptionLevel, because a Marketplace SaaS subscription sends data to the offer's publisher, wherever it runs, ${OUTSIDE}. Use an Azure service that keeps the data inside the boundary instead, or add a reviewed exemption.`,
      `Professional service subscription level 'advice' sends data to the publisher of this Marketplace professional service (outside Azure) through type professionalservice:ProfessionalServiceSubscriptionLevel, because a professional-services subscription gives the publisher's staff the data it works on, ${OUTSIDE}. Use a supplier bound to the boundary by contract instead, or add a reviewed exemption.`,
      `S3 bucket 'bucket' sends data to Amazon Web Services (outside Azure) through type awsconnector:S3Bucket, because the resource describes an AWS resource, whose data lives in AWS, ${OUTSIDE}. Use an Azure resource inside the boundary instead, or add a reviewed exemption.`,
    ]);
  });

  it("matches locally generated packages and the classic provider", () => {
    const local = resource("azure-native_dynatrace_v20230427:dynatrace:Monitor", "dt", { location: "westeurope", resourceGroupName: "rg" });
    const classic = resource("azure:paloalto/localRulestack:LocalRulestack", "fw", { location: "westeurope", resourceGroupName: "rg" });
    expect([...resourceMessages(local), ...resourceMessages(classic)]).toEqual([
      `Monitor 'dt' sends data to the third-party publisher Dynatrace (outside Azure) through type dynatrace:Monitor, ${OBSERVABILITY}, ${OUTSIDE}. ${MONITOR_FIX}`,
      `Local rulestack 'fw' sends data to the third-party publisher Palo Alto Networks (outside Azure) through type azure:paloalto:LocalRulestack, because network traffic is inspected by a firewall service that Palo Alto Networks runs, and its logs and rules are managed in the publisher's cloud, ${OUTSIDE}. Use Azure Firewall instead, or add a reviewed exemption.`,
    ]);
  });

  it("leaves first-party services alone", () => {
    for (const type of ["monitor:DiagnosticSetting", "mongocluster:MongoCluster", "marketplace:PrivateStoreCollection", "managementpartner:Partner"]) {
      expect(resourceMessages(resource(type, "x", { location: "westeurope", resourceGroupName: "rg", resourceUri: "/subscriptions/s" })).filter((m) => m.includes("third-party")), type).toEqual([]);
    }
  });

  it("keeps one row per module, each with a reason and an alternative", () => {
    const modules = THIRD_PARTY_SERVICES.flatMap((s) => s.modules);
    expect(new Set(modules).size).toBe(modules.length);
    for (const service of THIRD_PARTY_SERVICES) {
      expect(service.reason.length, service.armNamespace).toBeGreaterThan(20);
      expect(service.alternative.length, service.armNamespace).toBeGreaterThan(5);
    }
  });
});

describe("diagnostic settings streaming to a Marketplace partner (V19, V34)", () => {
  const partnerFix = "Remove marketplacePartnerId and send the logs to a Log Analytics workspace inside the boundary, or add a reviewed exemption.";

  it("names the partner behind a known id", () => {
    const diag = resource("monitor:DiagnosticSetting", "diag", { resourceUri: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/app", marketplacePartnerId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Datadog/monitors/dd" });
    expect(resourceMessages(diag)).toEqual([
      `Diagnostic setting 'diag' sends logs to the third-party publisher Datadog (outside Azure) through marketplacePartnerId /subscriptions/s/resourceGroups/rg/providers/Microsoft.Datadog/monitors/dd, because a Marketplace partner keeps the logs in its own cloud, ${OUTSIDE}. ${partnerFix}`,
    ]);
  });

  it("reports any partner id, even unknown at preview", () => {
    const diag = resource("monitor:SubscriptionDiagnosticSetting", "diag", { marketplacePartnerId: UNKNOWN });
    expect(resourceMessages(diag)).toEqual([
      `Subscription diagnostic setting 'diag' sends logs to a third-party Marketplace partner (outside Azure) through marketplacePartnerId (unknown at preview), because a Marketplace partner keeps the logs in its own cloud, ${OUTSIDE}. ${partnerFix}`,
    ]);
  });

  it("says nothing when no partner is set", () => {
    expect(resourceMessages(resource("monitor:ManagementGroupDiagnosticSetting", "diag", { managementGroupId: "mg" }))).toEqual([]);
  });
});
