import type { CostDriverLine } from "../costToServe.ts";
import type { CustomerProfit } from "../customerProfit.ts";
import type { ResolvedCostDrivers } from "./resolveCostDrivers.ts";

/**
 * One customer's figures over a window: a {@link CustomerProfit} built in place (one object per
 * customer, which matters at 100,000 customers), its currency set by the caller once the call's is known.
 *
 * @internal
 */
export type RecordTally = Omit<CustomerProfit, "segment" | "currency"> & {
  /** `record.customer.segment`, when stated (set after construction). */
  segment?: string;
  /** The call's currency (set by the caller once known). */
  currency?: string;
};

/**
 * One customer's activity counts in the window, filled by a reader (records or columns) and turned into a
 * {@link RecordTally} by {@link tallyOf}: one object reused for every customer of a call. The keyed
 * counts (orders by priced channel, interactions by priced kind) live in arrays beside it.
 *
 * @internal
 */
export interface TallyCounts {
  /** Sum of the amounts. */
  revenue: number;
  /** Sum of the product costs (stated or imputed). */
  productCost: number;
  /** Transactions in the window. */
  orders: number;
  /** Transactions whose cost the policy supplied. */
  imputed: number;
  /** Orders of no priced channel (priced by `perOrder`, if given). */
  unchannelled: number;
  /** Orders of a priced channel (their counts are in the channel array). */
  channelled: number;
  /** Interactions of a priced kind (their counts are in the kind array). */
  kinded: number;
  /** Interactions of another kind (priced by `otherInteraction`). */
  other: number;
  /** Service failures in the window. */
  failures: number;
  /** Complaints opened in the window. */
  complaints: number;
  /** Incident staff hours in the window. */
  hours: number;
}

/**
 * Zeroed counts.
 *
 * @returns A fresh {@link TallyCounts}.
 * @internal
 */
export function emptyCounts(): TallyCounts {
  return {
    revenue: 0,
    productCost: 0,
    orders: 0,
    imputed: 0,
    unchannelled: 0,
    channelled: 0,
    kinded: 0,
    other: 0,
    failures: 0,
    complaints: 0,
    hours: 0,
  };
}

function keyedCost(
  lines: CostDriverLine[] | undefined,
  driver: "order" | "interaction",
  counts: Float64Array,
  offset: number,
  keys: readonly string[],
  rates: Float64Array,
  total: number,
): number {
  let sum = total;
  for (let k = 0; k < keys.length; k++) {
    const quantity = counts[offset + k]!;
    if (quantity === 0) continue;
    const rate = rates[k]!;
    const cost = quantity * rate;
    lines?.push({ driver, key: keys[k]!, quantity, rate, cost });
    sum += cost;
    counts[offset + k] = 0;
  }
  return sum;
}

/**
 * Prices a customer's counts, the one place that does: the cost to serve, summed line by line in the
 * order of `CostDriverKind` (keys sorted), and the lines themselves when `lines` is given (one per priced
 * driver with activity). The keyed counts read (at `channels[channelOffset + k]`, `kinds[kindOffset + k]`)
 * are reset to 0, so scratch arrays can be reused.
 *
 * @param drivers - The resolved table.
 * @param c - The counts.
 * @param channels - Orders by priced channel.
 * @param channelOffset - Where this customer's channel counts start.
 * @param kinds - Interactions by priced kind.
 * @param kindOffset - Where this customer's kind counts start.
 * @param lines - Where to add the lines, or `undefined` for the total only.
 * @returns The cost to serve.
 * @internal
 */
export function priceCounts(
  drivers: ResolvedCostDrivers,
  c: TallyCounts,
  channels: Float64Array,
  channelOffset: number,
  kinds: Float64Array,
  kindOffset: number,
  lines: CostDriverLine[] | undefined,
): number {
  const table = drivers.table;
  const revenue = c.revenue;
  let total = 0;
  if (table.perOrder !== undefined && c.unchannelled > 0) {
    const rate = table.perOrder;
    const cost = c.unchannelled * rate;
    lines?.push({ driver: "order", quantity: c.unchannelled, rate, cost });
    total += cost;
  }
  if (c.channelled > 0) {
    total = keyedCost(lines, "order", channels, channelOffset, drivers.channels, drivers.channelRates, total);
  }
  if (table.revenueShare !== undefined && revenue > 0) {
    const rate = table.revenueShare;
    const cost = revenue * rate;
    lines?.push({ driver: "revenue-share", quantity: revenue, rate, cost });
    total += cost;
  }
  if (c.kinded > 0) total = keyedCost(lines, "interaction", kinds, kindOffset, drivers.kinds, drivers.kindRates, total);
  if (c.other > 0 && table.otherInteraction !== undefined) {
    const rate = table.otherInteraction;
    const cost = c.other * rate;
    lines?.push({ driver: "other-interaction", quantity: c.other, rate, cost });
    total += cost;
  }
  if (table.perServiceFailure !== undefined && c.failures > 0) {
    const rate = table.perServiceFailure;
    const cost = c.failures * rate;
    lines?.push({ driver: "service-failure", quantity: c.failures, rate, cost });
    total += cost;
  }
  if (table.perComplaint !== undefined && c.complaints > 0) {
    const rate = table.perComplaint;
    const cost = c.complaints * rate;
    lines?.push({ driver: "complaint", quantity: c.complaints, rate, cost });
    total += cost;
  }
  if (table.perIncidentStaffHour !== undefined && c.hours > 0) {
    const rate = table.perIncidentStaffHour;
    const cost = c.hours * rate;
    lines?.push({ driver: "incident-staff-hour", quantity: c.hours, rate, cost });
    total += cost;
  }
  return total;
}

/**
 * Builds a customer's tally from its counts (lines and cost to serve by {@link priceCounts}).
 *
 * @param drivers - The resolved table.
 * @param customerId - The customer.
 * @param segment - Their segment, if stated.
 * @param c - The counts.
 * @param channels - Orders by priced channel.
 * @param channelOffset - Where this customer's channel counts start.
 * @param kinds - Interactions by priced kind.
 * @param kindOffset - Where this customer's kind counts start.
 * @returns The tally.
 * @internal
 */
export function tallyOf(
  drivers: ResolvedCostDrivers,
  customerId: string,
  segment: string | undefined,
  c: TallyCounts,
  channels: Float64Array,
  channelOffset: number,
  kinds: Float64Array,
  kindOffset: number,
): RecordTally {
  const lines: CostDriverLine[] = [];
  const costToServe = priceCounts(drivers, c, channels, channelOffset, kinds, kindOffset, lines);
  const revenue = c.revenue;
  const grossProfit = revenue - c.productCost;
  const tally: RecordTally = {
    customerId,
    revenue,
    productCost: c.productCost,
    grossProfit,
    costToServe,
    profit: grossProfit - costToServe,
    orders: c.orders,
    imputedCostCount: c.imputed,
    lines,
  };
  if (segment !== undefined) tally.segment = segment;
  return tally;
}
