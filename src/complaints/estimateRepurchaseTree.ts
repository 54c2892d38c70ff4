import type { CustomerRecord } from "../customers/CustomerRecordSchema.ts";
import { ClienteleDomainError } from "../errors/ClienteleError.ts";
import type { TimestampInput } from "../schema/TimestampSchema.ts";
import { classifyRecords, type GroupCounts } from "./_internal/classifyRecords.ts";
import { proportion, readWindowOptions } from "./_internal/readWindowOptions.ts";
import type { ProportionEstimate } from "./ProportionEstimate.ts";
import type { RepurchaseTree } from "./RepurchaseTreeSchema.ts";
import type { RepurchaseWindow } from "./RepurchaseWindow.ts";

const FN = "estimateRepurchaseTree";

/**
 * Options of {@link estimateRepurchaseTree} (and {@link recoveryParadox}).
 *
 * @example
 * ```ts
 * import type { EstimateRepurchaseTreeOptions } from "clientele/complaints";
 * const options: EstimateRepurchaseTreeOptions = {
 *   asOf: "2024-12-31",
 *   window: { length: 90, unit: "day" },
 *   lookback: { length: 1, unit: "year" },
 * };
 * ```
 * @category Repurchase tree
 */
export interface EstimateRepurchaseTreeOptions {
  /** The observation instant (required: the library never reads the clock); a `Date` or an ISO-8601 string. */
  readonly asOf: TimestampInput;
  /** The outcome window: the last `window` before `asOf`; customers are classified at its start, `asOf − window`. */
  readonly window: RepurchaseWindow;
  /** Only failures and complaints within `lookback` before the cutoff count (older ones no longer do); absent: all count. */
  readonly lookback?: RepurchaseWindow | undefined;
  /** Confidence level of the Wilson intervals, in (0, 1). Default 0.95. */
  readonly confidenceLevel?: number | undefined;
}

/**
 * One group at the end of the tree, as estimated: its share of its parent and its repurchase rate, each
 * with a Wilson interval.
 *
 * @example
 * ```ts
 * import type { RepurchaseGroupStatistics } from "clientele/complaints";
 * const g: RepurchaseGroupStatistics = {
 *   share: { count: 0, total: 10, estimate: 0, lower: 0, upper: 0.27753279986288915 },
 *   repurchaseRate: { count: 0, total: 0, estimate: null, lower: null, upper: null },
 * };
 * ```
 * @category Repurchase tree
 */
export interface RepurchaseGroupStatistics {
  /** Customers in the group (`count`) out of those in its parent (`total`). */
  readonly share: ProportionEstimate;
  /** Customers who bought in the outcome window (`count`) out of those in the group (`total`). */
  readonly repurchaseRate: ProportionEstimate;
}

/**
 * An inner split of the tree, as estimated: its share of its parent, with a Wilson interval.
 *
 * @example
 * ```ts
 * import type { RepurchaseSplitStatistics } from "clientele/complaints";
 * const s: RepurchaseSplitStatistics = {
 *   share: { count: 5, total: 10, estimate: 0.5, lower: 0.23659309051256405, upper: 0.763406909487436 },
 * };
 * ```
 * @category Repurchase tree
 */
export interface RepurchaseSplitStatistics {
  /** Customers in the split (`count`) out of those in its parent (`total`). */
  readonly share: ProportionEstimate;
}

/**
 * The counts and intervals behind an estimated tree, in the tree's shape.
 *
 * @example
 * ```ts
 * import type { RepurchaseTreeStatistics } from "clientele/complaints";
 * type ResolvedQuickly = RepurchaseTreeStatistics["failure"]["complained"]["resolvedQuickly"];
 * ```
 * @category Repurchase tree
 */
export interface RepurchaseTreeStatistics {
  /** Customers without a service failure. */
  readonly noFailure: RepurchaseGroupStatistics;
  /** Customers with a service failure. */
  readonly failure: RepurchaseSplitStatistics & {
    /** Those who did not complain. */
    readonly notComplained: RepurchaseGroupStatistics;
    /** Those who complained. */
    readonly complained: RepurchaseSplitStatistics & {
      /** Complaint resolved quickly (by `asOf`). */
      readonly resolvedQuickly: RepurchaseGroupStatistics;
      /** Complaint resolved, not quickly (by `asOf`). */
      readonly resolved: RepurchaseGroupStatistics;
      /** Complaint not resolved at `asOf`. */
      readonly unresolved: RepurchaseGroupStatistics;
    };
  };
}

/**
 * What {@link estimateRepurchaseTree} returns.
 *
 * @example
 * ```ts
 * import type { RepurchaseTreeEstimate } from "clientele/complaints";
 * const describe = (e: RepurchaseTreeEstimate) => `${e.included} of ${e.customers} customers`;
 * ```
 * @category Repurchase tree
 */
