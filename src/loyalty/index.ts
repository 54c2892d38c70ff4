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
export { type AccrualInput, accrue } from "./accrue.ts";
export { type AccrueTransactionsResult, accrueTransactions } from "./accrueTransactions.ts";
export { balance, type LoyaltyBalance, type MemberOptions, type PointsLot } from "./balance.ts";
export {
  type BuyBackLeaseOffer,
  type BuyBackLeaseValue,
  buyBackLeaseOffer,
} from "./buyBackLeaseOffer.ts";
export {
  type CoBrandedCardOffer,
  type CoBrandedCardValue,
  coBrandedCardOffer,
} from "./coBrandedCardOffer.ts";
export { createLedger } from "./createLedger.ts";
export { type BreakageEstimate, estimateBreakage } from "./estimateBreakage.ts";
export { type ExpireOptions, expire } from "./expire.ts";
export type { LoyaltyLedger } from "./LoyaltyLedger.ts";
export {
  type EarnMultiplier,
  type EarnRule,
  type ExpiryRule,
  type LoyaltyDuration,
  type LoyaltyProgram,
  type LoyaltyProgramInput,
  LoyaltyProgramSchema,
  type LoyaltyReward,
  type LoyaltyTier,
} from "./LoyaltyProgramSchema.ts";
export { type LedgerStatesOptions, ledgerStates, type MemberState } from "./ledgerStates.ts";
export { parseLoyaltyProgram } from "./parseLoyaltyProgram.ts";
export {
  type ProgramEconomics,
  type ProgramEconomicsInput,
  programEconomics,
} from "./programEconomics.ts";
export { type RedemptionInput, redeem } from "./redeem.ts";
export { type TierChange, type TierStatus, tierStatus } from "./tierStatus.ts";
export { type TradeInOffer, type TradeInValue, tradeInOffer } from "./tradeInOffer.ts";
