export { CustomerKeyVaults } from "./customer-key-vaults";
export type { CustomerKeyVaultsArgs } from "./customer-key-vaults";
export { CUSTOMER_KEY_PERMISSIONS, CUSTOMER_KEY_ROLE, M365_APPLICATIONS, planCustomerKeyVaults } from "./customer-key-args";
export type { M365Application } from "./customer-key-args";
