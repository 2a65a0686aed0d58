import { ensurePackBuilt } from "../cli/pack/pack-build";
import { PACK_DIR } from "./helpers/pack";

/**
 * The tests start the pack as the CLI does, from its compiled `main`; `npm ci` builds it, and this rebuilds it when a
 * source was edited since, so that no test ever runs an older pack than the sources it reads.
 */
export default async function setup(): Promise<void> {
  await ensurePackBuilt(PACK_DIR, (line) => process.stderr.write(`${line}\n`));
}
