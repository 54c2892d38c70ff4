import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { collectIssue, createIssueCollector, type IssueCollector } from "../../_lib/issueCollector.ts";
import { type CalendarShift, shiftTime } from "../../_lib/shiftTime.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";

/**
 * The leaves of the repurchase tree, in tree order, as indexes into {@link GroupCounts}.
 *
 * @internal
 */
export const GROUP_IDS = ["noFailure", "notComplained", "resolvedQuickly", "resolved", "unresolved"] as const;

const NO_FAILURE = 0;
const NOT_COMPLAINED = 1;
const UNRESOLVED = 4;
/** Complaint groups by outcome at asOf: unresolved 4, resolved 3, resolved quickly 2. */
const OUTCOME_GROUP: Readonly<Record<string, number>> = { "resolved-quickly": 2, resolved: 3, unresolved: 4 };

/**
 * Counts per group (indexes as {@link GROUP_IDS}): customers classified at the cutoff and those of them
 * who bought in the outcome window; and the records left out.
 *
 * @internal
 */
export interface GroupCounts {
  readonly included: Float64Array;
  readonly repurchased: Float64Array;
  /** Records that start after the cutoff: not yet customers when they would be classified. */
  startedAfterCutoff: number;
  /** Records with no event at all and no `customer.acquiredAt`: nothing says when they started. */
  withoutEvents: number;
  /** All records read. */
  customers: number;
  /** The cutoff, epoch ms: `asOf − window`. */
  readonly cutoff: number;
}

/** The event lists whose times say when a record starts, with the field holding the time. */
const START_FIELDS = [
  ["transactions", "timestamp"],
  ["interactions", "timestamp"],
  ["serviceFailures", "timestamp"],
  ["complaints", "openedAt"],
  ["surveyResponses", "timestamp"],
  ["incidents", "timestamp"],
  ["bonds", "start"],
  ["loyaltyEvents", "timestamp"],
] as const;

const REQUIRED_LISTS = new Set(["transactions", "serviceFailures", "complaints"]);

const validDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

/**
 * Classifies every customer record at the cutoff `asOf − window` into a leaf of the repurchase tree by
 * its latest service failure or complaint (after `asOf − window − lookback` when a lookback is given),
 * and counts, per group, who bought in the outcome window `(cutoff, asOf]` (see `estimateRepurchaseTree`
 * for the definitions). Reads validated records (`groupByCustomer`,
 * `CustomerRecordSchema`) with cheap checks of the fields it uses instead of a second zod parse; never
 * mutates them. O(events).
 *
 * @param fn - The public function, first word of the error message.
 * @param records - The records.
 * @param asOf - The observation instant, epoch ms.
 * @param window - The outcome window.
 * @param lookback - How far before the cutoff failures and complaints still count; `undefined` for no limit.
 * @returns The counts.
 * @throws {@link ClienteleInputError} `invalid_input` for a malformed record or event (with its path), or a
 *   record that starts after `asOf` (at the path of its first event).
 * @internal
 */
