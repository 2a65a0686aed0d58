export { AiServicesAccount, AiServicesKind, AiVersionUpgradeOption } from "./ai-services-account";
export type { AiServicesAccountArgs, AiModelArgs, AiModelDeploymentArgs, AiServicesCustomerManagedKeyArgs } from "./ai-services-account";
export { buildAccountArgs as buildAiServicesAccountArgs, buildDeployments as buildAiModelDeployments } from "./build";
export { dataZoneAllowed, defaultDeploymentSku } from "./deployment-skus";
