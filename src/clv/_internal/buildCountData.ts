// Compression of customer summaries to (x, t_x, T) triples with weights, in one pass (no sort): the
// frequency/recency models' log-likelihoods are sums over customers, so the weighted triples give exactly
// the same value in fewer terms. Customers without repeat purchases differ only by T and collapse
// to one triple per T. Repeat buyers are merged through a hash table on (x, t_x, T) while that pays: if
// fewer than 5% of the first 50,000 merge (continuous-time data, where t_x is almost never shared), the
// rest are appended as they come, which saves the table's random memory accesses. Frequencies and ages
// (T) are also grouped, so a likelihood can evaluate the terms that depend only on x (log-gammas,
// digammas) or only on T once per distinct value. T is grouped by the same rule: if fewer than 5% of the
// first 50,000 customers share a T seen before (continuous T), the rest get a group each (a T group is then
// no longer one per distinct T; the table's random accesses were two thirds of the time on 1,000,000
// customers).

const SMALL_FREQUENCY = 1024;
/** Repeat buyers hashed before deciding whether merging their duplicates is worth it. */
const PROBE = 50_000;
/** Merge rate among the probed repeat buyers below which the rest are not hashed. */
const MIN_MERGE_RATE = 0.05;

/**
 * Validated customer summaries in the weighted form every count-model likelihood reads: `size`
 * `(frequency, recency, T)` triples with their customer counts (duplicates merged; see the header for
 * when repeat buyers' duplicates are left unmerged), and groupings by frequency and by T. Triples come in
 * order of first appearance in the input.
 *
 * @internal
 */
export interface CountData {
  /** Number of customers, Σ weight. */
  readonly customers: number;
  /** Number of distinct triples. */
  readonly size: number;
  /** x of each triple (integers ≥ 0). */
  readonly frequency: Float64Array;
  /** t_x of each triple (0 ≤ t_x ≤ T; 0 when x = 0). */
  readonly recency: Float64Array;
  /** T of each triple (≥ 0). */
  readonly T: Float64Array;
  /** Customers with each triple (> 0). */
  readonly weight: Float64Array;
  /** For each triple, the index of its x in `distinctFrequency`. */
  readonly frequencyGroup: Uint32Array;
  /** The distinct x values. */
  readonly distinctFrequency: Float64Array;
  /** Customers with each distinct x. */
  readonly distinctFrequencyWeight: Float64Array;
  /** For each triple, the index of its T in `distinctT`. */
  readonly TGroup: Uint32Array;
  /** The T of each T group: the distinct T values, one each, unless T grouping stopped (see the header). */
  readonly distinctT: Float64Array;
}

/** murmur3's 32-bit finaliser. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Groups customers (already validated) into {@link CountData}. `-0` is read as 0.
 *
 * @param n - Number of input entries.
 * @param x - Frequencies (integers ≥ 0).
 * @param tx - Recencies.
 * @param T - Ages.
 * @param weight - Customers per entry (each > 0), or `undefined` for 1 each.
 * @returns The grouped data (fresh arrays).
 * @internal
 */
