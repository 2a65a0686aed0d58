import { describe, expect, it } from "vitest";
import { evaluateResource, Place } from "../../policy-pack/engine";
import { decide, forbids, isOutsideEuEfta, matchesResource } from "../../policy-pack/policies/exemptions-match";
import {
  exemptedMessage,
  parseExempted,
  parseUnused,
  unusedMessage,
} from "../../policy-pack/policies/exemptions-messages";
import { parseSettings } from "../../policy-pack/policies/settings";
import { resource } from "../helpers/facts";

/** A clock for the tests: noon UTC on 1 June 2026. */
const NOW = new Date("2026-06-01T12:00:00Z");

const VALID = {
  policy: "location-in-boundary",
  resource: { type: "azure-native:cdn:Profile", name: "edge" },
  reason: "The edge only caches public marketing assets",
  expires: "2027-03-31",
  approvedBy: "Jane Doe",
};

function errorOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

const withExemption =
  (entry: unknown, extra: Record<string, unknown> = {}, now = NOW) =>
  () =>
    parseSettings({ exemptions: [entry], ...extra }, now);

describe("exemption validation at Configure: one error naming the entry, the field, the value and the expected form", () => {
  const POLICIES =
    "location-in-boundary, replication-in-boundary, processing-in-boundary, data-location-in-boundary, telemetry-in-boundary, third-party-egress-blocked, opaque-deployment-proven, network-transit-in-boundary";
  const cases: [string, () => unknown, string][] = [
    [
      "a list",
      () => parseSettings({ exemptions: { policy: "x" } }, NOW),
      'boundary.exemptions is {"policy":"x"}; expected a list of exemptions, each with policy, resource, reason, expires and approvedBy or ticket.',
    ],
    [
      "an object per entry",
      withExemption("edge"),
      'boundary.exemptions[0] is "edge"; expected an object with policy, resource, reason, expires and approvedBy or ticket.',
    ],
    [
      "known fields",
      withExemption({ ...VALID, owner: "me" }),
      "boundary.exemptions[0].owner is not a field of an exemption; expected only policy, resource, reason, expires, approvedBy, ticket.",
    ],
    [
      "a policy",
      withExemption({ ...VALID, policy: undefined }),
      `boundary.exemptions[0].policy is missing; expected one of ${POLICIES}.`,
    ],
    [
      "a known policy",
      withExemption({ ...VALID, policy: "allowed-locations" }),
      `boundary.exemptions[0].policy is "allowed-locations"; expected one of ${POLICIES}.`,
    ],
    [
      "the owning policy, not boundary",
      withExemption({ ...VALID, policy: "boundary" }),
      `boundary.exemptions[0].policy is "boundary"; expected the policy named in brackets at the start of the boundary policy's message, one of ${POLICIES}.`,
    ],
    [
      "a resource",
      withExemption({ ...VALID, resource: undefined }),
      'boundary.exemptions[0].resource is missing; expected "urn:pulumi:*::*::azure-native:cdn:Profile::edge" or {"type": "azure-native:cdn:Profile", "name": "edge"} (* matches any characters).',
    ],
    [
      "a URN",
      withExemption({ ...VALID, resource: "edge" }),
      'boundary.exemptions[0].resource is "edge"; expected a URN pattern of the form urn:pulumi:<stack>::<project>::<type>::<name>, such as "urn:pulumi:*::*::azure-native:cdn:Profile::edge".',
    ],
    [
      "a URN naming a module",
      withExemption({ ...VALID, resource: "urn:pulumi:*::*::*::edge" }),
      'boundary.exemptions[0].resource is "urn:pulumi:*::*::*::edge"; expected a URN whose type spells out its module, such as "urn:pulumi:*::*::azure-native:cdn:Profile::edge", so that an exemption never covers every service.',
    ],
    [
      "type and name only",
      withExemption({ ...VALID, resource: { type: "azure-native:cdn:Profile", name: "edge", urn: "x" } }),
      "boundary.exemptions[0].resource.urn is not a field of a resource pattern; expected only type, name.",
    ],
    [
      "a type",
      withExemption({ ...VALID, resource: { name: "edge" } }),
      'boundary.exemptions[0].resource.type is missing; expected a type token such as "azure-native:cdn:Profile" (* matches any characters, as in "azure-native:cdn:*").',
    ],
    [
      "a type naming a module",
      withExemption({ ...VALID, resource: { type: "azure-native:*:*", name: "edge" } }),
      'boundary.exemptions[0].resource.type is "azure-native:*:*"; expected a type token whose module is spelled out, such as "azure-native:cdn:*", so that an exemption never covers every service.',
    ],
    [
      "a name",
      withExemption({ ...VALID, resource: { type: "azure-native:cdn:Profile", name: "" } }),
      'boundary.exemptions[0].resource.name is ""; expected the resource\'s Pulumi name, such as "edge" (* matches any characters, as in "edge-*").',
    ],
    [
      "a reason",
      withExemption({ ...VALID, reason: undefined }),
      "boundary.exemptions[0].reason is missing; expected at least 20 characters saying why the place is acceptable.",
    ],
    [
      "a reason of 20 characters",
      withExemption({ ...VALID, reason: "  temporary  " }),
      'boundary.exemptions[0].reason is "  temporary  " (9 characters); expected at least 20 characters saying why the place is acceptable.',
    ],
    [
      "a reason that is not a placeholder",
      withExemption({ ...VALID, reason: "<why this place is acceptable, at least 20 characters>" }),
      'boundary.exemptions[0].reason is "<why this place is acceptable, at least 20 characters>", a placeholder; expected at least 20 characters saying why the place is acceptable.',
    ],
    [
      "an expiry",
      withExemption({ ...VALID, expires: undefined }),
      'boundary.exemptions[0].expires is missing; expected a calendar date YYYY-MM-DD, such as "2027-03-31" (the last day the exemption applies, UTC).',
    ],
    [
      "a parseable expiry",
      withExemption({ ...VALID, expires: "31/03/2027" }),
      'boundary.exemptions[0].expires is "31/03/2027"; expected a calendar date YYYY-MM-DD, such as "2027-03-31" (the last day the exemption applies, UTC).',
    ],
    [
      "a calendar date",
      withExemption({ ...VALID, expires: "2027-02-30" }),
      'boundary.exemptions[0].expires is "2027-02-30"; expected a calendar date YYYY-MM-DD, such as "2027-03-31" (the last day the exemption applies, UTC).',
    ],
    [
      "an expiry not past",
      withExemption({ ...VALID, expires: "2026-05-31" }),
      'boundary.exemptions[0].expires is "2026-05-31", which is past (today is 2026-06-01, UTC); expected a date from today on. Renew the exemption after a new review, or fix the resource and remove it.',
    ],
    [
      "an approver or a ticket",
      withExemption({ ...VALID, approvedBy: undefined }),
      "boundary.exemptions[0] has neither approvedBy nor ticket; expected the approver's name in approvedBy, a ticket reference in ticket, or both.",
    ],
    [
      "a named approver",
      withExemption({ ...VALID, approvedBy: " " }),
      'boundary.exemptions[0].approvedBy is " "; expected the name of the person who approved the exemption.',
    ],
    [
      "an approver that is not a placeholder",
      withExemption({ ...VALID, approvedBy: "<who approved it>" }),
      'boundary.exemptions[0].approvedBy is "<who approved it>", a placeholder; expected the name of the person who approved the exemption.',
    ],
    [
      "a ticket reference",
      withExemption({ ...VALID, ticket: 1234 }),
      'boundary.exemptions[0].ticket is 1234; expected a ticket reference, such as "SEC-1234".',
    ],
    [
      "an exemptible policy",
      withExemption(VALID, { neverExempt: [{ policy: "location-in-boundary" }] }),
      'boundary.exemptions[0].policy is "location-in-boundary", which boundary.neverExempt[0] never allows to be exempted; remove the exemption, or that rule.',
    ],
    [
      "never-exempt rules as a list",
      () => parseSettings({ neverExempt: "outside-eu-efta" }, NOW),
      'boundary.neverExempt is "outside-eu-efta"; expected a list of rules such as [{"places": "outside-eu-efta"}].',
    ],
    [
      "a never-exempt rule object",
      () => parseSettings({ neverExempt: ["outside-eu-efta"] }, NOW),
      'boundary.neverExempt[0] is "outside-eu-efta"; expected an object with places and optionally policy, such as {"policy": "location-in-boundary", "places": "outside-eu-efta"}.',
    ],
    [
      "never-exempt fields",
      () => parseSettings({ neverExempt: [{ countries: ["US"] }] }, NOW),
      "boundary.neverExempt[0].countries is not a field of a never-exempt rule; expected only policy, places.",
    ],
    [
      "a never-exempt policy",
      () => parseSettings({ neverExempt: [{ policy: "boundary", places: "any" }] }, NOW),
      `boundary.neverExempt[0].policy is "boundary"; expected the policy named in brackets at the start of the boundary policy's message, one of ${POLICIES}.`,
    ],
    [
      "never-exempt places",
      () => parseSettings({ neverExempt: [{ places: "non-eu" }] }, NOW),
      'boundary.neverExempt[0].places is "non-eu"; expected one of any, outside, outside-eu-efta.',
    ],
    [
      "known settings",
      () => parseSettings({ exemption: [] }, NOW),
      "boundary.exemption is not a setting; expected only preset, regions, exemptions, externalResources, neverExempt.",
    ],
  ];

  it.each(cases)("requires %s", (_, run, message) => {
    expect(errorOf(run)).toBe(message);
  });

  it("names the entry that is wrong, after the valid ones", () => {
    expect(errorOf(() => parseSettings({ exemptions: [VALID, { ...VALID, reason: "too short" }] }, NOW))).toBe(
      'boundary.exemptions[1].reason is "too short" (9 characters); expected at least 20 characters saying why the place is acceptable.',
    );
  });

  it("keeps a valid entry with its key, trimmed texts and only the approvals given", () => {
    const settings = parseSettings(
      { exemptions: [{ ...VALID, reason: ` ${VALID.reason} `, approvedBy: undefined, ticket: "SEC-42" }] },
      NOW,
    );
    expect(settings.exemptions).toEqual([
      {
        index: 0,
        key: "boundary.exemptions[0]",
        policy: "location-in-boundary",
        resource: VALID.resource,
        reason: VALID.reason,
        expires: "2027-03-31",
        ticket: "SEC-42",
      },
    ]);
    expect(settings.neverExempt).toEqual([{ index: 0, key: "boundary.neverExempt[0]", places: "outside-eu-efta" }]);
  });
});

