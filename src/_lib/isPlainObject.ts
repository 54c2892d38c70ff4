/**
 * Whether `value` is a plain object: not null, not an array, created by an object literal,
 * `Object.create(null)` or JSON parsing (prototype `Object.prototype` or `null`).
 *
 * @param value - Anything.
 * @returns Whether it is a plain record.
 * @internal
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
