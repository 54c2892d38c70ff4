import type { LoyaltyEvent } from "../customers/LoyaltyEventSchema.ts";
import type { LoyaltyProgram } from "./LoyaltyProgramSchema.ts";

/**
 * A points ledger: a program and every event recorded under it, for one member or many. Immutable: made
 * by {@link createLedger}, and {@link accrue}, {@link redeem}, {@link expire} and
 * {@link accrueTransactions} return a new ledger with the new events appended, never changing the one
 * they were given. Balances and tiers are never stored; they are replayed from the events
 * ({@link balance}, {@link tierStatus}, {@link ledgerStates}).
 *
 * @remarks
 * `events` are in the order they were recorded (frozen, validated with the event schema of
 * `clientele/customers`). Replays read each member's events in time order, and at one timestamp accruals
 * before redemptions before expiries, so the order of events with equal timestamps never changes a state.
 * Every ledger holds the invariant that no redemption or expiry ever draws more points than the member
 * had at that moment.
 *
 * @example
 * ```ts
 * import { createLedger, type LoyaltyLedger } from "clientele/loyalty";
 * const ledger: LoyaltyLedger = createLedger({ costPerPoint: 0.01, earn: { basis: "spend", rate: 1 } });
 * ledger.events.length; // => 0
 * ```
 * @category Ledger
 */
export interface LoyaltyLedger {
  /** The program the events are recorded under. */
  readonly program: LoyaltyProgram;
  /** Every event, in recording order. */
  readonly events: readonly LoyaltyEvent[];
}