describe("expiry, with an injectable clock", () => {
  const lastDay = { ...VALID, expires: "2026-06-01" };

  it("applies through the last day, UTC", () => {
    expect(parseSettings({ exemptions: [lastDay] }, new Date("2026-06-01T23:59:59.999Z")).exemptions).toHaveLength(1);
    expect(errorOf(() => parseSettings({ exemptions: [lastDay] }, new Date("2026-06-02T00:00:00Z")))).toBe(
      'boundary.exemptions[0].expires is "2026-06-01", which is past (today is 2026-06-02, UTC); expected a date from today on. Renew the exemption after a new review, or fix the resource and remove it.',
    );
  });

  it("holds for the whole run once configured: the decision reads no clock, the next Configure refuses it", () => {
    const settings = parseSettings({ exemptions: [lastDay] }, new Date("2026-06-01T23:59:00Z"));
    expect(settings.day).toBe("2026-06-01");
    const edge = resource("cdn:Profile", "edge", { location: "global", resourceGroupName: "rg" });
    const [place] = evaluateResource(edge, settings.boundary);
    expect(decide(place, "location-in-boundary", edge, settings).kind).toBe("exempt");
    expect(errorOf(() => parseSettings({ exemptions: [lastDay] }, new Date("2026-06-02T00:01:00Z")))).toContain(
      "which is past (today is 2026-06-02, UTC)",
    );
  });
});

