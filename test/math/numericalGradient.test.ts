import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numericalGradient } from "../../src/math/numericalGradient.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

describe("numericalGradient", () => {
  it("matches the analytic gradient of sin(x₀)·e^(x₁) + x₂³ to 1e-9 relative to max(1, |f|)", () => {
    const f = (x: Float64Array) => Math.sin(x[0]!) * Math.exp(x[1]!) + x[2]! ** 3;
    for (const x of [
      [0.3, -1, 2],
      [10, 2, -0.5],
      [1e-3, 0, 100],
    ]) {
      const g = numericalGradient(f, x);
      const expected = [Math.cos(x[0]!) * Math.exp(x[1]!), Math.sin(x[0]!) * Math.exp(x[1]!), 3 * x[2]! ** 2];
      // NOTE: central differences with h = ε^(1/3) are accurate to about ε^(2/3) ≈ 4e-11 of the scale of f
      // and its third derivative (|f| = 1e6 at the third point), hence 1e-9 · max(1, |f|), not 1e-12.
      const scale = Math.max(1, Math.abs(f(Float64Array.from(x))));
      g.forEach((v, i) => {
        expectClose(v, expected[i]!, { rel: 1e-9, abs: 1e-9 * scale }, `x = ${x}, i = ${i}`);
      });
    }
  });

  it("is exact up to rounding for a linear function (property)", () => {
    const coefficient = fc.double({ min: -100, max: 100, noNaN: true });
    fc.assert(
      fc.property(coefficient, coefficient, fc.double({ min: -1e3, max: 1e3, noNaN: true }), (a, b, x0) => {
        const g = numericalGradient((x) => a * x[0]! + b * x[1]!, [x0, 1]);
        expectClose(g[0]!, a, { abs: 1e-8 * Math.max(1, Math.abs(a * x0), Math.abs(b)) });
        expectClose(g[1]!, b, { abs: 1e-8 * Math.max(1, Math.abs(a * x0), Math.abs(b)) });
      }),
    );
  });

  it("falls back to a one-sided difference at the edge of f's domain", () => {
    const f = (x: Float64Array) => (x[0]! < 0 ? Number.NaN : Math.sqrt(x[0]!) + x[0]!);
    const g = numericalGradient(f, [1e-20]);
    expect(Number.isFinite(g[0]!)).toBe(true);
    expect(g[0]!).toBeGreaterThan(1);
  });

  it("does not mutate x (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 4 }), (x) => {
        const copy = [...x];
        numericalGradient((v) => v.reduce((s, t) => s + t * t, 0), x);
        expect(x).toEqual(copy);
      }),
    );
  });

  it("throws domain_error if f(x) is not finite, or f is not finite on either side in a coordinate", () => {
    expect(issuePaths(expectClienteleError(() => numericalGradient(() => Number.NaN, [0]), "domain_error"))).toEqual([
      "x",
    ]);
    const spike = (x: Float64Array) => (x[1] === 0 ? 1 : Number.NaN);
    expect(issuePaths(expectClienteleError(() => numericalGradient(spike, [0, 0]), "domain_error"))).toEqual(["x[1]"]);
  });

  it("throws invalid_input for an empty or non-finite x", () => {
    expectClienteleError(() => numericalGradient((x) => x[0]!, []), "invalid_input");
    expect(
      issuePaths(expectClienteleError(() => numericalGradient((x) => x[0]!, [Number.NaN]), "invalid_input")),
    ).toEqual(["x[0]"]);
  });
});

describe("numericalGradient on hostile input", () => {
  it("rejects an objective that is not a function with invalid_input at f (was a TypeError)", () => {
    expect(issuePaths(expectClienteleError(() => numericalGradient(null as never, [0]), "invalid_input"))).toEqual([
      "f",
    ]);
  });
});
