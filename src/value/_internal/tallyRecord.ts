import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { collectIssue, type IssueCollector } from "../../_lib/issueCollector.ts";
import type { CostDriverLine } from "../costToServe.ts";
import type { CustomerProfit } from "../customerProfit.ts";
import type { ProfitWindow } from "./readProfitWindow.ts";
import type { ResolvedCostDrivers } from "./resolveCostDrivers.ts";

type Path = readonly (string | number)[];

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
 * The currency seen so far (the table's, or the first transaction's), shared across the records of one call.
 *
 * @internal
 */
export interface CurrencyState {
  /** The currency, once known. */
  currency: string | undefined;
  /** Whether it is the table's (a mismatch then names the table). */
  readonly fromTable: boolean;
}

const validDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());
const finiteNonNegative = (x: unknown): x is number => typeof x === "number" && x >= 0 && x <= Number.MAX_VALUE;

function expectedIssue(issues: IssueCollector, path: Path, expected: string, value: unknown): void {
  collectIssue(issues, () => ({
    code: "invalid_value",
    path: [...path],
    message: `expected ${expected}, received ${describeReceived(value)}`,
    expected,
    received: describeReceived(value),
  }));
}

function listAt(issues: IssueCollector, record: Record<string, unknown>, key: string, path: Path): readonly unknown[] {
  const list = record[key];
  if (Array.isArray(list)) return list;
  expectedIssue(issues, [...path, key], "array", list);
  return [];
}

/** Counts events of a list inside the window; checks each one's date field. */
function countInWindow(
  issues: IssueCollector,
  list: readonly unknown[],
  dateKey: string,
  path: Path,
  window: ProfitWindow,
): number {
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    const t = isPlainObject(e) ? e[dateKey] : undefined;
    if (!validDate(t)) {
      expectedIssue(issues, [...path, i, dateKey], "valid date", t);
      continue;
    }
    const ms = t.getTime();
    if (ms >= window.fromMs && ms < window.toMs) n++;
  }
  return n;
}

function keyedLines(
  lines: CostDriverLine[],
  driver: "order" | "interaction",
  counts: Float64Array,
  keys: readonly string[],
  rates: Float64Array,
): void {
  for (let k = 0; k < keys.length; k++) {
    const quantity = counts[k]!;
    if (quantity === 0) continue;
    const rate = rates[k]!;
    lines.push({ driver, key: keys[k]!, quantity, rate, cost: quantity * rate });
    counts[k] = 0;
  }
}

/**
 * Scratch counters reused across the records of one call (reset after each record).
 *
 * @internal
 */
export interface TallyScratch {
  /** Orders per priced channel. */
  readonly channelCounts: Float64Array;
  /** Interactions per priced kind. */
  readonly kindCounts: Float64Array;
}

/**
 * Scratch counters for a resolved table.
 *
 * @param drivers - The resolved table.
 * @returns Zeroed counters.
 * @internal
 */
export function createTallyScratch(drivers: ResolvedCostDrivers): TallyScratch {
  return {
    channelCounts: new Float64Array(drivers.channels.length),
    kindCounts: new Float64Array(drivers.kinds.length),
  };
}

/**
 * Tallies one validated customer record over a window with cheap checks (no second zod parse, so that
 * 100,000 records stay fast): the fields used must be what `CustomerRecordSchema` makes of them. Issues go
 * to `issues` (the result is then meaningless and the caller throws).
 *
 * @param record - The record as given.
 * @param path - Its path (`[]` for a lone record, `["records", i]` in a list).
 * @param drivers - The resolved cost-driver table.
 * @param window - The window and the missing-cost policy (`undefined` policy use: cost to serve only).
 * @param withProductCost - Whether product cost is needed (checks `cost` and applies the policy).
 * @param currency - The call's currency state.
 * @param issues - Where problems go.
 * @param scratch - Counters reused across records ({@link createTallyScratch}).
 * @returns The tally.
 * @internal
 */
