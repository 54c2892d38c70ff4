import { safeParse } from "zod/v4/core";
import { columnIssues } from "../../_lib/columnIssues.ts";
import { describeReceived } from "../../_lib/describeReceived.ts";
import { checkDistinctIds } from "../../_lib/duplicateIds.ts";
import { isoTimestampMs } from "../../_lib/isoTimestampMs.ts";
import { collectIssue, createIssueCollector, type IssueCollector } from "../../_lib/issueCollector.ts";
import { unknownKeysIssue } from "../../_lib/unknownKeysIssue.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../../errors/ClienteleIssue.ts";
import { parseIsoTimestamp } from "../../schema/parseIsoTimestamp.ts";
import { CurrencySchema } from "../../schema/primitives.ts";
import type { ProfitWindow } from "./readProfitWindow.ts";
import type { ResolvedCostDrivers } from "./resolveCostDrivers.ts";
import { emptyCounts, type RecordTally, type TallyCounts, tallyOf } from "./tallyOf.ts";
import {
  type CurrencyState,
  expectedCurrency,
  expectedIssue,
  finiteNonNegative,
  keyIndex,
  missingCostIssue,
  unpricedKindIssue,
} from "./tallyRecord.ts";

type Columns = Readonly<Record<string, ArrayLike<unknown> | undefined>>;

const ROOT = "records";
const TABLES = ["customers", "transactions", "interactions", "serviceFailures", "complaints", "incidents"] as const;
type Table = (typeof TABLES)[number];

/** Each table's columns (the instant columns first, then the required ones, then the optional ones). */
const SPEC: Readonly<Record<Table, { time?: string; required: readonly string[]; optional: readonly string[] }>> = {
  customers: { required: ["customerId"], optional: ["segment"] },
  transactions: { time: "timestamp", required: ["customerId", "amount"], optional: ["cost", "channel", "currency"] },
  interactions: { time: "timestamp", required: ["customerId", "kind"], optional: [] },
  serviceFailures: { time: "timestamp", required: ["customerId"], optional: [] },
  complaints: { time: "openedAt", required: ["customerId"], optional: [] },
  incidents: { time: "timestamp", required: ["customerId", "staffHours"], optional: [] },
};

/** One event table, shape-checked: its columns, its length, and its instant column. */
interface TableColumns {
  readonly columns: Columns;
  readonly length: number;
  /** The instant column, and whether it holds epoch milliseconds (`…Ms`). */
  readonly time: ArrayLike<unknown>;
  readonly epoch: boolean;
  /** The instant column's name (for paths). */
  readonly timeName: string;
}

/** Which tables the cost-driver table needs. */
function neededTables(drivers: ResolvedCostDrivers): Set<Table> {
  const t = drivers.table;
  const need = new Set<Table>(["customers", "transactions"]);
  if (drivers.pricesInteractions) need.add("interactions");
  if (t.perServiceFailure !== undefined) need.add("serviceFailures");
  if (t.perComplaint !== undefined) need.add("complaints");
  if (t.perIncidentStaffHour !== undefined) need.add("incidents");
  return need;
}

const WHY: Readonly<Record<Table, string>> = {
  customers: "the customers to report",
  transactions: "the transactions",
  interactions: "drivers.perInteraction or drivers.otherInteraction prices interactions",
  serviceFailures: "drivers.perServiceFailure prices them",
  complaints: "drivers.perComplaint prices them",
  incidents: "drivers.perIncidentStaffHour prices them",
};

