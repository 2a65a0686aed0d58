import * as path from "path";
import { describe, expect, it } from "vitest";
import { defaultPolicyConfigFile } from "../../cli/policy-config";
import { renderText } from "../../cli/report/text";
import { REPORT } from "../report/fixture";

const root = path.resolve(__dirname, "../..");

describe("the policy config a check uses without --policy-config", () => {
  it("is policy-config.<stack>.json next to the stack's Pulumi.<stack>.yaml (the project's stackConfigDir)", () => {
    expect(defaultPolicyConfigFile(root, "ch")).toBe(path.join(root, "stacks", "policy-config.ch.json"));
    expect(defaultPolicyConfigFile(root, "organization/data-boundary/de")).toBe(path.join(root, "stacks", "policy-config.de.json"));
  });

  it("is none when that file does not exist, or when the project or stack cannot be read (the check reports that)", () => {
    expect(defaultPolicyConfigFile(path.join(root, "test/fixtures/programs/all-eu"), "dev")).toBeUndefined();
    expect(defaultPolicyConfigFile(root, "prod")).toBeUndefined();
    expect(defaultPolicyConfigFile(path.join(root, "docs"), "eudb")).toBeUndefined();
  });
});

describe("the text report", () => {
  it("names the policy config the boundary came from, and nothing without one", () => {
    const [header] = renderText(REPORT, false).split("\n");
    expect(header).toMatch(/^data-boundary check: .*, boundary eudb \(.*\) from infra\/policy-config\.json$/);
    expect(renderText({ ...REPORT, policyConfig: null }, false).split("\n")[0]).toMatch(/\)$/);
  });
});
