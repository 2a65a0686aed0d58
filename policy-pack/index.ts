import { PolicyPack } from "@pulumi/policy";
import { POLICIES } from "./policies";
import { installServiceHooks } from "./policies/service-hooks";

installServiceHooks();

new PolicyPack("data-boundary", {
  description: "Blocks any Azure change that would store, replicate or process data outside a European data boundary (EU Data Boundary, EU, or one country).",
  displayName: "Data boundary",
  enforcementLevel: "mandatory",
  policies: POLICIES,
});
