import { describe, expect, it } from "vitest";
import { memoizeByString } from "../../policy-pack/engine/memo";

describe("memoizeByString", () => {
  it("computes once per distinct string and returns the kept value after", () => {
    const computed: string[] = [];
    const upper = memoizeByString((key) => {
      computed.push(key);
      return { key: key.toUpperCase() };
    });
    const first = upper("westeurope");
    expect(upper("westeurope")).toBe(first);
    expect(upper("eastus")).toEqual({ key: "EASTUS" });
    expect(computed).toEqual(["westeurope", "eastus"]);
  });

  it("stops keeping at its bound and still answers every key correctly", () => {
    const computed: string[] = [];
    const length = memoizeByString((key) => {
      computed.push(key);
      return key.length;
    }, 2);
    expect(["a", "bb", "ccc", "ccc", "a"].map(length)).toEqual([1, 2, 3, 3, 1]);
    expect(computed).toEqual(["a", "bb", "ccc", "ccc"]);
  });
});
