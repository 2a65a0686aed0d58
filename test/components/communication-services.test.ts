import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveBoundary } from "../../policy-pack/engine";
import { BoundaryViolationError } from "../../components/boundary";
import { CommunicationServices, CommunicationServicesArgs } from "../../components/communication/communication-services";
import { allowedDataLocations } from "../../components/communication/data-location";
import { ComponentArgumentError } from "../../components/shared/errors";
import { resourceMessages } from "../helpers/evaluate";
import { resource } from "../helpers/facts";
import { children, findRecorded, recorded, resetRecorded, setRecordingMocks, settled, thrownBy, unwrap } from "../helpers/mocks";

const SERVICE = "azure-native:communication:CommunicationService";
const EMAIL = "azure-native:communication:EmailService";
const DOMAIN = "azure-native:communication:Domain";
const LOCK = "azure-native:authorization:ManagementLockByScope";
const ROLE = "azure-native:authorization:RoleAssignment";
const DIAG = "azure-native:monitor:DiagnosticSetting";
const EUDB = resolveBoundary({});
const DE = resolveBoundary({ preset: "de" });
const LAW = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law";
const UAI = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/acs";

beforeAll(async () => {
  pulumi.runtime.setAllConfig({ "data-boundary:preset": "de" });
  await setRecordingMocks();
});
beforeEach(() => resetRecorded());

async function build(name: string, args: CommunicationServicesArgs): Promise<CommunicationServices> {
  const component = new CommunicationServices(name, args);
  await settled();
  return component;
}

function childList(): [string, string][] {
  return children().map((c): [string, string] => [c.type, c.name]).sort((a, b) => a[1].localeCompare(b[1]));
}

function expectPackPasses(boundary = DE): void {
  for (const child of children()) expect(resourceMessages(resource(child.type, child.name, child.inputs), boundary)).toEqual([]);
}

