import * as path from "path";
import { describe, expect, it } from "vitest";
import { CLASSIC_CHILD_TYPES } from "../../policy-pack/catalog/classic-parents";
import { readClassicArgs, tableProblems } from "../../scripts/classic-parent-candidates";

const INSTALLED = readClassicArgs(path.join(__dirname, "..", "..", "node_modules", "pulumi-azure-classic"));

describe("the classic child types located through their parent", () => {
  it("name types and inputs the installed @pulumi/azure 5.89.2 has, without a location input of their own", () => {
    // 6.x-only rows and inputs must be absent here; `npx tsx scripts/classic-parent-candidates.ts <6.x package>`
    // checks them against 6.x.
    expect(tableProblems(INSTALLED, "5.x")).toEqual([]);
  });

  it("point at parent types of the installed SDK", () => {
    for (const row of CLASSIC_CHILD_TYPES.values()) {
      for (const { parent } of row.inputs) {
        const known = parent.types.filter((type) => INSTALLED.has(type));
        expect(known, `${row.type}: ${parent.types.join(", ")}`).toEqual(parent.types);
      }
    }
  });
});
