import { familyPolicy } from "./resource-policy";

/** V05-V18: geo-redundant copies, replicas and backups stay inside the boundary. */
export const replicationInBoundary = familyPolicy({
  family: "replication",
  description: "Geo-redundant copies, replicas and backups of a resource's data are kept only in regions inside the boundary.",
  severity: "critical",
  remediationSteps: "Choose a zone- or locally-redundant option, or a primary region whose pair is inside the boundary, and keep every replica region inside it.",
});
