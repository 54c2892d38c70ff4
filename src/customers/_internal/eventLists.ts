/**
 * The event lists of a customer's logs (every key of `CustomerLogs` but `customers`, and of
 * `CustomerRecord` but `customerId` and `customer`), in the order records list them.
 *
 * @internal
 */
export const eventLists = [
  "transactions",
  "interactions",
  "serviceFailures",
  "complaints",
  "surveyResponses",
  "incidents",
  "bonds",
  "loyaltyEvents",
] as const;

/** One event list's name. @internal */
export type EventList = (typeof eventLists)[number];
