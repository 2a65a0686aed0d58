import * as path from "path";
import { PackSettings, parseSettings } from "../../policy-pack/policies/settings";
import { CliError } from "../cli-error";
import { PACKAGE_ROOT } from "../package-root";
import { PolicyPackConfigFile, toConfigureRequest } from "../policy-config";
import { AnalyzerInfo } from "./analyzer-client";
import { ensurePackBuilt } from "./pack-build";
import { RunningPack, startPolicyPack } from "./start-pack";

/** The default `--policy-pack`: the pack shipped with this CLI, `policy-pack/` of the repository or the installed package. */
export const DEFAULT_PACK_DIR = path.join(PACKAGE_ROOT, "policy-pack");

/** Which pack to start and how to configure it. */
export interface PackRequest {
  /** The pack directory; default {@link DEFAULT_PACK_DIR}. */
  readonly packDir?: string;
  /** The parsed `--policy-config` file; `{}` for the pack's defaults. */
  readonly policyConfig: PolicyPackConfigFile;
  /** Progress lines for long runs. */
  readonly onProgress?: (line: string) => void;
}

/** The pack-wide settings of the config file, validated by the pack's own rules before anything runs. */
export function packSettings(policyConfig: PolicyPackConfigFile): PackSettings {
  try {
    return parseSettings((policyConfig.boundary ?? {}) as Record<string, unknown>);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

/** Starts the pack as the CLI does (rebuilding a stale compiled pack first), and configures it once it serves. */
export async function startConfiguredPack(request: PackRequest): Promise<{ pack: RunningPack; info: AnalyzerInfo }> {
  const packDir = request.packDir ?? DEFAULT_PACK_DIR;
  await ensurePackBuilt(packDir, request.onProgress);
  const pack = await startPolicyPack(packDir);
  try {
    const info = await pack.client.getAnalyzerInfo();
    await pack.client.configure(toConfigureRequest(request.policyConfig, info));
    return { pack, info };
  } catch (error) {
    await pack.stop();
    throw error;
  }
}
