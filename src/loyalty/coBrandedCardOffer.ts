import * as z from "zod/mini";
import { throwInvalidValue } from "../_lib/invalidValue.ts";
import type { DiscountRate } from "../clv/DiscountRate.ts";
import { type TimeUnit, TimeUnitSchema } from "../time/TimeUnitSchema.ts";
import { readOffer } from "./_internal/readOffer.ts";

/**
 * A co-branded card that banks a share of card spend toward a future purchase (see
 * {@link coBrandedCardOffer}).
 *
 * @example
 * ```ts
 * import type { CoBrandedCardOffer } from "clientele/loyalty";
 * const carCard: CoBrandedCardOffer = {
 *   spendPerPeriod: 1500, periods: 36, bankedShare: 0.05, cap: 3500, unit: "month", discountRate: { rate: 0.06, per: "year" },
 * };
 * ```
 * @category Offers
 */
export interface CoBrandedCardOffer {
  /** Card spend per period, ≥ 0. */
  readonly spendPerPeriod: number;
  /** Periods of spend banked, a whole number ≥ 1. */
  readonly periods: number;
  /** Share of spend banked, in (0, 1] (0.05 for 5%). */
  readonly bankedShare: number;
  /** The most that can be banked in all, ≥ 0 (often a share of the product's price, e.g. 20% of a car's). */
  readonly cap?: number | undefined;
  /** When the banked amount is spent, in periods from now (default `periods`, the end of the banking); ≥ `periods`. */
  readonly purchaseAt?: number | undefined;
  /** Probability the member makes the purchase and uses the banked amount, in [0, 1] (default 1). */
  readonly redemptionProbability?: number | undefined;
  /** Share of the rebate the firm funds (the rest by the card issuer or a partner), in [0, 1] (default 1). */
  readonly firmShare?: number | undefined;
  /** The unit of `periods` and `purchaseAt`. */
  readonly unit: TimeUnit;
  /** The discount rate (the library's {@link DiscountRate}); a rate per another unit is converted only where exact. */
  readonly discountRate: DiscountRate;
}

/**
 * What a co-branded card offer is worth (see {@link coBrandedCardOffer}).
 *
 * @example
 * ```ts
 * import type { CoBrandedCardValue } from "clientele/loyalty";
 * const v: Pick<CoBrandedCardValue, "banked" | "presentValueToCustomer"> = { banked: 2700, presentValueToCustomer: 2266.97 };
 * ```
 * @category Offers
 */
export interface CoBrandedCardValue {
  /** Total banked: min(bankedShare × spendPerPeriod × periods, cap). */
  readonly banked: number;
  /** `banked` as a share of the card spend. */
  readonly rebateShareOfSpend: number;
  /** The discount factor 1 / (1 + d)^purchaseAt. */
  readonly discountFactor: number;
  /** The banked amount's present value to the member who makes the purchase: banked × discountFactor. */
  readonly presentValueToCustomer: number;
  /** The firm's expected cost in present value: redemptionProbability × firmShare × banked × discountFactor. */
  readonly costToFirm: number;
}

const share = () => /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1));
const Schema = /* @__PURE__ */ z.strictObject({
  spendPerPeriod: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
  periods: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1)),
  bankedShare: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(1)),
  cap: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0))),
  purchaseAt: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0))),
  redemptionProbability: /* @__PURE__ */ z.optional(share()),
  firmShare: /* @__PURE__ */ z.optional(share()),
  unit: TimeUnitSchema,
  discountRate: /* @__PURE__ */ z.unknown(),
});

/**
 * Present value to the customer and cost to the firm of a co-branded card that banks a share of card
 * spend toward a future purchase (a car maker's card banking 5% of spend, up to a cap, toward a new car).
 *
 * @remarks
 * The banked amount can only be spent on the purchase, so all of it is worth its amount at `purchaseAt`
 * discounted to now: PV = min(s × S × n, cap) / (1 + d)^T with S the spend per period, s the banked share,
 * n the periods, T the purchase time and d the rate per `unit`. The firm's expected cost multiplies by the
 * probability the purchase is made and the firm's share of the funding. These are accounting identities
 * (a present value of one cash flow), not a model of behaviour; the spend the card brings in and the
 * purchases it tips are for the caller to weigh against the cost.
 *
 * @param offer - The offer.
 * @returns The banked amount, its present value to the customer and the firm's expected cost.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad field (at `offer.…`), a `purchaseAt` before
 *   the banking ends, or a `discountRate` per a unit with no exact ratio to `unit` (at `offer.discountRate.per`).
 * @example
 * ```ts
 * import { coBrandedCardOffer } from "clientele/loyalty";
 * const v = coBrandedCardOffer({
 *   spendPerPeriod: 1500, periods: 36, bankedShare: 0.05, cap: 3500, unit: "month", discountRate: { rate: 0.06, per: "year" },
 * });
 * v.banked; // => 2700
 * v.presentValueToCustomer.toFixed(2); // => "2266.97" (2700 / 1.06³)
 * ```
 * @category Offers
 */
export function coBrandedCardOffer(offer: CoBrandedCardOffer): CoBrandedCardValue {
  const fn = "coBrandedCardOffer";
  const { offer: o, discount } = readOffer(fn, Schema, offer);
  const at = o.purchaseAt ?? o.periods;
  if (at < o.periods)
    throwInvalidValue(
      fn,
      ["offer", "purchaseAt"],
      `expected a time ≥ periods (${o.periods}): the banked amount is spent after the banking ends, received ${at}`,
      `number ≥ ${o.periods}`,
      String(at),
    );
  const spend = o.spendPerPeriod * o.periods;
  const uncapped = o.bankedShare * spend;
  const banked = o.cap === undefined ? uncapped : Math.min(uncapped, o.cap);
  const factor = discount(at);
  const pv = banked * factor;
  return {
    banked,
    rebateShareOfSpend: spend === 0 ? 0 : banked / spend,
    discountFactor: factor,
    presentValueToCustomer: pv,
    costToFirm: (o.redemptionProbability ?? 1) * (o.firmShare ?? 1) * pv,
  };
}
