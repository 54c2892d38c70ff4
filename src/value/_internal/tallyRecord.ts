import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { collectIssue, type IssueCollector } from "../../_lib/issueCollector.ts";
import type { ProfitWindow } from "./readProfitWindow.ts";
import type { ResolvedCostDrivers } from "./resolveCostDrivers.ts";
import { type RecordTally, type TallyCounts, tallyOf } from "./tallyOf.ts";

type Path = readonly (string | number)[];

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

/**
 * The message of a currency other than the call's.
 *
 * @param currency - The call's currency state.
 * @returns What was expected, in words.
 * @internal
 */
export function expectedCurrency(currency: CurrencyState): string {
  return `"${currency.currency}" (${currency.fromTable ? "the cost-driver table's" : "the first transaction's"} currency; convert amounts before)`;
}

/**
 * The issue of a transaction without `cost` under the `"throw"` policy.
 *
 * @param path - The cost's path.
 * @returns The issue.
 * @internal
 */
export function missingCostIssue(path: (string | number)[]) {
  return {
    code: "invalid_value" as const,
    path,
    message:
      'missing cost; state it, or set options.missingCost ("zero" or { margin }) to say how to treat a transaction without one',
    expected: "finite number ≥ 0",
    received: "undefined",
  };
}

/**
 * The issue of an interaction kind the table does not price.
 *
 * @param path - The kind's path.
 * @param kind - The kind received.
 * @returns The issue.
 * @internal
 */
export function unpricedKindIssue(path: (string | number)[], kind: unknown) {
  return {
    code: "invalid_value" as const,
    path,
    message: `kind ${describeReceived(kind)} has no rate in drivers.perInteraction; add it, or set drivers.otherInteraction (0 to declare such interactions free)`,
    expected: "a kind listed in drivers.perInteraction",
    received: describeReceived(kind),
  };
}

/**
 * Records "expected …, received …" at a path.
 *
 * @internal
 */
export function expectedIssue(issues: IssueCollector, path: Path, expected: string, value: unknown): void {
  collectIssue(issues, () => ({
    code: "invalid_value",
    path: [...path],
    message: `expected ${expected}, received ${describeReceived(value)}`,
    expected,
    received: describeReceived(value),
  }));
}

const validDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

/**
 * Whether a value is a finite number ≥ 0.
 *
 * @internal
 */
export const finiteNonNegative = (x: unknown): x is number => typeof x === "number" && x >= 0 && x <= Number.MAX_VALUE;

/** The path of record `at` (−1: the lone record, at `[]`) followed by `rest`. */
function pathOf(at: number, ...rest: (string | number)[]): (string | number)[] {
  return at < 0 ? rest : ["records", at, ...rest];
}

function listAt(issues: IssueCollector, record: Record<string, unknown>, key: string, at: number): readonly unknown[] {
  const list = record[key];
  if (Array.isArray(list)) return list;
  expectedIssue(issues, pathOf(at, key), "array", list);
  return [];
}

/** Counts events of a list inside the window; checks each one's date field. */
function countInWindow(
  issues: IssueCollector,
  list: readonly unknown[],
  dateKey: string,
  at: number,
  key: string,
  window: ProfitWindow,
): number {
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    const t = isPlainObject(e) ? e[dateKey] : undefined;
    if (!validDate(t)) {
      expectedIssue(issues, pathOf(at, key, i, dateKey), "valid date", t);
      continue;
    }
    const ms = t.getTime();
    if (ms >= window.fromMs && ms < window.toMs) n++;
  }
  return n;
}

/**
 * The index of a label among a resolved table's sorted keys, or −1: a scan of the few keys a table
 * lists (cheaper per transaction than a map lookup), the map beyond eight.
 *
 * @param label - The transaction's channel or the interaction's kind.
 * @param keys - The table's keys.
 * @param index - Their index.
 * @returns The index, or −1.
 * @internal
 */