export interface RepurchaseTreeEstimate {
  /** The observation instant. */
  readonly asOf: Date;
  /** The outcome window. */
  readonly window: RepurchaseWindow;
  /** When customers are classified: `asOf − window`. */
  readonly cutoff: Date;
  /** The lookback, when one was given. */
  readonly lookback: RepurchaseWindow | undefined;
  /** Confidence level of the intervals. */
  readonly confidenceLevel: number;
  /** Records read. */
  readonly customers: number;
  /** Customers classified and counted (`customers − excluded.total`). */
  readonly included: number;
  /** Customers left out, and why. Nobody is dropped silently: `included + excluded.total = customers`. */
  readonly excluded: {
    /** All left out. */
    readonly total: number;
    /** Records that start after the cutoff: not yet customers when the groups are formed. */
    readonly startedAfterCutoff: number;
    /** Records with no event and no `customer.acquiredAt`: nothing says when they became customers. */
    readonly withoutEvents: number;
  };
  /** The tree, for {@link repurchaseIntention}: shares and rates as counts / totals (`null` for empty groups). */
  readonly tree: RepurchaseTree;
  /** The counts and Wilson intervals behind every share and rate. */
  readonly statistics: RepurchaseTreeStatistics;
}

/**
 * Estimates the repurchase-intention tree from customer records: classifies each customer at a cutoff by
 * their latest service failure or complaint and its outcome, and counts who bought in the outcome window
 * after the cutoff, with a Wilson score interval for every share and rate.
 *
 * @remarks
 * **One outcome window for everyone.** The cutoff is `asOf − window` (calendar arithmetic, see
 * {@link RepurchaseWindow}). Every customer is classified by what happened at or before the cutoff, and
 * *bought again* means a transaction in `(cutoff, asOf]`. Why not a window starting at each customer's own
 * failure: failures happen in delivering purchases, so such a window would start right after a purchase
 * for customers with a failure and at an arbitrary date for the others — a design artefact that makes
 * failure groups (recovered customers included) look better whatever the data.
 *
 * **Classification at the cutoff.** The *reference event* is the customer's latest service failure
 * (`timestamp`) or complaint (`openedAt`) at or before the cutoff (and after `cutoff − lookback` when a
 * `lookback` is given); a complaint wins a tie with a failure, and among complaints opened at the same
 * instant the worst outcome wins.
 * - The reference is a complaint: `failure.complained`, by its outcome *known at `asOf`* —
 *   `resolved-quickly` or `resolved` only if `resolvedAt` is at or before `asOf`, else `unresolved`. A
 *   complaint counts as a failure even when no service failure was logged.
 * - The reference is a service failure (no complaint opened at or after it): `failure.notComplained`.
 * - Neither: `noFailure`. Events after the cutoff do not move a customer between groups.
 *
 * **Left out, with a count, never silently:** records that start after the cutoff (they were not yet
 * customers when the groups are formed: `excluded.startedAfterCutoff`), and records with no event at all
 * and no `customer.acquiredAt` (`excluded.withoutEvents`); `included + excluded.total = customers`. A record
 * *starts* at `customer.acquiredAt` or its earliest event of any kind; one that starts after `asOf` is an
 * error, not an exclusion.
 *
 * **Intervals.** Each share (of the parent) and each rate is a binomial proportion k / n with a Wilson
 * score interval (Wilson 1927; Newcombe 1998, method 3) at `confidenceLevel`. An empty group has `null`
 * estimate and bounds (n = 0) and a `null` rate in `tree`; a split under an empty parent has `null`
 * shares. {@link repurchaseIntention} accepts such a tree: an empty group holds share 0 and contributes
 * nothing. The intervals treat customers as independent draws and do not carry over to the tree's
 * products. The groups are observational: customers who buy more have more failures, so a difference
 * between groups is not the effect of a failure or of its recovery.
 *
 * Records are read as validated (`groupByCustomer`, `CustomerRecordSchema`), checked cheaply on the
 * fields used, never mutated; their order does not matter. O(events).
 *
 * @param records - Validated customer records.
 * @param options - `asOf` and `window` (required), `lookback`, `confidenceLevel` (default 0.95).
 * @returns The tree with its counts and intervals.
 * @throws {@link ClienteleInputError} `invalid_input` for missing or bad options (at `options.asOf`,
 *   `options.window.length`, …), a malformed record or event (at its path, e.g.
 *   `records[3].complaints[0].resolvedAt`), or a record that starts after `asOf` (at the path of its first
 *   event, e.g. `records[7].transactions[0].timestamp`).
 * @throws {@link ClienteleDomainError} `insufficient_data` when no customer can be included.
 * @example
 * ```ts
 * import { groupByCustomer } from "clientele/customers";
 * import { estimateRepurchaseTree, repurchaseIntention } from "clientele/complaints";
 * const records = groupByCustomer({
 *   transactions: [
 *     { customerId: "a", timestamp: "2024-01-05", amount: 10 },
 *     { customerId: "a", timestamp: "2024-05-01", amount: 10 },
 *     { customerId: "b", timestamp: "2024-01-10", amount: 20 },
 *     { customerId: "b", timestamp: "2024-06-20", amount: 20 },
 *     { customerId: "c", timestamp: "2024-01-03", amount: 30 },
 *   ],
 *   serviceFailures: [{ customerId: "b", timestamp: "2024-01-10", severity: "minor" }],
 *   complaints: [
 *     { customerId: "c", openedAt: "2024-01-04", resolvedAt: "2024-01-05", severity: "major", outcome: "resolved-quickly" },
 *   ],
 * });
 * // Classified at the cutoff 2024-04-01; bought again = a purchase from then to 2024-06-30.
 * const e = estimateRepurchaseTree(records, { asOf: "2024-06-30", window: { length: 90, unit: "day" } });
 * e.cutoff.toISOString(); // => "2024-04-01T00:00:00.000Z"
 * e.tree.noFailure; // => { share: 0.3333333333333333, repurchaseRate: 1 } (a bought on May 1)
 * e.tree.failure.notComplained.repurchaseRate; // => 1 (b bought on June 20)
 * e.tree.failure.complained.resolvedQuickly.repurchaseRate; // => 0
 * e.tree.failure.complained.resolved.repurchaseRate; // => null (nobody)
 * repurchaseIntention(e.tree).willRepurchase; // => 0.6666666666666666
 * ```
 * @see {@link repurchaseIntention}
 * @category Repurchase tree
 */
