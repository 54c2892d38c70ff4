import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logAddExp } from "../../src/math/logAddExp.ts";
import { logDiffExp } from "../../src/math/logDiffExp.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("logDiffExp", () => {
  it("equals ln(eᵃ − eᵇ) where the plain difference is representable", () => {
    expectClose(logDiffExp(Math.log(5), Math.log(3)), Math.LN2, { rel: 1e-15 });
    expectClose(logDiffExp(2, -1), Math.log(Math.exp(2) - Math.exp(-1)), { rel: 1e-15 });
  });

  it("keeps relative accuracy for nearly equal arguments: ln(e^1e−20 − 1) = ln(1e−20)", () => {
    expectClose(logDiffExp(1e-20, 0), Math.log(1e-20), { rel: 1e-15 });
    const a = 1000 + 1e-10;
    const d = a - 1000; // exact (Sterbenz); 1e-10 itself is not representable at this scale
    expectClose(logDiffExp(a, 1000), 1000 + Math.log(Math.expm1(d)), { rel: 1e-15 });
  });

  it("keeps relative accuracy for far-apart arguments: ln(1 − e^−50) = log1p(−e^−50)", () => {
    expectClose(logDiffExp(0, -50), Math.log1p(-Math.exp(-50)), { rel: 1e-15, abs: 1e-30 });
  });

  it("inverts logAddExp: logDiffExp(logAddExp(a, b), b) = a (property)", () => {
    const arg = fc.double({ min: -50, max: 50, noNaN: true });
    fc.assert(
      fc.property(arg, arg, (a, b) => {
        fc.pre(a - b > -30);
        // NOTE: when eᵇ dominates, e^a is recovered from a difference of nearly equal numbers, so the
        // accuracy is relative to e^(max(a,b) − a); the precondition bounds that factor by e^30.
        expectClose(logDiffExp(logAddExp(a, b), b), a, {
          abs: 1e-14 * Math.exp(Math.max(0, b - a)) * Math.max(1, Math.abs(a)),
        });
      }),
    );
  });

  it("throws domain_error when a ≤ b (the difference is not positive)", () => {
    expect(issuePaths(expectClienteleError(() => logDiffExp(1, 1), "domain_error"))).toEqual(["b"]);
    expectClienteleError(() => logDiffExp(0, 1), "domain_error");
  });

  it("throws invalid_input for non-finite arguments", () => {
    expect(
      issuePaths(expectClienteleError(() => logDiffExp(Number.POSITIVE_INFINITY, Number.NaN), "invalid_input")),
    ).toEqual(["a", "b"]);
  });
});
