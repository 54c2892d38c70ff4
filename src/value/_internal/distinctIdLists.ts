/**
 * Id lists this area built and knows to be distinct (every id a non-empty string, none repeated), frozen
 * so that they cannot change afterwards: `customerProfitColumns` marks its `customerId` column, and the
 * readers of profit columns skip their distinctness check (a hash of every id) for a marked list.
 *
 * @internal
 */
const known = new WeakSet<object>();

/**
 * Freezes a list of distinct, non-empty string ids and marks it as checked.
 *
 * @param ids - The ids (checked distinct by the caller).
 * @returns The same list, frozen.
 * @internal
 */
export function markDistinctIds(ids: string[]): readonly string[] {
  Object.freeze(ids);
  known.add(ids);
  return ids;
}

/**
 * Whether a value is a list {@link markDistinctIds} marked (frozen, so still distinct).
 *
 * @param ids - The value.
 * @returns Whether it was marked.
 * @internal
 */
export function isMarkedDistinct(ids: unknown): ids is readonly string[] {
  return typeof ids === "object" && ids !== null && known.has(ids);
}
