import { ClienteleDomainError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/index.ts";
import type {
  CustomerCostComponents,
  CustomerOffer,
  CustomerValueComponents,
  DeliveredValue,
} from "../customerDeliveredValue.ts";
import { COST_KEYS, type DeliveredValueSettings, VALUE_KEYS } from "./deliveredValueSchemas.ts";

/**
 * Computes a delivered value from a validated offer and settings, or adds issues for values off the scale.
 *
 * @param offer - The validated offer.
 * @param s - The settings.
 * @param path - The offer's path.
 * @param issues - Where off-scale components go.
 * @returns The delivered value, or `undefined` when issues were added.
 * @internal
 */
export function deliveredValueOf(
  offer: CustomerOffer,
  s: DeliveredValueSettings,
  path: readonly (string | number)[],
  issues: ClienteleIssue[],
): DeliveredValue | undefined {
  const start = issues.length;
  if (s.scale !== undefined) {
    const { min, max } = s.scale;
    for (const [side, keys] of [
      ["value", VALUE_KEYS],
      ["cost", COST_KEYS],
    ] as const) {
      for (const k of keys) {
        const x = (offer[side] as unknown as Record<string, number>)[k]!;
        if (x < min || x > max) {
          issues.push({
            code: "invalid_value",
            path: [...path, side, k],
            message: `expected a score in [${min}, ${max}] (options.scale), received ${x}`,
          });
        }
      }
    }
  }
  if (issues.length > start) return undefined;
  const w = s.valueWeights;
  const c = s.costWeights;
  const value: CustomerValueComponents = {
    product: w.product * offer.value.product,
    service: w.service * offer.value.service,
    personnel: w.personnel * offer.value.personnel,
    image: w.image * offer.value.image,
  };
  const cost: CustomerCostComponents = {
    monetary: c.monetary * offer.cost.monetary,
    time: c.time * offer.cost.time,
    energy: c.energy * offer.cost.energy,
    psychic: c.psychic * offer.cost.psychic,
  };
  const totalValue = value.product + value.service + value.personnel + value.image;
  const totalCost = cost.monetary + cost.time + cost.energy + cost.psychic;
  return { totalValue, totalCost, deliveredValue: totalValue - totalCost, ratio: totalValue / totalCost, value, cost };
}

/**
 * Checks a delivered value's figures are finite (throws `domain_error` naming the offer otherwise).
 *
 * @param fn - Public function name.
 * @param d - The figures.
 * @param what - The offer, in words.
 * @throws {@link ClienteleDomainError} `domain_error` for a zero total cost or an overflow.
 * @internal
 */
export function checkDeliveredValue(fn: string, d: DeliveredValue, what: string): void {
  if (!(d.totalCost > 0)) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: total customer cost of ${what} is 0, so the value/cost ratio is undefined`,
    );
  }
  if (!Number.isFinite(d.totalValue + d.totalCost) || !Number.isFinite(d.ratio)) {
    throw new ClienteleDomainError("domain_error", `${fn}: the totals of ${what} overflow the largest double`);
  }
}