/** Checks the columns' shape; throws once with every issue. */
function readShape(
  fn: string,
  input: object,
  drivers: ResolvedCostDrivers,
): { readonly customers: Columns; readonly n: number; readonly tables: Partial<Record<Table, TableColumns>> } {
  const record = input as Record<string, unknown>;
  const issues: ClienteleIssue[] = [];
  const unknown = unknownKeysIssue(record, TABLES, [ROOT]);
  if (unknown !== undefined) issues.push(unknown);
  const need = neededTables(drivers);
  const tables: Partial<Record<Table, TableColumns>> = {};
  let customers: Columns = {};
  let n = 0;
  for (const name of TABLES) {
    const table = record[name];
    if (table === undefined && !need.has(name)) continue;
    if (typeof table !== "object" || table === null || Array.isArray(table)) {
      issues.push({
        code: "invalid_type",
        path: [ROOT, name],
        message:
          table === undefined
            ? `missing ${name} columns (${WHY[name]}; give empty columns if there were none)`
            : `expected an object of columns, received ${describeReceived(table)}`,
        expected: "object of columns",
        received: describeReceived(table),
      });
      continue;
    }
    const spec = SPEC[name];
    const cols = table as Columns;
    const known = [
      ...(spec.time === undefined ? [] : [spec.time, `${spec.time}Ms`]),
      ...spec.required,
      ...spec.optional,
    ];
    const shape = columnIssues(cols, known, spec.required, [ROOT, name]);
    for (const issue of shape.issues) issues.push(issue);
    if (spec.time === undefined) {
      customers = cols;
      n = shape.length ?? 0;
      continue;
    }
    const iso = cols[spec.time];
    const ms = cols[`${spec.time}Ms`];
    if ((iso === undefined) === (ms === undefined)) {
      issues.push({
        code: "invalid_type",
        path: [ROOT, name, spec.time],
        message: `expected exactly one of ${spec.time} (dates or ISO-8601 strings) and ${spec.time}Ms (epoch milliseconds), received ${iso === undefined ? "neither" : "both"}`,
        expected: `${spec.time} or ${spec.time}Ms`,
      });
    }
    if (shape.issues.length === 0 && (iso === undefined) !== (ms === undefined)) {
      tables[name] = {
        columns: cols,
        length: shape.length ?? 0,
        time: (iso ?? ms)!,
        epoch: iso === undefined,
        timeName: iso === undefined ? `${spec.time}Ms` : spec.time,
      };
    }
  }
  if (issues.length > 0) throw new ClienteleInputError(`${fn}: invalid input`, { issues });
  return { customers, n, tables };
}

const MAX_DATE_MS = 8.64e15;

/** An element of an instant column as epoch milliseconds, or NaN if it is not a valid instant. */
function instantAt(column: ArrayLike<unknown>, epoch: boolean, i: number): number {
  const v = column[i];
  if (epoch) {
    return typeof v === "number" && v >= -MAX_DATE_MS && v <= MAX_DATE_MS && Math.floor(v) === v ? v : Number.NaN;
  }
  if (v instanceof Date) return v.getTime();
  if (typeof v !== "string") return Number.NaN;
  const ms = isoTimestampMs(v);
  return !Number.isNaN(ms) ? ms : (parseIsoTimestamp(v)?.getTime() ?? Number.NaN);
}

/**
 * Customer id → index, with the last match remembered: events of one customer usually come together, and
 * often in the customers' order, so most rows need no map lookup.
 */
interface CustomerIndex {
  readonly ids: string[];
  readonly map: Map<string | number, number>;
  last: unknown;
  lastIndex: number;
}

function readCustomers(fn: string, customers: Columns, n: number, issues: IssueCollector): CustomerIndex {
  const column = customers.customerId!;
  const ids: string[] = new Array(n);
  const map = new Map<string | number, number>();
  let repeated = false;
  for (let i = 0; i < n; i++) {
    const v = column[i];
    if (typeof v === "string" && v !== "") {
      if (map.has(v)) repeated = true;
      ids[i] = v;
      map.set(v, i);
    } else if (typeof v === "number" && Number.isSafeInteger(v) && v >= 0) {
      const id = String(v);
      if (map.has(id)) repeated = true;
      ids[i] = id;
      map.set(v, i);
      map.set(id, i);
    } else {
      ids[i] = "";
      expectedIssue(issues, [ROOT, "customers", "customerId", i], "non-empty string or integer ≥ 0", v);
    }
  }
  // The map saw every id in its string form: the shared check runs only to report a repeat.
  if (repeated && issues.count === 0) {
    checkDistinctIds(fn, column as ArrayLike<string | number>, (i) => [ROOT, "customers", "customerId", i]);
  }
  return { ids, map, last: undefined, lastIndex: -1 };
}

/** The index of an event's customer, or −1 (an issue is recorded). */
function customerAt(index: CustomerIndex, v: unknown, issues: IssueCollector, table: Table, i: number): number {
  if (v === index.last) return index.lastIndex;
  // Events in the customers' order (a log sorted by customer) find theirs next, without a lookup.
  const next = index.lastIndex + 1;
  if (next < index.ids.length && v === index.ids[next]) {
    index.last = v;
    index.lastIndex = next;
    return next;
  }
  let c = typeof v === "string" || typeof v === "number" ? index.map.get(v) : undefined;
  if (c === undefined && typeof v === "number") c = index.map.get(String(v));
  if (c === undefined) {
    unlistedCustomer(issues, v, table, i);
    return -1;
  }
  index.last = v;
  index.lastIndex = c;
  return c;
}

