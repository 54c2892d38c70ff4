import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customerKey } from "../../../src/simulation/_internal/customerKey.ts";

describe("customerKey", () => {
  it("is a safe integer in [0, 2^53) for any id, and the same for the same id", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (id) => {
        const k = customerKey(id);
        expect(Number.isSafeInteger(k)).toBe(true);
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThan(2 ** 53);
        expect(customerKey(id)).toBe(k);
      }),
    );
  });

  it('matches FNV-1a 32-bit on its low half (the published test vector for "a": 0xe40c292c)', () => {
    // FNV-1a 32 of "a" with the standard offset basis is 0xe40c292c (Fowler, Noll & Vo test vectors);
    // the high 21 bits come from the same hash with another basis, so check the 21-bit high part separately.
    const k = customerKey("a");
    expect(Math.floor(k / 2 ** 32)).toBe(0xe40c292c >>> 11);
  });

  it("gives 100,000 sequential ids 100,000 distinct keys", () => {
    const keys = new Set(Array.from({ length: 100_000 }, (_, i) => customerKey(String(i).padStart(6, "0"))));
    expect(keys.size).toBe(100_000);
  });
});
