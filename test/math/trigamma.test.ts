import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trigamma } from "../../src/math/trigamma.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";
import { loadUnary } from "../fixtures/mpmath/loadFixture.ts";

describe("trigamma", () => {
  it("matches mpmath 1.3.0 ψ′(x) to 1e-14 relative at every fixture point whose value is a finite double", () => {
    const cases = loadUnary("trigamma").filter((c) => Number.isFinite(c.value));
    expect(cases.length).toBeGreaterThan(150);
    for (const c of cases) expectClose(trigamma(c.x), c.value, { rel: 1e-14 }, `x = ${c.x}`);
  });

  it("gives ψ′(1) = π²/6 and ψ′(½) = π²/2", () => {
    expectClose(trigamma(1), (Math.PI * Math.PI) / 6, { rel: 1e-15 });
    expectClose(trigamma(0.5), (Math.PI * Math.PI) / 2, { rel: 1e-15 });
  });

  it("satisfies ψ′(x) = ψ′(x + 1) + 1/x² (property, x in [1e-3, 1e6])", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (x) => {
        const lhs = trigamma(x);
        expectClose(lhs, trigamma(x + 1) + 1 / (x * x), { rel: 1e-14 }, `x = ${x}`);
      }),
    );
  });

  it("satisfies the reflection ψ′(1 − x) + ψ′(x) = π²/sin²(πx) at negative non-integers", () => {
    for (const x of [-0.5, -1.25, -2.75, -10.1]) {
      const s = Math.sin(Math.PI * x);
      expectClose(trigamma(1 - x) + trigamma(x), (Math.PI * Math.PI) / (s * s), { rel: 1e-13 }, `x = ${x}`);
    }
  });

  it("stays finite at the extremes: ψ′(1e-8) ≈ 1e16, ψ′(1e15) ≈ 1e-15", () => {
    expectClose(trigamma(1e-8), 1e16 + (Math.PI * Math.PI) / 6, { rel: 1e-15 });
    expectClose(trigamma(1e15), 1e-15, { rel: 1e-14 });
  });

  it("throws domain_error at the poles and when ψ′ overflows (x = 1e-300)", () => {
    for (const x of [0, -3]) expect(issuePaths(expectClienteleError(() => trigamma(x), "domain_error"))).toEqual(["x"]);
    expectClienteleError(() => trigamma(1e-300), "domain_error");
  });

  it("throws invalid_input for NaN and ±Infinity", () => {
    for (const x of [Number.NaN, Number.POSITIVE_INFINITY]) expectClienteleError(() => trigamma(x), "invalid_input");
  });
});
