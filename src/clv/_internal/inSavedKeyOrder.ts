/**
 * A validated value with the keys of every plain object in the order they had in the saved value: a
 * zod object schema builds its output in the order of its shape, so without this `JSON.stringify` of a
 * loaded fit would list `params` before `unit` whatever the saved text did. Keys of `parsed` missing
 * from `saved` (none today: the fit schemas strip unknown keys and add no defaults) come last, in
 * `parsed`'s order; arrays keep their order and are walked element by element. `parsed` is not changed.
 *
 * @param saved - The value as read from JSON (untrusted, already validated into `parsed`).
 * @param parsed - The schema's output for `saved`.
 * @returns `parsed`, rebuilt with `saved`'s key order (fresh objects and arrays; primitives as they are).
 * @internal
 */
export function inSavedKeyOrder<T>(saved: unknown, parsed: T): T {
  if (Array.isArray(parsed)) {
    const from = Array.isArray(saved) ? saved : [];
    return parsed.map((item, i) => inSavedKeyOrder(from[i], item)) as T;
  }
  if (!isPlainObject(parsed)) return parsed;
  const out: Record<string, unknown> = {};
  if (isPlainObject(saved)) {
    for (const key of Object.keys(saved)) {
      if (Object.hasOwn(parsed, key)) define(out, key, inSavedKeyOrder(saved[key], parsed[key]));
    }
  }
  for (const key of Object.keys(parsed)) {
    if (!Object.hasOwn(out, key)) define(out, key, inSavedKeyOrder(undefined, parsed[key]));
  }
  return out as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Sets an own data property (a key named `"__proto__"` included, which `=` would treat as the prototype). */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
