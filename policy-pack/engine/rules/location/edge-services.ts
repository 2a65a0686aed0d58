import { Rule } from "../../types";
import { read, showValue } from "../../values";
import { GLOBAL_SERVICES, GlobalServiceRow } from "./global-services";

const RULE = "edge-points-of-presence";

/** Where an edge service keeps and handles the data, as messages name it. */
const EDGE_PLACE = "global points of presence";

/** The fix for every edge service: what is allowed (nothing but an exemption), and the regional alternative. */
const EDGE_FIX =
  "No location keeps it inside the boundary, so only a reviewed location-in-boundary exemption (docs/exemptions.md) can allow it; otherwise serve the content from a regional service inside the boundary, such as an Application Gateway or a storage static website.";

const EDGE_ROWS: ReadonlyMap<string, GlobalServiceRow> = new Map(
  GLOBAL_SERVICES.filter((row) => row.treatment === "edge").map((row) => [row.type, row]),
);

/**
 * V03: Front Door, CDN, their edge WAF policies and edge actions serve, cache or inspect content at points of
 * presence around the world, whatever their `location` says (the provider defaults it to the stack's region):
 * outside the boundary at any location, `global` included. Only a reviewed exemption allows them.
 */
export const edgeServiceRule: Rule = {
  id: RULE,
  family: "location",
  appliesTo: (token) => EDGE_ROWS.has(token.key),
  findings(context) {
    const row = EDGE_ROWS.get(context.token.key)!;
    return [{
      rule: RULE,
      what: row.what!,
      place: EDGE_PLACE,
      path: "location",
      seen: showValue(read(context.resource.props, "location")),
      via: `because ${row.why}`,
      verdict: "outside",
      fix: EDGE_FIX,
      viaStack: false,
    }];
  },
};
