import { describeReceived } from "../../_lib/describeReceived.ts";
import { isPlainObject } from "../../_lib/isPlainObject.ts";
import { collectIssue, createIssueCollector, type IssueCollector } from "../../_lib/issueCollector.ts";
import type { CustomerRecord } from "../../customers/CustomerRecordSchema.ts";
import { ClienteleInputError } from "../../errors/ClienteleError.ts";

/** The dated fields the switching-risk rules read, per list: the event's own date, and an optional end. */
const DATED: readonly (readonly [keyof CustomerRecord, string, string | undefined])[] = [
  ["transactions", "timestamp", undefined],
  ["interactions", "timestamp", undefined],
  ["serviceFailures", "timestamp", undefined],
  ["complaints", "openedAt", "resolvedAt"],
  ["surveyResponses", "timestamp", undefined],
  ["incidents", "timestamp", undefined],
  ["bonds", "start", "end"],
];

const isDate = (v: unknown): v is Date => v instanceof Date && !Number.isNaN(v.getTime());

/**
 * Checks the shape of a customer record the rules rely on (a record from `groupByCustomer` or
 * `CustomerRecordSchema` passes; this is the cheap check run per record, not a full parse): a non-empty
 * `customerId`, the event lists as arrays, each event's dates valid `Date`s (an optional end may be
 * absent), transaction amounts finite. Returns the record's first instant (ms): the earliest of
 * `customer.acquiredAt` and every event's own date, or `undefined` for a record without events.
 *
 * @throws {@link ClienteleInputError} `invalid_input` with paths like `record.transactions[3].timestamp`.
 * @internal
 */
export function readRiskRecord(fn: string, record: unknown): number | undefined {
  const issues = createIssueCollector();
  if (!isPlainObject(record)) {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: ["record"],
          message: `expected customer record, received ${describeReceived(record)}`,
        },
      ],
    });
  }
  if (typeof record.customerId !== "string" || record.customerId === "") {
    collectIssue(issues, () => ({
      code: "invalid_type",
      path: ["record", "customerId"],
      message: `expected non-empty string, received ${describeReceived(record.customerId)}`,
    }));
  }
  let first = Number.POSITIVE_INFINITY;
  const acquired = (record.customer as { acquiredAt?: unknown } | undefined)?.acquiredAt;
  if (isDate(acquired)) first = acquired.getTime();
  for (let l = 0; l < DATED.length; l++) {
    const [list, own, end] = DATED[l]!;
    const events = record[list];
    if (!Array.isArray(events)) {
      collectIssue(issues, () => ({
        code: "invalid_type",
        path: ["record", list],
        message: `expected array, received ${describeReceived(events)}`,
      }));
      continue;
    }
    for (let i = 0; i < events.length; i++) {
      const e = events[i] as Record<string, unknown> | null;
      const at = typeof e === "object" && e !== null ? e[own] : undefined;
      // The common case in one test: a valid own date (and, for purchases, a finite amount).
      if (at instanceof Date) {
        const t = at.getTime();
        if (!Number.isNaN(t)) {
          if (t < first) first = t;
          const valid =
            (end === undefined || e![end] === undefined || isDate(e![end])) &&
            (list !== "transactions" || Number.isFinite(e!.amount));
          if (valid) continue;
        }
      }
      eventIssues(issues, list, i, e, own, end);
    }
  }
  throwIfAny(fn, issues);
  return first === Number.POSITIVE_INFINITY ? undefined : first;
}

/** Throws the collected issues as one `invalid_input`. */
export function throwIfAny(fn: string, issues: IssueCollector): void {
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
}

/** The issues of one event that failed the quick test. */
function eventIssues(
  issues: IssueCollector,
  list: string,
  i: number,
  e: Record<string, unknown> | null,
  own: string,
  end: string | undefined,
): void {
  if (!isPlainObject(e)) {
    collectIssue(issues, () => ({
      code: "invalid_type",
      path: ["record", list, i],
      message: `expected event, received ${describeReceived(e)}`,
    }));
    return;
  }
  for (const field of end === undefined ? [own] : [own, end]) {
    const v = e[field];
    if (isDate(v) || (field === end && v === undefined)) continue;
    collectIssue(issues, () => ({
      code: "invalid_type",
      path: ["record", list, i, field],
      message: `expected valid Date, received ${describeReceived(v)}`,
    }));
  }
  if (list === "transactions" && !(typeof e.amount === "number" && Number.isFinite(e.amount))) {
    collectIssue(issues, () => ({
      code: "invalid_type",
      path: ["record", list, i, "amount"],
      message: `expected finite number, received ${describeReceived(e.amount)}`,
    }));
  }
}