describe("resource patterns", () => {
  const subject = {
    urn: "urn:pulumi:dev::web::acme:site:Site$azure-native:cdn:Profile::edge-eu",
    type: "azure-native:cdn:Profile",
    name: "edge-eu",
  };

  it("matches URN globs where * spans any characters, and type and name globs", () => {
    expect(matchesResource("urn:pulumi:*::*::*azure-native:cdn:Profile::edge-*", subject)).toBe(true);
    expect(matchesResource("urn:pulumi:*::*::azure-native:cdn:Profile::edge-eu", subject)).toBe(false);
    expect(matchesResource("urn:pulumi:prod::*::*azure-native:cdn:Profile::*", subject)).toBe(false);
    expect(matchesResource({ type: "azure-native:cdn:*", name: "edge-??" }, subject)).toBe(true);
    expect(matchesResource({ type: "azure-native:cdn:Profile", name: "edge" }, subject)).toBe(false);
  });

  it("matches a versioned azure-native type by its canonical token, and takes dots literally", () => {
    const versioned = {
      urn: "urn:pulumi:dev::web::azure-native_cdn_v20240201:cdn:Profile::edge",
      type: "azure-native_cdn_v20240201:cdn:Profile",
      name: "edge",
    };
    expect(matchesResource({ type: "azure-native:cdn:Profile", name: "edge" }, versioned)).toBe(true);
    expect(matchesResource("urn:pulumi:*::*::azure-native:cdn:Profile::edge", versioned)).toBe(true);
    expect(matchesResource({ type: "azure-native:cdn:Profile", name: "e.ge" }, versioned)).toBe(false);
  });
});

