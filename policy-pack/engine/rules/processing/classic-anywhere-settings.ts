import { AnywhereSetting } from "./anywhere";
import { STATIC_ASSETS_ANYWHERE } from "./anywhere-settings";

/**
 * Classic `@pulumi/azure` settings that process data at places no region names (vectors.md V31). Both classic
 * Static Web App types (`StaticSite`, the older name, and `StaticWebApp`, in 5.x and 6.x) serve their static
 * assets from points of presence around the world, judged exactly like `web:StaticSite`; classic has no
 * `enterpriseGradeCdnStatus`. docs/coverage/processing.md lists the same rows.
 */
export const CLASSIC_ANYWHERE_SETTINGS: readonly AnywhereSetting[] = [
  // V31
  { type: "azure:appservice:StaticSite", ...STATIC_ASSETS_ANYWHERE },
  // V31
  { type: "azure:appservice:StaticWebApp", ...STATIC_ASSETS_ANYWHERE },
];
