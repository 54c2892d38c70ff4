import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paretoNbdLogA0 } from "../../../../src/clv/paretoNbd/_internal/paretoNbdLogA0.ts";
import {
  paretoNbdLogDeadOdds,
  paretoNbdProbabilityAlive,
} from "../../../../src/clv/paretoNbd/_internal/paretoNbdProbabilityAlive.ts";
import { expectClose } from "../../../_helpers/expectClose.ts";
import { loadDeadOddsCases } from "../../../fixtures/mpmath-issue17/loadFixture.ts";
import { loadLogA0 } from "../../../fixtures/mpmath-unit-shift/loadFixture.ts";

const params = { r: 0.553282, alpha: 10.577753, s: 0.606171, beta: 11.666907 };

describe("paretoNbdProbabilityAlive", () => {
  const alive = paretoNbdProbabilityAlive(params);
  it("equals 1/(1 + s/(r+s+x) (α+T)^(r+x) (β+T)^s A₀) (Fader & Hardie 2005, note 009, eq. 24) for moderate customers", () => {
    const { r, alpha, s, beta } = params;
    for (const [x, tx, T] of [
      [0, 0, 38],
      [2, 30, 38],
      [26, 30.86, 31],
      [1, 4, 38],
    ] as const) {
      const a0 = Math.exp(paretoNbdLogA0(r, alpha, s, beta, x, tx, T));
      const expected = 1 / (1 + (s / (r + s + x)) * (alpha + T) ** (r + x) * (beta + T) ** s * a0);
      expectClose(alive(x, tx, T), expected, { rel: 1e-12 });
    }
  });

  it("is 1 when the last purchase is at T, below 1 for x = 0 and T > 0, and decreases as the customer stays quiet", () => {
    expect(alive(3, 20, 20)).toBe(1);
    expect(alive(0, 0, 38)).toBeLessThan(1);
    expect(alive(2, 10, 38)).toBeLessThan(alive(2, 30, 38));
  });

  it("stays in [0, 1] and finite for heavy buyers (x up to 500, T up to 5,000)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        (x, fraction, T) => {
          const p = alive(x, x === 0 ? 0 : fraction * T, T);
          expect(p >= 0 && p <= 1).toBe(true);
        },
      ),
    );
  });
});

/** Customers for the memo tests: x up to 1,500 (the tables stop at 1,024), a few T values repeated in runs and
 * interleaved, t_x = 0, t_x = T and t_x inside (0, T). */
const customerSequence = fc.array(
  fc
    .record({
      x: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1500 })),
      T: fc.constantFrom(0, 12.5, 38, 52, 52, 52, 400, 4000),
      where: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
      repeat: fc.integer({ min: 1, max: 3 }),
    })
    .map(({ x, T, where, repeat }) => ({ x, tx: x === 0 ? 0 : where * T, T, repeat })),
  { maxLength: 40 },
);