function unlistedCustomer(issues: IssueCollector, v: unknown, table: Table, i: number): void {
  collectIssue(issues, () => ({
    code: "invalid_value",
    path: [ROOT, table, "customerId", i],
    message: `expected a customer id listed in ${ROOT}.customers.customerId, received ${describeReceived(v)}`,
    expected: "a listed customer id",
    received: describeReceived(v),
  }));
}

/** Reads an instant, recording an issue when it is not one. */
function timeAt(t: TableColumns, i: number, issues: IssueCollector, table: Table): number {
  const ms = instantAt(t.time, t.epoch, i);
  if (Number.isNaN(ms)) {
    const v = t.time[i];
    expectedIssue(
      issues,
      [ROOT, table, t.timeName, i],
      t.epoch ? "integer epoch milliseconds" : "valid date or ISO-8601 string",
      v,
    );
  }
  return ms;
}

const isMissing = (v: unknown): boolean => v === undefined || v === null || (typeof v === "number" && Number.isNaN(v));

/**
 * Per-customer sums and counts over the columns.
 *
 * @internal
 */
export interface Sums {
  readonly revenue: Float64Array;
  readonly productCost: Float64Array;
  readonly orders: Float64Array;
  readonly imputed: Float64Array;
  readonly unchannelled: Float64Array;
  readonly channelled: Float64Array;
  readonly channels: Float64Array;
  readonly kinded: Float64Array;
  readonly other: Float64Array;
  readonly kinds: Float64Array;
  readonly failures: Float64Array;
  readonly complaints: Float64Array;
  readonly hours: Float64Array;
}

function sumTransactions(
  t: TableColumns,
  index: CustomerIndex,
  drivers: ResolvedCostDrivers,
  window: ProfitWindow,
  withProductCost: boolean,
  currency: CurrencyState,
  issues: IssueCollector,
  s: Sums,
): void {
  const { customerId, amount, cost, channel, currency: currencies } = t.columns as Record<string, ArrayLike<unknown>>;
  const channelKeys = drivers.channels;
  const channelIndex = drivers.channelIndex;
  const nChannels = channelKeys.length;
  const policy = window.missingCost;
  const margin = typeof policy === "object" ? policy.margin : 0;
  const { fromMs, toMs } = window;
  let okCurrency: unknown;
  for (let i = 0; i < t.length; i++) {
    const c = customerAt(index, customerId![i], issues, "transactions", i);
    const ms = timeAt(t, i, issues, "transactions");
    const a = amount![i];
    let bad = c < 0 || Number.isNaN(ms);
    if (!finiteNonNegative(a)) {
      expectedIssue(issues, [ROOT, "transactions", "amount", i], "finite number ≥ 0", a);
      bad = true;
    }
    const k = cost === undefined ? undefined : cost[i];
    const missing = isMissing(k);
    if (!missing && !finiteNonNegative(k)) {
      expectedIssue(
        issues,
        [ROOT, "transactions", "cost", i],
        "finite number ≥ 0, or undefined, null or NaN where missing",
        k,
      );
      bad = true;
    }
    const ch = channel === undefined ? undefined : channel[i];
    if (ch !== undefined && (typeof ch !== "string" || ch === "")) {
      expectedIssue(issues, [ROOT, "transactions", "channel", i], "non-empty string or undefined", ch);
      bad = true;
    }
    const cur = currencies === undefined ? undefined : currencies[i];
    if (cur !== undefined && cur !== okCurrency) {
      if (safeParse(CurrencySchema, cur).success) okCurrency = cur;
      else {
        expectedIssue(
          issues,
          [ROOT, "transactions", "currency", i],
          "ISO 4217 code (three capital letters) or undefined",
          cur,
        );
        bad = true;
      }
    }
    if (bad || ms < fromMs || ms >= toMs) continue;
    if (cur !== undefined) {
      if (currency.currency === undefined) currency.currency = cur as string;
      else if (cur !== currency.currency) {
        expectedIssue(issues, [ROOT, "transactions", "currency", i], expectedCurrency(currency), cur);
      }
    }
    const amountI = a as number;
    s.revenue[c]! += amountI;
    s.orders[c]!++;
    const ci = keyIndex(ch, channelKeys, channelIndex);
    if (ci < 0) s.unchannelled[c]!++;
    else {
      s.channels[c * nChannels + ci]!++;
      s.channelled[c]!++;
    }
    if (!withProductCost) continue;
    if (!missing) s.productCost[c]! += k as number;
    else if (policy === "zero") s.imputed[c]!++;
    else if (policy === "throw") collectIssue(issues, () => missingCostIssue([ROOT, "transactions", "cost", i]));
    else {
      s.productCost[c]! += amountI * (1 - margin);
      s.imputed[c]!++;
    }
  }
}

