import { ComponentArgumentError } from "./errors";

/**
 * The built-in Azure roles the components know by name (AVM `roleDefinitionIdOrName`), kept small on purpose.
 *
 * Source: Microsoft Learn "Azure built-in roles" (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles),
 * cross-checked against the `builtInRoleNames` tables of the Azure Verified Modules (Azure/bicep-registry-modules,
 * `avm/res/{key-vault/vault,storage/storage-account,sql/server,document-db/database-account,cognitive-services/account}`).
 * Role definition GUIDs are the same in every tenant and subscription.
 */
export const BUILT_IN_ROLES: Readonly<Record<string, string>> = {
  // General
  Owner: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
  Contributor: "b24988ac-6180-42a0-ab88-20f7382dd24c",
  Reader: "acdd72a7-3385-48ef-bd42-f606fba81ae7",
  "User Access Administrator": "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
  "Role Based Access Control Administrator": "f58310d9-a9f6-439a-9e8d-f62e7b41a168",
  // Key Vault (RBAC data plane)
  "Key Vault Administrator": "00482a5a-887f-4fb3-b363-3b7fe8e74483",
  "Key Vault Contributor": "f25e0fa2-a7c8-4377-a976-54943a77a395",
  "Key Vault Crypto Officer": "14b46e9e-c2b7-41b4-b07b-48a6ebf60603",
  "Key Vault Crypto Service Encryption User": "e147488a-f6f5-4113-8e2d-b22465e65bf6",
  "Key Vault Crypto User": "12338af0-0e69-4776-bea7-57ae8d297424",
  "Key Vault Reader": "21090545-7ca7-4776-b22c-e363652d74d2",
  "Key Vault Secrets Officer": "b86a8fe4-44ce-4948-aee5-eccb2c155cd7",
  "Key Vault Secrets User": "4633458b-17de-408a-b874-0445c86b69e6",
  "Key Vault Certificates Officer": "a4417e6f-fecd-4de8-b567-7b0420556985",
  // Storage
  "Storage Account Contributor": "17d1049b-9a84-46fb-8f53-869881c3d3ab",
  "Storage Blob Data Owner": "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
  "Storage Blob Data Contributor": "ba92f5b4-2d11-453d-a403-e96b0029c9fe",
  "Storage Blob Data Reader": "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1",
  // Monitoring
  "Log Analytics Contributor": "92aaf0da-9dab-42b6-94a3-d43ce8d16293",
  "Log Analytics Reader": "73c42c96-874c-492b-b04d-ab87d138a893",
  "Monitoring Contributor": "749f88d5-cbae-40b8-bcfc-e573ddc772fa",
  "Monitoring Reader": "43d0d8ad-25c7-4714-9337-8ba259a9fe05",
  // Databases
  "Cosmos DB Account Reader Role": "fbdf93bf-df7d-467e-a4d2-9458aa1360c8",
  "Cosmos DB Operator": "230815da-be43-4aae-9cb4-875f7bd000aa",
  "DocumentDB Account Contributor": "5bd9cd88-fe45-4216-938b-f97437e15450",
  "SQL DB Contributor": "9b7fa17d-e63e-47b0-bb0a-15c516ac86ec",
  "SQL Server Contributor": "6d8ee4ec-f05a-4a1d-8b00-a9b17e38b437",
  "SQL Security Manager": "056cd41c-7e88-42e1-933e-88ba6a50c9c3",
  // AI services
  "Cognitive Services Contributor": "25fbc0a9-bd7c-42a3-aa1a-3b75d497ee68",
  "Cognitive Services User": "a97b65f3-24c7-4388-baec-2e87135dc908",
  "Cognitive Services OpenAI Contributor": "a001fd3d-188f-4b5d-821b-7da978bf7442",
  "Cognitive Services OpenAI User": "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd",
  "Azure AI Developer": "64702f94-c441-49e6-a78b-ef80e0188fee",
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROLE_ID = /\/providers\/Microsoft\.Authorization\/roleDefinitions\/([0-9a-f-]{36})$/i;

/** A role as the components resolve it: the GUID, and the full id when the caller gave one. */
export interface ResolvedRole {
  /** Role definition GUID. */
  readonly guid: string;
  /** The full role definition id as given, when the caller gave one; otherwise built from the scope's subscription. */
  readonly id?: string;
}

/**
 * Resolves `roleDefinitionIdOrName`: a name of {@link BUILT_IN_ROLES} (case-insensitive), a bare GUID, or a full
 * role definition id (`/subscriptions/.../providers/Microsoft.Authorization/roleDefinitions/<guid>` or
 * `/providers/Microsoft.Authorization/roleDefinitions/<guid>`). Anything else throws naming the known roles.
 */
export function resolveRole(roleDefinitionIdOrName: string): ResolvedRole {
  const value = roleDefinitionIdOrName.trim();
  const named = Object.entries(BUILT_IN_ROLES).find(([role]) => role.toLowerCase() === value.toLowerCase());
  if (named) return { guid: named[1] };
  if (GUID.test(value)) return { guid: value.toLowerCase() };
  const id = ROLE_ID.exec(value);
  if (id) return { guid: id[1].toLowerCase(), id: value };
  throw new ComponentArgumentError(
    `Role "${roleDefinitionIdOrName}" is not a built-in role name the components know, a role definition GUID or a role definition id. ` +
      `Use a role definition id, or one of: ${Object.keys(BUILT_IN_ROLES).join(", ")}.`,
  );
}

/**
 * The role definition id for `role` at `scope`: the caller's full id when given, else
 * `/subscriptions/<sub>/providers/Microsoft.Authorization/roleDefinitions/<guid>` with the subscription of the
 * scope (an ARM id), or the tenant-level form when the scope has no subscription.
 */
export function roleDefinitionIdAt(role: ResolvedRole, scope: string): string {
  if (role.id) return role.id;
  const subscription = /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1];
  const prefix = subscription ? `/subscriptions/${subscription}` : "";
  return `${prefix}/providers/Microsoft.Authorization/roleDefinitions/${role.guid}`;
}
