import * as z from "zod/mini";
import { DAY_MS } from "../_lib/civilCalendar.ts";
import { createWallClock } from "../_lib/wallClock.ts";
import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import { MaxIssuesSchema } from "../schema/MaxIssuesSchema.ts";
import { parseInput } from "../schema/parseInput.ts";
import { parseRows } from "../schema/parseRows.ts";
import { TimeZoneSchema } from "../time/TimeZoneSchema.ts";
import { type TransactionInput, TransactionSchema } from "./TransactionSchema.ts";

/**
 * Options of {@link customerBaseOverview}.
 *
 * @example
 * ```ts
 * import type { CustomerBaseOverviewOptions } from "clientele/customers";
 * const options: CustomerBaseOverviewOptions = { timeZone: "America/New_York" };
 * ```
 * @category Customers
 */
export interface CustomerBaseOverviewOptions {
  /** Zone whose calendar days define "purchase days" (default `"UTC"`). */
  readonly timeZone?: string | undefined;
  /**
   * How many issues an `invalid_input` (or `domain_error`) error keeps in `issues`: an integer from 0 to
   * 1,000,000 (default 10,000). `issueCount` always counts them all; see {@link MaxIssuesSchema}.
   */
  readonly maxIssues?: number | undefined;
}

/**
 * A first look at a transaction log (see {@link customerBaseOverview}).
 *
 * @example
 * ```ts
 * import type { CustomerBaseOverview } from "clientele/customers";
 * const o: Pick<CustomerBaseOverview, "customers" | "repeatBuyers"> = { customers: 2357, repeatBuyers: 1237 };
 * ```
 * @category Customers
 */
export interface CustomerBaseOverview {
  /** Distinct customers. */
  readonly customers: number;
  /** Transaction rows. */
  readonly transactions: number;
  /** Distinct (customer, calendar day) pairs: purchases on the same day count once here. */
  readonly purchaseDays: number;
  /** Earliest transaction timestamp. */
  readonly firstTimestamp: Date;
  /** Latest transaction timestamp. */
  readonly lastTimestamp: Date;
  /** Sum of `amount` over all rows (in `currency`, when the rows give one). */
  readonly revenue: number;
  /** The rows' currency, or `undefined` when no row names one. */
  readonly currency: string | undefined;
  /** Customers who bought on at least two distinct calendar days. */
  readonly repeatBuyers: number;
  /** `repeatBuyers / customers`, in [0, 1]. */
  readonly repeatBuyerShare: number;
  /** `revenue / transactions`. */
  readonly averageTransactionValue: number;
}

const OptionsSchema = /* @__PURE__ */ z.optional(
  /* @__PURE__ */ z.strictObject({
    timeZone: /* @__PURE__ */ z.optional(TimeZoneSchema),
    maxIssues: /* @__PURE__ */ z.optional(MaxIssuesSchema),
  }),
);

/**
 * Summarises a transaction log: how many customers and transactions, the date range, revenue, and how
 * many customers came back (bought on two or more distinct calendar days).
 *
 * @remarks
 * Every row counts: rows are validated with {@link TransactionSchema} and a bad row is `invalid_input`
 * (path `transactions[i].field`). "Calendar day" is taken in `options.timeZone` (default `"UTC"`).
 * Runs in O(n).
 *
 * @param transactions - The log (inputs or already-parsed transactions).
 * @param options - `timeZone` for calendar days.
 * @returns The overview.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad row or option.
 * @throws {@link ClienteleDomainError} `insufficient_data` for an empty log; `domain_error` when rows mix
 *   currencies (revenue would add different units; convert or filter first), or when total revenue
 *   exceeds the largest double.
 * @example
 * ```ts
 * import { customerBaseOverview } from "clientele/customers";
 * const o = customerBaseOverview([
 *   { customerId: "a", timestamp: "1997-01-01", amount: 10 },
 *   { customerId: "a", timestamp: "1997-01-01", amount: 5 },
 *   { customerId: "a", timestamp: "1997-02-01", amount: 20 },
 *   { customerId: "b", timestamp: "1997-01-03", amount: 7 },
 * ]);
 * o.customers; // => 2
 * o.purchaseDays; // => 3
 * o.revenue; // => 42
 * o.repeatBuyers; // => 1
 * ```
 * @category Customers
 */
export function customerBaseOverview(
  transactions: readonly TransactionInput[],
  options?: CustomerBaseOverviewOptions | undefined,
): CustomerBaseOverview {
  const fn = "customerBaseOverview";
  const parsedOptions = parseInput(fn, OptionsSchema, options, ["options"]);
  // Row by row (never one schema over the whole array, which overflows the stack on ~10⁵ bad rows).
  const rows = parseRows(fn, TransactionSchema, transactions, {
    path: ["transactions"],
    maxIssues: parsedOptions?.maxIssues,
  });
  if (rows.length === 0) throw new ClienteleDomainError("insufficient_data", `${fn}: the transaction log is empty`);
  const currencies = new Set(rows.map((t) => t.currency));
  if (currencies.size > 1) {
    const list = [...currencies].map((c) => c ?? "(none)").join(", ");
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: rows mix currencies (${list}); convert or filter them first`,
    );
  }
  const clock = createWallClock(fn, parsedOptions?.timeZone, ["options", "timeZone"]);
  const days = new Map<string, Set<number>>();
  let first = rows[0]!.timestamp;
  let last = first;
  let revenue = 0;
  for (const t of rows) {
    if (t.timestamp < first) first = t.timestamp;
    if (t.timestamp > last) last = t.timestamp;
    revenue += t.amount;
    const day = Math.floor(clock(t.timestamp.getTime()) / DAY_MS);
    const set = days.get(t.customerId);
    if (set === undefined) days.set(t.customerId, new Set([day]));
    else set.add(day);
  }
  if (!Number.isFinite(revenue)) {
    throw new ClienteleDomainError(
      "domain_error",
      `${fn}: total revenue exceeds the largest double (${revenue}); sum in smaller units or in parts`,
    );
  }
  let purchaseDays = 0;
  let repeatBuyers = 0;
  for (const set of days.values()) {
    purchaseDays += set.size;
    if (set.size >= 2) repeatBuyers++;
  }
  return {
    customers: days.size,
    transactions: rows.length,
    purchaseDays,
    firstTimestamp: new Date(first.getTime()),
    lastTimestamp: new Date(last.getTime()),
    revenue,
    currency: [...currencies][0],
    repeatBuyers,
    repeatBuyerShare: repeatBuyers / days.size,
    averageTransactionValue: revenue / rows.length,
  };
}