describe("CommunicationServices", () => {
  it("defaults: global resources with dataLocation Germany from the stack's boundary (de), Email service, key auth off", async () => {
    const acs = await build("acs", { resourceGroupName: "rg" });
    expect(recorded[0]).toMatchObject({ type: "data-boundary:index:CommunicationServices", name: "acs", custom: false });
    expect(childList()).toEqual([
      [SERVICE, "acs"],
      [EMAIL, "acs-email"],
    ]);
    const urn = "urn:pulumi:stack::project::data-boundary:index:CommunicationServices::acs";
    expect(children().every((c) => c.parent === urn)).toBe(true);
    expect(findRecorded(EMAIL, "acs-email").inputs).toEqual({ resourceGroupName: "rg", location: "global", dataLocation: "Germany" });
    expect(findRecorded(SERVICE, "acs").inputs).toEqual({ resourceGroupName: "rg", location: "global", dataLocation: "Germany", disableLocalAuth: true });
    expect(acs.dataLocation).toBe("Germany");
    expect(await unwrap(acs.resourceId)).toBe("/mock/CommunicationService/acs");
    expect(await unwrap(acs.emailServiceResourceId!)).toBe("/mock/EmailService/acs-email");
    expect(acs.emailDomainResourceId).toBeUndefined();
    expectPackPasses();
  });

  it("waf-aligned: EU Data Boundary, own sender domain, system identity, diagnostics and a delete lock", async () => {
    const acs = await build("acs", {
      resourceGroupName: "rg",
      boundary: "eudb",
      tags: { env: "prod" },
      emailDomain: { management: "CustomerManaged", domainName: "mail.contoso.eu" },
      managedIdentities: { systemAssigned: true },
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "westeurope" }],
      lock: { kind: "CanNotDelete" },
    });
    expect(childList()).toEqual([
      [SERVICE, "acs"],
      [DIAG, "acs-diag-0"],
      [DOMAIN, "acs-domain"],
      [EMAIL, "acs-email"],
      [LOCK, "acs-lock"],
    ]);
    expect(findRecorded(DOMAIN, "acs-domain").inputs).toEqual({
      resourceGroupName: "rg",
      emailServiceName: "acs-email",
      location: "global",
      domainName: "mail.contoso.eu",
      domainManagement: "CustomerManaged",
      userEngagementTracking: "Disabled",
      tags: { env: "prod" },
    });
    expect(findRecorded(SERVICE, "acs").inputs).toEqual({
      resourceGroupName: "rg",
      location: "global",
      dataLocation: "Europe",
      disableLocalAuth: true,
      identity: { type: "SystemAssigned" },
      linkedDomains: ["/mock/Domain/acs-domain"],
      tags: { env: "prod" },
    });
    expect(findRecorded(EMAIL, "acs-email").inputs.dataLocation).toBe("Europe");
    expect(findRecorded(DIAG, "acs-diag-0").inputs.resourceUri).toBe("/mock/CommunicationService/acs");
    expect(findRecorded(LOCK, "acs-lock").inputs).toEqual({ scope: "/mock/CommunicationService/acs", level: "CanNotDelete", lockName: "lock-acs", notes: "Cannot delete resource or child resources." });
    expect(await unwrap(acs.emailDomainResourceId!)).toBe("/mock/Domain/acs-domain");
    expectPackPasses(EUDB);
  });

  it("max: every interface, Switzerland chosen under eudb (any casing), Azure-managed domain with tracking", async () => {
    const acs = await build("acs", {
      resourceGroupName: "rg",
      boundary: "eudb",
      dataLocation: "switzerland",
      tags: { env: "prod" },
      disableLocalAuth: false,
      emailDomain: { management: "AzureManaged", userEngagementTracking: true },
      managedIdentities: { systemAssigned: true, userAssignedResourceIds: [UAI] },
      roleAssignments: [{ roleDefinitionIdOrName: "Contributor", principalId: "33333333-3333-3333-3333-333333333333" }],
      diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "switzerlandnorth" }],
      lock: { kind: "ReadOnly" },
    });
    expect(childList()).toEqual([
      [SERVICE, "acs"],
      [DIAG, "acs-diag-0"],
      [DOMAIN, "acs-domain"],
      [EMAIL, "acs-email"],
      [LOCK, "acs-lock"],
      [ROLE, "acs-role-0"],
    ]);
    expect(acs.dataLocation).toBe("Switzerland");
    expect(findRecorded(SERVICE, "acs").inputs).toEqual({
      resourceGroupName: "rg",
      location: "global",
      dataLocation: "Switzerland",
      disableLocalAuth: false,
      identity: { type: "SystemAssigned,UserAssigned", userAssignedIdentities: [UAI] },
      linkedDomains: ["/mock/Domain/acs-domain"],
      tags: { env: "prod" },
    });
    expect(findRecorded(DOMAIN, "acs-domain").inputs).toMatchObject({ domainName: "AzureManagedDomain", domainManagement: "AzureManaged", userEngagementTracking: "Enabled" });
    expect(findRecorded(EMAIL, "acs-email").inputs).toEqual({ resourceGroupName: "rg", location: "global", dataLocation: "Switzerland", tags: { env: "prod" } });
    expect(findRecorded(ROLE, "acs-role-0").inputs).toMatchObject({
      scope: "/mock/CommunicationService/acs",
      principalId: "33333333-3333-3333-3333-333333333333",
      roleDefinitionId: "/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c",
    });
    expect(findRecorded(LOCK, "acs-lock").inputs.level).toBe("ReadOnly");
    expectPackPasses(EUDB);
  });

  it("email: false creates only the Communication Services resource", async () => {
    await build("acs", { resourceGroupName: "rg", email: false });
    expect(childList()).toEqual([[SERVICE, "acs"]]);
  });

  it("maps each boundary to its data locations, default first", () => {
    const presets: [string, string[]][] = [
      ["eudb", ["Europe", "France", "Germany", "Norway", "Switzerland"]],
      ["eu", ["Europe", "France", "Germany"]],
      ["ch", ["Switzerland"]],
      ["de", ["Germany"]],
      ["fr", ["France"]],
      ["no", ["Norway"]],
      ["nl", []],
      ["ie", []],
      ["se", []],
      ["pl", []],
    ];
    expect(presets.map(([preset]) => [preset, allowedDataLocations(resolveBoundary({ preset }))])).toEqual(presets);
    // A custom region list never proves a country-level value inside (the pack's judgeCountries).
    expect(allowedDataLocations(resolveBoundary({ preset: "custom", regions: ["switzerlandnorth", "switzerlandwest"] }))).toEqual([]);
    expect(allowedDataLocations(resolveBoundary({ preset: "custom", regions: ["westeurope", "northeurope"] }))).toEqual([]);
    expect(allowedDataLocations(resolveBoundary({ preset: "custom", regions: ["germanywestcentral", "francecentral"] }))).toEqual([]);
  });

  describe("construction errors register nothing", () => {
    const cases: [string, CommunicationServicesArgs, Function, string][] = [
      [
        "a single country without a data location (nl)",
        { resourceGroupName: "rg", boundary: "nl" },
        ComponentArgumentError,
        "CommunicationServices 'bad' cannot keep its data inside the Netherlands: Communication Services stores data at rest in a dataLocation geography (in Europe: Europe, France, Germany, Norway or Switzerland), and none of them is proven inside the Netherlands. Use a boundary with a matching dataLocation (eu, eudb, ch, de, fr or no), or host this workload outside Communication Services.",
      ],
      [
        "a custom boundary across countries",
        { resourceGroupName: "rg", boundary: "custom", boundaryRegions: ["westeurope", "northeurope"] },
        ComponentArgumentError,
        "CommunicationServices 'bad' cannot keep its data inside the custom boundary (northeurope, westeurope): Communication Services stores data at rest in a dataLocation geography (in Europe: Europe, France, Germany, Norway or Switzerland), and none of them is proven inside the custom boundary (northeurope, westeurope). Use a boundary with a matching dataLocation (eu, eudb, ch, de, fr or no), or host this workload outside Communication Services.",
      ],
      [
        "United Kingdom",
        { resourceGroupName: "rg", boundary: "eudb", dataLocation: "United Kingdom" },
        BoundaryViolationError,
        "Communication Services resource 'bad' stores data in United Kingdom (vocabulary value, United Kingdom) through dataLocation United Kingdom, outside the EU Data Boundary (EU + EFTA). Set dataLocation to Europe, or to France, Germany, Norway or Switzerland.",
      ],
      [
        "Europe under a single country",
        { resourceGroupName: "rg", dataLocation: "Europe" },
        BoundaryViolationError,
        "Communication Services resource 'bad' stores data in Europe (vocabulary value, EU member states; which ones is unverified) through dataLocation Europe, outside Germany. Set dataLocation to Germany.",
      ],
      [
        "a domain without the Email service",
        { resourceGroupName: "rg", email: false, emailDomain: { management: "AzureManaged" } },
        ComponentArgumentError,
        "CommunicationServices 'bad' has emailDomain but email set to false. Remove emailDomain, or let the component create the Email service.",
      ],
      [
        "an Azure-managed domain with a name of its own",
        { resourceGroupName: "rg", emailDomain: { management: "AzureManaged", domainName: "mail.contoso.de" } },
        ComponentArgumentError,
        "CommunicationServices 'bad' has an AzureManaged emailDomain named 'mail.contoso.de'; Azure names it AzureManagedDomain. Remove domainName, or use management CustomerManaged for your own domain.",
      ],
      [
        "a customer-managed domain without its name",
        { resourceGroupName: "rg", emailDomain: { management: "CustomerManaged" } },
        ComponentArgumentError,
        "CommunicationServices 'bad' has a CustomerManaged emailDomain without domainName. Set domainName to your sender domain, such as mail.contoso.com.",
      ],
      [
        "diagnostics outside the boundary",
        { resourceGroupName: "rg", diagnosticSettings: [{ workspaceResourceId: LAW, targetLocation: "westeurope" }] },
        BoundaryViolationError,
        "Diagnostic setting 'bad-diagnosticSettings' sends logs to westeurope (Netherlands) through targetLocation westeurope, outside Germany. Send diagnostics to a Log Analytics workspace, storage account or event hub in a region inside the boundary, such as germanywestcentral.",
      ],
    ];
    it.each(cases)("%s", async (_, args, errorType, message) => {
      const error = thrownBy(() => new CommunicationServices("bad", args));
      expect(error).toBeInstanceOf(errorType);
      expect(error.message).toBe(message);
      await settled();
      expect(recorded).toEqual([]);
    });
  });
});
