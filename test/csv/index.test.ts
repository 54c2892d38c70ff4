import { describe, expect, it } from "vitest";
import * as csv from "../../src/csv/index.ts";
import * as root from "../../src/index.ts";

describe("clientele/csv facade", () => {
  it("exports parseCsv and nothing else at runtime, re-exported from the root", () => {
    expect(Object.keys(csv).sort()).toEqual(["parseCsv"]);
    expect(root.parseCsv).toBe(csv.parseCsv);
  });
});
