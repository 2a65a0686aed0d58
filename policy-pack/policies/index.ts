import { Policies } from "@pulumi/policy";
import { boundaryPolicy } from "./boundary-policy";
import { locationInBoundary } from "./location-in-boundary";
import { replicationInBoundary } from "./replication-in-boundary";
import { processingInBoundary } from "./processing-in-boundary";
import { dataLocationInBoundary } from "./data-location-in-boundary";
import { telemetryInBoundary } from "./telemetry-in-boundary";
import { thirdPartyEgressBlocked } from "./third-party-egress-blocked";
import { opaqueDeploymentProven } from "./opaque-deployment-proven";
import { networkTransitInBoundary } from "./network-transit-in-boundary";
import { exemptionsPolicy } from "./exemptions-policy";

/** Every policy of the pack, in the order the CLI lists them. */
export const POLICIES: Policies = [boundaryPolicy, locationInBoundary, replicationInBoundary, processingInBoundary, dataLocationInBoundary, telemetryInBoundary, thirdPartyEgressBlocked, opaqueDeploymentProven, networkTransitInBoundary, exemptionsPolicy];
