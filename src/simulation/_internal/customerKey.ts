/**
 * The entity key of a customer id for the counter-based generator: a 53-bit hash of the id's UTF-16 code
 * units (two FNV-1a 32-bit hashes with different offset bases, the first cut to 21 bits), so that a
 * customer's draws depend on (seed, id) only, not on the customer's position or on the other customers.
 *
 * @param id - The customer id (as records hold it, a string).
 * @returns An integer in [0, 2⁵³).
 * @internal
 */
export function customerKey(id: string): number {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 11) * 4294967296 + (b >>> 0);
}
