import { describe, expect, it } from "vitest";
import { BondLevelSchema } from "../../src/customers/index.ts";
import { parseInput } from "../../src/schema/index.ts";
import { expectClienteleError } from "../_helpers/expectIssue.ts";

describe("BondLevelSchema (Berry & Parasuraman's three levels)", () => {
  it("accepts the three levels and nothing else", () => {
    for (const level of ["financial", "social", "structural"])
      expect(parseInput("f", BondLevelSchema, level)).toBe(level);
    expectClienteleError(() => parseInput("f", BondLevelSchema, "emotional"), "invalid_input");
  });
});
