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
  let start = Number.POSITIVE_INFINITY;
  const see = (ms: number) => {
    if (ms < start) start = ms;
  };
  const list = (name: string, optional: boolean): readonly unknown[] => {
    const value = record[name];
    if (Array.isArray(value)) return value;
    if (optional && value === undefined) return [];
    collectIssue(issues, () => ({
      code: "invalid_type",
      path: [...base, name],
      message: `expected array, received ${describeReceived(value)}`,
    }));
    return [];
  };
  // Paths are built only when an issue is found (a valid record allocates none).
  const each = (
    name: string,
    optional: boolean,
    dateKey: string,
    check?: (e: Readonly<Record<string, unknown>>, at: (...rest: Path) => Path) => void,
  ) => {
    const events = list(name, optional);
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      const at = (...rest: Path): Path => [...base, name, i, ...rest];
      if (!isPlainObject(e)) {
        badType(issues, at(), "event", e);
        continue;
      }
      const d = e[dateKey];
      if (validDate(d)) see(d.getTime());
      else badType(issues, at(dateKey), "date", d);
      check?.(e, at);
    }
  };
  each("transactions", false, "timestamp", (t, at) => {
    if (!nonNegative(t.amount)) badType(issues, at("amount"), "finite number ≥ 0", t.amount);
    if (t.cost !== undefined && !nonNegative(t.cost)) badType(issues, at("cost"), "finite number ≥ 0", t.cost);
  });
  each("interactions", false, "timestamp", (e, at) => {
    if (typeof e.kind !== "string" || e.kind === "") badType(issues, at("kind"), "non-empty string", e.kind);
  });
  each("serviceFailures", false, "timestamp");
  each("complaints", false, "openedAt", (c, at) => {
    if (!OUTCOMES.has(c.outcome)) {
      badType(issues, at("outcome"), '"unresolved" | "resolved" | "resolved-quickly"', c.outcome);
    }
    const resolvedAt = c.resolvedAt;
    if (resolvedAt !== undefined && !validDate(resolvedAt)) badType(issues, at("resolvedAt"), "date", resolvedAt);
  });
  each("surveyResponses", false, "timestamp");
  each("incidents", false, "timestamp", (e, at) => {
    if (!INCIDENT_KINDS.has(e.kind)) {
      badType(issues, at("kind"), '"abuse" | "fraud" | "policy-violation" | "core-value-violation"', e.kind);
    }
    if (!nonNegative(e.staffHours)) badType(issues, at("staffHours"), "finite number ≥ 0", e.staffHours);
  });
  each("bonds", true, "start");
  each("loyaltyEvents", true, "timestamp");
  const customer = record.customer;
  let acquired: number | undefined;
  if (customer !== undefined) {
    if (!isPlainObject(customer)) badType(issues, [...base, "customer"], "customer", customer);
    else if (customer.acquiredAt !== undefined) {
      if (validDate(customer.acquiredAt)) acquired = customer.acquiredAt.getTime();
      else badType(issues, [...base, "customer", "acquiredAt"], "date", customer.acquiredAt);
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

function badType(issues: IssueCollector, path: Path, expected: string, received: unknown): void {
  collectIssue(issues, () => ({
    code: "invalid_type",
    path: [...path],
    message: `expected ${expected}, received ${describeReceived(received)}`,
  }));
}