function sumInteractions(
  t: TableColumns,
  index: CustomerIndex,
  drivers: ResolvedCostDrivers,
  window: ProfitWindow,
  issues: IssueCollector,
  s: Sums,
): void {
  const { customerId, kind } = t.columns as Record<string, ArrayLike<unknown>>;
  const kindKeys = drivers.kinds;
  const kindIndex = drivers.kindIndex;
  const nKinds = kindKeys.length;
  const pricesOther = drivers.table.otherInteraction !== undefined;
  for (let i = 0; i < t.length; i++) {
    const c = customerAt(index, customerId![i], issues, "interactions", i);
    const ms = timeAt(t, i, issues, "interactions");
    const kd = kind![i];
    if (typeof kd !== "string" || kd === "") {
      expectedIssue(issues, [ROOT, "interactions", "kind", i], "non-empty string", kd);
      continue;
    }
    if (c < 0 || Number.isNaN(ms) || ms < window.fromMs || ms >= window.toMs) continue;
    const k = keyIndex(kd, kindKeys, kindIndex);
    if (k >= 0) {
      s.kinds[c * nKinds + k]!++;
      s.kinded[c]!++;
    } else if (pricesOther) s.other[c]!++;
    else collectIssue(issues, () => unpricedKindIssue([ROOT, "interactions", "kind", i], kd));
  }
}

/** Counts a table's events in the window per customer (`amounts`: adds that column instead of 1). */
function sumEvents(
  t: TableColumns,
  table: Table,
  index: CustomerIndex,
  window: ProfitWindow,
  issues: IssueCollector,
  into: Float64Array,
  amounts?: string,
): void {
  const customerId = t.columns.customerId!;
  const values = amounts === undefined ? undefined : t.columns[amounts]!;
  for (let i = 0; i < t.length; i++) {
    const c = customerAt(index, customerId[i], issues, table, i);
    const ms = timeAt(t, i, issues, table);
    let add = 1;
    if (values !== undefined) {
      const h = values[i];
      if (!finiteNonNegative(h)) {
        expectedIssue(issues, [ROOT, table, amounts!, i], "finite number ≥ 0", h);
        continue;
      }
      add = h;
    }
    if (c < 0 || Number.isNaN(ms) || ms < window.fromMs || ms >= window.toMs) continue;
    into[c]! += add;
  }
}

/**
 * The per-customer arrays, carved from one buffer; a driver the table does not price shares one zeroed
 * array (read, never written).
 */
function allocateSums(n: number, drivers: ResolvedCostDrivers, tables: Partial<Record<Table, TableColumns>>): Sums {
  const withInteractions = tables.interactions !== undefined && drivers.pricesInteractions;
  const nChannels = drivers.channels.length;
  const nKinds = withInteractions ? drivers.kinds.length : 0;
  const t = drivers.table;
  const own = [
    true,
    withInteractions,
    withInteractions,
    t.perServiceFailure !== undefined,
    t.perComplaint !== undefined,
    t.perIncidentStaffHour !== undefined,
  ].filter(Boolean).length;
  const buffer = new Float64Array(n * (6 + own + nChannels + nKinds));
  let at = 0;
  const take = (length: number): Float64Array => {
    const view = buffer.subarray(at, at + length);
    at += length;
    return view;
  };
  const zeros = take(n);
  const maybe = (priced: boolean) => (priced ? take(n) : zeros);
  return {
    revenue: take(n),
    productCost: take(n),
    orders: take(n),
    imputed: take(n),
    unchannelled: take(n),
    channelled: take(n),
    channels: take(n * nChannels),
    kinded: maybe(withInteractions),
    other: maybe(withInteractions),
    kinds: take(n * nKinds),
    failures: maybe(t.perServiceFailure !== undefined),
    complaints: maybe(t.perComplaint !== undefined),
    hours: maybe(t.perIncidentStaffHour !== undefined),
  };
}

/**
 * A customer base read from columns: per-customer sums in typed arrays.
 *
 * @internal
 */
export interface ColumnSums {
  /** Customers. */
  readonly n: number;
  /** Their ids, as strings (distinct; a fresh array the caller may keep). */
  readonly ids: string[];
  /** Their segments column, if given. */
  readonly segments: ArrayLike<unknown> | undefined;
  /** The sums. */
  readonly sums: Sums;
  /** The call's currency. */
  readonly currency: string | undefined;
}

