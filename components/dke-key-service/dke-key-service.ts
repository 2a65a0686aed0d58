import * as pulumi from "@pulumi/pulumi";
import * as authorization from "@pulumi/azure-native/authorization";
import * as web from "@pulumi/azure-native/web";
import { chosenBoundary } from "../boundary";
import { componentType, withEarlierType } from "../token";
import { applyExtensions, resolveRole, roleAssignmentInputs } from "../shared";
import { buildDkeKeyServicePlan, DkeKeyArgs, DkeKeyServiceArgs } from "./dke-key-service-args";

/** The Azure role the web app's identity gets on a Key Vault key: get the public key and decrypt. */
export const DKE_KEY_VAULT_ROLE = "Key Vault Crypto User";

/**
 * The Managed HSM local role the web app's identity needs on a Managed HSM key (Microsoft Learn, "Local RBAC
 * built-in roles for Managed HSM": Managed HSM Crypto User, 21dbd100-6940-42c2-9190-5d6cb909625b). Local roles are
 * assigned on the HSM's data plane; azure-native has no resource for them.
 */
export const DKE_MANAGED_HSM_ROLE = "Managed HSM Crypto User";

/** The scope of the Key Vault role: the key itself when its name can be read from the key id, else the vault. */
export function keyVaultKeyScope(keyVaultResourceId: string, keyId: string): string {
  const key = /\/keys\/([A-Za-z0-9-]+)/.exec(keyId)?.[1];
  return key ? `${keyVaultResourceId}/keys/${key}` : keyVaultResourceId;
}

/** The Azure CLI command that gives `principalId` the Managed HSM local role on the key of `keyId`. */
export function managedHsmKeyAccessCommand(keyId: string, principalId: string): string {
  const match = /^https:\/\/([a-z0-9-]+)\.managedhsm\.azure\.net\/keys\/([A-Za-z0-9-]+)/i.exec(keyId);
  const hsm = match?.[1] ?? "<hsm-name>";
  const scope = match ? `/keys/${match[2]}` : "/keys/<key-name>";
  return `az keyvault role assignment create --hsm-name ${hsm} --role "${DKE_MANAGED_HSM_ROLE}" --assignee-object-id ${principalId} --assignee-principal-type ServicePrincipal --scope ${scope}`;
}

/**
 * Hosting for a Double Key Encryption (DKE) key service inside the boundary: a Linux App Service plan (zone-redundant
 * where the region has zones) and an HTTPS-only web app (TLS 1.2, FTP off, system-assigned identity) running the
 * customer's key-service artefact, configured with its key (Managed HSM or Key Vault Premium) and the tenants,
 * users or groups allowed to use it. Infrastructure only: the application is the customer's.
 */
export class DkeKeyService extends pulumi.ComponentResource {
  /** Azure name of the web app. */
  public readonly name: pulumi.Output<string>;
  /** Resource id of the web app. */
  public readonly resourceId: pulumi.Output<string>;
  /** Resource id of the App Service plan. */
  public readonly planResourceId: pulumi.Output<string>;
  /** The web app's default host name. */
  public readonly defaultHostName: pulumi.Output<string>;
  /** The key URL for the sensitivity label's Double Key Encryption setting: `https://<defaultHostName>/<key name>`. */
  public readonly endpoint: pulumi.Output<string>;
  /** Principal id of the web app's system-assigned identity (the identity that uses the key). */
  public readonly systemAssignedMIPrincipalId: pulumi.Output<string>;
  /** Managed HSM keys only: the command that grants the identity Managed HSM Crypto User on the key (run it after activation). */
  public readonly keyAccessCommand: pulumi.Output<string | undefined>;

  /**
   * @param name The unique name of the component; the web app child is named the same, the plan `<name>-plan`.
   * @param args The hosting's inputs; a value outside the boundary throws before anything registers.
   * @param opts Options of the component; children get `{ parent: this }`.
   */
  constructor(name: string, args: DkeKeyServiceArgs, opts?: pulumi.ComponentResourceOptions) {
    const boundary = chosenBoundary(args);
    const planned = buildDkeKeyServicePlan(name, args, boundary);
    super(componentType("DkeKeyService"), name, {}, withEarlierType("DkeKeyService", opts));

    const plan = new web.AppServicePlan(`${name}-plan`, planned.plan, { parent: this });
    const site = new web.WebApp(name, { ...planned.site, serverFarmId: plan.id }, { parent: this });
    const principalId = site.identity.apply((i) => i?.principalId ?? "");
    const keyAccess = this.keyVaultAccess(name, args.key, principalId);
    applyExtensions(this, name, site.id, args, boundary, undefined, keyAccess ? [keyAccess] : []);

    this.name = site.name;
    this.resourceId = site.id;
    this.planResourceId = plan.id;
    this.defaultHostName = site.defaultHostName;
    this.endpoint = pulumi.interpolate`https://${site.defaultHostName}/${args.key.name}`;
    this.systemAssignedMIPrincipalId = principalId;
    this.keyAccessCommand = args.key.store === "managedHsm"
      ? pulumi.all([args.key.keyId, principalId]).apply(([keyId, p]) => managedHsmKeyAccessCommand(keyId, p))
      : pulumi.output(undefined);
    this.registerOutputs({
      name: this.name,
      resourceId: this.resourceId,
      planResourceId: this.planResourceId,
      defaultHostName: this.defaultHostName,
      endpoint: this.endpoint,
      systemAssignedMIPrincipalId: this.systemAssignedMIPrincipalId,
      keyAccessCommand: this.keyAccessCommand,
    });
  }

  /** Key Vault keys: Key Vault Crypto User for the web app's identity on the key, `<name>-key-access`. */
  private keyVaultAccess(name: string, key: DkeKeyArgs, principalId: pulumi.Output<string>): authorization.RoleAssignment | undefined {
    if (key.store !== "keyVault" || key.keyVaultResourceId === undefined) return undefined;
    const scope = pulumi.all([key.keyVaultResourceId, key.keyId]).apply(([vault, keyId]) => keyVaultKeyScope(vault, keyId));
    const assignment = { roleDefinitionIdOrName: DKE_KEY_VAULT_ROLE, principalId, principalType: "ServicePrincipal" as const, description: `DKE key service '${name}': use key ${key.name}` };
    return new authorization.RoleAssignment(`${name}-key-access`, roleAssignmentInputs(scope, assignment, resolveRole(DKE_KEY_VAULT_ROLE)), { parent: this });
  }
}
