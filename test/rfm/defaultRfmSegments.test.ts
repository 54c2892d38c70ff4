import { describe, expect, it } from "vitest";
import { defaultRfmSegments, RfmSegmentSchema } from "../../src/rfm/defaultRfmSegments.ts";
import { parseInput } from "../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("defaultRfmSegments", () => {
  it("covers each of the 25 recency × frequency cells exactly once", () => {
    for (let r = 1; r <= 5; r++) {
      for (let f = 1; f <= 5; f++) {
        const matches = defaultRfmSegments.filter(
          (s) => r >= s.recency[0] && r <= s.recency[1] && f >= s.frequency[0] && f <= s.frequency[1],
        );
        expect(matches, `cell R${r} F${f}`).toHaveLength(1);
      }
    }
  });

  it("has ten uniquely named segments, each valid under RfmSegmentSchema", () => {
    expect(new Set(defaultRfmSegments.map((s) => s.name)).size).toBe(10);
    for (const s of defaultRfmSegments) expect(parseInput("t", RfmSegmentSchema, s)).toEqual(s);
  });

  it("is frozen (edit a copy)", () => {
    expect(Object.isFrozen(defaultRfmSegments)).toBe(true);
  });
});

describe("RfmSegmentSchema", () => {
  it("rejects empty names, scores outside 1–5, min > max and unknown keys", () => {
    const e = expectClienteleError(
      () => parseInput("t", RfmSegmentSchema, { name: "", recency: [1, 6], frequency: [3, 2], colour: "red" }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["name", "recency[1]", "frequency", ""]);
  });
});
