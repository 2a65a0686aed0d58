import type { ProgramConfig, RegisteredResource, WireProperties } from "./types";
import { PROVIDER_TYPE_PREFIX } from "./urn";
import { makeSecret } from "./wire-values";

/** What a resource asks of its package's provider (pulumi/pulumi `providers.ProviderRequest`). */
export interface ProviderRequest {
  /** Package name, e.g. `azure-native` (the parameterized name for a parameterized package). */
  pkg: string;
  /** Plugin version from the request (`version` option, set by every generated SDK), or "". */
  version: string;
  /** Plugin download URL from the request, or "". */
  pluginDownloadUrl: string;
}

/** Registers a provider resource with the given type, name and inputs and returns it. */
export type RegisterProvider = (type: string, name: string, inputs: WireProperties) => RegisteredResource;

/**
 * The engine's default providers (pulumi/pulumi `pkg/resource/deploy/source_eval.go`, `defaultProviders`).
 * The SDK never registers them: the first resource, read or invoke of a package without an explicit
 * provider makes the engine register `pulumi:providers:<package>` named `default[_<major>_<minor>_<patch>
 * [_<pre>...][_<build>...]][_<download url>]` (`ProviderRequest.DefaultName`), with the stack's
 * `<package>:*` config as inputs (strings, secure ones as secrets; `Target.GetPackageConfig`) plus
 * `version` and `pluginDownloadURL`. One provider per distinct request; it is registered before the
 * resource that caused it. `pulumi:disable-default-providers` (a JSON list of packages or `*`) refuses it.
 */
export class DefaultProviders {
  private readonly providers = new Map<string, RegisteredResource>();

  /**
   * @param config The stack configuration, the source of each default provider's inputs.
   * @param register Registers the provider resource when a package needs one the first time.
   */
  constructor(
    private readonly config: ProgramConfig,
    private readonly register: RegisterProvider,
  ) {}

  /**
   * The default provider for a request, registering it on first use.
   * @throws Error when the stack disables default providers for the package.
   */
  providerFor(request: ProviderRequest): RegisteredResource {
    const key = `${request.pkg}|${request.version}|${request.pluginDownloadUrl}`;
    const existing = this.providers.get(key);
    if (existing !== undefined) {
      return existing;
    }
    if (this.isDenied(request.pkg)) {
      throw new Error(
        `Default provider for '${request.pkg}' disabled (pulumi:disable-default-providers); ` +
          `resources of this package must use an explicit provider.`,
      );
    }
    const provider = this.register(
      `${PROVIDER_TYPE_PREFIX}${request.pkg}`,
      defaultProviderName(request),
      this.inputsFor(request),
    );
    this.providers.set(key, provider);
    return provider;
  }

  private inputsFor(request: ProviderRequest): WireProperties {
    const inputs: WireProperties = {};
    const prefix = `${request.pkg}:`;
    for (const [key, value] of Object.entries(this.config.values)) {
      if (key.startsWith(prefix)) {
        const name = key.slice(prefix.length);
        inputs[name] = this.config.secretKeys.includes(key) ? makeSecret(value) : value;
      }
    }
    if (request.version !== "") {
      inputs.version = request.version;
    }
    if (request.pluginDownloadUrl !== "") {
      inputs.pluginDownloadURL = request.pluginDownloadUrl;
    }
    return inputs;
  }

  private isDenied(pkg: string): boolean {
    const setting = this.config.values["pulumi:disable-default-providers"];
    if (pkg === "pulumi" || setting === undefined || setting.trim() === "") {
      return false;
    }
    let denied: unknown;
    try {
      denied = JSON.parse(setting);
    } catch {
      throw new Error(`Failed to parse pulumi:disable-default-providers: expected a JSON list, found ${setting}`);
    }
    return Array.isArray(denied) && denied.some((entry) => String(entry).trim() === "*" || String(entry).trim() === pkg);
  }
}

/** `default`, plus `_<major>_<minor>_<patch>` and pre-release/build parts, plus the download URL as a QName. */
export function defaultProviderName(request: ProviderRequest): string {
  let name = "default";
  const version = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/.exec(request.version);
  if (version !== null) {
    name += `_${version[1]}_${version[2]}_${version[3]}`;
    for (const part of [...(version[4]?.split(".") ?? []), ...(version[5]?.split(".") ?? [])]) {
      name += `_${part}`;
    }
  }
  if (request.pluginDownloadUrl !== "") {
    name += `_${request.pluginDownloadUrl.replace(/[^A-Za-z0-9_.]/g, "_")}`;
  }
  return name;
}
