import { ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/index.ts";
import { parseInput } from "../schema/parseInput.ts";
import { checkDeliveredValue, deliveredValueOf } from "./_internal/deliveredValueOf.ts";
import { OfferSidesSchema, readDeliveredValueOptions } from "./_internal/deliveredValueSchemas.ts";

/**
 * The four sources of total customer value (Kotler): what the product, the service, the firm's people and
 * its image are worth to the customer.
 *
 * @example
 * ```ts
 * import type { CustomerValueComponents } from "clientele/value";
 * const v: CustomerValueComponents = { product: 600, service: 150, personnel: 100, image: 50 };
 * ```
 * @category Delivered value
 */
export interface CustomerValueComponents {
  /** Product value: reliability, durability, performance. */
  readonly product: number;
  /** Services value: delivery, training, maintenance. */
  readonly service: number;
  /** Personnel value: the firm's people's knowledge, responsiveness. */
  readonly personnel: number;
  /** Image value: the brand's and firm's reputation. */
  readonly image: number;
}

/**
 * The four parts of total customer cost (Kotler): the price and what the customer spends of time, energy
 * and peace of mind to get and use the offer.
 *
 * @example
 * ```ts
 * import type { CustomerCostComponents } from "clientele/value";
 * const c: CustomerCostComponents = { monetary: 500, time: 60, energy: 30, psychic: 10 };
 * ```
 * @category Delivered value
 */
export interface CustomerCostComponents {
  /** Monetary cost: the price. */
  readonly monetary: number;
  /** Time cost. */
  readonly time: number;
  /** Energy cost: effort. */
  readonly energy: number;
  /** Psychic cost: worry, stress. */
  readonly psychic: number;
}

/**
 * An offer as the customer perceives it: total customer value and total customer cost, by component.
 *
 * @example
 * ```ts
 * import type { CustomerOffer } from "clientele/value";
 * const offer: CustomerOffer = {
 *   value: { product: 600, service: 150, personnel: 100, image: 50 },
 *   cost: { monetary: 500, time: 60, energy: 30, psychic: 10 },
 * };
 * ```
 * @category Delivered value
 */
export interface CustomerOffer {
  /** Total customer value, by component (each ≥ 0). */
  readonly value: CustomerValueComponents;
  /** Total customer cost, by component (each ≥ 0). */
  readonly cost: CustomerCostComponents;
}

/**
 * Options of {@link customerDeliveredValue} and {@link compareOffers}.
 *
 * @example
 * ```ts
 * import type { DeliveredValueOptions } from "clientele/value";
 * const scores: DeliveredValueOptions = {
 *   scale: { min: 1, max: 7 },
 *   weights: {
 *     value: { product: 0.4, service: 0.3, personnel: 0.2, image: 0.1 },
 *     cost: { monetary: 0.5, time: 0.2, energy: 0.2, psychic: 0.1 },
 *   },
 * };
 * ```
 * @category Delivered value
 */
export interface DeliveredValueOptions {
  /**
   * Weights per side, each in [0, 1] and summing to 1 on each side: the totals are then weighted means of
   * scores. Without weights the components are amounts in one currency and the totals are their sums.
   */
  readonly weights?:
    | {
        /** Weight per value component, summing to 1. */
        readonly value: CustomerValueComponents;
        /** Weight per cost component, summing to 1. */
        readonly cost: CustomerCostComponents;
      }
    | undefined;
  /** The rating scale every component must lie on (e.g. `{ min: 1, max: 7 }`), min < max; unchecked without it. */
  readonly scale?:
    | {
        /** The lowest score, ≥ 0. */
        readonly min: number;
        /** The highest score, > min. */
        readonly max: number;
      }
    | undefined;
}

/**
 * An offer's delivered value (see {@link customerDeliveredValue}).
 *
 * @example
 * ```ts
 * import type { DeliveredValue } from "clientele/value";
 * const d: Pick<DeliveredValue, "deliveredValue" | "ratio"> = { deliveredValue: 300, ratio: 1.5 };
 * ```
 * @category Delivered value
 */
export interface DeliveredValue {
  /** Σ weight × value component (the sum without weights). */
  readonly totalValue: number;
  /** Σ weight × cost component. */
  readonly totalCost: number;
  /** totalValue − totalCost. */
  readonly deliveredValue: number;
  /** totalValue / totalCost. */
  readonly ratio: number;
  /** Each value component's weighted contribution to totalValue. */
  readonly value: CustomerValueComponents;
  /** Each cost component's weighted contribution to totalCost. */
  readonly cost: CustomerCostComponents;
}

/**
 * Customer delivered value: total customer value (product, service, personnel, image) minus total customer
 * cost (monetary, time, energy, psychic), and their ratio, with each component's contribution.
 *
 * @remarks
 * Kotler (*Marketing Management*, "customer delivered value"; Kotler & Keller, "customer perceived
 * value"): customers buy from the firm they see as offering the highest delivered value. The components
 * are either amounts in one currency (the default: totals are sums) or scores on one scale with weights
 * that sum to 1 on each side (totals are weighted means). Nothing is weighted behind the caller's back.
 *
 * @param offer - The offer's value and cost components, each ≥ 0.
 * @param options - Weights (summing to 1 per side) and a rating scale.
 * @returns The totals, the delivered value, the ratio and the weighted components.
 * @throws {@link ClienteleInputError} `invalid_input` at `offer.value.…` or `offer.cost.…` for a negative or
 *   off-scale component, at `options.weights.value` / `.cost` when the weights do not sum to 1.
 * @throws {@link ClienteleDomainError} `domain_error` when the total cost is 0 (the ratio is undefined).
 * @example
 * ```ts
 * import { customerDeliveredValue } from "clientele/value";
 * const d = customerDeliveredValue({
 *   value: { product: 600, service: 150, personnel: 100, image: 50 },
 *   cost: { monetary: 500, time: 60, energy: 30, psychic: 10 },
 * });
 * d.totalValue; // => 900
 * d.totalCost; // => 600
 * d.deliveredValue; // => 300
 * d.ratio; // => 1.5
 * ```
 * @category Delivered value
 */
export function customerDeliveredValue(
  offer: CustomerOffer,
  options?: DeliveredValueOptions | undefined,
): DeliveredValue {
  const fn = "customerDeliveredValue";
  const settings = readDeliveredValueOptions(fn, options);
  const o = parseInput(fn, OfferSidesSchema, offer, ["offer"]);
  const issues: ClienteleIssue[] = [];
  const d = deliveredValueOf(o, settings, ["offer"], issues);
  if (d === undefined) throw new ClienteleInputError(`${fn}: invalid input`, { issues });
  checkDeliveredValue(fn, d, "the offer");
  return d;
}