describe("paretoNbdProbabilityAlive accuracy", () => {
  it("matches mpmath at 258 points (six parameter sets, x up to 900, T up to 5,000, t_x up to T(1 − 10⁻⁶)) to 5e-16 × (M · (1 + t_x/(T − t_x)) · (1 − P) + 1) relative, M the size of the exponents", () => {
    const cases = loadLogA0();
    expect(cases.length).toBe(258);
    for (const c of cases) {
      const actual = paretoNbdProbabilityAlive(c)(c.x, c.tx, c.T);
      const label = `${c.group} x ${c.x} t_x ${c.tx} T ${c.T}`;
      if (c.alive < 1e-300) {
        expect(actual, label).toBeLessThan(1e-290);
        continue;
      }
      // The rounding of the exponents ((r + x) ln(α + T), m ln(p + t_x), …) is amplified by the
      // cancellation of A₀'s two terms (condition 1 + t_x/(T − t_x)) and reaches P through P(1 − P).
      const m = c.r + c.s + c.x;
      const size =
        Math.abs((c.r + c.x) * Math.log(c.alpha + c.T)) +
        Math.abs(c.s * Math.log(c.beta + c.T)) +
        m * Math.abs(Math.log(Math.max(c.alpha, c.beta) + c.tx)) +
        1;
      const condition = 1 + c.tx / (c.T - c.tx);
      expectClose(actual, c.alive, { rel: 5e-16 * (size * condition * (1 - c.alive) + 1) }, label);
    }
  });

  it("agrees with the logistic of −paretoNbdLogDeadOdds (the log-scale formula) to 1e-12 × (1 + t_x/(T − t_x)) relative over sequences with mixed and repeated T, t_x = 0, t_x = T and x ≥ 1,024, in both branches", () => {
    for (const p of [params, { r: 0.55, alpha: 20, s: 0.61, beta: 3 }]) {
      fc.assert(
        fc.property(customerSequence, (customers) => {
          const alive = paretoNbdProbabilityAlive(p);
          for (const { x, tx, T, repeat } of customers) {
            const d = paretoNbdLogDeadOdds(p, x, tx, T);
            const expected = d === Number.NEGATIVE_INFINITY ? 1 : 1 / (1 + Math.exp(d));
            // Both lose digits as t_x nears T (A₀ is a difference there): the tolerance grows like 1 + t_x/(T − t_x).
            const condition = tx < T ? 1 + tx / (T - tx) : 1;
            for (let k = 0; k < repeat; k++) {
              expectClose(alive(x, tx, T), expected, { rel: 1e-12 * condition, abs: 1e-300 });
            }
          }
        }),
        { numRuns: 50, seed: 20261207 },
      );
    }
  });
});

describe("paretoNbdProbabilityAlive with nearly constant rates (issue 17 item 4)", () => {
  it("matches mpmath for s up to 1e300 and r up to 1e9 in the kernel and in the log-odds, where the ₂F₁ form gave NaN, 1 or lost 8 digits", () => {
    // Before: s = 1e9, β = 1.17e10 gave NaN; s = 1e300, β = 1.1e300 gave P(alive) = 1 for a customer quiet for
    // 8.4 weeks with a dropout rate of 0.91 a week (the right value is 3.1e-4); s = 1e7 lost 8 digits.
    for (const c of loadDeadOddsCases()) {
      const [r, alpha, s, beta, x, tx, T] = c.args;
      const p = { r, alpha, s, beta };
      const expected = 1 / (1 + Math.exp(c.value));
      expectClose(paretoNbdProbabilityAlive(p)(x, tx, T), expected, { rel: 1e-12 }, JSON.stringify(c.args));
      expectClose(paretoNbdLogDeadOdds(p, x, tx, T), c.value, { rel: 1e-12 }, JSON.stringify(c.args));
    }
  });
  it("gives the same value from the kernel's table (x < 1,024) and without it (x ≥ 1,024) at s = 1e9", () => {
    const p = { r: 0.5533, alpha: 10.5776, s: 1e9, beta: 1.16659e10 };
    for (const x of [3, 2000]) {
      const alive = paretoNbdProbabilityAlive(p);
      alive(x, 5, 38.86); // fills the table for this T
      expectClose(alive(x, 30.43, 38.86), 1 / (1 + Math.exp(paretoNbdLogDeadOdds(p, x, 30.43, 38.86))), { rel: 1e-14 });
    }
  });
});

describe("paretoNbdProbabilityAlive memory", () => {
  it("gives the same value, bit for bit, from one kernel reused over mixed T as from a fresh kernel per customer", () => {
    fc.assert(
      fc.property(customerSequence, (customers) => {
        const alive = paretoNbdProbabilityAlive(params);
        for (const { x, tx, T, repeat } of customers) {
          for (let k = 0; k < repeat; k++) expect(alive(x, tx, T)).toBe(paretoNbdProbabilityAlive(params)(x, tx, T));
        }
      }),
      { numRuns: 50 },
    );
  });

  it("does not mutate the parameters", () => {
    const p = { ...params };
    const alive = paretoNbdProbabilityAlive(p);
    alive(3, 20, 38);
    alive(0, 0, 52);
    expect(p).toEqual(params);
  });
});
