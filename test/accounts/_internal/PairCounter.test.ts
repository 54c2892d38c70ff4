import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPairCounter, incrementPair } from "../../../src/accounts/_internal/PairCounter.ts";

describe("PairCounter", () => {
  it("counts pairs through several doublings exactly as a Map does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 })), { maxLength: 3000 }),
        (pairs) => {
          const c = createPairCounter(4);
          const m = new Map<string, number>();
          for (const [a, b] of pairs) {
            incrementPair(c, a, b);
            m.set(`${a},${b}`, (m.get(`${a},${b}`) ?? 0) + 1);
          }
          const got = new Map<string, number>();
          for (let s = 0; s < c.first.length; s++)
            if (c.first[s]! >= 0) got.set(`${c.first[s]},${c.second[s]}`, c.count[s]!);
          expect(got).toEqual(m);
          expect(c.size).toBe(m.size);
          expect(c.size * 2).toBeLessThanOrEqual(c.first.length);
        },
      ),
    );
  });
});