export function tallyRecord(
  record: unknown,
  path: Path,
  drivers: ResolvedCostDrivers,
  window: ProfitWindow,
  withProductCost: boolean,
  currency: CurrencyState,
  issues: IssueCollector,
  scratch: TallyScratch,
): RecordTally {
  if (!isPlainObject(record) || typeof record.customerId !== "string" || record.customerId === "") {
    expectedIssue(issues, path, "a customer record (CustomerRecordSchema's output)", record);
    return {
      customerId: "",
      revenue: 0,
      productCost: 0,
      grossProfit: 0,
      costToServe: 0,
      profit: 0,
      orders: 0,
      imputedCostCount: 0,
      lines: [],
    };
  }
  const table = drivers.table;
  const customer = record.customer;
  const segment =
    isPlainObject(customer) && typeof customer.segment === "string" ? (customer.segment as string) : undefined;
  const txs = listAt(issues, record, "transactions", path);
  let revenue = 0;
  let productCost = 0;
  let imputed = 0;
  let orders = 0;
  let unchannelled = 0;
  let channelled = 0;
  const { channelCounts, kindCounts } = scratch;
  const policy = window.missingCost;
  const fromMs = window.fromMs;
  const toMs = window.toMs;
  for (let i = 0; i < txs.length; i++) {
    const tx = txs[i] as Record<string, unknown> | null;
    if (typeof tx !== "object" || tx === null) {
      expectedIssue(issues, [...path, "transactions", i], "transaction", tx);
      continue;
    }
    const t = tx.timestamp;
    const ms = t instanceof Date ? t.getTime() : Number.NaN;
    if (Number.isNaN(ms)) {
      expectedIssue(issues, [...path, "transactions", i, "timestamp"], "valid date", t);
      continue;
    }
    if (ms < fromMs || ms >= toMs) continue;
    const amount = tx.amount;
    if (!finiteNonNegative(amount)) {
      expectedIssue(issues, [...path, "transactions", i, "amount"], "finite number ≥ 0", amount);
      continue;
    }
    const txCurrency = tx.currency;
    if (txCurrency !== undefined) {
      if (currency.currency === undefined) currency.currency = txCurrency as string;
      else if (txCurrency !== currency.currency) {
        const expected = `"${currency.currency}" (${currency.fromTable ? "the cost-driver table's" : "the first transaction's"} currency; convert amounts before)`;
        expectedIssue(issues, [...path, "transactions", i, "currency"], expected, txCurrency);
      }
    }
    revenue += amount;
    orders++;
    const channel = tx.channel;
    const c = typeof channel === "string" ? drivers.channelIndex.get(channel) : undefined;
    if (c === undefined) unchannelled++;
    else {
      channelCounts[c]!++;
      channelled++;
    }
    if (!withProductCost) continue;
    const cost = tx.cost;
    if (cost === undefined) {
      if (policy === "zero") imputed++;
      else if (policy === "throw") {
        collectIssue(issues, () => ({
          code: "invalid_value",
          path: [...path, "transactions", i, "cost"],
          message:
            'missing cost; state it, or set options.missingCost ("zero" or { margin }) to say how to treat a transaction without one',
          expected: "finite number ≥ 0",
          received: "undefined",
        }));
      } else {
        productCost += amount * (1 - policy.margin);
        imputed++;
      }
    } else if (finiteNonNegative(cost)) productCost += cost;
    else expectedIssue(issues, [...path, "transactions", i, "cost"], "finite number ≥ 0", cost);
  }

  const lines: CostDriverLine[] = [];
  if (table.perOrder !== undefined && unchannelled > 0) {
    lines.push({ driver: "order", quantity: unchannelled, rate: table.perOrder, cost: unchannelled * table.perOrder });
  }
  if (channelled > 0) keyedLines(lines, "order", channelCounts, drivers.channels, drivers.channelRates);
  if (table.revenueShare !== undefined && revenue > 0) {
    lines.push({
      driver: "revenue-share",
      quantity: revenue,
      rate: table.revenueShare,
      cost: revenue * table.revenueShare,
    });
  }
  if (drivers.pricesInteractions) {
    const interactions = listAt(issues, record, "interactions", path);
    let other = 0;
    let kinded = 0;
    for (let i = 0; i < interactions.length; i++) {
      const e = interactions[i];
      const t = typeof e === "object" && e !== null ? (e as Record<string, unknown>).timestamp : undefined;
      if (!validDate(t)) {
        expectedIssue(issues, [...path, "interactions", i, "timestamp"], "valid date", t);
        continue;
      }
      const ms = t.getTime();
      if (ms < window.fromMs || ms >= window.toMs) continue;
      const kind = (e as Record<string, unknown>).kind;
      const k = typeof kind === "string" ? drivers.kindIndex.get(kind) : undefined;
      if (k !== undefined) {
        kindCounts[k]!++;
        kinded++;
      } else if (table.otherInteraction !== undefined) other++;
      else {
        collectIssue(issues, () => ({
          code: "invalid_value",
          path: [...path, "interactions", i, "kind"],
          message: `kind ${describeReceived(kind)} has no rate in drivers.perInteraction; add it, or set drivers.otherInteraction (0 to declare such interactions free)`,
          expected: "a kind listed in drivers.perInteraction",
          received: describeReceived(kind),
        }));
      }
    }
    if (kinded > 0) keyedLines(lines, "interaction", kindCounts, drivers.kinds, drivers.kindRates);
    if (other > 0) {
      const rate = table.otherInteraction as number;
      lines.push({ driver: "other-interaction", quantity: other, rate, cost: other * rate });
    }
  }
  if (table.perServiceFailure !== undefined) {
    const n = countInWindow(
      issues,
      listAt(issues, record, "serviceFailures", path),
      "timestamp",
      [...path, "serviceFailures"],
      window,
    );
    if (n > 0)
      lines.push({
        driver: "service-failure",
        quantity: n,
        rate: table.perServiceFailure,
        cost: n * table.perServiceFailure,
      });
  }
  if (table.perComplaint !== undefined) {
    const n = countInWindow(
      issues,
      listAt(issues, record, "complaints", path),
      "openedAt",
      [...path, "complaints"],
      window,
    );
    if (n > 0) lines.push({ driver: "complaint", quantity: n, rate: table.perComplaint, cost: n * table.perComplaint });
  }
  if (table.perIncidentStaffHour !== undefined) {
    const incidents = listAt(issues, record, "incidents", path);
    let hours = 0;
    for (let i = 0; i < incidents.length; i++) {
      const e = incidents[i];
      const t = isPlainObject(e) ? e.timestamp : undefined;
      if (!validDate(t)) {
        expectedIssue(issues, [...path, "incidents", i, "timestamp"], "valid date", t);
        continue;
      }
      const ms = t.getTime();
      if (ms < window.fromMs || ms >= window.toMs) continue;
      const h = (e as Record<string, unknown>).staffHours;
      if (finiteNonNegative(h)) hours += h;
      else expectedIssue(issues, [...path, "incidents", i, "staffHours"], "finite number ≥ 0", h);
    }
    if (hours > 0) {
      const rate = table.perIncidentStaffHour;
      lines.push({ driver: "incident-staff-hour", quantity: hours, rate, cost: hours * rate });
    }
  }
  let costToServe = 0;
  for (const line of lines) costToServe += line.cost;
  const grossProfit = revenue - productCost;
  const tally: RecordTally = {
    customerId: record.customerId,
    revenue,
    productCost,
    grossProfit,
    costToServe,
    profit: grossProfit - costToServe,
    orders,
    imputedCostCount: imputed,
    lines,
  };
  if (segment !== undefined) tally.segment = segment;
  return tally;
}
