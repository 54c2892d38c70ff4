import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapPatterns } from "../../../src/clv/_internal/mapPatterns.ts";
import { expectClienteleError, issuePaths } from "../../_helpers/expectIssue.ts";

const encode = (x: number, tx: number, n: number) => x * 10_000 + tx * 100 + n;

describe("mapPatterns", () => {
  it("returns a number for one pattern and a Float64Array for columns, ignoring count and other keys", () => {
    expect(mapPatterns("f", { frequency: 2, recency: 5, opportunities: 6, count: 9 }, encode, false)).toBe(20_506);
    const out = mapPatterns(
      "f",
      { frequency: [0, 3], recency: Int32Array.of(0, 6), opportunities: [6, 6], count: [40, 12] },
      encode,
      false,
    );
    expect(out).toEqual(Float64Array.of(6, 30_606));
    expect(mapPatterns("f", { frequency: [], recency: [], opportunities: [] }, encode, false)).toEqual(
      new Float64Array(0),
    );
  });

  it("rejects impossible patterns (x > t_x, t_x > n, x = 0 with t_x > 0, non-integers) with their paths", () => {
    const paths = (customer: unknown) =>
      issuePaths(expectClienteleError(() => mapPatterns("f", customer, encode, false), "invalid_input"));
    expect(paths({ frequency: 3, recency: 2, opportunities: 6 })).toEqual(["customer.frequency"]);
    expect(paths({ frequency: 1, recency: 7, opportunities: 6 })).toEqual(["customer.recency"]);
    expect(paths({ frequency: 0, recency: 2, opportunities: 6 })).toEqual(["customer.recency"]);
    expect(paths({ frequency: 1.5, recency: 2, opportunities: 6 })).toEqual(["customer.frequency"]);
    expect(paths({ frequency: [1, 2, 1], recency: [1, 1, 1], opportunities: [1, 1, 0.5] })).toEqual([
      "customer.frequency[1]",
      "customer.opportunities[2]",
    ]);
    expect(paths(null)).toEqual(["customer"]);
    expect(paths({ frequency: [1], recency: [1, 2], opportunities: "6" })).toEqual([
      "customer.recency",
      "customer.opportunities",
    ]);
  });

  it("turns NaN from the kernel into domain_error at the customer's index, and clamps probabilities", () => {
    const error = expectClienteleError(
      () => mapPatterns("f", { frequency: [1, 1], recency: [1, 1], opportunities: [2, 2] }, () => Number.NaN, false),
      "domain_error",
    );
    expect(issuePaths(error)).toEqual(["customer[0]"]);
    expect(mapPatterns("f", { frequency: 1, recency: 1, opportunities: 1 }, () => 1 + 1e-16, true)).toBe(1);
  });

  it("gives the same values one by one as in columns, and does not mutate its input", () => {
    const pattern = fc.tuple(fc.nat(50), fc.nat(50), fc.nat(50)).map(([a, b, c]) => {
      const [x, tx, n] = [a, b, c].sort((p, q) => p - q) as [number, number, number];
      return x === 0 || tx === 0
        ? { frequency: 0, recency: 0, opportunities: n }
        : { frequency: x, recency: tx, opportunities: n };
    });
    fc.assert(
      fc.property(fc.array(pattern, { maxLength: 30 }), (rows) => {
        const columns = {
          frequency: rows.map((r) => r.frequency),
          recency: rows.map((r) => r.recency),
          opportunities: rows.map((r) => r.opportunities),
        };
        const copy = structuredClone(columns);
        const out = mapPatterns("f", columns, encode, false) as Float64Array;
        expect(columns).toEqual(copy);
        rows.forEach((r, i) => {
          expect(out[i]).toBe(mapPatterns("f", r, encode, false));
        });
      }),
    );
  });
});

describe("mapPatterns on many bad patterns (issue 17, item 7)", () => {
  it("keeps the issues of every bad pattern up to 10,000 and counts them all (it kept 20, uncounted)", () => {
    const n = 30;
    const e = expectClienteleError(
      () =>
        mapPatterns(
          "f",
          { frequency: new Array(n).fill(-1), recency: new Array(n).fill(0), opportunities: new Array(n).fill(6) },
          encode,
          false,
        ),
      "invalid_input",
    );
    expect(e.issues.length).toBe(n);
    expect(e.issueCount).toBe(n);
    expect(e.issues[n - 1]!.path).toEqual(["customer", "frequency", n - 1]);
  });
});
