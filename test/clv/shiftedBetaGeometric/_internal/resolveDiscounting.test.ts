import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  discountingFields,
  resolveDiscounting,
} from "../../../../src/clv/shiftedBetaGeometric/_internal/resolveDiscounting.ts";
import { parseInput } from "../../../../src/schema/parseInput.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../../../_helpers/expectIssue.ts";

describe("resolveDiscounting", () => {
  it("reads a plain number as per the fit's unit and defaults the timing to start", () => {
    expect(resolveDiscounting("f", "month", 0.01, undefined)).toEqual({ d: 0.01, timing: "start" });
    expect(resolveDiscounting("f", "year", { rate: 0.1, per: "year" }, "end")).toEqual({ d: 0.1, timing: "end" });
  });

  it("converts { rate, per } to the equivalent compound rate per fit unit: 10% a year is 1.1^(1/12) − 1 a month", () => {
    const { d, timing } = resolveDiscounting("f", "month", { rate: 0.1, per: "year" }, undefined);
    // 1.1^(1/12) − 1 = 0.0079741404289037410660… (40-digit decimal)
    expectClose(d, 0.007974140428903742, { rel: 1e-14 });
    expect(timing).toBe("start");
  });

  it("rejects a pair with no exact ratio at options.discountRate.per, naming the fit's unit", () => {
    const e = expectClienteleError(
      () => resolveDiscounting("discountedExpectedLifetime", "week", { rate: 0.1, per: "year" }, undefined),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.discountRate.per"]);
    expect(e.message).toMatchInlineSnapshot(`
      "discountedExpectedLifetime: invalid input
        ✖ cannot convert a rate per year to a rate per week (the fit's unit) exactly; give the discount rate per week → at options.discountRate.per"
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
