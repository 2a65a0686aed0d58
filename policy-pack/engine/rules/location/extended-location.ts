import { TypeToken } from "../../tokens";
import { Rule } from "../../types";
import { read, showValue } from "../../values";

/** Where a provider's resources name the edge site they run at: the input, and the path of the site's name in it. */
interface EdgeSiteInput {
  readonly input: string;
  readonly path: string;
}

/**
 * azure-native's `extendedLocation` block (136 types), and the classic `@pulumi/azure` provider's `edgeZone`
 * string (12 types in 5.x, 13 in 6.x: virtual machines and scale sets, managed disks, network interfaces, public
 * IPs, load balancers, virtual networks and their gateways, Kubernetes clusters, storage accounts, and 6.x private
 * endpoints).
 */
const EDGE_SITE_INPUTS: Partial<Record<TypeToken["provider"], EdgeSiteInput>> = {
  "azure-native": { input: "extendedLocation", path: "extendedLocation.name" },
  azure: { input: "edgeZone", path: "edgeZone" },
};

/**
 * V04: `extendedLocation` (azure-native) or `edgeZone` (classic) runs the resource at an Azure Edge Zone or an Arc
 * custom location instead of its region. Edge-zone names are city codes that no Microsoft list ties to a country,
 * and a custom location is an on-premises site, so any extended location is not proven inside the boundary (the
 * safe side).
 */
export const extendedLocationRule: Rule = {
  id: "extended-location",
  family: "location",
  appliesTo: (token) => EDGE_SITE_INPUTS[token.provider] !== undefined,
  findings(context) {
    const { input, path } = EDGE_SITE_INPUTS[context.token.provider]!;
    const name = read(context.resource.props, path);
    if (name.state === "absent" && read(context.resource.props, input).state === "absent") return [];
    return [{
      rule: "extended-location",
      what: "runs at",
      path,
      seen: showValue(name),
      via: "because edge zones and Arc custom locations run outside the region, and no catalogue proves which country they are in",
      verdict: "unproven",
      fix: `Remove ${input} to run in the region itself, or add a reviewed exemption for the edge site.`,
      viaStack: false,
    }];
  },
};
