import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { collectIssue, createIssueCollector, type IssueCollector } from "../../_lib/issueCollector.ts";
import { CachedShift, type CalendarShift, shiftTime } from "../../_lib/shiftTime.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";

/**
 * The leaves of the repurchase tree, in tree order, as indexes into {@link GroupCounts}.
 *
 * @internal
 */
export const GROUP_IDS = ["noFailure", "notComplained", "resolvedQuickly", "resolved", "unresolved"] as const;

const NO_FAILURE = 0;
const NOT_COMPLAINED = 1;
/** Complaint groups by outcome at asOf: unresolved 4, resolved 3, resolved quickly 2. */
const OUTCOME_GROUP: Readonly<Record<string, number>> = { "resolved-quickly": 2, resolved: 3, unresolved: 4 };

/**
 * Counts per group (indexes as {@link GROUP_IDS}): customers included (their window is complete at
 * asOf), those of them who bought within the window, and those left out because their window is not
 * complete.
 *
 * @internal
 */
export interface GroupCounts {
  readonly included: Float64Array;
  readonly repurchased: Float64Array;
  readonly excluded: Float64Array;
  /** Records with no event at all and no `customer.acquiredAt`: nothing says when they started. */
  withoutEvents: number;
  /** All records read. */
  customers: number;
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
 * Classifies every customer record at `asOf` into a leaf of the repurchase tree and counts, per group,
 * who is included, who bought again within the window, and who is left out (see
 * `estimateRepurchaseTree` for the definitions). Reads validated records (`groupByCustomer`,
 * `CustomerRecordSchema`) with cheap checks of the fields it uses instead of a second zod parse; never
 * mutates them. O(events).
 *
 * @param fn - The public function, first word of the error message.
 * @param records - The records.
 * @param asOf - The observation instant, epoch ms.
 * @param window - The repurchase window.
 * @returns The counts.
 * @throws {@link ClienteleInputError} `invalid_input` for a malformed record or event (with its path), or a
 *   record that starts after `asOf` (at the path of its first event).
 * @internal
 */
export function classifyRecords(fn: string, records: unknown, asOf: number, window: CalendarShift): GroupCounts {
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
  const counts: GroupCounts = {
    included: new Float64Array(5),
    repurchased: new Float64Array(5),
    excluded: new Float64Array(5),
    withoutEvents: 0,
    customers: records.length,
  };
  const shift = new CachedShift(window, 1);
  const noFailureRef = shiftTime(asOf, window, -1);
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
        const t = isPlainObject(event) ? event[field] : undefined;
        if (!validDate(t)) {
          collectIssue(issues, () => ({
            code: "invalid_type",
            path: isPlainObject(event) ? ["records", i, list, j, field] : ["records", i, list, j],
            message: isPlainObject(event)
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
    const group = referenceGroup(record, i, asOf, issues);
    if (group === undefined) continue;
    const { index, ref } = group;
    let from: number;
    let end: number;
    if (index === NO_FAILURE) {
      from = noFailureRef;
      end = asOf;
      if (start > noFailureRef) {
        counts.excluded[index]!++;
        continue;
      }
    } else {
      from = ref;
      end = shift.apply(ref);
      if (end > asOf) {
        counts.excluded[index]!++;
        continue;
      }
    }
    counts.included[index]!++;
    const transactions = record.transactions as readonly { readonly timestamp: Date }[];
    for (let j = 0; j < transactions.length; j++) {
      const t = transactions[j]!.timestamp.getTime();
      if (t > from && t <= end) {
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
 * The customer's group at `asOf` and its reference instant: the latest service failure (`timestamp`) or
 * complaint (`openedAt`) at or before `asOf`; a complaint wins a tie with a failure, and among complaints
 * opened at the same instant the worst outcome wins. A complaint's outcome is the one known at `asOf`:
 * resolved only if `resolvedAt` is at or before `asOf`. No such event: group `noFailure` (ref unused).
 * Validates the fields it reads (the event times were checked already); `undefined` after an issue.
 */
function referenceGroup(
  record: Record<string, unknown>,
  i: number,
  asOf: number,
  issues: IssueCollector,
): { index: number; ref: number } | undefined {
  let ref = Number.NEGATIVE_INFINITY;
  let index = NO_FAILURE;
  const failures = record.serviceFailures as readonly { readonly timestamp: Date }[];
  for (let j = 0; j < failures.length; j++) {
    const t = failures[j]!.timestamp.getTime();
    if (t <= asOf && t > ref) {
      ref = t;
      index = NOT_COMPLAINED;
    }
  }
  const complaints = record.complaints as readonly Record<string, unknown>[];
  let bad = false;
  for (let j = 0; j < complaints.length; j++) {
    const c = complaints[j]!;
    const outcome = c.outcome;
    const known = typeof outcome === "string" ? OUTCOME_GROUP[outcome] : undefined;
    if (known === undefined || !Object.hasOwn(OUTCOME_GROUP, outcome as string)) {
      bad = true;
      collectIssue(issues, () => ({
        code: "invalid_value",
        path: ["records", i, "complaints", j, "outcome"],
        message: `expected "unresolved" | "resolved" | "resolved-quickly", received ${describeReceived(outcome)}`,
      }));
      continue;
    }
    const resolvedAt = c.resolvedAt;
    if (known !== 4 && !validDate(resolvedAt)) {
      bad = true;
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: ["records", i, "complaints", j, "resolvedAt"],
        message: `expected date (the complaint is "${outcome as string}"), received ${describeReceived(resolvedAt)}`,
      }));
      continue;
    }
    const t = (c.openedAt as Date).getTime();
    if (t > asOf) continue;
    const atAsOf = known !== 4 && (resolvedAt as Date).getTime() <= asOf ? known : 4;
    if (t > ref || (t === ref && (index < 2 || atAsOf > index))) {
      ref = t;
      index = atAsOf;
    }
  }
  return bad ? undefined : { index, ref };
}
