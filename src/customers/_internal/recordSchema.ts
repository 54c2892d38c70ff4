import * as z from "zod/mini";

/**
 * `z.record(key, value)` that rejects an own `"__proto__"` key with its path, where zod would drop it
 * without a word (an object literal cannot hold it as data: assigning it sets the prototype). Used
 * for the free-form records `Customer.attributes` and `SurveyResponse.scores`.
 *
 * @param key - Schema of the keys.
 * @param value - Schema of the values.
 * @internal
 */
export function recordSchema<K extends z.core.$ZodRecordKey, V extends z.core.SomeType>(key: K, value: V) {
  const record = z.record(key, value);
  return z.pipe(
    z.custom<z.input<typeof record>>(
      (input) => typeof input !== "object" || input === null || !Object.hasOwn(input, "__proto__"),
      {
        message: 'the key "__proto__" cannot be kept as data; rename it',
        path: ["__proto__"],
      },
    ),
    record,
  );
}
