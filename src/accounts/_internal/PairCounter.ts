/**
 * Counts of item pairs (a, b), a < b, in an open-addressing hash table of typed arrays (linear probing, load
 * ≤ 1/2, doubling): about 16 bytes per slot, so memory is proportional to the distinct pairs counted, and an
 * increment costs no allocation (a `Map<number, number>` was about three times slower on 1M lines).
 *
 * @internal
 */
export interface PairCounter {
  /** Slots: first item of the pair, −1 when empty. */
  first: Int32Array;
  /** Slots: second item of the pair. */
  second: Int32Array;
  /** Slots: the pair's count. */
  count: Int32Array;
  /** Distinct pairs stored. */
  size: number;
}

/** @internal */
export function createPairCounter(capacity = 1024): PairCounter {
  let slots = 16;
  while (slots < capacity * 2) slots *= 2;
  return {
    first: new Int32Array(slots).fill(-1),
    second: new Int32Array(slots),
    count: new Int32Array(slots),
    size: 0,
  };
}

function slotOf(a: number, b: number, mask: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) & mask;
}

function grow(c: PairCounter): void {
  const { first, second, count } = c;
  const slots = first.length * 2;
  const mask = slots - 1;
  c.first = new Int32Array(slots).fill(-1);
  c.second = new Int32Array(slots);
  c.count = new Int32Array(slots);
  for (let s = 0; s < first.length; s++) {
    const a = first[s]!;
    if (a < 0) continue;
    const b = second[s]!;
    let t = slotOf(a, b, mask);
    while (c.first[t] !== -1) t = (t + 1) & mask;
    c.first[t] = a;
    c.second[t] = b;
    c.count[t] = count[s]!;
  }
}

/** Adds one to the count of (a, b); both ≥ 0. @internal */
export function incrementPair(c: PairCounter, a: number, b: number): void {
  const mask = c.first.length - 1;
  let s = slotOf(a, b, mask);
  for (;;) {
    const f = c.first[s]!;
    if (f === a && c.second[s] === b) {
      c.count[s]!++;
      return;
    }
    if (f === -1) break;
    s = (s + 1) & mask;
  }
  c.first[s] = a;
  c.second[s] = b;
  c.count[s] = 1;
  if (++c.size * 2 > c.first.length) grow(c);
}
