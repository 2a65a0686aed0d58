import { describe, expect, it } from "vitest";
import {
  declaredMessage,
  parseDeclared,
  parseExempted,
  parseUnused,
  parseUnusedDeclaration,
  unusedDeclarationMessage,
} from "../../policy-pack/policies/exemptions-messages";
import { parseSettings } from "../../policy-pack/policies/settings";

/** A clock for the tests: noon UTC on 1 June 2026. */
const NOW = new Date("2026-06-01T12:00:00Z");
const HUB = "/subscriptions/0000-hub/resourceGroups/hub/providers/Microsoft.OperationalInsights/workspaces/hub-logs";
const PATTERN_EXAMPLE = '"/subscriptions/*/resourceGroups/hub-*/providers/Microsoft.OperationalInsights/workspaces/*"';

const VALID = {
  id: HUB,
  location: "westeurope",
  reason: "The platform team's hub workspace, in the landing zone",
  expires: "2027-03-31",
  ticket: "PLAT-12",
};

const KEY = "boundary.externalResources[0]";

function errorOf(entry: unknown, extra: Record<string, unknown> = {}): string | undefined {
  try {
    parseSettings({ externalResources: [entry], ...extra }, NOW);
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

describe("external resource declarations at Configure: one error naming the entry, the field, the value and the expected form", () => {
  it("requires a list of objects with known fields", () => {
    let message: string | undefined;
    try {
      parseSettings({ externalResources: { id: HUB } }, NOW);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      'boundary.externalResources is {"id":"' + HUB + '"}; expected a list of declarations, each with id or idPattern, location, reason, expires and approvedBy or ticket.',
    );
    expect(errorOf("hub")).toBe(`${KEY} is "hub"; expected an object with id or idPattern, location, reason, expires and approvedBy or ticket.`);
    expect(errorOf({ ...VALID, region: "westeurope" })).toBe(
      `${KEY}.region is not a field of an external resource declaration; expected only id, idPattern, location, reason, expires, approvedBy, ticket.`,
    );
  });

  it("requires exactly one of id and idPattern", () => {
    const { id: _, ...withoutId } = VALID;
    expect(errorOf(withoutId)).toBe(`${KEY} has neither id nor idPattern; expected exactly one: the resource's ARM id in id, or a pattern in idPattern.`);
    expect(errorOf({ ...VALID, idPattern: HUB })).toBe(`${KEY} has both id and idPattern; expected exactly one: the resource's ARM id in id, or a pattern in idPattern.`);
  });

  it("requires an ARM id of a resource group or a resource in one", () => {
    expect(errorOf({ ...VALID, id: "hub-logs" })).toBe(
      `${KEY}.id is "hub-logs"; expected the resource's ARM id, such as "/subscriptions/<subscription id>/resourceGroups/hub/providers/Microsoft.OperationalInsights/workspaces/hub-logs".`,
    );
    expect(errorOf({ ...VALID, id: "/subscriptions/s/providers/Microsoft.Foo/bars/x" })).toBe(
      `${KEY}.id is "/subscriptions/s/providers/Microsoft.Foo/bars/x"; expected the resource's ARM id, such as "/subscriptions/<subscription id>/resourceGroups/hub/providers/Microsoft.OperationalInsights/workspaces/hub-logs" (a resource group or a resource in one).`,
    );
    expect(errorOf({ ...VALID, id: HUB.replace("hub-logs", "*") })).toBe(
      `${KEY}.id is "${HUB.replace("hub-logs", "*")}", which holds *; expected an exact ARM id, or the pattern in idPattern.`,
    );
  });

  it("allows * only inside names, and never a pattern without a name spelled out", () => {
    const { id: _, ...rest } = VALID;
    const typeWildcard = "/subscriptions/*/resourceGroups/hub/providers/Microsoft.OperationalInsights/*/hub-logs";
    expect(errorOf({ ...rest, idPattern: typeWildcard })).toBe(
      `${KEY}.idPattern is "${typeWildcard}"; expected * only inside subscription, resource group and resource names, never in subscriptions, resourceGroups, providers, a namespace or a type, such as ${PATTERN_EXAMPLE}.`,
    );
    const everything = "/subscriptions/*/resourceGroups/*/providers/Microsoft.OperationalInsights/workspaces/*";
    expect(errorOf({ ...rest, idPattern: everything })).toBe(
      `${KEY}.idPattern is "${everything}"; expected at least one name spelled out, such as ${PATTERN_EXAMPLE}, so that a declaration never covers every resource of a type.`,
    );
    expect(errorOf({ ...rest, idPattern: "/subscriptions/*/resourceGroups/hub-*" })).toBeUndefined();
  });

  it("refuses a location outside the boundary or unknown to the catalogue", () => {
    expect(errorOf({ ...VALID, location: "eastus" })).toBe(
      `${KEY}.location is "eastus", eastus (United States), which is not inside the EU Data Boundary (EU + EFTA); expected a region inside the boundary, such as "westeurope", because a declaration vouches only for a resource inside it.`,
    );
    expect(errorOf({ ...VALID, location: "westeurope" }, { preset: "ch" })).toBe(
      `${KEY}.location is "westeurope", westeurope (Netherlands), which is not inside Switzerland; expected a region inside the boundary, such as "switzerlandnorth", because a declaration vouches only for a resource inside it.`,
    );
    expect(errorOf({ ...VALID, location: "europe" })).toBe(
      `${KEY}.location is "europe", europe (logical location Europe, not a region), which is not inside the EU Data Boundary (EU + EFTA); expected a region inside the boundary, such as "westeurope", because a declaration vouches only for a resource inside it.`,
    );
    expect(errorOf({ ...VALID, location: 7 })).toBe(`${KEY}.location is 7; expected the region of the resource, inside the boundary, such as "westeurope".`);
  });

  it("refuses an expired declaration, a short reason and a missing approval", () => {
    expect(errorOf({ ...VALID, expires: "2026-05-31" })).toBe(
      `${KEY}.expires is "2026-05-31", which is past (today is 2026-06-01, UTC); expected a date from today on. Renew the declaration after a new review, or remove it.`,
    );
    expect(errorOf({ ...VALID, reason: "hub" })).toBe(
      `${KEY}.reason is "hub" (3 characters); expected at least 20 characters saying why the resource is where it is declared to be.`,
    );
    const { ticket: _, ...unapproved } = VALID;
    expect(errorOf(unapproved)).toBe(`${KEY} has neither approvedBy nor ticket; expected the approver's name in approvedBy, a ticket reference in ticket, or both.`);
  });

  it("keeps a valid declaration with its key and field", () => {
    expect(parseSettings({ externalResources: [VALID] }, NOW).externalResources).toEqual([
      { index: 0, key: KEY, field: "id", id: HUB, location: "westeurope", reason: VALID.reason, expires: "2027-03-31", ticket: "PLAT-12" },
    ]);
  });
});

describe("the exemptions policy's notes on declarations, read back by the reports", () => {
  const [declared] = parseSettings({ externalResources: [{ ...VALID, approvedBy: "Platform Team" }] }, NOW).externalResources;
  const place = `Diagnostic setting 'diag' sends logs to westeurope (Netherlands) through workspaceId ${HUB}, the location ${KEY} declares for the target outside the stack, inside the EU Data Boundary (EU + EFTA). Keep the declaration up to date, or reference a resource created in this stack inside the boundary.`;

  it("carries the place, the reason, the approvals, the expiry and the entry", () => {
    const text = declaredMessage("telemetry-in-boundary", place, declared);
    expect(text).toBe(
      `[telemetry-in-boundary] Declared: ${place} — reason: ${VALID.reason}; approved by Platform Team; ticket PLAT-12; expires 2027-03-31 (${KEY}).`,
    );
    expect(parseDeclared(text)).toEqual({
      policy: "telemetry-in-boundary",
      message: place,
      reason: VALID.reason,
      approvedBy: "Platform Team",
      ticket: "PLAT-12",
      expires: "2027-03-31",
      index: 0,
    });
    expect(parseExempted(text)).toBeUndefined();
  });

  it("reads an unused declaration, and neither note as the other's", () => {
    const detail = "no reference, resource group or parent of this stack matches its id; correct the id, or remove the declaration";
    const text = unusedDeclarationMessage(declared, detail);
    expect(parseUnusedDeclaration(text)).toEqual({ index: 0, detail });
    expect([parseUnused(text), parseDeclared(text)]).toEqual([undefined, undefined]);
    expect(parseUnusedDeclaration(`[location-in-boundary] Unused exemption boundary.exemptions[0]: ${detail}.`)).toBeUndefined();
  });
});
