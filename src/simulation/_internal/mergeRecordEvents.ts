import type { CustomerRecord } from "../../customers/CustomerRecordSchema.ts";
import type { SimulatedRelationshipEvents } from "../SimulatedRelationshipEvents.ts";

/** Sort key of an event: its time (`openedAt` for complaints, `start` for bonds). */
function timeOf(event: { readonly timestamp?: Date; readonly openedAt?: Date; readonly start?: Date }): number {
  return (event.timestamp ?? event.openedAt ?? event.start)!.getTime();
}

/** The two lists in one, in time order (stable: at equal times, the record's events come first). */
function mergeByTime<T extends object>(own: readonly T[], added: readonly T[]): readonly T[] {
  if (added.length === 0) return own;
  if (own.length === 0) return added;
  return own.concat(added).sort((a, b) => timeOf(a) - timeOf(b));
}

/**
 * A fresh record: `record` with the simulated events added, each list in time order. Trusts both (validated
 * or generated, for the same customer); shares unchanged lists with the inputs (records are read-only).
 *
 * @param record - A validated record.
 * @param events - Events for the same customer, each list in time order.
 * @returns The merged record.
 * @internal
 */
export function mergeRecordEvents(record: CustomerRecord, events: SimulatedRelationshipEvents): CustomerRecord {
  return {
    ...record,
    serviceFailures: mergeByTime(record.serviceFailures, events.serviceFailures),
    complaints: mergeByTime(record.complaints, events.complaints),
    incidents: mergeByTime(record.incidents, events.incidents),
    interactions: mergeByTime(record.interactions, events.interactions),
    surveyResponses: mergeByTime(record.surveyResponses, events.surveyResponses),
    bonds: mergeByTime(record.bonds, events.bonds),
  };
}
