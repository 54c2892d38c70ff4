import * as z from "zod/mini";
import type { DiscountRate } from "../clv/DiscountRate.ts";
import { type TimeUnit, TimeUnitSchema } from "../time/TimeUnitSchema.ts";
import { readOffer } from "./_internal/readOffer.ts";

/**
 * A trade-in discount on a used product (see {@link tradeInOffer}).
 *
 * @example
 * ```ts
 * import type { TradeInOffer } from "clientele/loyalty";
 * const offer: TradeInOffer = { allowance: 9000, marketValue: 7500, resaleValue: 8000, at: 0, unit: "year", discountRate: 0.08 };
 * ```
 * @category Offers
 */
export interface TradeInOffer {
  /** What the firm credits for the used product against the new one, ≥ 0. */
  readonly allowance: number;
  /** What the customer could get for the used product elsewhere (a private sale), ≥ 0. */
  readonly marketValue: number;
  /** What the firm recovers from the used product (resale net of reconditioning), ≥ 0. */
  readonly resaleValue: number;
  /** When the trade-in happens, in `unit`s from now, ≥ 0 (a trade-in promised for later). */
  readonly at: number;
  /** The unit of `at`. */
  readonly unit: TimeUnit;
  /** The discount rate (the library's {@link DiscountRate}); a rate per another unit is converted only where exact. */
  readonly discountRate: DiscountRate;
}

/**
 * What a trade-in offer is worth (see {@link tradeInOffer}).
 *
 * @example
 * ```ts
 * import type { TradeInValue } from "clientele/loyalty";
 * const v: Pick<TradeInValue, "presentValueToCustomer" | "costToFirm"> = { presentValueToCustomer: 1500, costToFirm: 1000 };
 * ```
 * @category Offers
 */
export interface TradeInValue {
  /** The discount factor 1 / (1 + d)^at. */
  readonly discountFactor: number;
  /** (allowance − marketValue) × discountFactor: the premium over selling the product elsewhere (may be negative). */
  readonly presentValueToCustomer: number;
  /** (allowance − resaleValue) × discountFactor: what the allowance costs beyond what the product recovers (may be negative). */
  readonly costToFirm: number;
}

const money = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));
const Schema = /* @__PURE__ */ z.strictObject({
  allowance: money(),
  marketValue: money(),
  resaleValue: money(),
  at: money(),
  unit: TimeUnitSchema,
  discountRate: /* @__PURE__ */ z.unknown(),
});

/**
 * Present value to the customer and cost to the firm of a trade-in discount: the firm credits an
 * allowance for the customer's used product against a new one.
 *
 * @remarks
 * Accounting identities at one date, discounted to now: the customer's gain is the allowance less what
 * the used product would fetch elsewhere; the firm's cost is the allowance less what it recovers by
 * reselling the product. The difference between the two, marketValue − resaleValue, is the value the
 * trade-in creates or destroys by moving the used product to whoever resells it better.
 *
 * @param offer - The offer.
 * @returns The present values.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad field (at `offer.…`), or a `discountRate`
 *   per a unit with no exact ratio to `unit` (at `offer.discountRate.per`).
 * @example
 * ```ts
 * import { tradeInOffer } from "clientele/loyalty";
 * const v = tradeInOffer({ allowance: 9000, marketValue: 7500, resaleValue: 8000, at: 2, unit: "year", discountRate: 0.08 });
 * v.presentValueToCustomer.toFixed(2); // => "1286.01" (1500 / 1.08²)
 * v.costToFirm.toFixed(2); // => "857.34" (1000 / 1.08²)
 * ```
 * @category Offers
 */
export function tradeInOffer(offer: TradeInOffer): TradeInValue {
  const { offer: o, discount } = readOffer("tradeInOffer", Schema, offer);
  const factor = discount(o.at);
  return {
    discountFactor: factor,
    presentValueToCustomer: (o.allowance - o.marketValue) * factor,
    costToFirm: (o.allowance - o.resaleValue) * factor,
  };
}
