import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import type { TimestampInput } from "../schema/TimestampSchema.ts";
import { costToServeWith } from "./_internal/costToServeWith.ts";
import { resolveCostDrivers } from "./_internal/resolveCostDrivers.ts";
import type { CostDriversInput } from "./CostDriversSchema.ts";

/**
 * The activities a cost-driver line prices (see {@link CostDriverLine}).
 *
 * @example
 * ```ts
 * import type { CostDriverKind } from "clientele/value";
 * const kind: CostDriverKind = "interaction";
 * ```
 * @category Profitability
 */
export type CostDriverKind =
  | "order"
  | "revenue-share"
  | "interaction"
  | "other-interaction"
  | "service-failure"
  | "complaint"
  | "incident-staff-hour";

/**
 * One driver's share of a customer's cost to serve: how much of the activity there was, at what rate, and
 * what it cost (quantity × rate).
 *
 * @example
 * ```ts
 * import type { CostDriverLine } from "clientele/value";
 * const returns: CostDriverLine = { driver: "interaction", key: "return", quantity: 2, rate: 12, cost: 24 };
 * ```
 * @category Profitability
 */
export interface CostDriverLine {
  /** The activity. */
  readonly driver: CostDriverKind;
  /** The channel (`order` priced by `perOrderByChannel`) or the interaction kind (`interaction`). */
  readonly key?: string | undefined;
  /** How much: a count of events, the revenue (`revenue-share`) or staff hours (`incident-staff-hour`). */
  readonly quantity: number;
  /** The table's rate for it (a share for `revenue-share`). */
  readonly rate: number;
  /** quantity × rate. */
  readonly cost: number;
}

/**
 * A customer's activity-based cost to serve over a window (see {@link costToServe}).
 *
 * @example
 * ```ts
 * import type { CostToServe } from "clientele/value";
 * const c: CostToServe = {
 *   customerId: "0001", total: 7, lines: [{ driver: "order", quantity: 2, rate: 3.5, cost: 7 }],
 * };
 * ```
 * @category Profitability
 */
export interface CostToServe {
  /** The customer. */
  readonly customerId: string;
  /** The currency of the figures: the table's, else the transactions' common one, if any was stated. */
  readonly currency?: string | undefined;
  /** The sum of the lines' costs. */
  readonly total: number;
  /** One line per priced driver with activity in the window, in the order of {@link CostDriverKind}, keys sorted. */
  readonly lines: readonly CostDriverLine[];
}

/**
 * The window of {@link costToServe}: events with `from ≤ t < to` count.
 *
 * @example
 * ```ts
 * import type { CostToServeOptions } from "clientele/value";
 * const year1997: CostToServeOptions = { from: "1997-01-01", to: "1998-01-01" };
 * ```
 * @category Profitability
 */
export interface CostToServeOptions {
  /** Start of the window (inclusive); without it, from the record's first event. */
  readonly from?: TimestampInput | undefined;
  /** End of the window (exclusive); required: it never defaults to today or to the last event. */
  readonly to: TimestampInput;
}

/**
 * A customer's activity-based cost to serve over a window: each priced activity of the record (orders,
 * the revenue share, interactions by kind, service failures, complaints, incident staff hours) times its
 * rate in the app's cost-driver table, with one line per driver.
 *
 * @remarks
 * Activity-based costing of customers (Kaplan & Cooper 1998, *Cost & Effect*; Kaplan & Narayanan 2001,
 * "Measuring and managing customer profitability", *Journal of Cost Management* 15(5)): the firm's
 * service costs are traced to customers through the activities they cause, rather than spread in
 * proportion to revenue. The table is the app's; see {@link CostDriversSchema} for what each rate prices.
 * Events are read from a validated record (the output of `CustomerRecordSchema` or `groupByCustomer`)
 * with cheap checks of the fields used. Runs in O(events).
 *
 * @param record - One customer's validated record.
 * @param drivers - The cost-driver table.
 * @param options - The window (`to` required).
 * @returns The total and the lines.
 * @throws {@link ClienteleInputError} `invalid_input` for a bad table (at `drivers.…`), window (at
 *   `options.…`), event field (at its path), an interaction kind the table does not price (at
 *   `interactions[i].kind`), or a transaction in another currency than the table's (at its `currency`).
 * @throws {@link ClienteleDomainError} `domain_error` if the cost overflows.
 * @example
 * ```ts
 * import { costToServe } from "clientele/value";
 * const c = costToServe(
 *   {
 *     customerId: "c1",
 *     transactions: [
 *       { customerId: "c1", timestamp: new Date("2026-02-01"), amount: 100, channel: "web" },
 *       { customerId: "c1", timestamp: new Date("2026-03-01"), amount: 50, channel: "store" },
 *     ],
 *     interactions: [
 *       { customerId: "c1", timestamp: new Date("2026-02-10"), kind: "return", channel: "post", direction: "inbound" },
 *     ],
 *     serviceFailures: [], complaints: [], surveyResponses: [], incidents: [], bonds: [], loyaltyEvents: [],
 *   },
 *   { perOrder: 2, perOrderByChannel: { web: 6 }, revenueShare: 0.02, perInteraction: { return: 12 } },
 *   { to: new Date("2027-01-01") },
 * );
 * c.total; // => 23 (2 + 6 + 3 + 12)
 * c.lines.map((l) => l.driver); // => ["order", "order", "revenue-share", "interaction"]
 * ```
 * @category Profitability
 */
export function costToServe(
  record: CustomerRecord,
  drivers: CostDriversInput,
  options: CostToServeOptions,
): CostToServe {
  return costToServeWith(resolveCostDrivers("costToServe", drivers), record, options);
}
