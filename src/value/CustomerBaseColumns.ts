/**
 * A customer base in columnar form, the fast input of {@link customerProfits}: one column per field,
 * element `i` of each column of a table is one row (the layout of Arrow, Parquet or a database result).
 * Every element is validated as the records' schemas validate the field, in one pass without a per-row
 * object. Any array-like works (arrays, typed arrays, Arrow-style vectors with `length` and indexes); the
 * columns of a table must have the same length; other keys are rejected.
 *
 * @remarks
 * - Each event table names its instants in one of two columns: `timestamp` (`Date`s or strict ISO-8601
 *   strings, as `TimestampSchema` accepts them) or `timestampMs` (milliseconds since
 *   1970-01-01T00:00Z, e.g. a `Float64Array`: the fastest layout); complaints use `openedAt` /
 *   `openedAtMs`.
 * - Events name their customer by `customerId`, which must be listed in `customers.customerId`
 *   (a number and its decimal string are the same id).
 * - A missing `cost` is `undefined`, `null` or `NaN` (a `Float64Array` can only say NaN); what it
 *   costs is decided by `options.missingCost`, which throws by default.
 * - A table the cost-driver table prices must be given (empty columns when there were no such events):
 *   `interactions` when `perInteraction` or `otherInteraction` is set, `serviceFailures` with
 *   `perServiceFailure`, `complaints` with `perComplaint`, `incidents` with `perIncidentStaffHour`. A
 *   table it does not price is shape-checked and otherwise not read.
 *
 * @example
 * ```ts
 * import type { CustomerBaseColumns } from "clientele/value";
 * const base: CustomerBaseColumns = {
 *   customers: { customerId: ["a", "b"] },
 *   transactions: {
 *     customerId: ["a", "a", "b"],
 *     timestampMs: Float64Array.of(Date.UTC(2026, 0, 5), Date.UTC(2026, 1, 2), Date.UTC(2026, 0, 6)),
 *     amount: Float64Array.of(80, 20, 10),
 *     cost: Float64Array.of(50, Number.NaN, 6),
 *   },
 * };
 * ```
 * @category Profitability
 */
export interface CustomerBaseColumns {
  /** The customers, one per element: the profits come out in this order. */
  readonly customers: {
    /** Customer ids, distinct: non-empty strings or safe non-negative integers. */
    readonly customerId: ArrayLike<string | number>;
    /** Each customer's segment (optional column; an element may be `undefined`). */
    readonly segment?: ArrayLike<string | undefined> | undefined;
  };
  /** The transactions, one per element. */
  readonly transactions: {
    /** The customer of each transaction (listed in `customers.customerId`). */
    readonly customerId: ArrayLike<string | number>;
    /** When it happened: `Date`s or ISO-8601 strings (give this or `timestampMs`). */
    readonly timestamp?: ArrayLike<Date | string> | undefined;
    /** When it happened, in milliseconds since 1970-01-01T00:00Z (give this or `timestamp`). */
    readonly timestampMs?: ArrayLike<number> | undefined;
    /** Revenue, finite ≥ 0. */
    readonly amount: ArrayLike<number>;
    /** The product cost, finite ≥ 0; `undefined`, `null` or `NaN` where it is missing (optional column). */
    readonly cost?: ArrayLike<number | null | undefined> | undefined;
    /** The sales channel, priced by `perOrderByChannel` (optional column; an element may be `undefined`). */
    readonly channel?: ArrayLike<string | undefined> | undefined;
    /** ISO 4217 currency of each amount (optional column; an element may be `undefined`). */
    readonly currency?: ArrayLike<string | undefined> | undefined;
  };
  /** The interactions (required when the table prices them). */
  readonly interactions?:
    | {
        /** The customer of each interaction. */
        readonly customerId: ArrayLike<string | number>;
        /** When: `Date`s or ISO-8601 strings (or `timestampMs`). */
        readonly timestamp?: ArrayLike<Date | string> | undefined;
        /** When, in milliseconds since 1970-01-01T00:00Z (or `timestamp`). */
        readonly timestampMs?: ArrayLike<number> | undefined;
        /** The kind (`"delivery"`, `"return"`, `"call"`, …), priced by `perInteraction`. */
        readonly kind: ArrayLike<string>;
      }
    | undefined;
  /** The service failures (required with `perServiceFailure`). */
  readonly serviceFailures?:
    | {
        /** The customer of each failure. */
        readonly customerId: ArrayLike<string | number>;
        /** When: `Date`s or ISO-8601 strings (or `timestampMs`). */
        readonly timestamp?: ArrayLike<Date | string> | undefined;
        /** When, in milliseconds since 1970-01-01T00:00Z (or `timestamp`). */
        readonly timestampMs?: ArrayLike<number> | undefined;
      }
    | undefined;
  /** The complaints (required with `perComplaint`), dated by when they were opened. */
  readonly complaints?:
    | {
        /** The customer of each complaint. */
        readonly customerId: ArrayLike<string | number>;
        /** When it was opened: `Date`s or ISO-8601 strings (or `openedAtMs`). */
        readonly openedAt?: ArrayLike<Date | string> | undefined;
        /** When it was opened, in milliseconds since 1970-01-01T00:00Z (or `openedAt`). */
        readonly openedAtMs?: ArrayLike<number> | undefined;
      }
    | undefined;
  /** The incidents (required with `perIncidentStaffHour`). */
  readonly incidents?:
    | {
        /** The customer of each incident. */
        readonly customerId: ArrayLike<string | number>;
        /** When: `Date`s or ISO-8601 strings (or `timestampMs`). */
        readonly timestamp?: ArrayLike<Date | string> | undefined;
        /** When, in milliseconds since 1970-01-01T00:00Z (or `timestamp`). */
        readonly timestampMs?: ArrayLike<number> | undefined;
        /** Staff hours spent, finite ≥ 0. */
        readonly staffHours: ArrayLike<number>;
      }
    | undefined;
}
