import { AnywhereSetting } from "./anywhere";

const PLAYWRIGHT_AFFINITY = {
  path: "regionalAffinity",
  when: ["Enabled"],
  safe: ["Disabled"],
  unsetMatches: true,
  what: "runs cloud browsers for its test clients in",
  place: "the Azure region closest to each client",
  fix: "Set regionalAffinity to Disabled, so that browsers run in the workspace's own region.",
};

/** A static web app, whatever its settings: static assets are served from points of presence around the world (V31). */
export const STATIC_ASSETS_ANYWHERE: Omit<AnywhereSetting, "type"> = {
  path: "location",
  when: "always",
  safe: [],
  unsetMatches: true,
  what: "serves its static assets from",
  place: "points of presence around the world",
  fix: "Serve the site from a regional service inside the boundary (for example App Service, or a storage static website behind Application Gateway), or add a reviewed exemption.",
};

/**
 * Settings that process data at places no region names (vectors.md V31, V32). docs/coverage/processing.md lists
 * the same rows.
 */
export const ANYWHERE_SETTINGS: readonly AnywhereSetting[] = [
  { type: "web:StaticSite", ...STATIC_ASSETS_ANYWHERE },
  {
    type: "web:StaticSite",
    path: "enterpriseGradeCdnStatus",
    when: ["Enabled", "Enabling"],
    safe: ["Disabled", "Disabling"],
    unsetMatches: false,
    what: "caches content at",
    place: "Azure Front Door points of presence around the world",
    fix: "Set enterpriseGradeCdnStatus to Disabled.",
  },
  { type: "azureplaywrightservice:Account", ...PLAYWRIGHT_AFFINITY },
  { type: "loadtestservice:PlaywrightWorkspace", ...PLAYWRIGHT_AFFINITY },
];
