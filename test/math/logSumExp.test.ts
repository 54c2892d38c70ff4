import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logSumExp } from "../../src/math/logSumExp.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const finite = fc.double({ min: -700, max: 700, noNaN: true });

describe("logSumExp", () => {
  it("equals ln Σ eᵛ where the plain sum is representable", () => {
    expectClose(logSumExp([Math.log(1), Math.log(2), Math.log(3)]), Math.log(6), { rel: 1e-15 });
    expectClose(logSumExp([0.1, -2, 3.5, 0]), Math.log(Math.exp(0.1) + Math.exp(-2) + Math.exp(3.5) + 1), {
      rel: 1e-15,
    });
    expect(logSumExp([42])).toBe(42);
  });

  it("does not overflow or underflow: [1000, 1000] → 1000 + ln 2, [−1000, −1000] → −1000 + ln 2", () => {
    expectClose(logSumExp([1000, 1000]), 1000 + Math.LN2, { rel: 1e-15 });
    expectClose(logSumExp([-1000, -1000]), -1000 + Math.LN2, { rel: 1e-15 });
  });

  it("keeps a small term: ln(1 + e^−30) = log1p(e^−30)", () => {
    expectClose(logSumExp([0, -30]), Math.log1p(Math.exp(-30)), { rel: 1e-15 });
  });

  it("is invariant under reordering (property)", () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 20 }), (values) => {
        const reversed = [...values].reverse();
        expectClose(logSumExp(reversed), logSumExp(values), { rel: 1e-14, abs: 1e-14 });
      }),
    );
  });

  it("shifts with its arguments, logSumExp(v + c) = logSumExp(v) + c (property)", () => {
    fc.assert(
      fc.property(
        fc.array(finite, { minLength: 1, maxLength: 10 }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (v, c) => {
          const shifted = v.map((x) => x + c);
          // NOTE: v + c is rounded at the scale of max|v| (≤ 700), hence the absolute tolerance.
          expectClose(logSumExp(shifted), logSumExp(v) + c, { abs: 1e-12 });
        },
      ),
    );
  });

  it("is at least the maximum and at most the maximum plus ln n (property)", () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 20 }), (values) => {
        const m = Math.max(...values);
        const r = logSumExp(values);
        expect(r).toBeGreaterThanOrEqual(m);
        expect(r).toBeLessThanOrEqual(m + Math.log(values.length) + 1e-12);
      }),
    );
  });

  it("does not mutate its input (property)", () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 20 }), (values) => {
        const copy = [...values];
        logSumExp(values);
        expect(values).toEqual(copy);
      }),
    );
  });

  it("accepts a Float64Array", () => {
    expectClose(logSumExp(new Float64Array([0, 0])), Math.LN2, { rel: 1e-15 });
  });

  it("throws insufficient_data for an empty list", () => {
    expectClienteleError(() => logSumExp([]), "insufficient_data");
  });

  it("throws invalid_input listing every non-finite entry by index", () => {
    const error = expectClienteleError(() => logSumExp([0, Number.NaN, 1, Number.NEGATIVE_INFINITY]), "invalid_input");
    expect(issuePaths(error)).toEqual(["[1]", "[3]"]);
  });
});

describe("logSumExp on hostile input", () => {
  it("rejects what is not a vector with invalid_input (null threw TypeError; 5 and { length: -1 } returned -Infinity)", () => {
    for (const bad of [null, 5, { length: -1 }, { length: 1e10 }, { length: 1.5 }]) {
      expectClienteleError(() => logSumExp(bad as never), "invalid_input");
    }
  });
  it("reports ten million NaNs in a short error that keeps 10,000 issues (was: heap out of memory)", () => {
    const error = expectClienteleError(() => logSumExp(new Float64Array(1e7).fill(Number.NaN)), "invalid_input");
    expect(error.issueCount).toBe(1e7);
    expect(error.issues).toHaveLength(10_000);
    expect(error.message.length).toBeLessThan(2_000);
  });
});
