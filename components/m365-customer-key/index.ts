export { CustomerKeyVaults } from "./customer-key-vaults";
export type { CustomerKeyVaultsArgs, CustomerKeyVaultsOptions } from "./customer-key-vaults";
export {
  CUSTOMER_KEY_PERMISSIONS,
  CUSTOMER_KEY_ROLE,
  CustomerKeyPermissionModel,
  CustomerKeySize,
  M365_APPLICATIONS,
  planCustomerKeyVaults,
} from "./customer-key-args";
export type { CustomerKeyVaultNamesArgs, M365Application, Microsoft365ServicePrincipalsArgs } from "./customer-key-args";