/**
 * Reads a customer base given as {@link CustomerBaseColumns}: validates every element in one pass per
 * table (no object per row) and sums per customer into typed arrays. Issues are at
 * `records.<table>.<column>[i]`.
 *
 * @param fn - Public function name.
 * @param input - The columns (an object, otherwise unchecked).
 * @param drivers - The resolved cost-driver table.
 * @param window - The window and the missing-cost policy.
 * @returns The sums.
 * @throws {@link ClienteleInputError} `invalid_input` with every issue found.
 * @internal
 */
export function sumColumns(fn: string, input: object, drivers: ResolvedCostDrivers, window: ProfitWindow): ColumnSums {
  const { customers, n, tables } = readShape(fn, input, drivers);
  const issues = createIssueCollector();
  const index = readCustomers(fn, customers, n, issues);
  const sums = allocateSums(n, drivers, tables);
  const currency: CurrencyState = { currency: drivers.table.currency, fromTable: drivers.table.currency !== undefined };
  sumTransactions(tables.transactions!, index, drivers, window, true, currency, issues, sums);
  if (tables.interactions !== undefined && drivers.pricesInteractions) {
    sumInteractions(tables.interactions, index, drivers, window, issues, sums);
  }
  if (tables.serviceFailures !== undefined && drivers.table.perServiceFailure !== undefined) {
    sumEvents(tables.serviceFailures, "serviceFailures", index, window, issues, sums.failures);
  }
  if (tables.complaints !== undefined && drivers.table.perComplaint !== undefined) {
    sumEvents(tables.complaints, "complaints", index, window, issues, sums.complaints);
  }
  if (tables.incidents !== undefined && drivers.table.perIncidentStaffHour !== undefined) {
    sumEvents(tables.incidents, "incidents", index, window, issues, sums.hours, "staffHours");
  }
  const segments = customers.segment;
  if (segments !== undefined) {
    for (let i = 0; i < n; i++) {
      const v = segments[i];
      if (v !== undefined && (typeof v !== "string" || v === "")) {
        expectedIssue(issues, [ROOT, "customers", "segment", i], "non-empty string or undefined", v);
      }
    }
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: issues.list as ClienteleIssue[],
      issueCount: issues.count,
    });
  }
  return { n, ids: index.ids, segments, sums, currency: currency.currency };
}

/**
 * Customer `c`'s counts, copied into `counts` (one object reused for every customer).
 *
 * @param s - The sums.
 * @param c - The customer's index.
 * @param counts - Where to copy.
 * @returns `counts`.
 * @internal
 */
export function countsAt(s: Sums, c: number, counts: TallyCounts): TallyCounts {
  counts.revenue = s.revenue[c]!;
  counts.productCost = s.productCost[c]!;
  counts.orders = s.orders[c]!;
  counts.imputed = s.imputed[c]!;
  counts.unchannelled = s.unchannelled[c]!;
  counts.channelled = s.channelled[c]!;
  counts.kinded = s.kinded[c]!;
  counts.other = s.other[c]!;
  counts.failures = s.failures[c]!;
  counts.complaints = s.complaints[c]!;
  counts.hours = s.hours[c]!;
  return counts;
}

/**
 * Tallies a customer base given as columns ({@link sumColumns}), then builds each customer's tally with
 * the records' builder ({@link tallyOf}), so the figures are the records path's when each customer's rows
 * come in the same order.
 *
 * @param fn - Public function name.
 * @param input - The columns.
 * @param drivers - The resolved cost-driver table.
 * @param window - The window and the missing-cost policy.
 * @returns The tallies (in `customers` order) and the currency.
 * @throws {@link ClienteleInputError} `invalid_input` with every issue found.
 * @internal
 */
export function tallyColumns(
  fn: string,
  input: object,
  drivers: ResolvedCostDrivers,
  window: ProfitWindow,
): { readonly tallies: RecordTally[]; readonly currency: string | undefined } {
  const { n, ids, segments, sums, currency } = sumColumns(fn, input, drivers, window);
  const nChannels = drivers.channels.length;
  const nKinds = drivers.kinds.length;
  const counts = emptyCounts();
  const tallies: RecordTally[] = new Array(n);
  for (let c = 0; c < n; c++) {
    const segment = segments === undefined ? undefined : (segments[c] as string | undefined);
    countsAt(sums, c, counts);
    tallies[c] = tallyOf(drivers, ids[c]!, segment, counts, sums.channels, c * nChannels, sums.kinds, c * nKinds);
  }
  return { tallies, currency };
}
