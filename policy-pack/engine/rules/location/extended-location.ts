import { Rule } from "../../types";
import { read, showValue } from "../../values";

/**
 * V04: `extendedLocation` (136 types) runs the resource at an Azure Edge Zone or an Arc custom location instead
 * of its region. Edge-zone names are city codes that no Microsoft list ties to a country, and a custom location is
 * an on-premises site, so any extended location is not proven inside the boundary (the safe side).
 */
export const extendedLocationRule: Rule = {
  id: "extended-location",
  family: "location",
  appliesTo: () => true,
  findings(context) {
    const name = read(context.resource.props, "extendedLocation.name");
    if (name.state === "absent" && read(context.resource.props, "extendedLocation").state === "absent") return [];
    return [{
      rule: "extended-location",
      what: "runs at",
      path: "extendedLocation.name",
      seen: showValue(name),
      via: "because edge zones and Arc custom locations run outside the region, and no catalogue proves which country they are in",
      verdict: "unproven",
      fix: "Remove extendedLocation to run in the region itself, or add a reviewed exemption for the edge site.",
      viaStack: false,
    }];
  },
};
