const RADIX = 65_536;

/**
 * Input indices ranked by profit, highest first, ties by id (so that a permutation of the input ranks
 * alike): a stable LSD radix sort on the profits' IEEE-754 bits (four 16-bit passes, O(n)), then each run
 * of equal profits (rare, usually short) sorted by id. Far cheaper than a comparator sort at 100,000
 * customers, which the whale-curve target (≤ 300 ms with the profits) needs.
 *
 * @param profits - Finite profits.
 * @param ids - Their ids.
 * @returns The ranking, as input indices.
 * @internal
 */
export function rankByProfit(profits: Float64Array, ids: readonly string[]): Uint32Array {
  const n = profits.length;
  const bits = new Uint32Array(profits.buffer, profits.byteOffset, n * 2);
  // Keys that sort ascending as unsigned integers in the order of descending profit: the usual
  // sign-flip transform (negative: all bits flipped; positive: sign bit flipped), then inverted.
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const l = bits[2 * i]!;
    const h = bits[2 * i + 1]!;
    const negative = h >>> 31 === 1;
    hi[i] = ~(negative ? ~h : h ^ 0x80000000) >>> 0;
    lo[i] = ~(negative ? ~l : l) >>> 0;
  }
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const counts = new Uint32Array(RADIX);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(word[i]! >>> shift) & 0xffff]!++;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      next[counts[(word[i]! >>> shift) & 0xffff]!++] = i;
    }
    const t = order;
    order = next;
    next = t;
  }
  for (let k = 0; k < n; ) {
    let end = k + 1;
    const p = profits[order[k]!]!;
    while (end < n && profits[order[end]!] === p) end++;
    if (end - k > 1) {
      const run = Array.from(order.subarray(k, end)).sort((a, b) =>
        ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0,
      );
      order.set(run, k);
    }
    k = end;
  }
  return order;
}
