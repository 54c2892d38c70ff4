import { isoTimestampMs } from "../../_lib/isoTimestampMs.ts";
import type { LoyaltyEvent, LoyaltyEventType } from "../../customers/LoyaltyEventSchema.ts";

const MAX = Number.MAX_VALUE;

/** A parsed event while it is built (keys assigned in the schema's order). */
interface MutableEvent {
  customerId: string;
  timestamp: Date;
  type: LoyaltyEventType;
  points: number;
  programId?: string | undefined;
  qualifyingCredits?: number | undefined;
  expiresAt?: Date | undefined;
  rewardId?: string | undefined;
  transactionId?: string | undefined;
  eventId?: string | undefined;
  note?: string | undefined;
}

/**
 * Hand-written fast path of `LoyaltyEventSchema` (the pattern of rfm's transaction reader): typed checks
 * per field, one `for…in` over the row's keys as zod's strict object makes. It is sound but not
 * complete: when it returns an event, the schema accepts the row and parses it to an equal event (same
 * keys in the same order, an optional key given as `undefined` kept as `undefined`, fresh `Date`s); when
 * it returns `undefined` the caller must ask the schema, which decides and names the problems. Unknown
 * or inherited keys, wrong types, NaN or ±Infinity, non-integer or unsafe points, empty labels, accrual-only
 * or redemption-only fields on another type, an expiry before the accrual, and timestamps outside the
 * common ISO forms (expanded years) all return `undefined`.
 *
 * @param row - An untrusted row.
 * @returns The parsed event, or `undefined` to defer to the schema.
 * @internal
 */
export function readLoyaltyEventFast(row: unknown): LoyaltyEvent | undefined {
  if (typeof row !== "object" || row === null || Array.isArray(row)) return undefined;
  let id: unknown;
  let timestamp: unknown;
  let type: unknown;
  let points: unknown;
  let programId: unknown;
  let qualifyingCredits: unknown;
  let expiresAt: unknown;
  let rewardId: unknown;
  let transactionId: unknown;
  let eventId: unknown;
  let note: unknown;
  // Which optional keys the row has (a key given as undefined is kept so), one bit each in schema order.
  let present = 0;
  for (const key in row) {
    const value: unknown = (row as Record<string, unknown>)[key];
    switch (key) {
      case "customerId":
        id = value;
        break;
      case "timestamp":
        timestamp = value;
        break;
      case "type":
        type = value;
        break;
      case "points":
        points = value;
        break;
      case "programId":
        programId = value;
        present |= 1;
        break;
      case "qualifyingCredits":
        qualifyingCredits = value;
        present |= 2;
        break;
      case "expiresAt":
        expiresAt = value;
        present |= 4;
        break;
      case "rewardId":
        rewardId = value;
        present |= 8;
        break;
      case "transactionId":
        transactionId = value;
        present |= 16;
        break;
      case "eventId":
        eventId = value;
        present |= 32;
        break;
      case "note":
        note = value;
        present |= 64;
        break;
      default:
        return undefined;
    }
  }
  let customerId: string;
  if (typeof id === "string" && id.length > 0) customerId = id;
  else if (typeof id === "number" && Number.isSafeInteger(id) && id >= 0) customerId = String(id);
  else return undefined;
  const ms = instant(timestamp);
  if (Number.isNaN(ms)) return undefined;
  if (type !== "accrual" && type !== "redemption" && type !== "expiry") return undefined;
  if (!(typeof points === "number" && Number.isSafeInteger(points) && points > 0)) return undefined;
  if (!optionalLabel(programId) || !optionalLabel(rewardId) || !optionalLabel(transactionId)) return undefined;
  if (!optionalLabel(eventId) || !optionalLabel(note)) return undefined;
  if (qualifyingCredits !== undefined) {
    if (!(typeof qualifyingCredits === "number" && qualifyingCredits >= 0 && qualifyingCredits <= MAX))
      return undefined;
    if (type !== "accrual") return undefined;
  }
  let expiryMs = Number.NaN;
  if (expiresAt !== undefined) {
    expiryMs = instant(expiresAt);
    if (!(expiryMs >= ms) || type !== "accrual") return undefined;
  }
  if (rewardId !== undefined && type !== "redemption") return undefined;
  const event: MutableEvent = { customerId, timestamp: new Date(ms), type, points };
  if (present === 0) return event;
  if (present & 1) event.programId = programId as string | undefined;
  if (present & 2) event.qualifyingCredits = qualifyingCredits as number | undefined;
  if (present & 4) event.expiresAt = expiresAt === undefined ? undefined : new Date(expiryMs);
  if (present & 8) event.rewardId = rewardId as string | undefined;
  if (present & 16) event.transactionId = transactionId as string | undefined;
  if (present & 32) event.eventId = eventId as string | undefined;
  if (present & 64) event.note = note as string | undefined;
  return event;
}

/** A valid `Date` or an ISO string the fast parser reads, in epoch milliseconds; NaN otherwise. */
function instant(value: unknown): number {
  if (typeof value === "string") return isoTimestampMs(value);
  if (value instanceof Date) return value.getTime();
  return Number.NaN;
}

function optionalLabel(value: unknown): boolean {
  return value === undefined || (typeof value === "string" && value.length > 0);
}
