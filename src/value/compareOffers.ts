import * as z from "zod/mini";
import { checkDistinctIds } from "../_lib/duplicateIds.ts";
import { ClienteleDomainError, ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/index.ts";
import { parseInput } from "../schema/parseInput.ts";
import { LabelSchema } from "../schema/primitives.ts";
import { checkDeliveredValue, deliveredValueOf } from "./_internal/deliveredValueOf.ts";
import { OfferSidesSchema, readDeliveredValueOptions } from "./_internal/deliveredValueSchemas.ts";
import type { CustomerOffer, DeliveredValue, DeliveredValueOptions } from "./customerDeliveredValue.ts";

/**
 * One of the offers a customer weighs: the firm's or a competitor's (see {@link compareOffers}).
 *
 * @example
 * ```ts
 * import type { NamedOffer } from "clientele/value";
 * const rival: NamedOffer = {
 *   offerId: "rival",
 *   value: { product: 650, service: 80, personnel: 60, image: 90 },
 *   cost: { monetary: 520, time: 40, energy: 30, psychic: 10 },
 * };
 * ```
 * @category Delivered value
 */
export interface NamedOffer extends CustomerOffer {
  /** The offer's id, unique in the list. */
  readonly offerId: string;
}

/**
 * Options of {@link compareOffers}: the delivered-value options and which offer is the firm's.
 *
 * @example
 * ```ts
 * import type { CompareOffersOptions } from "clientele/value";
 * const o: CompareOffersOptions = { own: "ours" };
 * ```
 * @category Delivered value
 */
export interface CompareOffersOptions extends DeliveredValueOptions {
  /** The firm's offer id; without it, the leader is compared with the others. */
  readonly own?: string | undefined;
}

/**
 * A component's effect on the gap between the focal offer and another: for a value component, the focal
 * offer's weighted value minus the other's; for a cost component, the other's weighted cost minus the
 * focal's (a lower cost helps). The effects sum to the gap.
 *
 * @example
 * ```ts
 * import type { ComponentEffect } from "clientele/value";
 * const e: ComponentEffect = { side: "value", component: "service", effect: 70 };
 * ```
 * @category Delivered value
 */
export interface ComponentEffect {
  /** Value or cost. */
  readonly side: "value" | "cost";
  /** The component (`"product"`, …, `"monetary"`, …). */
  readonly component: string;
  /** Its contribution to gap (positive: in the focal offer's favour). */
  readonly effect: number;
}

/**
 * The focal offer against one other (see {@link compareOffers}).
 *
 * @example
 * ```ts
 * import type { OfferComparison } from "clientele/value";
 * const c: Pick<OfferComparison, "otherId" | "gap" | "winner"> = { otherId: "rival", gap: 30, winner: "ours" };
 * ```
 * @category Delivered value
 */
export interface OfferComparison {
  /** The other offer. */
  readonly otherId: string;
  /** Focal delivered value − the other's (> 0: the focal offer wins). */
  readonly gap: number;
  /** The offer with the higher delivered value (the focal one on a tie). */
  readonly winner: string;
  /** Every component's effect, largest |effect| first (ties in side and component order). */
  readonly effects: readonly ComponentEffect[];
  /**
   * The components that decide it: the largest effects in the winner's favour whose removal alone would
   * erase its lead (empty on a tie).
   */
  readonly deciding: readonly ComponentEffect[];
}

/**
 * One ranked offer (see {@link compareOffers}).
 *
 * @example
 * ```ts
 * import type { RankedOffer } from "clientele/value";
 * const r: Pick<RankedOffer, "offerId" | "rank"> = { offerId: "ours", rank: 1 };
 * ```
 * @category Delivered value
 */
export interface RankedOffer extends DeliveredValue {
  /** The offer. */
  readonly offerId: string;
  /** 1 for the highest delivered value. */
  readonly rank: number;
}

/**
 * The offers ranked and the focal offer compared with each other one (see {@link compareOffers}).
 *
 * @example
 * ```ts
 * import type { OfferRanking } from "clientele/value";
 * const r: Pick<OfferRanking, "focal" | "leader"> = { focal: "ours", leader: "ours" };
 * ```
 * @category Delivered value
 */
export interface OfferRanking {
  /** Offers by delivered value, highest first (ties by id). */
  readonly ranking: readonly RankedOffer[];
  /** The leading offer. */
  readonly leader: string;
  /** The offer compared with the others: `options.own`, else the leader. */
  readonly focal: string;
  /** The focal offer against each other offer, in rank order. */
  readonly versus: readonly OfferComparison[];
}

const ListSchema = /* @__PURE__ */ z.array(
  /* @__PURE__ */ z.strictObject({
    offerId: LabelSchema,
    value: OfferSidesSchema.shape.value,
    cost: OfferSidesSchema.shape.cost,
  }),
);
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function comparison(focalId: string, focal: DeliveredValue, otherId: string, other: DeliveredValue): OfferComparison {
  const effects: ComponentEffect[] = [];
  for (const k of Object.keys(focal.value) as (keyof DeliveredValue["value"])[]) {
    effects.push({ side: "value", component: k, effect: focal.value[k] - other.value[k] });
  }
  for (const k of Object.keys(focal.cost) as (keyof DeliveredValue["cost"])[]) {
    effects.push({ side: "cost", component: k, effect: other.cost[k] - focal.cost[k] });
  }
  const gap = focal.deliveredValue - other.deliveredValue;
  const order = effects.map((e, i) => ({ e, i }));
  order.sort((a, b) => Math.abs(b.e.effect) - Math.abs(a.e.effect) || a.i - b.i);
  const sorted = order.map((x) => x.e);
  const deciding: ComponentEffect[] = [];
  if (gap !== 0) {
    const sign = Math.sign(gap);
    let removed = 0;
    for (const e of sorted) {
      if (Math.sign(e.effect) !== sign) continue;
      deciding.push(e);
      removed += Math.abs(e.effect);
      if (removed >= Math.abs(gap)) break;
    }
  }
  return { otherId, gap, winner: gap < 0 ? otherId : focalId, effects: sorted, deciding };
}

/**
 * Ranks a firm's offer and its competitors' for one customer by delivered value, and says, for the firm's
 * offer against each other one, which value and cost components decide the contest.
 *
 * @remarks
 * Kotler's customer delivered value ({@link customerDeliveredValue}) applied to the offers the customer
 * weighs: the customer buys the offer with the highest delivered value. The gap between two offers is
 * the sum of the components' effects (value differences, and cost differences with the sign turned, a
 * lower cost helping); the deciding components are the largest effects in the winner's favour that,
 * removed together, would erase its lead — what the loser must match to draw level. Ranking ties break
 * by id, so the result does not depend on the input's order.
 *
 * @param offers - The offers, with distinct ids (at least one).
 * @param options - Weights and scale as {@link customerDeliveredValue}, and `own`.
 * @returns The ranking and the comparisons.
 * @throws {@link ClienteleInputError} `invalid_input` at `offers[i]…` (a negative or off-scale component,
 *   a repeated id), at `options.own` for an id not among the offers, at `options.weights…` for weights
 *   that do not sum to 1.
 * @throws {@link ClienteleDomainError} `insufficient_data` for no offers; `domain_error` when an offer's
 *   total cost is 0.
 * @example
 * ```ts
 * import { compareOffers } from "clientele/value";
 * const r = compareOffers(
 *   [
 *     { offerId: "ours", value: { product: 600, service: 150, personnel: 100, image: 50 }, cost: { monetary: 500, time: 60, energy: 30, psychic: 10 } },
 *     { offerId: "rival", value: { product: 650, service: 80, personnel: 60, image: 90 }, cost: { monetary: 520, time: 40, energy: 30, psychic: 10 } },
 *   ],
 *   { own: "ours" },
 * );
 * r.leader; // => "ours" (300 against 280)
 * r.versus[0]?.deciding.map((e) => e.component); // => ["service"]
 * ```
 * @category Delivered value
 */
export function compareOffers(offers: readonly NamedOffer[], options?: CompareOffersOptions | undefined): OfferRanking {
  const fn = "compareOffers";
  const { own, ...rest } = (options ?? {}) as CompareOffersOptions;
  const settings = readDeliveredValueOptions(fn, rest);
  const list = parseInput(fn, ListSchema, offers, ["offers"]);
  if (list.length === 0) throw new ClienteleDomainError("insufficient_data", `${fn}: no offers`);
  checkDistinctIds(
    fn,
    list.map((o) => o.offerId),
    (i) => ["offers", i, "offerId"],
  );
  if (own !== undefined && !list.some((o) => o.offerId === own)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_value",
          path: ["options", "own"],
          message: `expected the id of one of the offers, received ${JSON.stringify(own)}`,
        },
      ],
    });
  }
  const issues: ClienteleIssue[] = [];
  const values = list.map((o, i) => deliveredValueOf(o, settings, ["offers", i], issues));
  if (issues.length > 0) throw new ClienteleInputError(`${fn}: invalid input`, { issues });
  const scored = list.map((o, i) => {
    const d = values[i]!;
    checkDeliveredValue(fn, d, `offer "${o.offerId}"`);
    return { offerId: o.offerId, d };
  });
  scored.sort((a, b) => b.d.deliveredValue - a.d.deliveredValue || byId(a.offerId, b.offerId));
  const ranking = scored.map((s, k): RankedOffer => ({ offerId: s.offerId, rank: k + 1, ...s.d }));
  const leader = ranking[0]!.offerId;
  const focal = own ?? leader;
  const focalD = scored.find((s) => s.offerId === focal)!.d;
  const versus = scored.filter((s) => s.offerId !== focal).map((s) => comparison(focal, focalD, s.offerId, s.d));
  return { ranking, leader, focal, versus };
}
