export { PowerPlatformEnterprisePolicy } from "./enterprise-policy";
export type { PowerPlatformEnterprisePolicyArgs } from "./enterprise-policy";
export { allowedGeos as allowedPowerPlatformGeos, buildPowerPlatformEnterprisePolicyArgs, PowerPlatformPolicyKind } from "./enterprise-policy-args";
export type { PowerPlatformEncryptionArgs, PowerPlatformVirtualNetworkArgs } from "./enterprise-policy-args";
