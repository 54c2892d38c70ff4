import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logGamma } from "../../src/math/logGamma.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadUnary } from "../fixtures/mpmath/loadFixture.ts";

const cases = loadUnary("logGamma");

describe("logGamma", () => {
  it("matches mpmath 1.3.0 ln Γ(x) to 1e-14 relative at every positive fixture point (1e-300 … 1e305, next to x = 1 and 2)", () => {
    const positive = cases.filter((c) => c.x > 0);
    expect(positive.length).toBeGreaterThan(250);
    for (const c of positive) expectClose(logGamma(c.x), c.value, { rel: 1e-14 }, `x = ${c.x}`);
  });

  it("matches mpmath 1.3.0 ln|Γ(x)| to 1e-14 relative at every negative non-integer fixture point", () => {
    const negative = cases.filter((c) => c.x < 0);
    expect(negative.length).toBeGreaterThan(20);
    for (const c of negative) expectClose(logGamma(c.x), c.value, { rel: 1e-14 }, `x = ${c.x}`);
  });

  it("gives ln((n − 1)!) at the integers 1 … 23, where (n − 1)! is an exact double", () => {
    let factorial = 1;
    for (let n = 1; n <= 23; n++) {
      if (n > 1) factorial *= n - 1;
      if (n <= 2) expect(logGamma(n)).toBe(0);
      else expectClose(logGamma(n), Math.log(factorial), { rel: 1e-15 }, `n = ${n}`);
    }
  });

  it("gives Γ(½) = √π and Γ(n + ½) = (2n)! √π / (4ⁿ n!) at half-integers", () => {
    expectClose(logGamma(0.5), 0.5 * Math.log(Math.PI), { rel: 1e-15 });
    let ratio = 1; // (2n)! / (4ⁿ n!) = ∏_{k=1}^{n} (k − ½)
    for (let n = 1; n <= 20; n++) {
      ratio *= n - 0.5;
      expectClose(logGamma(n + 0.5), Math.log(ratio) + 0.5 * Math.log(Math.PI), { rel: 1e-15 }, `n = ${n}`);
    }
  });

  it("gives ln|Γ(−½)| = ln(2√π) by reflection", () => {
    expectClose(logGamma(-0.5), Math.log(2 * Math.sqrt(Math.PI)), { rel: 1e-15 });
  });

  it("stays finite for large x (1e6, 1e10, 1e15, 1e300) and equals −ln x − γx to first order for tiny x", () => {
    for (const x of [1e6, 1e10, 1e15, 1e300]) {
      const v = logGamma(x);
      expect(Number.isFinite(v)).toBe(true);
      expectClose(v, x * (Math.log(x) - 1), { rel: 1e-5 }, `x = ${x}`); // leading Stirling term
    }
    for (const x of [1e-300, 1e-100, 1e-8]) {
      expectClose(logGamma(x), -Math.log(x) - 0.5772156649015329 * x, { rel: 1e-15 }, `x = ${x}`);
    }
  });

  it("satisfies ln Γ(x + 1) = ln Γ(x) + ln x (property, x in [1e-3, 1e4])", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (x) => {
        const lhs = logGamma(x + 1);
        const rhs = logGamma(x) + Math.log(x);
        // NOTE: x + 1 is rounded, and ln Γ(x + 1) has slope ψ(x + 1) ≤ ln(1e4), so the identity holds to
        // a few ulps of the larger of the terms involved, not of the (possibly tiny) result.
        const scale = Math.max(1, Math.abs(logGamma(x)), Math.abs(Math.log(x)));
        expect(Math.abs(lhs - rhs)).toBeLessThanOrEqual(1e-14 * scale);
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 1e6, noNaN: true }), (x) => {
        fc.pre(!(x <= 0 && Number.isInteger(x)));
        expect(Object.is(logGamma(x), logGamma(x))).toBe(true);
      }),
    );
  });

  it("throws domain_error at the poles 0, −1 and −1e6", () => {
    for (const x of [0, -1, -1e6]) {
      const error = expectClienteleError(() => logGamma(x), "domain_error");
      expect(issuePaths(error)).toEqual(["x"]);
    }
    expect(expectClienteleError(() => logGamma(-2), "domain_error").message).toMatchInlineSnapshot(`
      "logGamma: x = -2 is a pole of Γ
        ✖ x = -2 is a pole of Γ → at x"
    `);
  });

  it("throws domain_error when ln Γ(x) overflows (x = 1e307)", () => {
    expectClienteleError(() => logGamma(1e307), "domain_error");
  });

  it("throws invalid_input for NaN, ±Infinity and non-numbers", () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "1" as unknown as number]) {
      const error = expectClienteleError(() => logGamma(x), "invalid_input");
      expect(issuePaths(error)).toEqual(["x"]);
    }
    expect(expectClienteleError(() => logGamma(Number.NaN), "invalid_input").message).toMatchInlineSnapshot(`
      "logGamma: invalid input
        ✖ expected finite number, received NaN → at x"
    `);
  });
});