export function keyIndex(label: unknown, keys: readonly string[], index: ReadonlyMap<string, number>): number {
  if (typeof label !== "string") return -1;
  if (keys.length > 8) return index.get(label) ?? -1;
  for (let k = 0; k < keys.length; k++) if (keys[k] === label) return k;
  return -1;
}

/**
 * Scratch state reused across the records of one call: the counts and the keyed counters (reset after
 * each record by {@link tallyOf}).
 *
 * @internal
 */
export interface TallyScratch {
  /** The counts of the record being read. */
  readonly counts: TallyCounts;
  /** Orders per priced channel. */
  readonly channelCounts: Float64Array;
  /** Interactions per priced kind. */
  readonly kindCounts: Float64Array;
}

/**
 * Scratch state for a resolved table.
 *
 * @param drivers - The resolved table.
 * @param counts - The counts object to reuse.
 * @returns Zeroed counters.
 * @internal
 */
export function createTallyScratch(drivers: ResolvedCostDrivers, counts: TallyCounts): TallyScratch {
  return {
    counts,
    channelCounts: new Float64Array(drivers.channels.length),
    kindCounts: new Float64Array(drivers.kinds.length),
  };
}

const EMPTY_TALLY = (): RecordTally => ({
  customerId: "",
  revenue: 0,
  productCost: 0,
  grossProfit: 0,
  costToServe: 0,
  profit: 0,
  orders: 0,
  imputedCostCount: 0,
  lines: [],
});

/**
 * Tallies one validated customer record over a window with cheap checks (no second zod parse, and no
 * allocation but the result, so that 100,000 records stay fast): the fields used must be what
 * `CustomerRecordSchema` makes of them. Issues go to `issues` (the result is then meaningless and the
 * caller throws).
 *
 * @param record - The record as given.
 * @param at - Its index in the list (paths `records[at]…`), or −1 for a lone record (paths from `[]`).
 * @param drivers - The resolved cost-driver table.
 * @param window - The window and the missing-cost policy.
 * @param withProductCost - Whether product cost is needed (checks `cost` and applies the policy).
 * @param currency - The call's currency state.
 * @param issues - Where problems go.
 * @param scratch - Counters reused across records ({@link createTallyScratch}).
 * @returns The tally.
 * @internal
 */
