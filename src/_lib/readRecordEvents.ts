import { ClienteleInputError } from "../errors/ClienteleError.ts";
import type { ClienteleIssue } from "../errors/ClienteleIssue.ts";
import { describeReceived } from "./describeReceived.ts";
import { isoTimestampMs } from "./isoTimestampMs.ts";
import { isPlainObject } from "./isPlainObject.ts";
import { collectIssue, createIssueCollector, type IssueCollector } from "./issueCollector.ts";

/**
 * What {@link readRecordEvents} learnt from a record: its customer and when it starts.
 *
 * @internal
 */
export interface RecordEventsRead {
  /** The record's `customerId`. */
  readonly customerId: string;
  /**
   * When the record starts (ms since the epoch): the customer's `acquiredAt` when given, else the
   * earliest event of any list; `undefined` for a record with neither.
   */
  readonly startMs: number | undefined;
}

type Path = readonly (string | number)[];

const INCIDENT_KINDS: ReadonlySet<unknown> = new Set(["abuse", "fraud", "policy-violation", "core-value-violation"]);
const OUTCOMES: ReadonlySet<unknown> = new Set(["unresolved", "resolved", "resolved-quickly"]);

const validDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());
const nonNegative = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;

/**
 * Reads a validated customer record (from `groupByCustomer` or `CustomerRecordSchema`) with cheap checks
 * instead of a second zod parse, so that assessing 100,000 records stays fast: the record is a plain
 * object with a string `customerId` and the six event lists (`bonds` and `loyaltyEvents` may be absent),
 * and every field the relationship areas read is of its type — each event's date (`timestamp`,
 * `openedAt`, `start`) is a valid `Date`; a transaction's `amount` and `cost` are finite and ≥ 0; an
 * incident's `kind` is known and its `staffHours` finite and ≥ 0; an interaction's `kind` is a non-empty
 * string; a complaint's `outcome` is known and its `resolvedAt` (when given) a valid `Date`.
 *
 * @param fn - The public function, first word of the error message.
 * @param record - The candidate record.
 * @param base - Path of the record in the caller's arguments (default `["record"]`).
 * @returns The customer and the record's start.
 * @throws {@link ClienteleInputError} `invalid_input` with the path of every bad field (the first 10,000 kept).
 * @internal
 */
export function readRecordEvents(fn: string, record: unknown, base: Path = ["record"]): RecordEventsRead {
  if (!isPlainObject(record) || typeof record.customerId !== "string" || record.customerId === "") {
    throw new ClienteleInputError(`${fn}: invalid input`, {
      issues: [
        {
          code: "invalid_type",
          path: [...base],
          message: `expected a customer record (from groupByCustomer or CustomerRecordSchema), received ${describeReceived(record)}`,
        },
      ],
    });
  }
  const issues = createIssueCollector();
  // Plain loops and module-level helpers: no closure per call or per event (a valid record allocates
  // nothing here), so 100,000 records × 20 events stay cheap.
  const scan: Scan = { issues, base, start: Number.POSITIVE_INFINITY };
  const txs = listOf(scan, record, "transactions", false);
  for (let i = 0; i < txs.length; i++) {
    const t = eventAt(scan, txs, "transactions", i, "timestamp");
    if (t === undefined) continue;
    if (!nonNegative(t.amount)) badType(scan, ["transactions", i, "amount"], "finite number ≥ 0", t.amount);
    if (t.cost !== undefined && !nonNegative(t.cost))
      badType(scan, ["transactions", i, "cost"], "finite number ≥ 0", t.cost);
  }
  const interactions = listOf(scan, record, "interactions", false);
  for (let i = 0; i < interactions.length; i++) {
    const e = eventAt(scan, interactions, "interactions", i, "timestamp");
    if (e !== undefined && (typeof e.kind !== "string" || e.kind === "")) {
      badType(scan, ["interactions", i, "kind"], "non-empty string", e.kind);
    }
  }
  const failures = listOf(scan, record, "serviceFailures", false);
  for (let i = 0; i < failures.length; i++) eventAt(scan, failures, "serviceFailures", i, "timestamp");
  const complaints = listOf(scan, record, "complaints", false);
  for (let i = 0; i < complaints.length; i++) {
    const c = eventAt(scan, complaints, "complaints", i, "openedAt");
    if (c === undefined) continue;
    if (!OUTCOMES.has(c.outcome)) {
      badType(scan, ["complaints", i, "outcome"], '"unresolved" | "resolved" | "resolved-quickly"', c.outcome);
    }
    if (c.resolvedAt !== undefined && !validDate(c.resolvedAt)) {
      badType(scan, ["complaints", i, "resolvedAt"], "date", c.resolvedAt);
    }
  }
  const surveys = listOf(scan, record, "surveyResponses", false);
  for (let i = 0; i < surveys.length; i++) eventAt(scan, surveys, "surveyResponses", i, "timestamp");
  const incidents = listOf(scan, record, "incidents", false);
  for (let i = 0; i < incidents.length; i++) {
    const e = eventAt(scan, incidents, "incidents", i, "timestamp");
    if (e === undefined) continue;
    if (!INCIDENT_KINDS.has(e.kind)) {
      badType(
        scan,
        ["incidents", i, "kind"],
        '"abuse" | "fraud" | "policy-violation" | "core-value-violation"',
        e.kind,
      );
    }
    if (!nonNegative(e.staffHours)) badType(scan, ["incidents", i, "staffHours"], "finite number ≥ 0", e.staffHours);
  }
  const bonds = listOf(scan, record, "bonds", true);
  for (let i = 0; i < bonds.length; i++) eventAt(scan, bonds, "bonds", i, "start");
  const loyalty = listOf(scan, record, "loyaltyEvents", true);
  for (let i = 0; i < loyalty.length; i++) eventAt(scan, loyalty, "loyaltyEvents", i, "timestamp");
  const start = scan.start;
  const customer = record.customer;
  let acquired: number | undefined;
  if (customer !== undefined) {
    if (!isPlainObject(customer)) badType(scan, ["customer"], "customer", customer);
    else if (customer.acquiredAt !== undefined) {
      if (validDate(customer.acquiredAt)) acquired = customer.acquiredAt.getTime();
      else badType(scan, ["customer", "acquiredAt"], "date", customer.acquiredAt);
    }
  }
  if (issues.count > 0) {
    throw new ClienteleInputError(`${fn}: invalid input`, { issues: issues.list, issueCount: issues.count });
  }
  return {
    customerId: record.customerId,
    startMs: acquired ?? (start === Number.POSITIVE_INFINITY ? undefined : start),
  };
}

