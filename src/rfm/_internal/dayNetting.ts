/**
 * The per-(customer, day) totals behind `returns: "net"`: every row of a customer on one civil day
 * (purchases and returns) summed exactly (a double-double hi + lo, as the summary's other sums), with
 * the day's row count and whether it had a return. Mergeable in any order: each entry is a sum.
 *
 * Keys are `customer · 2^28 + (day + 2^27)`, exact below 2^53 for customer indexes below 2^25 and any
 * civil day of a `Date` (within ±2^27).
 *
 * @internal
 */
export class DayNetting {
  private readonly slots = new Map<number, number>();
  /** Per slot: hi, lo, rows, hasReturn (1 or 0). */
  private data = new Float64Array(0);
  private used = 0;

  /** Number of (customer, day) entries. */
  get size(): number {
    return this.used;
  }

  /**
   * Adds rows to the entry of `customer` on `day`.
   *
   * @param customer - Customer index.
   * @param day - Civil day number.
   * @param hi - Amount (or high part of a sum).
   * @param lo - Low part of the sum (0 for one row).
   * @param rows - Rows added.
   * @param hasReturn - Whether a return is among them.
   */
  add(customer: number, day: number, hi: number, lo: number, rows: number, hasReturn: boolean): void {
    const key = customer * 2 ** 28 + (day + 2 ** 27);
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.used++;
      if (4 * this.used > this.data.length) {
        const grown = new Float64Array(Math.max(256, 2 * this.data.length));
        grown.set(this.data);
        this.data = grown;
      }
      this.slots.set(key, slot);
    }
    const d = this.data;
    const p = 4 * slot;
    const sum = d[p]! + hi;
    const bv = sum - d[p]!;
    d[p + 1]! += d[p]! - (sum - bv) + (hi - bv) + lo;
    d[p] = sum;
    d[p + 2]! += rows;
    if (hasReturn) d[p + 3] = 1;
  }

  /**
   * Calls `visit` for every entry (in insertion order).
   *
   * @param visit - Receives the customer index, day, the exact sum as hi and lo, rows and whether the
   *   day had a return.
   */
  forEach(
    visit: (customer: number, day: number, hi: number, lo: number, rows: number, hasReturn: boolean) => void,
  ): void {
    const d = this.data;
    for (const [key, slot] of this.slots) {
      const customer = Math.floor(key / 2 ** 28);
      const day = key - customer * 2 ** 28 - 2 ** 27;
      const p = 4 * slot;
      visit(customer, day, d[p]!, d[p + 1]!, d[p + 2]!, d[p + 3] === 1);
    }
  }
}
