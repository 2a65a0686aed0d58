import { describe, expect, it } from "vitest";
import { MAX_COMMENT_CHARS, renderMarkdown, REPORT_MARKER } from "../../cli/report/markdown";
import { MAX_NODES, pictureNodes } from "../../cli/report/picture";
import { parseSettings } from "../../policy-pack/policies/settings";
import { REPORT } from "./fixture";
import { expectGolden } from "./golden";

describe("the Markdown PR comment", () => {
  const markdown = renderMarkdown(REPORT);

  it("matches the golden file", () => {
    expectGolden("report.md", markdown);
  });

  it("starts with the hidden marker the workflow finds the comment by, then the verdict", () => {
    expect(markdown.split("\n").slice(0, 2)).toEqual([REPORT_MARKER, "## :no_entry: data-boundary: blocked"]);
    expect(
      renderMarkdown({ ...REPORT, violations: [], summary: { resources: 9, mandatory: 0, advisory: 0 } }).split(
        "\n",
      )[1],
    ).toBe("## :white_check_mark: data-boundary: passed");
  });

  it("offers exemption requests that the pack refuses until they are filled in", () => {
    const snippets = [...markdown.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]));
    expect(snippets.map((s) => [s.policy, s.resource.name])).toEqual([
      ["location-in-boundary", "shared-data"],
      ["processing-in-boundary", "gpt"],
    ]);
    for (const snippet of snippets) {
      expect(() => parseSettings({ exemptions: [snippet] })).toThrow(
        'boundary.exemptions[0].reason is "<why this place is acceptable, at least 20 characters>", a placeholder; expected at least 20 characters saying why the place is acceptable.',
      );
    }
    expect(markdown).toContain(
      "No exemption can allow this place: boundary.neverExempt\\[0\\] forbids exempting places outside the EU and EFTA. Fix the resource.",
    );
  });

  it("leaves the per-violation details out rather than exceed GitHub's comment size", () => {
    const gpt = REPORT.violations[1];
    const many = Array.from({ length: 400 }, (_, i) => ({
      ...gpt,
      urn: `${gpt.urn}-${i}`,
      name: `gpt-${i}`,
      message: `${gpt.message} `.repeat(4),
    }));
    const big = renderMarkdown({ ...REPORT, violations: many });
    expect(big.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(big).not.toContain("<details><summary>Messages and how to request an exemption</summary>");
    expect(big).toContain("… and 350 more violations: see the JSON or SARIF report.");
  });
});

describe("the picture of where the data goes", () => {
  it("counts resources per place, the boundary's first, and shows the worst status of each place", () => {
    expect(pictureNodes(REPORT)).toEqual([
      { label: "westeurope", country: "Netherlands", resources: 2, status: "inside" },
      { label: "northeurope", country: "Ireland", resources: 1, status: "inside" },
      { label: "swedencentral", country: "Sweden", resources: 1, status: "inside" },
      { label: "eastus", country: "United States", resources: 2, status: "outside" },
      { label: "any geography where the model is deployed", country: null, resources: 1, status: "outside" },
      { label: "global", country: null, resources: 1, status: "exempted" },
      { label: "not provable at preview", country: null, resources: 1, status: "unproven" },
    ]);
  });

  it(`draws at most ${MAX_NODES} boxes, summing the rest`, () => {
    const places = Array.from({ length: 30 }, (_, i) => ({
      ...REPORT.places[3],
      urn: `u${i}`,
      label: `region${String(i).padStart(2, "0")}`,
    }));
    const nodes = pictureNodes({ ...REPORT, places });
    expect(nodes).toHaveLength(MAX_NODES);
    expect(nodes[MAX_NODES - 1]).toEqual({ label: "15 other places", country: null, resources: 15, status: "outside" });
  });

  it("has no picture for a report without places", () => {
    expect(renderMarkdown({ ...REPORT, places: [] })).not.toContain("```mermaid");
  });
});
