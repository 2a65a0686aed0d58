import * as communication from "@pulumi/azure-native/communication";
import { Boundary } from "../../policy-pack/engine";
import { DiagnosticsArgs, ManagedIdentitiesArgs, ResourceGroupChildArgs } from "../interfaces";
import { ComponentArgumentError } from "../shared/errors";
import { identityInput } from "../shared/identity";
import { resolveDataLocation } from "./data-location";

/** Who manages a sender domain: Azure (`*.azurecomm.net`) or you (your own domain, verified through DNS). */
export const EmailDomainManagement = { AzureManaged: "AzureManaged", CustomerManaged: "CustomerManaged" } as const;
/** One of `EmailDomainManagement`. */
export type EmailDomainManagement = (typeof EmailDomainManagement)[keyof typeof EmailDomainManagement];

/** The email sender domain of the Email service. */
export interface EmailDomainArgs {
  /**
   * Required. `AzureManaged`: a `*.azurecomm.net` domain Azure creates and verifies. `CustomerManaged`: your own
   * domain, verified through DNS records after creation.
   */
  readonly management: EmailDomainManagement;
  /** Conditional. Required for `CustomerManaged`: the domain, such as `mail.contoso.com`. Must be absent (or `AzureManagedDomain`) for `AzureManaged`. */
  readonly domainName?: string;
  /** Optional. Track email opens and link clicks, which collects recipient engagement data. Default `false`. */
  readonly userEngagementTracking?: boolean;
}

/** The inputs the builder reads. */
export interface CommunicationInputs extends ResourceGroupChildArgs, DiagnosticsArgs {
  readonly dataLocation?: string;
  readonly email?: boolean;
  readonly emailDomain?: EmailDomainArgs;
  readonly disableLocalAuth?: boolean;
  readonly managedIdentities?: ManagedIdentitiesArgs;
}

/** The children's inputs; the references between them (email service name, domain id) are added when created. */
export interface CommunicationPlan {
  readonly dataLocation: string;
  readonly service: communication.CommunicationServiceArgs;
  readonly email?: communication.EmailServiceArgs;
  readonly domain?: Omit<communication.DomainArgs, "emailServiceName">;
}

/** Communication Services resources are global; where their data rests is `dataLocation`. */
export const GLOBAL = "global";

function domainArgs(name: string, args: CommunicationInputs): CommunicationPlan["domain"] {
  const domain = args.emailDomain;
  if (!domain) return undefined;
  if (args.email === false) {
    throw new ComponentArgumentError(`CommunicationServices '${name}' has emailDomain but email set to false. Remove emailDomain, or let the component create the Email service.`);
  }
  if (domain.management === "CustomerManaged" && !domain.domainName) {
    throw new ComponentArgumentError(`CommunicationServices '${name}' has a CustomerManaged emailDomain without domainName. Set domainName to your sender domain, such as mail.contoso.com.`);
  }
  if (domain.management === "AzureManaged" && domain.domainName !== undefined && domain.domainName !== "AzureManagedDomain") {
    throw new ComponentArgumentError(`CommunicationServices '${name}' has an AzureManaged emailDomain named '${domain.domainName}'; Azure names it AzureManagedDomain. Remove domainName, or use management CustomerManaged for your own domain.`);
  }
  return {
    resourceGroupName: args.resourceGroupName,
    location: GLOBAL,
    domainName: domain.management === "AzureManaged" ? "AzureManagedDomain" : domain.domainName,
    domainManagement: domain.management,
    userEngagementTracking: domain.userEngagementTracking ? "Enabled" : "Disabled",
    tags: args.tags,
  };
}

/**
 * The inputs of the Communication Services resource, the Email service and its domain: location `global` (the only
 * value the service takes) and one `dataLocation` inside the boundary for both.
 */
export function buildCommunicationPlan(name: string, args: CommunicationInputs, boundary: Boundary): CommunicationPlan {
  const dataLocation = resolveDataLocation(name, args.dataLocation, boundary);
  const domain = domainArgs(name, args);
  const email = args.email === false ? undefined : { resourceGroupName: args.resourceGroupName, location: GLOBAL, dataLocation, tags: args.tags };
  const service: communication.CommunicationServiceArgs = {
    resourceGroupName: args.resourceGroupName,
    location: GLOBAL,
    dataLocation,
    disableLocalAuth: args.disableLocalAuth ?? true,
    identity: identityInput(args.managedIdentities, { kind: "Communication Services resource" }),
    tags: args.tags,
  };
  return { dataLocation, service, email, domain };
}
