export { CommunicationServices, EmailDomainManagement } from "./communication-services";
export type { CommunicationServicesArgs, EmailDomainArgs } from "./communication-services";
export { buildCommunicationPlan } from "./build";
export type { CommunicationPlan } from "./build";
export { allowedDataLocations } from "./data-location";
