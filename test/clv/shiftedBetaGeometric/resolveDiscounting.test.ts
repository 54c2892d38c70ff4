import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { discountingFields, resolveDiscounting } from "../../../src/clv/shiftedBetaGeometric/resolveDiscounting.ts";
import { parseInput } from "../../../src/schema/parseInput.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

describe("resolveDiscounting", () => {
  it("reads a plain number as per the fit's unit and defaults the timing to start", () => {
    expect(resolveDiscounting("f", "month", 0.01, undefined)).toEqual({ d: 0.01, timing: "start" });
    expect(resolveDiscounting("f", "year", { rate: 0.1, per: "year" }, "end")).toEqual({ d: 0.1, timing: "end" });
  });

  it("rejects a rate per another unit than the fit's at options.discountRate.per, without converting", () => {
    const e = expectClienteleError(
      () => resolveDiscounting("discountedExpectedLifetime", "year", { rate: 0.01, per: "month" }, undefined),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.discountRate.per"]);
    expect(e.message).toMatchInlineSnapshot(`
      "discountedExpectedLifetime: invalid input
        ✖ expected "year" (the fit's unit), received "month"; give the rate per year (clientele does not convert rates between units) → at options.discountRate.per"
    `);
  });
});

describe("discountingFields", () => {
  it("accepts a rate ≥ 0 or { rate, per } and rejects negative, infinite and unknown timings", () => {
    const schema = z.strictObject(discountingFields);
    expect(parseInput("f", schema, { discountRate: 0 })).toEqual({ discountRate: 0 });
    for (const [bad, path] of [
      [{ discountRate: -0.1 }, "discountRate"],
      [{ discountRate: Number.POSITIVE_INFINITY }, "discountRate"],
      [{ discountRate: { rate: 0.1, per: "fortnight" } }, "discountRate.per"],
      [{ discountRate: 0.1, timing: "middle" }, "timing"],
    ] as const) {
      expect(issuePaths(expectClienteleError(() => parseInput("f", schema, bad), "invalid_input"))).toEqual([path]);
    }
  });
});
