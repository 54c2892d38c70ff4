import * as z from "zod/mini";
import { CurrencySchema } from "../schema/primitives.ts";

/**
 * An explicit currency conversion for {@link summarizeTransactions}: every row's `amount` is converted
 * into `to` before anything is summed, by a fixed rate per currency. Nothing is converted unless you
 * pass one; without it, a customer with amounts in two currencies fails the call.
 *
 * @remarks
 * A row in currency `c` contributes `amount × rates[c]` (so `rates.EUR = 1.08` with `to: "USD"` means
 * 1 EUR = 1.08 USD); a row in `to` keeps its amount, and `rates[to]`, if given, must be 1. A row
 * without a `currency`, or in a currency missing from `rates`, is `invalid_input` at its `currency`:
 * no amount is ever assumed to be in some currency. The rates do not depend on the date of the row: for
 * historical rates, convert the amounts yourself before summarising.
 *
 * @example
 * ```ts
 * import type { CurrencyConversion } from "clientele/rfm";
 * const toUsd: CurrencyConversion = { to: "USD", rates: { EUR: 1.08, GBP: 1.27 } };
 * ```
 * @category RFM
 */
export interface CurrencyConversion {
  /** Currency of the summary's monetary values (ISO 4217). */
  readonly to: string;
  /** Units of `to` per unit of each other currency: finite and > 0. */
  readonly rates: Readonly<Record<string, number>>;
}

/**
 * Schema of {@link CurrencyConversion}: `to` and the keys of `rates` are ISO 4217 codes, rates finite
 * and > 0, and `rates[to]`, when present, exactly 1.
 *
 * @example
 * ```ts
 * import { parseInput } from "clientele/schema";
 * import { CurrencyConversionSchema } from "clientele/rfm";
 * parseInput("f", CurrencyConversionSchema, { to: "USD", rates: { EUR: 1.08 } }).rates.EUR; // => 1.08
 * ```
 * @category RFM
 */
export const CurrencyConversionSchema: z.ZodMiniType<CurrencyConversion, CurrencyConversion> = /* @__PURE__ */ z
  .strictObject({
    to: CurrencySchema,
    rates: /* @__PURE__ */ z.record(CurrencySchema, /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0))),
  })
  .check(
    /* @__PURE__ */ z.refine((c: CurrencyConversion) => c.rates[c.to] === undefined || c.rates[c.to] === 1, {
      path: ["rates"],
      params: { expected: "rates[to] absent or 1" },
    }),
  );
