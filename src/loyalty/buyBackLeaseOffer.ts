import * as z from "zod/mini";
import type { DiscountRate } from "../clv/DiscountRate.ts";
import { type TimeUnit, TimeUnitSchema } from "../time/TimeUnitSchema.ts";
import { readOffer } from "./_internal/readOffer.ts";

/**
 * A buy-back lease: the customer pays a share of the price now and returns the product after a term
 * (see {@link buyBackLeaseOffer}).
 *
 * @example
 * ```ts
 * import type { BuyBackLeaseOffer } from "clientele/loyalty";
 * const offer: BuyBackLeaseOffer = { price: 30000, upfrontShare: 0.6, term: 3, residualValue: 14000, unit: "year", discountRate: 0.08 };
 * ```
 * @category Offers
 */
export interface BuyBackLeaseOffer {
  /** The product's price if bought outright, > 0. */
  readonly price: number;
  /** Share of the price paid now, in (0, 1] (0.6 for 60%). */
  readonly upfrontShare: number;
  /** When the product is returned, in `unit`s from now, > 0. */
  readonly term: number;
  /** What the returned product is worth to the firm at the end of the term (resale), ≥ 0. */
  readonly residualValue: number;
  /** What the product would be worth to the customer at the end of the term had they bought it, ≥ 0 (default `residualValue`). */
  readonly customerResidualValue?: number | undefined;
  /** The unit of `term`. */
  readonly unit: TimeUnit;
  /** The discount rate (the library's {@link DiscountRate}); a rate per another unit is converted only where exact. */
  readonly discountRate: DiscountRate;
}

/**
 * What a buy-back lease is worth (see {@link buyBackLeaseOffer}).
 *
 * @example
 * ```ts
 * import type { BuyBackLeaseValue } from "clientele/loyalty";
 * const v: Pick<BuyBackLeaseValue, "upfrontPayment"> = { upfrontPayment: 18000 };
 * ```
 * @category Offers
 */
export interface BuyBackLeaseValue {
  /** price × upfrontShare, paid now. */
  readonly upfrontPayment: number;
  /** The discount factor 1 / (1 + d)^term. */
  readonly discountFactor: number;
  /** What owning outright costs the customer in present value: price − customerResidualValue × discountFactor. */
  readonly costOfOwning: number;
  /** The customer's gain over buying outright: costOfOwning − upfrontPayment (may be negative). */
  readonly presentValueToCustomer: number;
  /** The firm's cost against an outright sale: price − upfrontPayment − residualValue × discountFactor (may be negative). */
  readonly costToFirm: number;
}

const Schema = /* @__PURE__ */ z.strictObject({
  price: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  upfrontShare: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0), /* @__PURE__ */ z.lte(1)),
  term: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0)),
  residualValue: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0)),
  customerResidualValue: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0))),
  unit: TimeUnitSchema,
  discountRate: /* @__PURE__ */ z.unknown(),
});

/**
 * Present value to the customer and cost to the firm of a buy-back lease: pay a share of the price now
 * (60%, say), use the product for a term, hand it back.
 *
 * @remarks
 * Both sides are compared with an outright sale at `price`, in present value (accounting identities):
 * - customer: owning costs price − M/(1 + d)^n (they keep a product worth M at the end); the lease costs
 *   the upfront payment s × price; the gain is (1 − s) × price − M/(1 + d)^n;
 * - firm: it receives s × price instead of the price, and gets back a product worth R at the end; the
 *   cost is (1 − s) × price − R/(1 + d)^n.
 *
 * With M = R the customer's gain equals the firm's cost: the lease moves value, it creates none. It pays
 * the firm when the customer values the product's end-of-term worth less than the firm does (M < R), or
 * through the repeat purchase at the end of the term that it sets up.
 *
 * @param offer - The offer.
 * @returns The payments and present values.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad field (at `offer.…`), or a `discountRate`
 *   per a unit with no exact ratio to `unit` (at `offer.discountRate.per`).
 * @example
 * ```ts
 * import { buyBackLeaseOffer } from "clientele/loyalty";
 * const v = buyBackLeaseOffer({ price: 30000, upfrontShare: 0.6, term: 3, residualValue: 14000, unit: "year", discountRate: 0.08 });
 * v.upfrontPayment; // => 18000
 * v.costToFirm.toFixed(2); // => "886.35" (12000 − 14000 / 1.08³)
 * ```
 * @category Offers
 */
export function buyBackLeaseOffer(offer: BuyBackLeaseOffer): BuyBackLeaseValue {
  const { offer: o, discount } = readOffer("buyBackLeaseOffer", Schema, offer);
  const factor = discount(o.term);
  const upfront = o.price * o.upfrontShare;
  const costOfOwning = o.price - (o.customerResidualValue ?? o.residualValue) * factor;
  return {
    upfrontPayment: upfront,
    discountFactor: factor,
    costOfOwning,
    presentValueToCustomer: costOfOwning - upfront,
    costToFirm: o.price - upfront - o.residualValue * factor,
  };
}