export function estimateRepurchaseTree(
  records: readonly CustomerRecord[],
  options: EstimateRepurchaseTreeOptions,
): RepurchaseTreeEstimate {
  const o = readWindowOptions(FN, options);
  const counts = classifyRecords(FN, records, o.asOf.getTime(), o.window, o.lookback);
  return treeEstimate(FN, counts, o.asOf, o.window, o.lookback, o.confidenceLevel, o.z);
}

/** Builds the estimate from the counts. */
function treeEstimate(
  fn: string,
  counts: GroupCounts,
  asOf: Date,
  window: RepurchaseWindow,
  lookback: RepurchaseWindow | undefined,
  confidenceLevel: number,
  z: number,
): RepurchaseTreeEstimate {
  const n = counts.included;
  const complained = n[2]! + n[3]! + n[4]!;
  const failure = n[1]! + complained;
  const included = n[0]! + failure;
  const cutoff = new Date(counts.cutoff);
  if (included === 0) {
    throw new ClienteleDomainError(
      "insufficient_data",
      `${fn}: no customer to classify at the cutoff ${cutoff.toISOString()} (${counts.customers} records: ${counts.startedAfterCutoff} start after it, ${counts.withoutEvents} without events)`,
      {
        issues: [{ code: "insufficient_data", path: ["records"], message: "no record starts at or before the cutoff" }],
      },
    );
  }
  const group = (i: number, parent: number): RepurchaseGroupStatistics => ({
    share: proportion(n[i]!, parent, z),
    repurchaseRate: proportion(counts.repurchased[i]!, n[i]!, z),
  });
  const statistics: RepurchaseTreeStatistics = {
    noFailure: group(0, included),
    failure: {
      share: proportion(failure, included, z),
      notComplained: group(1, failure),
      complained: {
        share: proportion(complained, failure, z),
        resolvedQuickly: group(2, complained),
        resolved: group(3, complained),
        unresolved: group(4, complained),
      },
    },
  };
  const leaf = (g: RepurchaseGroupStatistics) => ({
    share: g.share.estimate,
    repurchaseRate: g.repurchaseRate.estimate,
  });
  const s = statistics;
  const tree: RepurchaseTree = {
    noFailure: { share: s.noFailure.share.estimate!, repurchaseRate: s.noFailure.repurchaseRate.estimate },
    failure: {
      share: s.failure.share.estimate!,
      notComplained: leaf(s.failure.notComplained),
      complained: {
        share: s.failure.complained.share.estimate,
        resolvedQuickly: leaf(s.failure.complained.resolvedQuickly),
        resolved: leaf(s.failure.complained.resolved),
        unresolved: leaf(s.failure.complained.unresolved),
      },
    },
  };
  return {
    asOf,
    window: { length: window.length, unit: window.unit },
    cutoff,
    lookback: lookback === undefined ? undefined : { length: lookback.length, unit: lookback.unit },
    confidenceLevel,
    customers: counts.customers,
    included,
    excluded: {
      total: counts.startedAfterCutoff + counts.withoutEvents,
      startedAfterCutoff: counts.startedAfterCutoff,
      withoutEvents: counts.withoutEvents,
    },
    tree,
    statistics,
  };
}
