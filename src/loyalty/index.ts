/**
 * `clientele/loyalty`: loyalty programs, the economics of financial bonds — a points ledger, tiers, and
 * what a program and its offers cost the firm and are worth to the customer.
 *
 * The ledger event itself is a customer-level record type, defined in `clientele/customers` (so that
 * `groupByCustomer` can carry it) and re-exported here.
 *
 * @module loyalty
 */

export {
  type LoyaltyEvent,
  type LoyaltyEventInput,
  LoyaltyEventSchema,
  type LoyaltyEventType,
  LoyaltyEventTypeSchema,
  parseLoyaltyEvents,
} from "../customers/index.ts";
