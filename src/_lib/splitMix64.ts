// Counter-based SplitMix64 (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators",
// OOPSLA; the finaliser is Stafford's "Mix13"), in the layout of /work/shared/bench/peer-reference.md, where
// every uniform is a pure function of (seed, entity, substream, draw):
//   GOLDEN = 0x9E3779B97F4A7C15
//   mix64(z) = z ^= z >> 30; z *= 0xBF58476D1CE4E5B9; z ^= z >> 27; z *= 0x94D049BB133111EB; z ^= z >> 31
//   nth(base, k) = mix64(base + GOLDEN·(k + 1))      (the k-th output of SplitMix64 seeded with base)
//   key(seed, i) = nth(seed, i);  sub(key, c) = nth(key, c);  draw j = unit(nth(sub, j))
//   unit(z) = ((z >> 12)·2 + 1)·2^−53                 (an exact double in (0, 1), never 0 or 1)
// All arithmetic is mod 2^64. The fast path holds a 64-bit word as two 32-bit halves in an Int32Array
// (Math.imul for the low product, 16-bit pieces for its high half), so nothing is boxed or allocated; the
// BigInt functions are the readable reference the tests compare it with.

const G_HI = 0x9e3779b9 | 0;
const G_LO = 0x7f4a7c15 | 0;
const C1_HI = 0xbf58476d | 0;
const C1_LO = 0x1ce4e5b9 | 0;
const C2_HI = 0x94d049bb | 0;
const C2_LO = 0x133111eb | 0;
const TWO_32 = 4294967296;
const TWO_NEG_53 = 2 ** -53;

/**
 * A substream of the counter-based generator, as 32-bit halves in an Int32Array:
 * `[stateHi, stateLo, scratchHi, scratchLo, keyHi, keyLo]`: the SplitMix64 state (the substream key plus
 * GOLDEN times the draws taken), a scratch word, and the current entity key.
 *
 * @internal
 */
export type CounterStream = Int32Array;

