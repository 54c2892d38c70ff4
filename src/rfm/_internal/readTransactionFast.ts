import { isoTimestampMs } from "../../_lib/isoTimestampMs.ts";

/**
 * The fields of a transaction the customer-base summaries need, as read by {@link readTransactionFast}.
 * Mutable scratch: one object is reused for every row.
 *
 * @internal
 */
export interface FastTransactionFields {
  /** `customerId` as given: a non-empty string or a safe non-negative integer. */
  id: string | number;
  /** `timestamp` in epoch milliseconds. */
  ms: number;
  /** `amount`: finite, and ≥ 0 unless the caller allowed returns (negative amounts). */
  amount: number;
  /** `currency` as given (an ISO 4217 code), or `undefined` when the row states none. */
  currency: string | undefined;
}

const MAX = Number.MAX_VALUE;

/**
 * Hand-written fast path of `TransactionSchema`: typed checks per field, no allocation. It is sound but
 * not complete: when it returns `true` the schema accepts the row and would parse it to the same
 * `customerId` (as `String(id)`), instant and amount; when it returns `false` the caller must ask the
 * schema, which decides (and names the problems). Unknown keys, missing fields, wrong types, NaN or
 * ±Infinity, negative amounts, empty labels and malformed timestamps all return `false`.
 *
 * With `minAmount: -Number.MAX_VALUE`, a finite negative `amount` (a return) is accepted too; the schema fallback then
 * validates the row as the purchase of its absolute value (see `readTransactionSlow`).
 *
 * @param row - An untrusted row.
 * @param out - Scratch object that receives the fields (only meaningful when `true` is returned).
 * @param minAmount - Smallest `amount` accepted: 0 (default), or `-Number.MAX_VALUE` to accept returns.
 * @returns Whether the fast path accepted the row.
 * @internal
 */
export function readTransactionFast(row: unknown, out: FastTransactionFields, minAmount = 0): boolean {
  if (typeof row !== "object" || row === null || Array.isArray(row)) return false;
  let id: unknown;
  let timestamp: unknown;
  let amount: unknown;
  let currency: string | undefined;
  // for…in, like zod's strict-object check, so the same keys are seen.
  for (const key in row) {
    const value: unknown = (row as Record<string, unknown>)[key];
    switch (key) {
      case "customerId":
        id = value;
        break;
      case "timestamp":
        timestamp = value;
        break;
      case "amount":
        amount = value;
        break;
      case "cost":
        if (value !== undefined && !(typeof value === "number" && value >= 0 && value <= MAX)) return false;
        break;
      case "quantity":
        if (value !== undefined && !(typeof value === "number" && value > 0 && value <= MAX)) return false;
        break;
      case "productId":
      case "channel":
      case "transactionId":
        if (value !== undefined && !(typeof value === "string" && value.length > 0)) return false;
        break;
      case "currency":
        if (value !== undefined) {
          if (!isCurrency(value)) return false;
          currency = value as string;
        }
        break;
      default:
        return false;
    }
  }
  if (!readFields(id, timestamp, amount, out, minAmount)) return false;
  out.currency = currency;
  return true;
}

/**
 * The same checks as {@link readTransactionFast} for the three summary fields given separately (one
 * element of each column of a columnar log).
 *
 * @param id - Candidate `customerId`.
 * @param timestamp - Candidate `timestamp`.
 * @param amount - Candidate `amount`.
 * @param out - Scratch object that receives the fields (`currency` is left to the caller).
 * @param minAmount - Smallest `amount` accepted: 0 (default), or `-Number.MAX_VALUE` to accept returns.
 * @returns Whether the fast path accepted the values.
 * @internal
 */
export function readFields(
  id: unknown,
  timestamp: unknown,
  amount: unknown,
  out: FastTransactionFields,
  minAmount = 0,
): boolean {
  if (typeof id === "string") {
    if (id.length === 0) return false;
  } else if (!(typeof id === "number" && Number.isSafeInteger(id) && id >= 0)) {
    return false;
  }
  if (!(typeof amount === "number" && amount >= minAmount && amount <= MAX)) return false;
  let ms: number;
  if (typeof timestamp === "string") ms = isoTimestampMs(timestamp);
  else if (timestamp instanceof Date) ms = timestamp.getTime();
  else return false;
  if (Number.isNaN(ms)) return false;
  out.id = id;
  out.ms = ms;
  out.amount = amount;
  return true;
}

/**
 * Whether a value is a currency code as `CurrencySchema` accepts it (three upper-case ASCII letters).
 *
 * @param value - A candidate.
 * @returns Whether it is one.
 * @internal
 */
export function isCurrency(value: unknown): boolean {
  if (typeof value !== "string" || value.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    const c = value.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