export function tallyRecord(
  record: unknown,
  at: number,
  drivers: ResolvedCostDrivers,
  window: ProfitWindow,
  withProductCost: boolean,
  currency: CurrencyState,
  issues: IssueCollector,
  scratch: TallyScratch,
): RecordTally {
  if (!isPlainObject(record) || typeof record.customerId !== "string" || record.customerId === "") {
    expectedIssue(issues, pathOf(at), "a customer record (CustomerRecordSchema's output)", record);
    return EMPTY_TALLY();
  }
  const table = drivers.table;
  const customer = record.customer;
  const segment =
    isPlainObject(customer) && typeof customer.segment === "string" ? (customer.segment as string) : undefined;
  const txs = listAt(issues, record, "transactions", at);
  let revenue = 0;
  let productCost = 0;
  let imputed = 0;
  let orders = 0;
  let unchannelled = 0;
  let channelled = 0;
  const { counts, channelCounts, kindCounts } = scratch;
  const channelKeys = drivers.channels;
  const channelIndex = drivers.channelIndex;
  const policy = window.missingCost;
  const margin = typeof policy === "object" ? policy.margin : 0;
  const fromMs = window.fromMs;
  const toMs = window.toMs;
  for (let i = 0; i < txs.length; i++) {
    const tx = txs[i] as Record<string, unknown> | null;
    if (typeof tx !== "object" || tx === null) {
      expectedIssue(issues, pathOf(at, "transactions", i), "transaction", tx);
      continue;
    }
    const t = tx.timestamp;
    const ms = t instanceof Date ? t.getTime() : Number.NaN;
    if (Number.isNaN(ms)) {
      expectedIssue(issues, pathOf(at, "transactions", i, "timestamp"), "valid date", t);
      continue;
    }
    if (ms < fromMs || ms >= toMs) continue;
    const amount = tx.amount;
    if (!finiteNonNegative(amount)) {
      expectedIssue(issues, pathOf(at, "transactions", i, "amount"), "finite number ≥ 0", amount);
      continue;
    }
    const txCurrency = tx.currency;
    if (txCurrency !== undefined) {
      if (currency.currency === undefined) currency.currency = txCurrency as string;
      else if (txCurrency !== currency.currency) {
        expectedIssue(issues, pathOf(at, "transactions", i, "currency"), expectedCurrency(currency), txCurrency);
      }
    }
    revenue += amount;
    orders++;
    const c = keyIndex(tx.channel, channelKeys, channelIndex);
    if (c < 0) unchannelled++;
    else {
      channelCounts[c]!++;
      channelled++;
    }
    if (!withProductCost) continue;
    const cost = tx.cost;
    if (cost === undefined) {
      if (policy === "zero") imputed++;
      else if (policy === "throw") collectIssue(issues, () => missingCostIssue(pathOf(at, "transactions", i, "cost")));
      else {
        productCost += amount * (1 - margin);
        imputed++;
      }
    } else if (finiteNonNegative(cost)) productCost += cost;
    else expectedIssue(issues, pathOf(at, "transactions", i, "cost"), "finite number ≥ 0", cost);
  }
  counts.revenue = revenue;
  counts.productCost = productCost;
  counts.orders = orders;
  counts.imputed = imputed;
  counts.unchannelled = unchannelled;
  counts.channelled = channelled;
  counts.kinded = 0;
  counts.other = 0;
  counts.failures = 0;
  counts.complaints = 0;
  counts.hours = 0;
  if (drivers.pricesInteractions) {
    const interactions = listAt(issues, record, "interactions", at);
    const kindKeys = drivers.kinds;
    const kindIndex = drivers.kindIndex;
    let other = 0;
    let kinded = 0;
    for (let i = 0; i < interactions.length; i++) {
      const e = interactions[i];
      const t = typeof e === "object" && e !== null ? (e as Record<string, unknown>).timestamp : undefined;
      if (!validDate(t)) {
        expectedIssue(issues, pathOf(at, "interactions", i, "timestamp"), "valid date", t);
        continue;
      }
      const ms = t.getTime();
      if (ms < fromMs || ms >= toMs) continue;
      const kind = (e as Record<string, unknown>).kind;
      const k = keyIndex(kind, kindKeys, kindIndex);
      if (k >= 0) {
        kindCounts[k]!++;
        kinded++;
      } else if (table.otherInteraction !== undefined) other++;
      else collectIssue(issues, () => unpricedKindIssue(pathOf(at, "interactions", i, "kind"), kind));
    }
    counts.kinded = kinded;
    counts.other = other;
  }
  if (table.perServiceFailure !== undefined) {
    const list = listAt(issues, record, "serviceFailures", at);
    counts.failures = countInWindow(issues, list, "timestamp", at, "serviceFailures", window);
  }
  if (table.perComplaint !== undefined) {
    const list = listAt(issues, record, "complaints", at);
    counts.complaints = countInWindow(issues, list, "openedAt", at, "complaints", window);
  }
  if (table.perIncidentStaffHour !== undefined) {
    const incidents = listAt(issues, record, "incidents", at);
    let hours = 0;
    for (let i = 0; i < incidents.length; i++) {
      const e = incidents[i];
      const t = isPlainObject(e) ? e.timestamp : undefined;
      if (!validDate(t)) {
        expectedIssue(issues, pathOf(at, "incidents", i, "timestamp"), "valid date", t);
        continue;
      }
      const ms = t.getTime();
      if (ms < fromMs || ms >= toMs) continue;
      const h = (e as Record<string, unknown>).staffHours;
      if (finiteNonNegative(h)) hours += h;
      else expectedIssue(issues, pathOf(at, "incidents", i, "staffHours"), "finite number ≥ 0", h);
    }
    counts.hours = hours;
  }
  return tallyOf(drivers, record.customerId, segment, counts, channelCounts, 0, kindCounts, 0);
}