/**
 * Reads a required `asOf` option: a valid `Date`, or a strict ISO-8601 date or date-time with offset.
 *
 * @param fn - The public function, first word of the error message.
 * @param asOf - The candidate.
 * @param path - Its path (default `["options", "asOf"]`).
 * @returns Epoch milliseconds.
 * @throws {@link ClienteleInputError} `invalid_input` at `path` (asOf is required: the library never reads the clock).
 * @internal
 */
export function readAsOfMs(fn: string, asOf: unknown, path: Path = ["options", "asOf"]): number {
  if (validDate(asOf)) return asOf.getTime();
  const ms = typeof asOf === "string" ? isoTimestampMs(asOf) : Number.NaN;
  if (!Number.isNaN(ms)) return ms;
  throw new ClienteleInputError(`${fn}: invalid input`, {
    issues: [
      {
        code: "invalid_type",
        path: [...path],
        message:
          asOf === undefined
            ? "expected date or ISO-8601 string (asOf is required: the library never reads the clock), received undefined"
            : `expected date or ISO-8601 string, received ${describeReceived(asOf)}`,
      },
    ],
  });
}

/**
 * The issue for an `asOf` before the record starts, or `undefined` when it is not.
 *
 * @param asOfMs - The assessment date.
 * @param read - What {@link readRecordEvents} returned.
 * @returns The issue at `options.asOf`, or `undefined`.
 * @internal
 */
export function asOfBeforeStartIssue(asOfMs: number, read: RecordEventsRead): ClienteleIssue | undefined {
  if (read.startMs === undefined || asOfMs >= read.startMs) return undefined;
  return {
    code: "too_small",
    path: ["options", "asOf"],
    message: `expected a date on or after the record's start (${new Date(read.startMs).toISOString()}), received ${new Date(asOfMs).toISOString()}`,
  };
}

/** The state of one record's scan. */
interface Scan {
  readonly issues: IssueCollector;
  readonly base: Path;
  /** Earliest event seen so far (ms). */
  start: number;
}

/** The record's list `name` (an absent optional list is empty; anything else not an array is an issue). */
function listOf(
  scan: Scan,
  record: Readonly<Record<string, unknown>>,
  name: string,
  optional: boolean,
): readonly unknown[] {
  const value = record[name];
  if (Array.isArray(value)) return value;
  if (!(optional && value === undefined)) badType(scan, [name], "array", value);
  return [];
}

/** Event i of a list, when it is a plain object (its date checked and seen); else an issue and undefined. */
function eventAt(
  scan: Scan,
  list: readonly unknown[],
  name: string,
  i: number,
  dateKey: string,
): Readonly<Record<string, unknown>> | undefined {
  const e = list[i];
  if (!isPlainObject(e)) {
    badType(scan, [name, i], "event", e);
    return undefined;
  }
  const d = e[dateKey];
  if (validDate(d)) {
    const ms = d.getTime();
    if (ms < scan.start) scan.start = ms;
  } else badType(scan, [name, i, dateKey], "date", d);
  return e;
}

function badType(scan: Scan, rest: Path, expected: string, received: unknown): void {
  collectIssue(scan.issues, () => ({
    code: "invalid_type",
    path: [...scan.base, ...rest],
    message: `expected ${expected}, received ${describeReceived(received)}`,
  }));
}
