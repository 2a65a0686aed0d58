import { Policies } from "@pulumi/policy";
import { boundaryPolicy } from "./boundary-policy";
import { locationInBoundary } from "./location-in-boundary";
import { replicationInBoundary } from "./replication-in-boundary";

/** Every policy of the pack, in the order the CLI lists them. */
export const POLICIES: Policies = [boundaryPolicy, locationInBoundary, replicationInBoundary];
