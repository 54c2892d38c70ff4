import * as z from "zod/mini";

/**
 * A customer identifier: a non-empty string, or a safe integer (converted to its decimal string so ids
 * compare equal whichever way a source wrote them).
 *
 * @example
 * ```ts
 * import { CustomerIdSchema, parseInput } from "clientele/schema";
 * parseInput("f", CustomerIdSchema, 42); // => "42"
 * ```
 * @category Schema
 */
export const CustomerIdSchema = /* @__PURE__ */ z.pipe(
  /* @__PURE__ */ z.union([
    /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
    /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0)),
  ]),
  /* @__PURE__ */ z.transform((v: string | number): string => String(v)),
);

/**
 * An amount of money: a finite number (NaN and ±Infinity are rejected). The unit is the row's
 * currency, if any; clientele never converts currencies.
 *
 * @example
 * ```ts
 * import { MoneySchema, parseInput } from "clientele/schema";
 * parseInput("f", MoneySchema, -12.5); // => -12.5
 * ```
 * @category Schema
 */
export const MoneySchema = /* @__PURE__ */ z.number();

/**
 * A non-negative, finite amount of money (revenues, costs, prices).
 *
 * @example
 * ```ts
 * import { NonNegativeMoneySchema, parseInput } from "clientele/schema";
 * parseInput("f", NonNegativeMoneySchema, 29.33); // => 29.33
 * ```
 * @category Schema
 */
export const NonNegativeMoneySchema = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

/**
 * An ISO 4217 currency code: three upper-case letters (`"USD"`, `"EUR"`).
 *
 * @example
 * ```ts
 * import { CurrencySchema, parseInput } from "clientele/schema";
 * parseInput("f", CurrencySchema, "EUR"); // => "EUR"
 * ```
 * @category Schema
 */
export const CurrencySchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[A-Z]{3}$/));

/**
 * A non-empty string label (product ids, channels, kinds).
 *
 * @example
 * ```ts
 * import { LabelSchema, parseInput } from "clientele/schema";
 * parseInput("f", LabelSchema, "web"); // => "web"
 * ```
 * @category Schema
 */
export const LabelSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1));
