import { describe, expect, it } from "vitest";
import {
  createCounterStream,
  nextUnit,
  selectEntity,
  selectSubstream,
  splitMix64NthBigInt,
  splitMix64NthInto,
  unitOfBigInt,
  unitOfWord,
} from "../../src/_lib/splitMix64.ts";

// Check values from ../shared/bench/peer-reference.md (counter-based SplitMix64).
describe("splitMix64 (counter-based, peer-reference check values)", () => {
  it("BigInt form: key(42,0), key(42,1), sub(key(42,0),0), its draw 0, and nth(0, 0..2)", () => {
    const key0 = splitMix64NthBigInt(42n, 0);
    expect(key0).toBe(0xbdd732262feb6e95n);
    expect(splitMix64NthBigInt(42n, 1)).toBe(0x28efe333b266f103n);
    const sub = splitMix64NthBigInt(key0, 0);
    expect(sub).toBe(0x57e1faba65107204n);
    const draw0 = splitMix64NthBigInt(sub, 0);
    expect(draw0).toBe(0x6310bf04d8207f46n);
    expect(unitOfBigInt(draw0)).toBe(0.3869742762400409);
    expect([0, 1, 2].map((k) => splitMix64NthBigInt(0n, k))).toEqual([
      0xe220a8397b1dcdafn,
      0x6e789e6aa1b965f4n,
      0x06c45d188009454fn,
    ]);
  });

  it("32-bit word form gives the same words and units as the BigInt form", () => {
    const words = new Int32Array(2);
    for (const [base, k] of [
      [42n, 0],
      [0n, 2],
      [0xbdd732262feb6e95n, 7],
    ] as const) {
      splitMix64NthInto(words, 0, Number(base >> 32n) | 0, Number(base & 0xffffffffn) | 0, k);
      const fromWords = (BigInt(words[0]! >>> 0) << 32n) | BigInt(words[1]! >>> 0);
      expect(fromWords).toBe(splitMix64NthBigInt(base, k));
      expect(unitOfWord(words, 0)).toBe(unitOfBigInt(fromWords));
    }
  });

  it("streams: entity 0 of seed 42, substream 0, first draw is the published unit", () => {
    const stream = createCounterStream();
    selectEntity(stream, 42, 0);
    selectSubstream(stream, 0);
    const u = nextUnit(stream);
    expect(u).toBe(0.3869742762400409);
    expect(u).toBeGreaterThan(0);
    expect(u).toBeLessThan(1);
  });
});
