/**
 * `true` when `A` and `B` have the same keys and each is assignable to the other (readonly modifiers
 * aside), else `false`. Used with {@link AssertTrue} so a hand-written, documented interface cannot drift
 * from the zod schema that produces it:
 * `type _Check = AssertTrue<SameShape<z.output<typeof rawSchema>, Declared>>` fails to compile on drift.
 *
 * @internal
 */
export type SameShape<A, B> = Same<ReadonlyDeep<A>, ReadonlyDeep<B>>;

/** @internal */
type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;

/**
 * Makes arrays and object properties read-only all the way down (Dates and functions untouched), so
 * schema outputs (mutable) compare equal to the read-only documented interfaces.
 *
 * @internal
 */
type ReadonlyDeep<T> = T extends Date | ((...args: never[]) => unknown)
  ? T
  : T extends readonly (infer U)[]
    ? readonly ReadonlyDeep<U>[]
    : T extends object
      ? { readonly [K in keyof T]: ReadonlyDeep<T[K]> }
      : T;

/**
 * Compiles only when `T` is `true`.
 *
 * @internal
 */
export type AssertTrue<T extends true> = T;
