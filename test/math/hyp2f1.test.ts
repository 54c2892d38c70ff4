import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hyp2f1 } from "../../src/math/hyp2f1.ts";
import { logGamma } from "../../src/math/logGamma.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadHyp2f1 } from "../fixtures/mpmath/loadFixture.ts";

/** Gauss's sum Γ(c)Γ(c − a − b)/(Γ(c − a)Γ(c − b)) for positive arguments. */
function gauss(a: number, b: number, c: number): number {
  return Math.exp(logGamma(c) + logGamma(c - a - b) - logGamma(c - a) - logGamma(c - b));
}

describe("hyp2f1", () => {
  it("matches mpmath 1.3.0 at every fixture point where 2F1 is representable: relative error ≤ 1e-12 · max(1, |ln 2F1|)", () => {
    const cases = loadHyp2f1().filter((c) => Math.abs(c.log) < 700);
    expect(cases.length).toBeGreaterThan(1300);
    for (const c of cases) {
      const expected = c.sign * Math.exp(c.log);
      // NOTE: the value is exp(ln|2F1|), so an absolute error δ in the logarithm becomes a relative error
      // δ in 2F1; ln|2F1| itself is accurate to 1e-12 relative (see logHyp2f1.test.ts).
      expectClose(
        hyp2f1(c.a, c.b, c.c, c.z),
        expected,
        { rel: 1e-12 * Math.max(1, Math.abs(c.log)) },
        `${c.group} (${c.a}, ${c.b}; ${c.c}; ${c.z})`,
      );
    }
  });

  it("gives 2F1(1, 1; 2; z) = −ln(1 − z)/z from z = −1e6 to 1 − 1e-12", () => {
    for (const z of [-1e6, -10, -1, -0.5, 1e-10, 0.3, 0.5, 0.9, 0.999, 1 - 1e-6, 1 - 1e-9, 1 - 1e-12]) {
      expectClose(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, { rel: 1e-13 }, `z = ${z}`);
    }
  });

  it("gives 2F1(a, b; b; z) = (1 − z)^(−a)", () => {
    for (const a of [0.5, 3, 25.5, -2.5]) {
      for (const b of [1.5, 7]) {
        for (const z of [-5, -0.5, 0.5, 0.99]) {
          expectClose(hyp2f1(a, b, b, z), (1 - z) ** -a, { rel: 1e-14 }, `a = ${a}, b = ${b}, z = ${z}`);
        }
      }
    }
  });

  it("gives 2F1(½, ½; 3/2; z²) = asin(z)/z up to z = 1 − 1e-6", () => {
    for (const z of [0.1, 0.5, 0.9, 0.999, 1 - 1e-6]) {
      expectClose(hyp2f1(0.5, 0.5, 1.5, z * z), Math.asin(z) / z, { rel: 1e-13 }, `z = ${z}`);
    }
  });

  it("gives Gauss's sum at z = 1 and approaches it as z → 1 (c − a − b > 1, so 2F1(1 − ε) = 2F1(1) + O(ε))", () => {
    expect(hyp2f1(0.5, 0.5, 1.5, 1)).toBe(Math.PI / 2);
    for (const [a, b, c] of [
      [1, 2, 4.5],
      [0.3, 0.7, 3],
      [2.5, 1.25, 6],
    ] as const) {
      const sum = gauss(a, b, c);
      expectClose(hyp2f1(a, b, c, 1), sum, { rel: 1e-14 }, `(${a}, ${b}; ${c}; 1)`);
      expectClose(hyp2f1(a, b, c, 1 - 1e-12), sum, { rel: 1e-10 }, `(${a}, ${b}; ${c}; 1 − 1e-12)`);
    }
  });

  it("sums a terminating series exactly: 2F1(−3, 2; 5; 0.4) and 2F1(−2, b; b; z) = (1 − z)²", () => {
    // 1 − (3·2/5)·0.4 + (3·2·2·3)/(5·6·2)·0.16 − (3·2·1·2·3·4)/(5·6·7·6)·0.064
    const expected = 1 - 0.48 + 0.096 - 0.00731428571428571;
    expectClose(hyp2f1(-3, 2, 5, 0.4), expected, { rel: 1e-14 });
    expectClose(hyp2f1(-2, 1.7, 1.7, 0.75), 0.0625, { rel: 1e-15 });
  });

  it("returns a negative value at every fixture point where mpmath gives 2F1 < 0", () => {
    const negative = loadHyp2f1().filter((c) => c.sign < 0);
    expect(negative.length).toBeGreaterThan(0);
    for (const c of negative) expect(hyp2f1(c.a, c.b, c.c, c.z)).toBeLessThan(0);
  });

  it("is symmetric in a and b: both sides agree or both throw (property, a, b in [0.01, 20], c in [0.1, 30], z in [−10, 0.99])", () => {
    const evaluate = (a: number, b: number, c: number, z: number): number | "throws" => {
      try {
        return hyp2f1(a, b, c, z);
      } catch {
        return "throws";
      }
    };
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 20, noNaN: true }),
        fc.double({ min: 0.01, max: 20, noNaN: true }),
        fc.double({ min: 0.1, max: 30, noNaN: true }),
        fc.double({ min: -10, max: 0.99, noNaN: true }),
        (a, b, c, z) => {
          const v = evaluate(a, b, c, z);
          const w = evaluate(b, a, c, z);
          if (v === "throws" || w === "throws") {
            expect(w).toBe(v);
            return;
          }
          expectClose(w, v, { rel: 1e-12 * Math.max(1, Math.abs(Math.log(Math.abs(v)))) });
        },
      ),
    );
  });

  it("never throws where c exceeds a and b, as in the Pareto/NBD forms (property, z in [−1e3, 0.999])", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0.01, max: 20, noNaN: true }),
        fc.double({ min: -1e3, max: 0.999, noNaN: true }),
        (a, b, extra, z) => {
          const c = Math.max(a, b) + extra;
          expect(Number.isFinite(Math.log(hyp2f1(a, b, c, z)))).toBe(true);
        },
      ),
    );
  });

  it("throws domain_error outside the domain: z > 1, c a non-positive integer, z = 1 with c − a − b ≤ 0", () => {
    expect(issuePaths(expectClienteleError(() => hyp2f1(1, 1, 2, 1.5), "domain_error"))).toEqual(["z"]);
    expect(issuePaths(expectClienteleError(() => hyp2f1(1, 1, -2, 0.5), "domain_error"))).toEqual(["c"]);
    expect(issuePaths(expectClienteleError(() => hyp2f1(1, 1, 0, 0.5), "domain_error"))).toEqual(["c"]);
    expect(expectClienteleError(() => hyp2f1(1, 1, 2, 1), "domain_error").message).toMatchInlineSnapshot(`
      "hyp2f1: the series diverges at z = 1 when c − a − b ≤ 0 (c − a − b = 0)
        ✖ the series diverges at z = 1 when c − a − b ≤ 0 (c − a − b = 0) → at z"
    `);
  });

  it("throws domain_error when 2F1 overflows, pointing to logHyp2f1", () => {
    const error = expectClienteleError(() => hyp2f1(501.16, 500.55, 502.16, 0.99), "domain_error");
    expect(error.message).toContain("use logHyp2f1");
  });

  it("throws domain_error rather than return an inaccurate value where no method is accurate (z ≪ 0, a, b ≫ c)", () => {
    const error = expectClienteleError(
      () => hyp2f1(24.0983559566312, 28.096423816467166, 5.608422733907418, -2.2481954671492606),
      "domain_error",
    );
    expect(error.message).toContain("could not be evaluated to full accuracy");
  });

  it("throws invalid_input for non-finite arguments and for a oneMinusZ that disagrees with z", () => {
    expect(
      issuePaths(expectClienteleError(() => hyp2f1(Number.NaN, 1, 2, Number.POSITIVE_INFINITY), "invalid_input")),
    ).toEqual(["a", "z"]);
    expect(issuePaths(expectClienteleError(() => hyp2f1(1, 1, 2, 0.5, { oneMinusZ: 0.4 }), "invalid_input"))).toEqual([
      "options.oneMinusZ",
    ]);
  });
});

describe("hyp2f1 on hostile options", () => {
  it("describes a null-prototype oneMinusZ instead of throwing a TypeError", () => {
    const error = expectClienteleError(
      () => hyp2f1(1, 1, 2, 0.5, { oneMinusZ: Object.create(null) } as never),
      "invalid_input",
    );
    expect(issuePaths(error)).toEqual(["options.oneMinusZ"]);
  });
});