export function buildCountData(
  n: number,
  x: ArrayLike<number>,
  tx: ArrayLike<number>,
  T: ArrayLike<number>,
  weight: ArrayLike<number> | undefined,
): CountData {
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const age = new Float64Array(n);
  const w = new Float64Array(n);
  const frequencyGroup = new Uint32Array(n);
  const TGroup = new Uint32Array(n);
  const distinctFrequency: number[] = [];
  const distinctFrequencyWeight: number[] = [];
  const distinctT = new Float64Array(n);
  let distinctTCount = 0;
  const smallFrequency = new Int32Array(SMALL_FREQUENCY).fill(-1);
  const largeFrequency = new Map<number, number>();
  let capacity = 16;
  while (capacity < 2 * n) capacity *= 2;
  const mask = capacity - 1;
  const table = new Int32Array(capacity).fill(-1);
  // Distinct T by open addressing on the bits of T (a Map with number keys costs ~1 µs an entry).
  const tTable = new Int32Array(capacity).fill(-1);
  const bits = new Float64Array(1);
  const halves = new Int32Array(bits.buffer);
  const zeroTriple = new Int32Array(n).fill(-1);
  let lastT = Number.NaN;
  let lastTGroup = 0;
  let size = 0;
  let customers = 0;
  let hashed = 0;
  let merged = 0;
  let hashing = true;
  let tHashed = 0;
  let tMerged = 0;
  let tHashing = true;
  for (let i = 0; i < n; i++) {
    const xi = x[i]! + 0;
    const ri = tx[i]! + 0;
    const Ti = T[i]! + 0;
    const wi = weight === undefined ? 1 : weight[i]!;
    customers += wi;
    let xg: number;
    if (xi < SMALL_FREQUENCY) {
      xg = smallFrequency[xi]!;
      if (xg < 0) {
        xg = distinctFrequency.length;
        smallFrequency[xi] = xg;
        distinctFrequency.push(xi);
        distinctFrequencyWeight.push(0);
      }
    } else {
      const found = largeFrequency.get(xi);
      if (found === undefined) {
        xg = distinctFrequency.length;
        largeFrequency.set(xi, xg);
        distinctFrequency.push(xi);
        distinctFrequencyWeight.push(0);
      } else xg = found;
    }
    distinctFrequencyWeight[xg]! += wi;
    if (Ti !== lastT && !tHashing) {
      distinctT[distinctTCount] = Ti;
      lastTGroup = distinctTCount++;
      lastT = Ti;
    } else if (Ti !== lastT) {
      if (++tHashed === PROBE && tMerged < MIN_MERGE_RATE * PROBE) tHashing = false;
      bits[0] = Ti;
      let slot = fmix32(Math.imul(halves[0]!, 0x9e3779b1) ^ halves[1]!) & mask;
      for (;;) {
        const j = tTable[slot]!;
        if (j < 0) {
          tTable[slot] = distinctTCount;
          distinctT[distinctTCount] = Ti;
          lastTGroup = distinctTCount++;
          break;
        }
        if (distinctT[j] === Ti) {
          lastTGroup = j;
          tMerged++;
          break;
        }
        slot = (slot + 1) & mask;
      }
      lastT = Ti;
    }
    const tg = lastTGroup;
    // The index of the triple already stored for this customer, or −1 to store a new one at `size`.
    let k = -1;
    if (xi === 0) {
      // Customers without repeat purchases differ only by T: one triple per distinct T.
      const zero = zeroTriple[tg]!;
      if (zero < 0) zeroTriple[tg] = size;
      else k = zero;
    } else if (hashing) {
      if (++hashed === PROBE && merged < MIN_MERGE_RATE * PROBE) hashing = false;
      bits[0] = ri;
      let slot = fmix32(Math.imul(xg, 0x9e3779b1) ^ Math.imul(tg + 0x7f4a7c15, 0x85ebca77) ^ halves[0]!) ^ halves[1]!;
      slot = fmix32(slot) & mask;
      for (;;) {
        const j = table[slot]!;
        if (j < 0) {
          table[slot] = size;
          break;
        }
        if (frequencyGroup[j] === xg && TGroup[j] === tg && recency[j] === ri) {
          k = j;
          merged++;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    if (k < 0) {
      frequency[size] = xi;
      recency[size] = ri;
      age[size] = Ti;
      w[size] = wi;
      frequencyGroup[size] = xg;
      TGroup[size] = tg;
      size++;
    } else w[k] = w[k]! + wi;
  }
  // Trimmed to size: a view where most entries are kept (continuous T: no copy of 1,000,000-entry
  // arrays at the memory peak), a copy where most were merged (so the long buffers can be collected).
  function trim<A extends Float64Array | Uint32Array>(array: A, length = size): A {
    return (2 * length > n ? array.subarray(0, length) : array.slice(0, length)) as A;
  }
  return {
    customers,
    size,
    frequency: trim(frequency),
    recency: trim(recency),
    T: trim(age),
    weight: trim(w),
    frequencyGroup: trim(frequencyGroup),
    distinctFrequency: Float64Array.from(distinctFrequency),
    distinctFrequencyWeight: Float64Array.from(distinctFrequencyWeight),
    TGroup: trim(TGroup),
    distinctT: trim(distinctT, distinctTCount),
  };
}