export function classifyRecords(
  fn: string,
  records: unknown,
  asOf: number,
  window: CalendarShift,
  lookback: CalendarShift | undefined,
): GroupCounts {
  if (!Array.isArray(records)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["records"],
          message: `expected an array of customer records, received ${describeReceived(records)}`,
        },
      ],
    });
  }
  const issues = createIssueCollector();
  const cutoff = shiftTime(asOf, window, -1);
  const since = lookback === undefined ? Number.NEGATIVE_INFINITY : shiftTime(cutoff, lookback, -1);
  const counts: GroupCounts = {
    included: new Float64Array(5),
    repurchased: new Float64Array(5),
    startedAfterCutoff: 0,
    withoutEvents: 0,
    customers: records.length,
    cutoff,
  };
  for (let i = 0; i < records.length; i++) {
    const record: unknown = records[i];
    if (!isPlainObject(record)) {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: ["records", i],
        message: `expected customer record, received ${describeReceived(record)}`,
      }));
      continue;
    }
    const before = issues.count;
    // When the record starts: customer.acquiredAt, or its earliest event of any kind.
    let start = Number.POSITIVE_INFINITY;
    let startPath: (string | number)[] = [];
    const customer = record.customer;
    if (customer !== undefined) {
      const acquiredAt = isPlainObject(customer) ? customer.acquiredAt : undefined;
      if (acquiredAt !== undefined) {
        if (validDate(acquiredAt)) {
          start = acquiredAt.getTime();
          startPath = ["records", i, "customer", "acquiredAt"];
        } else {
          collectIssue(issues, () => ({
            code: "invalid_type",
            path: ["records", i, "customer", "acquiredAt"],
            message: `expected date, received ${describeReceived(acquiredAt)}`,
          }));
        }
      }
    }
    for (const [list, field] of START_FIELDS) {
      const events: unknown = record[list];
      if (events === undefined && !REQUIRED_LISTS.has(list)) continue;
      if (!Array.isArray(events)) {
        collectIssue(issues, () => ({
          code: "invalid_type",
          path: ["records", i, list],
          message: `expected array, received ${describeReceived(events)}`,
        }));
        continue;
      }
      for (let j = 0; j < events.length; j++) {
        const event: unknown = events[j];
        // A cheap object test per event (not isPlainObject: its prototype lookup costs per event).
        const isObject = typeof event === "object" && event !== null;
        const t = isObject ? (event as Record<string, unknown>)[field] : undefined;
        if (!validDate(t)) {
          collectIssue(issues, () => ({
            code: "invalid_type",
            path: isObject ? ["records", i, list, j, field] : ["records", i, list, j],
            message: isObject
              ? `expected date, received ${describeReceived(t)}`
              : `expected event, received ${describeReceived(event)}`,
          }));
          continue;
        }
        const ms = t.getTime();
        if (ms < start) {
          start = ms;
          startPath = ["records", i, list, j, field];
        }
      }
    }
    if (issues.count > before) continue;
    if (start === Number.POSITIVE_INFINITY) {
      counts.withoutEvents++;
      continue;
    }
    if (asOf < start) {
      const path = startPath;
      const at = new Date(start).toISOString();
      collectIssue(issues, () => ({
        code: "custom",
        path,
        message: `asOf (${new Date(asOf).toISOString()}) is before this record starts (${at})`,
        expected: "a record that starts at or before asOf",
      }));
      continue;
    }
    const index = referenceGroup(record, i, asOf, cutoff, since, issues);
    if (index === undefined || start > cutoff) {
      if (index !== undefined) counts.startedAfterCutoff++;
      continue;
    }
    counts.included[index]!++;
    const transactions = record.transactions as readonly { readonly timestamp: Date }[];
    for (let j = 0; j < transactions.length; j++) {
      const t = transactions[j]!.timestamp.getTime();
      if (t > cutoff && t <= asOf) {
        counts.repurchased[index]!++;
        break;
      }
    }
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  return counts;
}

/**
 * The customer's group at the cutoff: by the latest service failure (`timestamp`) or complaint
 * (`openedAt`) in `(since, cutoff]`; a complaint wins a tie with a failure, and among complaints opened at
 * the same instant the worst outcome wins. A complaint's outcome is the one known at `asOf`: resolved only
 * if `resolvedAt` is at or before `asOf`. No such event: `noFailure`. Validates the complaint fields it
 * reads for every complaint (the event times were checked already); `undefined` after an issue.
 */
function referenceGroup(
  record: Record<string, unknown>,
  i: number,
  asOf: number,
  cutoff: number,
  since: number,
  issues: IssueCollector,
): number | undefined {
  let ref = Number.NEGATIVE_INFINITY;
  let index = NO_FAILURE;
  const failures = record.serviceFailures as readonly { readonly timestamp: Date }[];
  for (let j = 0; j < failures.length; j++) {
    const t = failures[j]!.timestamp.getTime();
    if (t <= cutoff && t > since && t > ref) {
      ref = t;
      index = NOT_COMPLAINED;
    }
  }
  const complaints = record.complaints as readonly Record<string, unknown>[];
  let bad = false;
  for (let j = 0; j < complaints.length; j++) {
    const c = complaints[j]!;
    const outcome = c.outcome;
    if (typeof outcome !== "string" || !Object.hasOwn(OUTCOME_GROUP, outcome)) {
      bad = true;
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: ["records", i, "complaints", j, "outcome"],
        message: `expected "unresolved" | "resolved" | "resolved-quickly", received ${describeReceived(outcome)}`,
      }));
      continue;
    }
    const known = OUTCOME_GROUP[outcome]!;
    const resolvedAt = c.resolvedAt;
    if (known !== UNRESOLVED && !validDate(resolvedAt)) {
      bad = true;
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: ["records", i, "complaints", j, "resolvedAt"],
        message: `expected date (the complaint is "${outcome}"), received ${describeReceived(resolvedAt)}`,
      }));
      continue;
    }
    const t = (c.openedAt as Date).getTime();
    if (t > cutoff || t <= since) continue;
    const atAsOf = known !== UNRESOLVED && (resolvedAt as Date).getTime() <= asOf ? known : UNRESOLVED;
    if (t > ref || (t === ref && (index < 2 || atAsOf > index))) {
      ref = t;
      index = atAsOf;
    }
  }
  return bad ? undefined : index;
}