/** High 32 bits of the 64-bit product of two unsigned 32-bit integers (given as int32 bit patterns). */
function mulHigh32(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = ((a0 * b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0;
}

/**
 * words[at], words[at + 1] = mix64(hi·2³² + lo): SplitMix64's finaliser.
 *
 * @param words - Receives the result (high half at `at`, low half at `at + 1`).
 * @param at - Offset of the high half.
 * @param hi - Upper 32 bits of the input (any int32/uint32 bit pattern).
 * @param lo - Lower 32 bits of the input.
 * @internal
 */
export function mix64Into(words: Int32Array, at: number, hi: number, lo: number): void {
  // z ^= z >> 30
  lo ^= (lo >>> 30) | (hi << 2);
  hi ^= hi >>> 30;
  // z *= C1
  let h = (mulHigh32(lo, C1_LO) + Math.imul(hi, C1_LO) + Math.imul(lo, C1_HI)) | 0;
  lo = Math.imul(lo, C1_LO);
  hi = h;
  // z ^= z >> 27
  lo ^= (lo >>> 27) | (hi << 5);
  hi ^= hi >>> 27;
  // z *= C2
  h = (mulHigh32(lo, C2_LO) + Math.imul(hi, C2_LO) + Math.imul(lo, C2_HI)) | 0;
  lo = Math.imul(lo, C2_LO);
  hi = h;
  // z ^= z >> 31
  lo ^= (lo >>> 31) | (hi << 1);
  hi ^= hi >>> 31;
  words[at] = hi;
  words[at + 1] = lo;
}

/**
 * words[at], words[at + 1] = nth(base, k): the k-th output (k = 0, 1, …) of SplitMix64 seeded with `base`.
 *
 * @param words - Receives the result.
 * @param at - Offset of the high half.
 * @param baseHi - Upper half of the base.
 * @param baseLo - Lower half of the base.
 * @param k - Output index, an integer in [0, 2⁵³ − 1).
 * @internal
 */
export function splitMix64NthInto(words: Int32Array, at: number, baseHi: number, baseLo: number, k: number): void {
  const n = k + 1;
  const nHi = Math.floor(n / TWO_32) | 0;
  const nLo = (n - (nHi >>> 0) * TWO_32) | 0;
  // GOLDEN · n mod 2^64
  let hi = (mulHigh32(G_LO, nLo) + Math.imul(G_HI, nLo) + Math.imul(G_LO, nHi)) | 0;
  let lo = Math.imul(G_LO, nLo);
  // + base
  const sumLo = (lo >>> 0) + (baseLo >>> 0);
  lo = sumLo | 0;
  hi = (hi + baseHi + (sumLo >= TWO_32 ? 1 : 0)) | 0;
  mix64Into(words, at, hi, lo);
}

/**
 * The uniform made from the word at words[at], words[at + 1]: ((w >> 12)·2 + 1)·2⁻⁵³, an exact double
 * in (0, 1).
 *
 * @param words - The word's halves.
 * @param at - Offset of the high half.
 * @returns The uniform.
 * @internal
 */
export function unitOfWord(words: Int32Array, at: number): number {
  return (((words[at]! >>> 0) * 1048576 + (words[at + 1]! >>> 12)) * 2 + 1) * TWO_NEG_53;
}

/**
 * A fresh stream (all zero); point it at an entity with {@link selectEntity}, then at a substream with
 * {@link selectSubstream}.
 *
 * @returns The stream.
 * @internal
 */
export function createCounterStream(): CounterStream {
  return new Int32Array(6);
}

/**
 * Points `stream` at entity `i` for `seed`: the key becomes key(seed, i) = nth(seed, i). Select a
 * substream next.
 *
 * @param stream - The stream.
 * @param seed - The seed, a safe integer ≥ 0 (read as a 64-bit word).
 * @param entity - Entity index i (customer or row), a safe integer ≥ 0.
 * @internal
 */
export function selectEntity(stream: CounterStream, seed: number, entity: number): void {
  const seedHi = Math.floor(seed / TWO_32);
  splitMix64NthInto(stream, 4, seedHi | 0, (seed - seedHi * TWO_32) | 0, entity);
}

/**
 * Points `stream` at substream `c` of the selected entity, ready for draw 0: the state becomes
 * sub(key, c) = nth(key, c).
 *
 * @param stream - The stream (an entity selected).
 * @param substream - Substream index c, an integer ≥ 0.
 * @internal
 */
export function selectSubstream(stream: CounterStream, substream: number): void {
  splitMix64NthInto(stream, 0, stream[4]!, stream[5]!, substream);
}

/**
 * The next uniform of a substream: draw j = unit(nth(sub, j)), by advancing the SplitMix64 state by
 * GOLDEN and mixing a copy.
 *
 * @param stream - The stream (advanced by one draw).
 * @returns A double in (0, 1).
 * @internal
 */
export function nextUnit(stream: CounterStream): number {
  const sumLo = (stream[1]! >>> 0) + (G_LO >>> 0);
  const lo = sumLo | 0;
  const hi = (stream[0]! + G_HI + (sumLo >= TWO_32 ? 1 : 0)) | 0;
  stream[0] = hi;
  stream[1] = lo;
  mix64Into(stream, 2, hi, lo);
  return unitOfWord(stream, 2);
}

// ---------------------------------------------------------------------------------------------------------
// BigInt reference (slow, obviously correct)
// ---------------------------------------------------------------------------------------------------------

const MASK = (1n << 64n) - 1n;
const GOLDEN = 0x9e3779b97f4a7c15n;

/**
 * SplitMix64's finaliser on a BigInt word (mod 2⁶⁴), the reference for {@link mix64Into}.
 *
 * @param z - The word.
 * @returns mix64(z).
 * @internal
 */
export function mix64BigInt(z: bigint): bigint {
  let x = z & MASK;
  x ^= x >> 30n;
  x = (x * 0xbf58476d1ce4e5b9n) & MASK;
  x ^= x >> 27n;
  x = (x * 0x94d049bb133111ebn) & MASK;
  x ^= x >> 31n;
  return x;
}

/**
 * nth(base, k) with BigInt, the reference for {@link splitMix64NthInto}.
 *
 * @param base - The seed word.
 * @param k - Output index ≥ 0.
 * @returns The k-th SplitMix64 output.
 * @internal
 */
export function splitMix64NthBigInt(base: bigint, k: number): bigint {
  return mix64BigInt((base + GOLDEN * BigInt(k + 1)) & MASK);
}

/**
 * unit(z) with BigInt, the reference for {@link unitOfWord}.
 *
 * @param z - The word.
 * @returns ((z >> 12)·2 + 1)·2⁻⁵³.
 * @internal
 */
export function unitOfBigInt(z: bigint): number {
  return (Number(z >> 12n) * 2 + 1) * TWO_NEG_53;
}
