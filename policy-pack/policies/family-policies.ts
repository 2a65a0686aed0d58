import { PolicyFamily } from "../engine";

/**
 * The policy that owns each family of places. Resource policies carry these names; the `boundary` stack policy
 * prefixes the messages it reports with them, so that a reviewer (and an exemption) always names the concern.
 */
export const FAMILY_POLICIES: Readonly<Record<PolicyFamily, string>> = {
  location: "location-in-boundary",
  replication: "replication-in-boundary",
  processing: "processing-in-boundary",
  "data-location": "data-location-in-boundary",
  telemetry: "telemetry-in-boundary",
  "third-party": "third-party-egress-blocked",
  opaque: "opaque-deployment-proven",
  transit: "network-transit-in-boundary",
};
