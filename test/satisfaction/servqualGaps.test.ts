import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { servqualGaps } from "../../src/satisfaction/servqualGaps.ts";
import { servqualDimensions } from "../../src/satisfaction/servqualItems.ts";
import { expectClose } from "../_helpers/expectClose.ts";
import { expectClienteleError, issuePaths } from "../_helpers/expectIssue.ts";

const fill = (v: number) => Array<number>(22).fill(v);
/** Perceptions of a worked example: tangibles met (6), reliability 4, responsiveness 5, assurance 5, empathy 5. */
const perceptionsA = [...Array(4).fill(6), ...Array(5).fill(4), ...Array(13).fill(5)] as number[];
/** A second respondent: expectations 7 throughout, perceptions 7 on tangibles, 6 elsewhere. */
const perceptionsB = [...Array(4).fill(7), ...Array(18).fill(6)] as number[];
const respondents = [
  { expectations: fill(6), perceptions: perceptionsA },
  { expectations: fill(7), perceptions: perceptionsB },
];
const importance = { tangibles: 10, reliability: 30, responsiveness: 25, assurance: 20, empathy: 15 };

describe("servqualGaps", () => {
  it("computes item, dimension and overall gaps of a worked example checked by hand", () => {
    // Item 1: E = (6 + 7)/2 = 6.5, P = (6 + 7)/2 = 6.5, gap 0. Item 5: E 6.5, P (4 + 6)/2 = 5, gap −1.5.
    // Items 10–22: P (5 + 6)/2 = 5.5, gap −1. Dimensions 0, −1.5, −1, −1, −1; overall −4.5/5 = −0.9.
    const r = servqualGaps(respondents);
    expect(r.items).toHaveLength(22);
    expect(r.items[0]).toEqual({ item: 1, dimension: "tangibles", expectation: 6.5, perception: 6.5, gap: 0, n: 2 });
    expect(r.items[4]).toEqual({ item: 5, dimension: "reliability", expectation: 6.5, perception: 5, gap: -1.5, n: 2 });
    expect(r.byDimension).toEqual({ tangibles: 0, reliability: -1.5, responsiveness: -1, assurance: -1, empathy: -1 });
    expectClose(r.overall, -0.9, { rel: 1e-15 });
    expect([r.n, r.missing, r.skipped, r.imputed, r.weighted]).toEqual([2, 0, 0, 0, undefined]);
  });

  it("weights the dimension gaps by importance points checked by hand: 0 − 0.45 − 0.25 − 0.2 − 0.15 = −1.05", () => {
    const r = servqualGaps(respondents, { importance });
    expectClose(r.weighted!.byDimension.reliability, -0.45, { rel: 1e-15 });
    expectClose(r.weighted!.byDimension.responsiveness, -0.25, { rel: 1e-15 });
    expectClose(r.weighted!.overall, -1.05, { rel: 1e-14 });
  });

  it("reads flat columns (typed or plain) to the same result as rows", () => {
    const e = new Uint8Array([...fill(6), ...fill(7)]);
    const p = new Uint8Array([...perceptionsA, ...perceptionsB]);
    expect(servqualGaps({ expectations: e, perceptions: p })).toEqual(servqualGaps(respondents));
    expect(servqualGaps({ expectations: Array.from(e), perceptions: Float64Array.from(p) })).toEqual(
      servqualGaps(respondents),
    );
  });

  it("rejects importance points that do not sum to 100, and unknown dimensions", () => {
    const e = expectClienteleError(
      () => servqualGaps(respondents, { importance: { ...importance, empathy: 20 } }),
      "invalid_input",
    );
    expect(issuePaths(e)).toEqual(["options.importance"]);
    const u = expectClienteleError(
      () => servqualGaps(respondents, { importance: { ...importance, price: 0 } as never }),
      "invalid_input",
    );
    expect(issuePaths(u)).toEqual(["options.importance"]);
  });

  it("names every answer off the scale at its path, in rows and in columns", () => {
    const rows = [{ expectations: [...fill(6).slice(0, 21), 8], perceptions: [0, ...fill(5).slice(1)] }];
    const e = expectClienteleError(() => servqualGaps(rows), "invalid_input");
    expect(issuePaths(e)).toEqual(["responses[0].expectations[21]", "responses[0].perceptions[0]"]);
    expect(e.message).toContain("expected a whole number from 1 to 7, received 8 → at responses[0].expectations[21]");
    const c = expectClienteleError(
      () =>
        servqualGaps({
          expectations: Float64Array.from([...fill(6).slice(0, 21), 6.5]),
          perceptions: Float64Array.from(fill(5)),
        }),
      "invalid_input",
    );
    expect(issuePaths(c)).toEqual(["responses.expectations[21]"]);
    const len = expectClienteleError(
      () => servqualGaps([{ expectations: fill(6).slice(1), perceptions: fill(5) }]),
      "invalid_input",
    );
    expect(issuePaths(len)).toEqual(["responses[0].expectations"]);
    const cols = expectClienteleError(() => servqualGaps({ expectations: fill(6), perceptions: [] }), "invalid_input");
    expect(issuePaths(cols)).toEqual(["responses.perceptions"]);
  });

  it("accepts another declared scale (1–5)", () => {
    const r = servqualGaps([{ expectations: fill(5), perceptions: fill(1) }], {
      scale: { min: 1, max: 5, integer: true },
    });
    expect(r.overall).toBe(-4);
    expectClienteleError(
      () => servqualGaps([{ expectations: fill(6), perceptions: fill(1) }], { scale: { min: 1, max: 5 } }),
      "invalid_input",
    );
  });

  describe("missing answers", () => {
    const withHole = [
      { expectations: [null, ...fill(6).slice(1)], perceptions: perceptionsA },
      { expectations: fill(7), perceptions: [...perceptionsB.slice(0, 21), undefined] },
    ];

    it("rejects them by default, each at its path", () => {
      const e = expectClienteleError(() => servqualGaps(withHole), "invalid_input");
      expect(issuePaths(e)).toEqual(["responses[0].expectations[0]", "responses[1].perceptions[21]"]);
    });

    it("skip: each item over the respondents who answered both halves, with the pairs left out counted", () => {
      const r = servqualGaps(withHole, { missing: "skip" });
      expect(r.items[0]).toEqual({ item: 1, dimension: "tangibles", expectation: 7, perception: 7, gap: 0, n: 1 });
      expect(r.items[21]).toEqual({ item: 22, dimension: "empathy", expectation: 6, perception: 5, gap: -1, n: 1 });
      expect([r.missing, r.skipped, r.imputed]).toEqual([2, 2, 0]);
    });

    it("impute-midpoint: 4 on 1–7 for each missing answer", () => {
      const r = servqualGaps(withHole, { missing: "impute-midpoint" });
      // Item 1: E = (4 + 7)/2 = 5.5, P = 6.5 → gap 1. Item 22: E 6.5, P = (5 + 4)/2 = 4.5 → gap −2.
      expect([r.items[0]!.gap, r.items[21]!.gap, r.imputed, r.skipped]).toEqual([1, -2, 2, 0]);
    });

    it("impute-mean: the item's mean of the answers given", () => {
      const r = servqualGaps(withHole, { missing: "impute-mean" });
      // Item 1: E = 7 (the one answer), P 6.5 → −0.5. Item 22: E 6.5, P = 5 → −1.5.
      expect([r.items[0]!.gap, r.items[21]!.gap, r.imputed]).toEqual([-0.5, -1.5, 2]);
    });

    it("NaN marks a missing answer in a float column; an item nobody answered is insufficient_data", () => {
      const e = Float64Array.from([...fill(6), ...fill(6)]);
      const p = Float64Array.from([...fill(5), ...fill(5)]);
      p[3] = Number.NaN;
      const r = servqualGaps({ expectations: e, perceptions: p }, { missing: "skip" });
      expect([r.skipped, r.missing, r.items[3]!.n, r.items[3]!.gap]).toEqual([1, 1, 1, -1]);
      const one = { expectations: e.subarray(0, 22), perceptions: p.subarray(0, 22) };
      const none = expectClienteleError(() => servqualGaps(one, { missing: "skip" }), "insufficient_data");
      expect(none.message).toBe("servqualGaps: item 4 has no answers to average");
      expectClienteleError(() => servqualGaps([]), "insufficient_data");
    });
  });

  it("the dimensions partition the 22 items as published (1–4, 5–9, 10–13, 14–17, 18–22)", () => {
    expect(servqualDimensions.flatMap((d) => d.items)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });

  const answer = fc.integer({ min: 1, max: 7 });
  const respondent = fc.record({
    expectations: fc.array(answer, { minLength: 22, maxLength: 22 }),
    perceptions: fc.array(answer, { minLength: 22, maxLength: 22 }),
  });

  it("property: gaps in −6…6, permutation-invariant, weighted overall within the dimension range, input not mutated", () => {
    fc.assert(
      fc.property(fc.array(respondent, { minLength: 1, maxLength: 20 }), (rows) => {
        const copy = structuredClone(rows);
        const r = servqualGaps(rows, { importance });
        for (const item of r.items) {
          expect(Math.abs(item.gap)).toBeLessThanOrEqual(6);
        }
        const dims = Object.values(r.byDimension);
        expect(r.overall).toBeGreaterThanOrEqual(Math.min(...dims) - 1e-12);
        expect(r.overall).toBeLessThanOrEqual(Math.max(...dims) + 1e-12);
        expect(r.weighted!.overall).toBeGreaterThanOrEqual(Math.min(...dims) - 1e-12);
        expect(r.weighted!.overall).toBeLessThanOrEqual(Math.max(...dims) + 1e-12);
        const reversed = servqualGaps([...rows].reverse(), { importance });
        for (let k = 0; k < 22; k++) expectClose(reversed.items[k]!.gap, r.items[k]!.gap, { rel: 1e-12, abs: 1e-12 });
        expectClose(reversed.overall, r.overall, { rel: 1e-12, abs: 1e-12 });
        expect(rows).toEqual(copy);
      }),
    );
  });
});