describe("never-exempt rules", () => {
  const placeAt = (location: string | undefined, verdict: Place["verdict"]): Place => ({
    rule: "primary-location",
    what: "is located in",
    path: "location",
    seen: location ?? "(unknown at preview)",
    location,
    verdict,
    fix: "Fix it.",
    viaStack: false,
    family: "location",
    message: "M.",
  });
  const DEFAULT = { index: 0, key: "boundary.neverExempt[0]", places: "outside-eu-efta" } as const;

  it("protects, by default, every place in a country outside the EU and EFTA, and only those", () => {
    for (const location of ["eastus", "uksouth", "UK South", "unitedstates", "asia", "eastus2euap", "northeu"])
      expect(isOutsideEuEfta(location), location).toBe(true);
    for (const location of [
      "westeurope",
      "switzerlandnorth",
      "norwayeast",
      "global",
      "europe",
      "france",
      "germanycentral",
    ])
      expect(isOutsideEuEfta(location), location).toBe(false);
    expect(forbids(DEFAULT, "location-in-boundary", placeAt(undefined, "unproven"))).toBe(false);
  });

  it("can protect only places outside the boundary, or every place of one policy", () => {
    const outside = { index: 0, key: "boundary.neverExempt[0]", places: "outside" } as const;
    expect(forbids(outside, "location-in-boundary", placeAt("global", "outside"))).toBe(true);
    expect(forbids(outside, "location-in-boundary", placeAt(undefined, "unproven"))).toBe(false);
    const replication = {
      index: 1,
      key: "boundary.neverExempt[1]",
      policy: "replication-in-boundary",
      places: "any",
    } as const;
    expect(forbids(replication, "replication-in-boundary", placeAt(undefined, "unproven"))).toBe(true);
    expect(forbids(replication, "location-in-boundary", placeAt("eastus", "outside"))).toBe(false);
  });

  it("keeps reporting a protected place, with a note naming the exemption and the rule", () => {
    const settings = parseSettings(
      { exemptions: [{ ...VALID, resource: { type: "azure-native:storage:StorageAccount", name: "us" } }] },
      NOW,
    );
    const us = resource("storage:StorageAccount", "us", { location: "eastus", resourceGroupName: "rg" });
    const [place] = evaluateResource(us, settings.boundary);
    expect(decide(place, "location-in-boundary", us, settings)).toEqual({
      kind: "report",
      message:
        "Storage account 'us' is located in eastus (United States) through location eastus, outside the EU Data Boundary (EU + EFTA). Set location to a region inside the boundary, such as westeurope. (boundary.exemptions[0] matches this resource, but boundary.neverExempt[0] forbids exempting places outside the EU and EFTA.)",
      blockedBy: settings.neverExempt[0],
    });
  });

  it("lets a narrower rule list exempt what the default protects", () => {
    const settings = parseSettings(
      {
        exemptions: [{ ...VALID, resource: { type: "azure-native:storage:StorageAccount", name: "us" } }],
        neverExempt: [{ policy: "replication-in-boundary" }],
      },
      NOW,
    );
    const us = resource("storage:StorageAccount", "us", { location: "eastus", resourceGroupName: "rg" });
    expect(decide(evaluateResource(us, settings.boundary)[0], "location-in-boundary", us, settings).kind).toBe(
      "exempt",
    );
  });
});

describe("the exemptions policy's messages, read back by the reports", () => {
  const [exemption] = parseSettings({ exemptions: [{ ...VALID, ticket: "SEC-42" }] }, NOW).exemptions;

  it("carries the original message, the reason, the approvals, the expiry and the entry", () => {
    const text = exemptedMessage("location-in-boundary", "CDN profile 'edge' is located in global. Fix it.", exemption);
    expect(text).toBe(
      "[location-in-boundary] Exempted: CDN profile 'edge' is located in global. Fix it. — reason: The edge only caches public marketing assets; approved by Jane Doe; ticket SEC-42; expires 2027-03-31 (boundary.exemptions[0]).",
    );
    expect(parseExempted(text)).toEqual({
      policy: "location-in-boundary",
      message: "CDN profile 'edge' is located in global. Fix it.",
      reason: "The edge only caches public marketing assets",
      approvedBy: "Jane Doe",
      ticket: "SEC-42",
      expires: "2027-03-31",
      index: 0,
    });
  });

  it("reads an unused exemption, and nothing else", () => {
    const text = unusedMessage(
      exemption,
      "its resource pattern matches no resource of this stack; correct the pattern, or remove the exemption",
    );
    expect(parseUnused(text)).toEqual({
      policy: "location-in-boundary",
      index: 0,
      detail: "its resource pattern matches no resource of this stack; correct the pattern, or remove the exemption",
    });
    expect(parseExempted(text)).toBeUndefined();
    expect(parseUnused("[location-in-boundary] Storage account 'x' is located in eastus.")).toBeUndefined();
  });
});
