import * as pulumi from "@pulumi/pulumi";

/**
 * The app settings the DKE key service reads. The names in the first group are those of Microsoft's sample service
 * (Azure-Samples/DoubleKeyEncryptionService, `src/customer-key-store/appsettings.json`, `Startup.cs`,
 * `Models/RoleAuthorizer.cs`), written as App Service app settings: a nested key `A:B` becomes `A__B`, an array
 * entry `A:0`, `A__0` (ASP.NET Core configuration from environment variables; `:` is not allowed in a Linux app
 * setting name). The `DkeKey__*` group is this component's own: the sample keeps its test keys, private key
 * included, in `TestKeys` and ships no Key Vault or Managed HSM key store, so a production key store built from it
 * reads these instead (the same field names as `TestKeys`, without any private key).
 */
export const DKE_APP_SETTINGS = {
  /** Sample: the token audience, `https://aadrm.com` (Azure Rights Management). */
  jwtAudience: "JwtAudience",
  /** Sample: the authorization endpoint returned with a 401 challenge. */
  jwtAuthorization: "JwtAuthorization",
  /** Sample: `AzureAd:TokenValidationParameters:ValidIssuers`, one issuer per allowed tenant. */
  validIssuersPrefix: "AzureAd__TokenValidationParameters__ValidIssuers__",
  /** Sample: `RoleAuthorizer:LDAPPath`, where the role authorizer looks up the user's groups. */
  ldapPath: "RoleAuthorizer__LDAPPath",
  /** Component: the DKE key name, the last segment of the key URL in the sensitivity label. */
  keyName: "DkeKey__Name",
  /** Component: the key identifier in the Managed HSM or Key Vault (versionless unless pinned). */
  keyUri: "DkeKey__KeyUri",
  /** Component: `managedHsm` or `keyVault`. */
  keyStore: "DkeKey__KeyStore",
  /** Component: the users allowed to use the key, as in the sample's `TestKeys:n:AuthorizedEmailAddress`. */
  authorizedEmailAddressPrefix: "DkeKey__AuthorizedEmailAddress__",
  /** Component: the groups allowed to use the key, as in the sample's `TestKeys:n:AuthorizedRoles`. */
  authorizedRolePrefix: "DkeKey__AuthorizedRoles__",
  /** App Service: run the app from this package (zip) URL. */
  runFromPackage: "WEBSITE_RUN_FROM_PACKAGE",
} as const;

/** The sample's `JwtAudience`: Azure Rights Management, the audience of the tokens Office clients send. */
export const DKE_JWT_AUDIENCE = "https://aadrm.com";

/** The sample's `JwtAuthorization`. */
export const DKE_JWT_AUTHORIZATION = "https://login.windows.net/common/oauth2/authorize";

/** The token issuer of a tenant, in the form the sample's `ValidIssuers` lists (`https://sts.windows.net/<tenant id>/`). */
export function tenantIssuer(tenantId: pulumi.Input<string>): pulumi.Input<string> {
  return typeof tenantId === "string" ? `https://sts.windows.net/${tenantId}/` : pulumi.output(tenantId).apply((t) => `https://sts.windows.net/${t}/`);
}

/** What the app settings are built from. */
export interface DkeSettingsInput {
  readonly keyName: string;
  readonly keyId: pulumi.Input<string>;
  readonly keyStore: "managedHsm" | "keyVault";
  readonly allowedTenantIds: readonly pulumi.Input<string>[];
  readonly authorizedEmailAddresses?: readonly string[];
  readonly authorizedRoles?: readonly string[];
  readonly ldapPath?: string;
  readonly packageUrl?: pulumi.Input<string>;
  readonly extra?: Readonly<Record<string, pulumi.Input<string>>>;
}

/** One app setting. */
export interface AppSetting {
  readonly name: string;
  readonly value: pulumi.Input<string>;
}

/** The app settings, in a fixed order: the sample's, the key's, the package, then the caller's extra ones. */
export function dkeAppSettings(input: DkeSettingsInput): AppSetting[] {
  const s = DKE_APP_SETTINGS;
  const settings: AppSetting[] = [
    { name: s.jwtAudience, value: DKE_JWT_AUDIENCE },
    { name: s.jwtAuthorization, value: DKE_JWT_AUTHORIZATION },
    ...input.allowedTenantIds.map((t, i) => ({ name: `${s.validIssuersPrefix}${i}`, value: tenantIssuer(t) })),
    ...(input.ldapPath !== undefined ? [{ name: s.ldapPath, value: input.ldapPath }] : []),
    { name: s.keyName, value: input.keyName },
    { name: s.keyUri, value: input.keyId },
    { name: s.keyStore, value: input.keyStore },
    ...(input.authorizedEmailAddresses ?? []).map((e, i) => ({ name: `${s.authorizedEmailAddressPrefix}${i}`, value: e })),
    ...(input.authorizedRoles ?? []).map((r, i) => ({ name: `${s.authorizedRolePrefix}${i}`, value: r })),
    ...(input.packageUrl !== undefined ? [{ name: s.runFromPackage, value: input.packageUrl }] : []),
  ];
  return [...settings, ...Object.entries(input.extra ?? {}).map(([name, value]) => ({ name, value }))];
}

/** True when `name` is one the component sets itself (case-insensitive, as App Service compares names). */
export function isComponentSetting(name: string): boolean {
  const lower = name.toLowerCase();
  const s = DKE_APP_SETTINGS;
  const exact = [s.jwtAudience, s.jwtAuthorization, s.ldapPath, s.runFromPackage].map((n) => n.toLowerCase());
  const prefixes = [s.validIssuersPrefix, "DkeKey__"].map((n) => n.toLowerCase());
  return exact.includes(lower) || prefixes.some((p) => lower.startsWith(p));
}
