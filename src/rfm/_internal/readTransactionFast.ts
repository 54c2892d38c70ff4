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
  /** `amount`: finite and ≥ 0. */
  amount: number;
}

const MAX = Number.MAX_VALUE;

/**
 * Hand-written fast path of `TransactionSchema`: typed checks per field, no allocation. It is sound but
 * not complete: when it returns `true` the schema accepts the row and would parse it to the same
 * `customerId` (as `String(id)`), instant and amount; when it returns `false` the caller must ask the
 * schema, which decides (and names the problems). Unknown keys, missing fields, wrong types, NaN or
 * ±Infinity, negative amounts, empty labels and malformed timestamps all return `false`.
 *
 * @param row - An untrusted row.
 * @param out - Scratch object that receives the fields (only meaningful when `true` is returned).
 * @returns Whether the fast path accepted the row.
 * @internal
 */
export function readTransactionFast(row: unknown, out: FastTransactionFields): boolean {
  if (typeof row !== "object" || row === null || Array.isArray(row)) return false;
  let id: unknown;
  let timestamp: unknown;
  let amount: unknown;
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
        if (value !== undefined && !isCurrency(value)) return false;
        break;
      default:
        return false;
    }
  }
  return readFields(id, timestamp, amount, out);
}

/**
 * The same checks as {@link readTransactionFast} for the three summary fields given separately (one
 * element of each column of a columnar log).
 *
 * @param id - Candidate `customerId`.
 * @param timestamp - Candidate `timestamp`.
 * @param amount - Candidate `amount`.
 * @param out - Scratch object that receives the fields.
 * @returns Whether the fast path accepted the values.
 * @internal
 */
export function readFields(id: unknown, timestamp: unknown, amount: unknown, out: FastTransactionFields): boolean {
  if (typeof id === "string") {
    if (id.length === 0) return false;
  } else if (!(typeof id === "number" && Number.isSafeInteger(id) && id >= 0)) {
    return false;
  }
  if (!(typeof amount === "number" && amount >= 0 && amount <= MAX)) return false;
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

function isCurrency(value: unknown): boolean {
  if (typeof value !== "string" || value.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    const c = value.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}
