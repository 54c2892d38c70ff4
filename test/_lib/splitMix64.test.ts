import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createCounterStream,
  mix64BigInt,
  mix64Into,
  nextUnit,
  selectEntity,
  selectSubstream,
  splitMix64NthBigInt,
  splitMix64NthInto,
  unitOfBigInt,
  unitOfWord,
} from "../../src/_lib/splitMix64.ts";

const toBigInt = (w: Int32Array, at: number): bigint => (BigInt(w[at]! >>> 0) << 32n) | BigInt(w[at + 1]! >>> 0);

describe("splitMix64 (counter-based SplitMix64 of peer-reference.md)", () => {
  it("reproduces the published check values (key(42,0), key(42,1), sub(key(42,0),0), its draw 0, nth(0, 0…2))", () => {
    expect(splitMix64NthBigInt(42n, 0)).toBe(0xbdd732262feb6e95n);
    expect(splitMix64NthBigInt(42n, 1)).toBe(0x28efe333b266f103n);
    const sub = splitMix64NthBigInt(splitMix64NthBigInt(42n, 0), 0);
    expect(sub).toBe(0x57e1faba65107204n);
    expect(splitMix64NthBigInt(sub, 0)).toBe(0x6310bf04d8207f46n);
    expect(unitOfBigInt(splitMix64NthBigInt(sub, 0))).toBe(0.3869742762400409);
    expect([0, 1, 2].map((k) => splitMix64NthBigInt(0n, k))).toEqual([
      0xe220a8397b1dcdafn,
      0x6e789e6aa1b965f4n,
      0x06c45d188009454fn,
    ]);
    expect(mix64BigInt(0n)).toBe(0n);
  });

  it("gives the same words with 32-bit halves as with BigInt (property over bases and counters)", () => {
    const words = new Int32Array(2);
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), fc.nat({ max: 2 ** 40 }), (base, k) => {
        const hi = Number(base >> 32n) | 0;
        const lo = Number(base & 0xffffffffn) | 0;
        splitMix64NthInto(words, 0, hi, lo, k);
        expect(toBigInt(words, 0)).toBe(splitMix64NthBigInt(base, k));
        mix64Into(words, 0, hi, lo);
        expect(toBigInt(words, 0)).toBe(mix64BigInt(base));
        expect(unitOfWord(words, 0)).toBe(unitOfBigInt(mix64BigInt(base)));
      }),
    );
  });

  it("draws unit(nth(sub(key(seed, i), c), j)) for j = 0, 1, … from a selected substream", () => {
    const stream = createCounterStream();
    for (const [seed, i, c] of [
      [42, 0, 0],
      [42, 7, 3],
      [2 ** 40 + 5, 123_456, 2],
    ] as const) {
      selectEntity(stream, seed, i);
      selectSubstream(stream, c);
      const sub = splitMix64NthBigInt(splitMix64NthBigInt(BigInt(seed), i), c);
      for (let j = 0; j < 5; j++) expect(nextUnit(stream)).toBe(unitOfBigInt(splitMix64NthBigInt(sub, j)));
    }
  });

  it("gives uniforms strictly inside (0, 1)", () => {
    const stream = createCounterStream();
    selectEntity(stream, 1, 1);
    selectSubstream(stream, 0);
    for (let j = 0; j < 10_000; j++) {
      const u = nextUnit(stream);
      expect(u > 0 && u < 1).toBe(true);
    }
  });
});
