import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { marginMultiple } from "../../src/value/index.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("marginMultiple", () => {
  // NOTE: Gupta, Lehmann & Stuart (2004) and Gupta & Lehmann (2003) tabulate margin multiples; those tables
  // could not be verified from a source here, so the figures below are hand computations of r / (1 + i − r).
  it("is r / (1 + i − r) (hand computation: 0.9 / 0.22, 0.8 / 0.3)", () => {
    expectClose(marginMultiple({ retention: 0.9, discountRate: 0.12 }), 0.9 / 0.22, { rel: 1e-15 });
    expectClose(marginMultiple({ retention: 0.8, discountRate: 0.1 }), 8 / 3, { rel: 1e-15 });
    expect(marginMultiple({ retention: 0, discountRate: 0.1 })).toBe(0);
  });

  it("takes the one DiscountRate convention: { rate, per } converted to the period's unit", () => {
    const monthly = 1.1 ** (1 / 12) - 1;
    expectClose(
      marginMultiple({ retention: 0.98, discountRate: { rate: 0.1, per: "year" }, unit: "month" }),
      0.98 / (1 + monthly - 0.98),
      { rel: 1e-12 },
    );
    const e = expectClienteleError(
      () => marginMultiple({ retention: 0.9, discountRate: { rate: 0.1, per: "year" } }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["input.discountRate.per"]);
  });

  it("rejects r outside [0, 1) and a negative rate with paths", () => {
    expect(
      issuePaths(expectClienteleError(() => marginMultiple({ retention: 1, discountRate: 0.1 }), "invalid_input")),
    ).toEqual(["input.retention"]);
    expect(
      issuePaths(expectClienteleError(() => marginMultiple({ retention: 0.5, discountRate: -0.1 }), "invalid_input")),
    ).toEqual(["input.discountRate"]);
  });

  it("equals the discounted sum Σₜ≥₁ rᵗ / (1 + i)ᵗ (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        (r, i) => {
          let sum = 0;
          let term = 1;
          for (let t = 1; t <= 2000; t++) {
            term *= r / (1 + i);
            sum += term;
          }
          expectClose(marginMultiple({ retention: r, discountRate: i }), sum, { rel: 1e-9 });
        },
      ),
    );
  });
});
